package parser

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// zipFiles is a zip of the files named, each followed by its content.
func zipFiles(t testing.TB, nameContent ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i := 0; i+1 < len(nameContent); i += 2 {
		w, err := zw.Create(nameContent[i])
		require.NoError(t, err)
		w.Write([]byte(nameContent[i+1]))
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestArchivesRefused: what a new user hands perfdoc instead of a filing —
// a zip of filings as downloaded, a gzip, RAR or 7z archive, an
// OpenDocument file saved from WPS or LibreOffice, an RTF document under a
// .doc name, a single-file web page (MHT) — is named for what it is
// (ErrArchive, ErrOpenDocument, ErrRTF, ErrMHT), not called an unreadable
// DOCX, binary data or a file with no target table, whatever the format
// it is taken for.
func TestArchivesRefused(t *testing.T) {
	seed := benchInput(t, "budget-2026.docx")
	tests := []struct {
		name   string
		data   []byte
		format string
		err    error
		want   string
	}{
		{"a zip of filings", zipFiles(t, "2026/budget-2026.docx", string(seed), "说明.txt", "见附件"), "", layout.ErrArchive, "(zip)"},
		{"a zip of one text file", zipFiles(t, "notes.txt", "会议纪要"), "", layout.ErrArchive, "(zip)"},
		{"gzip", append([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), bytes.Repeat([]byte{0x8b, 0xa1, 0x03}, 50)...), "", layout.ErrArchive, "(gzip)"},
		{"gzip read as text", append([]byte("\x1f\x8b\x08\x00"), bytes.Repeat([]byte{0xb0, 0xa1}, 50)...), FormatText, layout.ErrArchive, "(gzip)"},
		{"RAR", []byte("Rar!\x1a\x07\x01\x00\x33\x92\xb5\xe5\x0a\x01\x05\x06\x00\x05\x01\x01"), "", layout.ErrArchive, "(RAR)"},
		{"7z", []byte("7z\xbc\xaf\x27\x1c\x00\x04\x8d\x9b\xd5\x0f"), "", layout.ErrArchive, "(7z)"},
		{"an OpenDocument text", zipFiles(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"), "", layout.ErrOpenDocument, "(application/vnd.oasis.opendocument.text)"},
		{"an OpenDocument sheet", zipFiles(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), "", layout.ErrOpenDocument, "opendocument.spreadsheet"},
		{"an RTF document (published as .doc)", []byte(`{\rtf1\ansi\ansicpg936 {\fonttbl{\f0\fcharset134 \u23435;}} \u39033;\u30446;\u21517;\u31216;\par}`), "", layout.ErrRTF, "RTF"},
		{"an RTF document read as HTML", []byte("\r\n{\\rtf1 <b>x</b>}"), FormatHTML, layout.ErrRTF, "RTF"},
		{"a single-file web page", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n<html><body><table><tr><td>=CF=EE=C4=BF</td></tr></table></body></html>\r\n--b--\r\n"),
			"", layout.ErrMHT, "MHT"},
		{"a single-file web page a browser saved", []byte("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://x/\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\r\n<html></html>"),
			"", layout.ErrMHT, "MHT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.data, Options{Path: "in.bin", Format: tt.format})
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotErrorIs(t, err, ErrBadDOCX)
			assert.NotErrorIs(t, err, ErrBinary)
			assert.NotErrorIs(t, err, ErrNoTargetTable)
		})
	}
	// text that merely starts as bzip2's signature does, or names MIME, is
	// still text
	for _, text := range []string{"BZh is no archive\n", "MIME-Version: 1.0 is no web page\n", "{\\rt is no RTF\n"} {
		_, err := Parse([]byte(text), Options{Path: "in.txt"})
		assert.ErrorIs(t, err, ErrNoTargetTable, text)
	}
}
