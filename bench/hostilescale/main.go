// Command hostilescale builds each kind of hostile input of issue 22 at a
// size n and at 10n, runs `perfdoc parse` on each, and prints, per
// attack, the CPU time, the wall time, the max RSS and the output bytes
// at both sizes and the growth from n to 10n. Growth of time or memory
// (above a small floor of start-up cost) of more than 15× for a 10× input
// is marked SUPERLINEAR; a run over the acceptance bounds (10 s, 512 MB,
// 50 MB of output) is marked OVER. It exits 1 when any row is marked.
//
// Attacks are the kinds of ../shared/fixtures/hostile (PDF predictor,
// raw stream reuse, /Contents array, ToUnicode bfrange, codespace ranges,
// repair without xref, DOCX nesting/rows/cells/huge w:t, HTML cells/rows,
// XLSX and XLS shared strings, DOC empty paragraphs) and variants not in
// that folder (marked "variant").
//
//	go build -o /tmp/ ./cmd/perfdoc
//	go run ./bench/hostilescale -perfdoc /tmp/perfdoc            # every attack
//	go run ./bench/hostilescale -perfdoc /tmp/perfdoc -run docx  # names containing docx
//	go run ./bench/hostilescale -keep /tmp/hostile -build-only    # write the inputs only
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// attack is one kind of hostile input, built at a size.
type attack struct {
	name    string
	ext     string
	n       int // the smaller size; the larger is 10n
	unit    string
	variant bool // not a kind of the fixture folder
	build   func(w *bufio.Writer, n int) error
}

// run is what one `perfdoc parse` cost.
type run struct {
	in        int64
	cpu, wall time.Duration
	rssMB     float64
	out       int64
	exit      int
	msg       string
}

func main() {
	perfdoc := flag.String("perfdoc", "/tmp/perfdoc", "the perfdoc binary")
	only := flag.String("run", "", "only the attacks whose name contains this")
	keep := flag.String("keep", "", "write the inputs into this folder and keep them (default: a temporary folder)")
	buildOnly := flag.Bool("build-only", false, "write the inputs, run nothing")
	scale := flag.Int("scale", 10, "the larger size is this many times n")
	flag.Parse()

	dir := *keep
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "hostilescale"); err != nil {
			fatal(err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fatal(err)
	}

	var base run
	if !*buildOnly {
		tiny := filepath.Join(dir, "tiny.txt")
		if err := os.WriteFile(tiny, []byte("x\n"), 0o644); err != nil {
			fatal(err)
		}
		base = parse(*perfdoc, tiny)
		fmt.Printf("start-up (a 2-byte text file): %.2f s CPU, %.0f MB RSS\n\n", base.cpu.Seconds(), base.rssMB)
		fmt.Println("| attack | size n → 10n | input bytes | CPU s | wall s | MB RSS | output bytes | exit | growth ×10 (CPU, RSS) | message at 10n |")
		fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	}
	bad := false
	for _, a := range attacks() {
		if !strings.Contains(a.name, *only) {
			continue
		}
		var rs [2]run
		for i, n := range []int{a.n, a.n * *scale} {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d%s", a.name, n, a.ext))
			if err := write(path, a, n); err != nil {
				fatal(fmt.Errorf("%s: %v", path, err))
			}
			if *buildOnly {
				fmt.Println(path)
				continue
			}
			rs[i] = parse(*perfdoc, path)
			rs[i].in = size(path)
			if *keep == "" {
				os.Remove(path)
			}
		}
		if *buildOnly {
			continue
		}
		verdict, marked := judge(base, rs, float64(*scale))
		bad = bad || marked
		name := a.name
		if a.variant {
			name += " (variant)"
		}
		fmt.Printf("| %s | %d → %d %s | %d → %d | %.2f → %.2f | %.2f → %.2f | %.0f → %.0f | %d → %d | %d, %d | %s | %s |\n",
			name, a.n, a.n**scale, a.unit, rs[0].in, rs[1].in, rs[0].cpu.Seconds(), rs[1].cpu.Seconds(),
			rs[0].wall.Seconds(), rs[1].wall.Seconds(), rs[0].rssMB, rs[1].rssMB, rs[0].out, rs[1].out,
			rs[0].exit, rs[1].exit, verdict, strings.ReplaceAll(rs[1].msg, "|", `\|`))
	}
	if bad {
		os.Exit(1)
	}
}

// judge compares the runs at n and 10n: CPU time and RSS above start-up
// may grow by at most 1.5 × scale (floors of 0.05 s and 8 MB absorb the
// noise of runs that cost next to nothing), and neither run may pass the
// acceptance bounds.
func judge(base run, rs [2]run, scale float64) (string, bool) {
	cpu := func(r run) float64 { return max(r.cpu.Seconds(), 0.05) }
	mem := func(r run) float64 { return max(r.rssMB-base.rssMB, 8) }
	gc, gm := cpu(rs[1])/cpu(rs[0]), mem(rs[1])/mem(rs[0])
	v := fmt.Sprintf("%.1f×, %.1f×", gc, gm)
	marked := false
	if gc > 1.5*scale || gm > 1.5*scale {
		v += " **SUPERLINEAR**"
		marked = true
	}
	for _, r := range rs {
		if r.wall > 10*time.Second || r.rssMB > 512 || r.out > 50<<20 {
			v += " **OVER**"
			marked = true
			break
		}
	}
	return v, marked
}

// write builds attack a at size n into path.
func write(path string, a attack, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := a.build(w, n); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// parse runs `perfdoc parse path`, counting its output.
func parse(perfdoc, path string) run {
	cmd := exec.Command(perfdoc, "parse", path)
	var out counter
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := run{wall: time.Since(start), out: out.n}
	if cmd.ProcessState == nil {
		fatal(err)
	}
	r.exit = cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.rssMB = float64(ru.Maxrss) / 1024
	}
	r.msg, _, _ = strings.Cut(strings.TrimSpace(errb.String()), "\n")
	r.msg = strings.ReplaceAll(r.msg, filepath.Dir(path)+"/", "")
	if len(r.msg) > 150 {
		r.msg = r.msg[:150] + "…"
	}
	return r
}

type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func size(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return -1
	}
	return st.Size()
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "hostilescale:", err)
	os.Exit(2)
}

// repeat writes s n times.
func repeat(w io.Writer, s string, n int) error {
	chunk := strings.Repeat(s, max(1, min(n, (64<<10)/max(1, len(s)))))
	per := len(chunk) / max(1, len(s))
	for n > 0 {
		k := min(n, per)
		if _, err := io.WriteString(w, chunk[:k*len(s)]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}
