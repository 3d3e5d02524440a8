// Command gendiff makes two large filings for timing `perfdoc diff`: every
// project of the 2025 and 2026 text exports copied K times, each copy with a
// unique tag in its title, name and code, so that each project of the old
// filing has exactly one counterpart in the new one (the same tag). With
// -check it reads the JSON of `perfdoc diff` and verifies that every pair
// is a project and its counterpart.
//
//	gendiff -projects 5000 -out /tmp/big        # writes old.txt and new.txt
//	perfdoc diff --format json /tmp/big/old.txt /tmp/big/new.txt > d.json
//	gendiff -check d.json -projects 5000
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	projects := flag.Int("projects", 5000, "projects in the new filing, at least (whole copies of the fixture)")
	out := flag.String("out", ".", "folder for old.txt and new.txt")
	testdata := flag.String("testdata", "testdata", "folder with budget-2025.txt and budget-2026.txt")
	check := flag.String("check", "", "a `perfdoc diff --format json` output of the two filings to verify")
	flag.Parse()
	oldSrc, err1 := os.ReadFile(filepath.Join(*testdata, "budget-2025.txt"))
	newSrc, err2 := os.ReadFile(filepath.Join(*testdata, "budget-2026.txt"))
	if err1 != nil || err2 != nil {
		fail(fmt.Errorf("gendiff: %v %v", err1, err2))
	}
	oldHead, oldChunks := split(oldSrc)
	newHead, newChunks := split(newSrc)
	copies := (*projects + len(newChunks) - 1) / len(newChunks)
	if *check != "" {
		fail(verify(*check, copies*len(oldChunks), copies*len(newChunks)))
		return
	}
	for _, f := range []struct {
		name   string
		head   []byte
		chunks [][]string
	}{{"old.txt", oldHead, oldChunks}, {"new.txt", newHead, newChunks}} {
		path := filepath.Join(*out, f.name)
		if err := os.WriteFile(path, build(f.head, f.chunks, copies), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "%s: %d projects\n", path, copies*len(f.chunks))
	}
}

func fail(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

var title = regexp.MustCompile(`^(\[bookmark: [^\]]*\])?\d+\.(.*绩效目标表)$`)

// split cuts a text export into what precedes the first project table and
// one chunk of lines per project (from its title line).
func split(src []byte) ([]byte, [][]string) {
	lines := strings.Split(string(src), "\n")
	var head []string
	var chunks [][]string
	for _, l := range lines {
		if title.MatchString(strings.TrimRight(l, "\r")) {
			chunks = append(chunks, nil)
		}
		if len(chunks) == 0 {
			head = append(head, l)
		} else {
			chunks[len(chunks)-1] = append(chunks[len(chunks)-1], l)
		}
	}
	return []byte(strings.Join(head, "\n") + "\n"), chunks
}

// build writes the head once and each chunk copies times, numbered from 1,
// copy k tagged "-K%05d" after its name and "K%05d" after its code.
func build(head []byte, chunks [][]string, copies int) []byte {
	var b bytes.Buffer
	b.Write(head)
	n := 0
	for k := range copies {
		tag := fmt.Sprintf("K%05d", k)
		for _, c := range chunks {
			n++
			writeChunk(&b, c, n, tag)
		}
	}
	return b.Bytes()
}

func writeChunk(b *bytes.Buffer, c []string, n int, tag string) {
	name, code := cellAfter(c, "项目名称"), cellAfter(c, "项目编码")
	for i, l := range c {
		switch {
		case i == 0:
			m := title.FindStringSubmatch(strings.TrimRight(l, "\r"))
			t := m[2]
			if name != "" {
				t = strings.Replace(t, name, name+"-"+tag, 1)
			}
			fmt.Fprintf(b, "%s%d.%s\n", m[1], n, t)
			continue
		case name != "" && strings.TrimSpace(l) == name:
			l = "\t" + name + "-" + tag
		case code != "" && strings.TrimSpace(l) == code:
			l = "\t" + code + tag
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// cellAfter returns the text of the cell after the cell labelled label.
func cellAfter(c []string, label string) string {
	for i := 0; i+1 < len(c); i++ {
		if strings.TrimSpace(c[i]) == label {
			return strings.TrimSpace(c[i+1])
		}
	}
	return ""
}

var tagRE = regexp.MustCompile(`-K\d{5}`)

// verify checks a diff's JSON: every matched pair carries one tag on both
// sides, and every project of both filings is listed once.
func verify(path string, oldN, newN int) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var r struct {
		Summary  map[string]int `json:"summary"`
		Projects []struct {
			Status   string
			Old, New *struct{ Name string }
		} `json:"projects"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	bad := 0
	for _, p := range r.Projects {
		if p.Status == "matched" && tagRE.FindString(p.Old.Name) != tagRE.FindString(p.New.Name) {
			bad++
		}
	}
	s := r.Summary
	if s["matched"]+s["removed"] != oldN || s["matched"]+s["added"] != newN || bad > 0 {
		return fmt.Errorf("%s: %v, %d pairs of different copies (want %d old, %d new projects)", path, s, bad, oldN, newN)
	}
	fmt.Printf("ok: %d old, %d new projects; matched %d, added %d, removed %d; every pair is a project and its counterpart\n",
		oldN, newN, s["matched"], s["added"], s["removed"])
	return nil
}
