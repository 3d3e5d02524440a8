package parser

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/perfdoc/perfdoc/model"
)

// readHTML reads an HTML page (a government web page or an office export)
// into blocks. Tables become Tables with rowspan/colspan resolved; text
// outside tables becomes Paragraphs, h1–h6 with their level. Element nesting
// is capped at lim.MaxDepth.
func readHTML(s string, lim Limits) ([]Block, error) {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			// x/net/html's own guard against deep nesting
			return nil, fmt.Errorf("%w: HTML elements nested deeper than 512", ErrTooLarge)
		}
		return nil, fmt.Errorf("malformed HTML: %v", err)
	}
	h := &htmlWalker{lim: lim}
	h.walk(root, 0)
	h.flushInline()
	if h.err != nil {
		return nil, h.err
	}
	return h.blocks, nil
}

type htmlWalker struct {
	lim    Limits
	blocks []Block
	nTable int
	nPara  int
	inline strings.Builder
	err    error
}

var blockTags = map[string]int{
	"p": 0, "li": 0, "dt": 0, "dd": 0, "pre": 0, "blockquote": 0, "address": 0, "caption": 0,
	"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6,
}

var skipTags = map[string]bool{"head": true, "script": true, "style": true, "noscript": true, "template": true, "title": true}

var containerTags = map[string]bool{"div": true, "body": true, "html": true, "section": true, "article": true, "center": true, "main": true, "form": true, "ul": true, "ol": true, "dl": true, "header": true, "footer": true, "nav": true, "aside": true}

func (h *htmlWalker) depthOK(depth int) bool {
	if h.lim.MaxDepth > 0 && depth > h.lim.MaxDepth*8 {
		if h.err == nil {
			h.err = fmt.Errorf("%w: HTML elements nested deeper than %d", ErrTooLarge, h.lim.MaxDepth*8)
		}
		return false
	}
	return true
}

func (h *htmlWalker) flushInline() {
	t := collapseLines(h.inline.String())
	h.inline.Reset()
	if strings.TrimSpace(t) == "" {
		return
	}
	h.nPara++
	h.blocks = append(h.blocks, Block{Para: &Paragraph{Text: t, Pos: model.Pos{Paragraph: h.nPara}}})
}

func (h *htmlWalker) walk(n *html.Node, depth int) {
	if !h.depthOK(depth) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			writeHTMLText(&h.inline, c.Data)
		case html.ElementNode:
			tag := c.Data
			switch {
			case skipTags[tag]:
			case tag == "table":
				h.flushInline()
				h.nTable++
				h.blocks = append(h.blocks, Block{Table: h.table(c, h.nTable, depth+1)})
			case tag == "br":
				h.inline.WriteByte('\n')
			case containerTags[tag] || hasDescendant(c, "table", 0):
				h.flushInline()
				h.walk(c, depth+1)
				h.flushInline()
			default:
				if lvl, ok := blockTags[tag]; ok {
					h.flushInline()
					var b strings.Builder
					h.text(c, &b, depth+1)
					t := collapseLines(b.String())
					if strings.TrimSpace(t) != "" {
						h.nPara++
						h.blocks = append(h.blocks, Block{Para: &Paragraph{Text: t, Level: lvl, Pos: model.Pos{Paragraph: h.nPara}}})
					}
					continue
				}
				h.text(c, &h.inline, depth+1)
			}
		default:
			if c.Type == html.DocumentNode {
				h.walk(c, depth+1)
			}
		}
	}
}

func hasDescendant(n *html.Node, tag string, depth int) bool {
	if depth > 64 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == tag || hasDescendant(c, tag, depth+1)) {
			return true
		}
	}
	return false
}

// text appends the text of n to b: <br> is a line break, block elements
// start a new line, nested tables are written row by row with tabs.
func (h *htmlWalker) text(n *html.Node, b *strings.Builder, depth int) {
	if !h.depthOK(depth) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			writeHTMLText(b, c.Data)
		case html.ElementNode:
			switch {
			case skipTags[c.Data]:
			case c.Data == "br":
				b.WriteByte('\n')
			case c.Data == "table":
				t := h.table(c, 0, depth+1)
				for _, r := range t.Rows {
					b.WriteByte('\n')
					for i, cell := range r {
						if i > 0 {
							b.WriteByte('\t')
						}
						b.WriteString(cell.Text)
					}
				}
				b.WriteByte('\n')
			default:
				_, block := blockTags[c.Data]
				if block || containerTags[c.Data] || c.Data == "tr" {
					b.WriteByte('\n')
					h.text(c, b, depth+1)
					b.WriteByte('\n')
				} else {
					h.text(c, b, depth+1)
				}
			}
		}
	}
}

// writeHTMLText appends a text node with its source line breaks turned
// into spaces: in HTML they are white space, and only <br> and block
// boundaries break lines.
func writeHTMLText(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '\n', '\r', '\t', '\f':
			b.WriteByte(' ')
		case '\u00a0':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
}

// collapseLines folds HTML white space inside each line (runs of space, tab,
// CR and source newlines become one space) and trims each line; explicit
// line breaks (already "\n" from <br> and blocks) are kept, empty lines
// dropped.
func collapseLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// Span limits: real tables have a few dozen columns; the budget bounds the
// grid a hostile table can make the reader lay out.
const (
	maxRowSpan   = 1000
	maxColSpan   = 64
	maxSpanMarks = 1 << 18
)

type htmlCell struct {
	node             *html.Node
	row, col         int
	rowspan, colspan int
}

// table lays out a <table>: rows of cells, with rowspan continuation cells
// inserted where a cell from an earlier row covers the grid.
func (h *htmlWalker) table(n *html.Node, index int, depth int) *Table {
	var trs []*html.Node
	var collect func(*html.Node, int)
	collect = func(p *html.Node, d int) {
		if d > 4 {
			return
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "tr":
				trs = append(trs, c)
			case "thead", "tbody", "tfoot":
				collect(c, d+1)
			}
		}
	}
	collect(n, 0)
	occupied := map[[2]int]bool{}
	marks := 0
	var cells []htmlCell
	for r, tr := range trs {
		col := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.Data != "td" && c.Data != "th") {
				continue
			}
			for occupied[[2]int{r, col}] {
				col++
			}
			rs := spanAttr(c, "rowspan", min(len(trs)-r, maxRowSpan))
			cs := spanAttr(c, "colspan", maxColSpan)
			if marks+rs*cs > maxSpanMarks {
				rs, cs = 1, 1 // a hostile table: spans beyond the budget are ignored
			}
			marks += rs * cs
			cells = append(cells, htmlCell{node: c, row: r, col: col, rowspan: rs, colspan: cs})
			for i := 0; i < rs; i++ {
				for j := 0; j < cs; j++ {
					occupied[[2]int{r + i, col + j}] = true
				}
			}
			col += cs
		}
	}
	t := &Table{Rows: make([][]Cell, len(trs)), Pos: model.Pos{Table: index, Row: 1, Col: 1}}
	for _, hc := range cells {
		var b strings.Builder
		h.text(hc.node, &b, depth+1)
		pos := model.Pos{Table: index, Row: hc.row + 1, Col: hc.col + 1}
		t.Rows[hc.row] = append(t.Rows[hc.row], Cell{Text: collapseLines(b.String()), RowSpan: hc.rowspan, ColSpan: hc.colspan, Pos: pos})
		for i := 1; i < hc.rowspan; i++ {
			r := hc.row + i
			t.Rows[r] = append(t.Rows[r], Cell{RowSpan: 1, ColSpan: hc.colspan, Merged: true, Origin: pos,
				Pos: model.Pos{Table: index, Row: r + 1, Col: hc.col + 1}})
		}
	}
	for _, r := range t.Rows {
		sort.SliceStable(r, func(i, j int) bool { return r[i].Pos.Col < r[j].Pos.Col })
	}
	return t
}

func spanAttr(n *html.Node, key string, max int) int {
	for _, a := range n.Attr {
		if a.Key == key {
			v, err := strconv.Atoi(strings.TrimSpace(a.Val))
			if err != nil || v < 1 {
				return 1
			}
			if v > max {
				return max
			}
			return v
		}
	}
	return 1
}
