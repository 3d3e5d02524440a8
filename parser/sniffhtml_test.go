package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// isHTMLByToLower is isHTML as it read before markupLower: the head
// lowered by bytes.ToLower.
func isHTMLByToLower(b []byte) bool {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		s, _, _ := layout.DecodeText(head)
		head = []byte(s)
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(head, []byte("<")) {
		for _, m := range []string{"<!doctype html", "<html", "<table", "<body", "<head", "<meta", "<p", "<div", "<?xml"} {
			if bytes.Contains(head, []byte(m)) {
				return true
			}
		}
	}
	return false
}

var sniffCases = []string{
	"", "<", "<!DOCTYPE HTML>", "<HTML><BODY>", "  \u3000<Table>", "<dİv>", "<d\u0130v>", "<\u0130>", "<?XML version", "<TİTLE>x",
	"<x>项目名称<TABLE>", "<x>\xff<p>", "<x>\xe5\x90<DIV>", "项目名称\n<html>", "\ufeff<html>", "<META charset=utf-8>", "<ht\u212aml>",
	"<x>\u212a<p>", "<ａ><ｐ>", "<Ｐ>", "<x>\u00c0<BODY>",
}

// TestMarkupLower: isHTML tells pages as when it lowered the head with
// bytes.ToLower — upper-case tags, Chinese text, broken UTF-8, the
// characters whose lower case is ASCII, UTF-16 heads, the test data's
// pages and other files — and no character past ASCII but
// asciiLowerCased has an ASCII lower case.
func TestMarkupLower(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != asciiLowerCased[0] && r != asciiLowerCased[1] {
			t.Errorf("%U lowers to ASCII %q", r, l)
		}
	}
	cases := sniffCases
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "budget-202*"))
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "real", "*", "filing.*"))
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, string(data))
	}
	for _, s := range cases {
		if got, want := isHTML([]byte(s)), isHTMLByToLower([]byte(s)); got != want {
			t.Errorf("isHTML(%.40q) = %v; want %v", s, got, want)
		}
	}
}

// FuzzMarkupLower: isHTML and the bytes.ToLower reading agree on any head.
func FuzzMarkupLower(f *testing.F) {
	for _, s := range sniffCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isHTML([]byte(s)), isHTMLByToLower([]byte(s)); got != want {
			t.Fatalf("isHTML(%q) = %v; want %v", s, got, want)
		}
	})
}
