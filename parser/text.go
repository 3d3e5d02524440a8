package parser

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
)

// readText reads an Apache Tika text export into blocks.
//
// The layout: a table cell is a line that starts with a tab; a blank line
// ends a table row; further paragraphs of the same cell follow after one
// blank line and do not start with a tab; a line of spaces only ends a
// table; "[bookmark: NAME]" markers are not text. A text line that follows
// two or more blank lines inside a table ends the table too (an export that
// lost its separator line). Line numbers in positions are 1-based.
func readText(s string) []Block {
	var (
		blocks []Block
		tbl    *Table
		row    []Cell
		cell   *Cell
		text   strings.Builder // the text of cell
		blanks int
	)
	flushCell := func() {
		if cell != nil {
			cell.Text = strings.TrimRight(text.String(), "\n")
			text.Reset()
			row = append(row, *cell)
			cell = nil
		}
	}
	flushRow := func() {
		flushCell()
		if len(row) > 0 {
			tbl.Rows = append(tbl.Rows, row)
			row = nil
		}
	}
	flushTable := func() {
		if tbl == nil {
			return
		}
		flushRow()
		if len(tbl.Rows) > 0 {
			blocks = append(blocks, Block{Table: tbl})
		}
		tbl = nil
	}
	line := 0
	for len(s) > 0 {
		line++
		var l string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			l, s = s, ""
		}
		l = strings.TrimSuffix(l, "\r")
		l = stripBookmarks(l)
		switch {
		case strings.HasPrefix(l, "\t"):
			if tbl == nil {
				tbl = &Table{Pos: model.Pos{Line: line}}
			}
			if blanks > 0 {
				flushRow()
			}
			flushCell()
			cell = &Cell{RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			text.WriteString(l[1:])
			blanks = 0
		case l == "":
			if tbl != nil {
				blanks++
			}
		case strings.TrimSpace(l) == "":
			flushTable()
			blanks = 0
		default:
			if tbl != nil && cell != nil && blanks <= 1 {
				// another paragraph (or line) of the last cell
				text.WriteByte('\n')
				text.WriteString(l)
				blanks = 0
				continue
			}
			flushTable()
			blanks = 0
			blocks = append(blocks, Block{Para: &Paragraph{Text: l, Pos: model.Pos{Line: line}}})
		}
	}
	flushTable()
	return blocks
}

// stripBookmarks removes Tika's "[bookmark: NAME]" markers from a line.
func stripBookmarks(l string) string {
	for {
		i := strings.Index(l, "[bookmark: ")
		if i < 0 {
			return l
		}
		j := strings.IndexByte(l[i:], ']')
		if j < 0 {
			return l
		}
		l = l[:i] + l[i+j+1:]
	}
}
