package parser

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The parser's packages form one downward graph: readers never import one
// another, the extractor imports no reader, and neither imports the front.
const self = "github.com/perfdoc/perfdoc/parser"

var (
	formatPackages = []string{"text", "docx", "html", "sheet", "worddoc", "pdf"}
	layerPackages  = []string{"layout", "extract", "internal/office"}
)

// TestPackageGraph reads the dependencies of every package under parser
// with go list -deps and fails on an import across the seams.
func TestPackageGraph(t *testing.T) {
	deps := parserDeps(t)
	for _, p := range append(slices.Clone(formatPackages), layerPackages...) {
		require.Contains(t, deps, p, "go list no longer lists parser/%s", p)
	}
	for p, ds := range deps {
		for _, d := range ds {
			if msg := forbidden(p, d); msg != "" {
				t.Errorf("parser/%s depends on parser/%s: %s", p, d, msg)
			}
		}
	}
}

// forbidden says why package p (relative to parser, "" for the root) may
// not depend on d, or "" when it may.
func forbidden(p, d string) string {
	isFormat := func(s string) bool { return slices.Contains(formatPackages, s) }
	switch {
	case p == "":
		return ""
	case d == "":
		return "nothing below the front imports it"
	case isFormat(p) && isFormat(d):
		return "a reader never imports another reader"
	case isFormat(d) && !strings.HasSuffix(p, "test"):
		return "only the front (and tests' builders) import a reader"
	case d == "extract":
		return "the extractor is the front's to call"
	case p == "layout":
		return "layout knows no format and no filing"
	}
	return ""
}

// parserDeps maps each package under parser (relative to it, "" for the
// root) to the packages under parser it depends on, directly or not,
// without its tests.
func parserDeps(t *testing.T) map[string][]string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goBin, "list", "-json=ImportPath,Deps", "./...").Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		t.Fatalf("go list: %v\n%s", err, ee.Stderr)
	}
	require.NoError(t, err)
	rel := func(path string) (string, bool) {
		if path == self {
			return "", true
		}
		r, ok := strings.CutPrefix(path, self+"/")
		return r, ok
	}
	deps := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else {
			require.NoError(t, err)
		}
		name, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		deps[name] = []string{}
		for _, d := range p.Deps {
			if r, ok := rel(d); ok {
				deps[name] = append(deps[name], r)
			}
		}
	}
	return deps
}
