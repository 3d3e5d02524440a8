package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// warners are the packages that make warnings, relative to this one.
var warners = []string{"../normalize", "../parser"}

// constants reads the code constants of catalogue.go: Go name → code.
func constants(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "catalogue.go", nil, 0)
	require.NoError(t, err)
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				require.True(t, ok, "%s: not a string literal", n.Name)
				code, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				out[n.Name] = code
			}
		}
	}
	return out
}

// codeArgs are the functions that take a code, and where: the code's
// index among the call's arguments.
var codeArgs = map[string]int{"New": 1, "Value": 0, "AddValue": 1, "warn": 1}

// TestCallSites reads the source of every package that makes warnings:
// each call that makes one names a code of the catalogue (diag.X) and
// passes as many arguments as the code declares; no warning is made by
// hand (a model.Warning literal, a Sprintf'd message appended to
// Warnings). Every code of the catalogue is made somewhere.
func TestCallSites(t *testing.T) {
	consts := constants(t)
	used := map[string]bool{}
	calls := 0
	for _, dir := range warners {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					if sel, ok := n.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Warning" {
						t.Errorf("%s: a model.Warning made by hand; use diag.New", fset.Position(n.Pos()))
					}
				case *ast.AssignStmt:
					for i, l := range n.Lhs {
						if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Warnings" && i < len(n.Rhs) && byHand(n.Rhs[i]) {
							t.Errorf("%s: a warning's words appended by hand; use diag", fset.Position(n.Pos()))
						}
					}
				case *ast.CallExpr:
					name, isDiag := callee(n)
					at, ok := codeArgs[name]
					if !ok || name != "warn" && !isDiag {
						return true
					}
					if n.Ellipsis.IsValid() {
						return true // a helper passing its code on (extractor.warn)
					}
					calls++
					pos := fset.Position(n.Pos())
					if at >= len(n.Args) {
						t.Errorf("%s: %s without a code", pos, name)
						return true
					}
					sel, ok := n.Args[at].(*ast.SelectorExpr)
					var code string
					if ok && isIdent(sel.X, "diag") {
						code = consts[sel.Sel.Name]
					} else if id, ok := n.Args[at].(*ast.Ident); ok && isDiag {
						code = consts[id.Name]
					}
					e, known := Lookup(code)
					if !known {
						t.Errorf("%s: %s's code is not a constant of the catalogue", pos, name)
						return true
					}
					used[code] = true
					if got := len(n.Args) - at - 1; got != len(e.Args) {
						t.Errorf("%s: %s takes %d arguments (%s), the call passes %d", pos, code, len(e.Args), strings.Join(e.ArgNames(), ", "), got)
					}
				}
				return true
			})
			return nil
		})
		require.NoError(t, err)
	}
	assert.NotZero(t, calls, "no call made a warning: the walk reads nothing")
	for _, e := range Catalogue() {
		assert.True(t, used[e.Code], "%s: no call site makes it", e.Code)
	}
}

// byHand reports whether e appends a string literal or a Sprintf'd text.
func byHand(e ast.Expr) bool {
	c, ok := e.(*ast.CallExpr)
	if !ok || !isIdent(c.Fun, "append") {
		return false
	}
	for _, a := range c.Args[1:] {
		if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			return true
		}
		if call, ok := a.(*ast.CallExpr); ok {
			if name, _ := callee(call); name == "Sprintf" {
				return true
			}
		}
	}
	return false
}

// callee returns the name of the function a call calls, and whether it is
// one of this package's.
func callee(c *ast.CallExpr) (string, bool) {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name, false
	case *ast.SelectorExpr:
		return f.Sel.Name, isIdent(f.X, "diag")
	}
	return "", false
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
