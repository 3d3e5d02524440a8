package docx

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// docxID names the WordprocessingML elements the DOCX reader handles, by
// local name (any namespace prefix: DrawingML's a:p and a:t are text too).
type docxID uint8

const (
	docxOther   docxID = iota // no handler
	docxDropped               // content that holds no text to keep: skipped whole
	docxAltContent
	docxChoice
	docxT
	docxTab
	docxBreak
	docxNoBreakHyphen
	docxSym
	docxFldChar
	docxP
	docxPStyle
	docxOutlineLvl
	docxTbl
	docxTr
	docxGridBefore
	docxTc
	docxGridSpan
	docxVMerge
	docxIDs // how many
)

// docxIDOf returns the id of an element by its local name.
func docxIDOf(local []byte) docxID {
	switch string(local) {
	case "r", "pPr", "tcPr", "trPr", "tcW", "jc", "spacing", "vAlign", "bidi", "bookmarkStart", "bookmarkEnd":
		return docxOther // the most frequent, answered first
	case "rPr", "tcBorders", "tblPr", "tblGrid", "sectPr", "tblPrEx", "pBdr", "tabs",
		"del", "moveFrom", "delText", "instrText", "delInstrText", "sdtPr", "pPrChange", "rPrChange",
		"Fallback", "footnoteReference":
		// formatting, deleted or moved-away text, field instructions and
		// the unchosen branch of mc:AlternateContent
		return docxDropped
	case "p":
		return docxP
	case "t":
		return docxT
	case "tc":
		return docxTc
	case "tr":
		return docxTr
	case "tbl":
		return docxTbl
	case "pStyle":
		return docxPStyle
	case "gridSpan":
		return docxGridSpan
	case "vMerge":
		return docxVMerge
	case "gridBefore":
		return docxGridBefore
	case "tab":
		return docxTab
	case "br", "cr":
		return docxBreak
	case "sym":
		return docxSym
	case "fldChar":
		return docxFldChar
	case "outlineLvl":
		return docxOutlineLvl
	case "noBreakHyphen":
		return docxNoBreakHyphen
	case "AlternateContent":
		return docxAltContent
	case "Choice":
		return docxChoice
	}
	return docxOther
}

func docxSkips(id docxID) bool { return id == docxDropped }

// The handlers by element: docxStart[id] runs at its start tag with the
// tag's attribute bytes, docxEnd[id] at its end. Nil means nothing to do.
var docxStart = [docxIDs]func(w *docxWalker, attrs []byte) error{
	docxAltContent:    (*docxWalker).startAltContent,
	docxChoice:        (*docxWalker).startChoice,
	docxT:             (*docxWalker).startT,
	docxTab:           (*docxWalker).startTab,
	docxBreak:         (*docxWalker).startBreak,
	docxNoBreakHyphen: (*docxWalker).startNoBreakHyphen,
	docxSym:           (*docxWalker).startSym,
	docxFldChar:       (*docxWalker).startFldChar,
	docxP:             (*docxWalker).startP,
	docxPStyle:        (*docxWalker).startPStyle,
	docxOutlineLvl:    (*docxWalker).startOutlineLvl,
	docxTbl:           (*docxWalker).startTbl,
	docxTr:            (*docxWalker).startTr,
	docxGridBefore:    (*docxWalker).startGridBefore,
	docxTc:            (*docxWalker).startTc,
	docxGridSpan:      (*docxWalker).startGridSpan,
	docxVMerge:        (*docxWalker).startVMerge,
}

var docxEnd = [docxIDs]func(w *docxWalker){
	docxAltContent: (*docxWalker).endAltContent,
	docxT:          (*docxWalker).endT,
	docxP:          (*docxWalker).endP,
	docxTbl:        (*docxWalker).endTbl,
	docxTr:         (*docxWalker).endTr,
	docxTc:         (*docxWalker).endTc,
}

// mc:AlternateContent: the first mc:Choice is read, the others and the
// mc:Fallback are not.
func (w *docxWalker) startAltContent([]byte) error {
	w.choseOne = append(w.choseOne, false)
	return nil
}

func (w *docxWalker) endAltContent() {
	if n := len(w.choseOne); n > 0 {
		w.choseOne = w.choseOne[:n-1]
	}
}

func (w *docxWalker) startChoice([]byte) error {
	if n := len(w.choseOne); n > 0 {
		if w.choseOne[n-1] {
			w.skip = 1
		} else {
			w.choseOne[n-1] = true
		}
	}
	return nil
}

func (w *docxWalker) startT([]byte) error { w.inText = true; return nil }
func (w *docxWalker) endT()               { w.inText = false }

func (w *docxWalker) startTab([]byte) error {
	if w.paraDepth > 0 && w.fldDepth == 0 {
		w.para = append(w.para, '\t')
	}
	return nil
}

// w:br and w:cr
func (w *docxWalker) startBreak([]byte) error {
	if w.paraDepth > 0 && w.fldDepth == 0 {
		w.para = append(w.para, '\n')
	}
	return nil
}

func (w *docxWalker) startNoBreakHyphen([]byte) error {
	w.para = append(w.para, '-')
	return nil
}

// w:sym: a character picked from a symbol font (w:char="F0B3" is ≥).
func (w *docxWalker) startSym(attrs []byte) error {
	n, err := strconv.ParseUint(string(office.AttrBytes(attrs, "char")), 16, 32)
	if err != nil {
		return nil
	}
	if s, ok := office.Symbols[n]; ok {
		w.para = append(w.para, s...)
	} else if n >= 0x20 && n < 0xF000 {
		w.para = utf8.AppendRune(w.para, rune(n))
	}
	return nil
}

// w:fldChar: a complex field's begin, separate (instruction done, result
// follows) and end. Only the result is text.
func (w *docxWalker) startFldChar(attrs []byte) error {
	n := len(w.fldStack)
	switch string(office.AttrBytes(attrs, "fldCharType")) {
	case "begin":
		w.fldStack = append(w.fldStack, true)
		w.fldDepth++
	case "separate":
		if n > 0 && w.fldStack[n-1] {
			w.fldStack[n-1] = false
			w.fldDepth--
		}
	case "end":
		if n > 0 {
			if w.fldStack[n-1] {
				w.fldDepth--
			}
			w.fldStack = w.fldStack[:n-1]
		}
	}
	return nil
}

func (w *docxWalker) startP([]byte) error {
	w.paraDepth++
	if w.paraDepth == 1 {
		w.para = w.para[:0]
		w.level = 0
	} else {
		// a paragraph inside a text box inside a paragraph: keep its text
		// apart from the host's
		w.para = append(w.para, '\n')
	}
	return nil
}

// endP ends a paragraph: outside tables it is a block, inside a table's
// cell a line of the cell's text.
func (w *docxWalker) endP() {
	if w.paraDepth == 0 {
		return
	}
	w.paraDepth--
	if w.paraDepth > 0 {
		return
	}
	if t := w.table(); t != nil {
		if t.inCell {
			t.addLine(w.para)
		}
		return
	}
	w.nPara++
	if len(w.para) == 0 {
		return // counted (positions number it), not kept: ten million <w:p/> hold nothing
	}
	if w.err = w.budget.Spend(len(w.para)); w.err != nil {
		return
	}
	w.blocks = append(w.blocks, layout.Block{Para: &layout.Paragraph{Text: string(w.para), Level: w.level, Pos: model.Pos{Paragraph: w.nPara}}})
}

func (w *docxWalker) startPStyle(attrs []byte) error {
	w.level = headingLevel(office.AttrBytes(attrs, "val"))
	return nil
}

func (w *docxWalker) startOutlineLvl(attrs []byte) error {
	if n, err := strconv.Atoi(string(office.AttrBytes(attrs, "val"))); err == nil && n < 9 && w.level == 0 {
		w.level = n + 1
	}
	return nil
}

func (w *docxWalker) startTbl([]byte) error {
	if w.lim.MaxDepth > 0 && len(w.tables) >= w.lim.MaxDepth {
		return fmt.Errorf("%w: tables nested deeper than %d", layout.ErrTooLarge, w.lim.MaxDepth)
	}
	t := &docxTable{nested: len(w.tables) > 0}
	if !t.nested {
		w.nTable++
		t.index = w.nTable
	}
	w.tables = append(w.tables, t)
	return nil
}

// endTbl ends a table: a top-level one is a block; a nested one's rows
// became lines of the cell that holds it as they ended.
func (w *docxWalker) endTbl() {
	n := len(w.tables)
	if n == 0 {
		return
	}
	t := w.tables[n-1]
	w.tables = w.tables[:n-1]
	if !t.nested {
		w.blocks = append(w.blocks, layout.Block{Table: t.layout()})
	}
}

func (w *docxWalker) table() *docxTable {
	if n := len(w.tables); n > 0 {
		return w.tables[n-1]
	}
	return nil
}

func (w *docxWalker) startTr([]byte) error {
	if t := w.table(); t != nil {
		if err := w.chargeCell(); err != nil {
			return err
		}
		t.startRow()
	}
	return nil
}

// chargeCell counts a row or a cell against the document's cell budget
// as it is read, before anything is kept for it.
func (w *docxWalker) chargeCell() error {
	if w.cells++; w.lim.MaxCells > 0 && w.cells > w.lim.MaxCells {
		return layout.OverLimit("cells", int64(w.lim.MaxCells), "table rows and cells", "--max-cells")
	}
	return nil
}

func (w *docxWalker) endTr() {
	t := w.table()
	if t == nil || !t.inRow {
		return
	}
	if line, ok := t.endRow(); ok && len(w.tables) > 1 {
		if outer := w.tables[len(w.tables)-2]; outer.inCell {
			outer.addLine(line) // a nested table's row: a line of its cell
		}
	}
}

func (w *docxWalker) startGridBefore(attrs []byte) error {
	if t := w.table(); t != nil && t.inRow {
		if n, err := strconv.Atoi(string(office.AttrBytes(attrs, "val"))); err == nil && n > 0 && n < 1000 {
			t.col += n
		}
	}
	return nil
}

func (w *docxWalker) startTc([]byte) error {
	if t := w.table(); t != nil && t.inRow {
		if err := w.chargeCell(); err != nil {
			return err
		}
		t.startCell()
	}
	return nil
}

func (w *docxWalker) endTc() {
	if t := w.table(); t != nil && t.inCell && t.inRow {
		t.endCell()
	}
}

func (w *docxWalker) startGridSpan(attrs []byte) error {
	if t := w.table(); t != nil && t.inCell {
		if n, err := strconv.Atoi(string(office.AttrBytes(attrs, "val"))); err == nil && n > 1 && n < 1000 {
			t.span = n
		}
	}
	return nil
}

func (w *docxWalker) startVMerge(attrs []byte) error {
	if t := w.table(); t != nil && t.inCell {
		if string(office.AttrBytes(attrs, "val")) == "restart" {
			t.vmerge = vmergeRestart
		} else {
			t.vmerge = vmergeContinue
		}
	}
	return nil
}

// headingLevel reads a heading level from a paragraph style id such as
// "Heading2", "heading 2", "2" (WPS) or "Title", ignoring case and spaces.
func headingLevel(style []byte) int {
	if len(style) == 1 && style[0] >= '1' && style[0] <= '9' {
		return int(style[0] - '0')
	}
	if len(style) < 5 || (style[0] != 'H' && style[0] != 'h' && style[0] != 'T' && style[0] != 't') {
		return 0 // most paragraphs: body text styles
	}
	var buf [32]byte
	s := buf[:0]
	for _, c := range style {
		if c == ' ' {
			continue
		}
		if len(s) == len(buf) {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s = append(s, c)
	}
	switch {
	case string(s) == "title":
		return 1
	case len(s) > len("heading") && string(s[:len("heading")]) == "heading":
		if n, err := strconv.Atoi(string(s[len("heading"):])); err == nil && n > 0 && n < 10 {
			return n
		}
	}
	return 0
}
