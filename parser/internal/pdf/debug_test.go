package pdf

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	t0 := time.Now()
	r, err := Open(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pages, err := r.Pages()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := strconv.Atoi(os.Getenv("PAGE"))
	ng, nr, un := 0, 0, 0
	for i, p := range pages {
		c, err := r.Content(p)
		if err != nil {
			t.Fatal(err)
		}
		ng += len(c.Glyphs)
		nr += len(c.Rules)
		un += c.Unmapped
		if i+1 == want {
			var b strings.Builder
			for _, g := range c.Glyphs {
				fmt.Fprintf(&b, "%s@%.1f,%.1f,w%.1f,s%.1f ", g.Text, g.X, g.Y, g.W, g.Size)
			}
			os.WriteFile("/tmp/pdf/glyphs.txt", []byte(b.String()), 0o644)
			for _, ru := range c.Rules {
				fmt.Printf("%.1f,%.1f-%.1f,%.1f t%.2f\n", ru.X0, ru.Y0, ru.X1, ru.Y1, ru.T)
			}
		}
	}
	fmt.Println("pages", len(pages), "glyphs", ng, "rules", nr, "unmapped", un, "repaired", r.Repaired(), time.Since(t0))
}
