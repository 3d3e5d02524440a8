package extract

// rownumbers.go: the numbering of a financial form's rows and columns (a
// 决算表's or a 绩效评价表's 行次 column and 栏次 row), which is no amount
// and no value: taken out of a table before it is read.

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// numberingColumnWords are the captions over a column of row numbers (行次
// between a money label and its amounts: 年度资金总额 | 1 | 52.8).
var numberingColumnWords = []string{"行次", "栏次", "序号"}

// numberingRowWords are the labels of a row numbering the columns (列次 |
// 0 | 1 | 2 …, 栏次 | 1 | 2 | 3).
var numberingRowWords = []string{"列次", "栏次"}

// maxRowNumber is the largest number a form's numbering is taken to hold.
const maxRowNumber = 999

// numbering is the numbering found in a table: the cells it takes out,
// by row, and the rows that hold nothing else.
type numbering struct {
	cells map[int][]int // row → the cells of the row that number
	rows  map[int]bool  // rows that number the columns
}

// withoutNumbering returns t with its numbering taken out, and the texts
// taken out, by the row they stood in (reported unrecognized when the
// row is read). A row numbering the columns (its label 列次 or 栏次 first,
// then consecutive small numbers and at most short words: 列次 | 0 | 1 | …
// | 7 | 所需材料 | 上传端口) is dropped; a column of row numbers (its caption
// 行次, 栏次 or 序号 right of a label of its row, then consecutive small
// numbers down the column: 1, 2, 3, blank cells between) is blanked, its
// caption with it. Both need the caption and the numbers: a caption over
// amounts, or numbers under no caption, are left as they are. t itself is
// not changed; it is returned as is when it holds no numbering.
func (e *extractor) withoutNumbering(t *layout.Table) (*layout.Table, map[int][]model.Unrecognized) {
	var n numbering
	for ri, row := range t.Rows {
		if i := firstFilled(row); i >= 0 && !row[i].Merged && mayNumber(row[i].Text) &&
			isWordIn(e.lx.key(layout.Clean(row[i].Text)), numberingRowWords) && numbersColumns(row, i) {
			n.addRow(ri)
		}
	}
	for ri, row := range t.Rows {
		if n.rows[ri] {
			continue
		}
		for i := range row {
			// the caption filled, with a text left of it (the label the numbers stand beside)
			if !row[i].Merged && mayNumber(row[i].Text) && isWordIn(e.lx.key(layout.Clean(row[i].Text)), numberingColumnWords) && firstFilled(row) < i {
				n.addColumn(t.Rows, ri, i)
			}
		}
	}
	if n.cells == nil && n.rows == nil {
		return t, nil
	}
	out := &layout.Table{Pos: t.Pos}
	taken := map[int][]model.Unrecognized{}
	for ri, row := range t.Rows {
		if n.rows[ri] {
			for i := range row {
				if s := layout.Clean(row[i].Text); s != "" && !row[i].Merged {
					taken[len(out.Rows)] = append(taken[len(out.Rows)], model.Unrecognized{Text: s, Source: row[i].Pos})
				}
			}
			continue
		}
		if cells := n.cells[ri]; len(cells) > 0 {
			row = append([]layout.Cell(nil), row...)
			for _, i := range cells {
				taken[len(out.Rows)] = append(taken[len(out.Rows)], model.Unrecognized{Text: layout.Clean(row[i].Text), Source: row[i].Pos})
				row[i].Text = ""
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out, taken
}

// mayNumber tells, cheaply, a cell that may hold a numbering caption.
func mayNumber(s string) bool {
	return len(s) <= 24 && (strings.Contains(s, "次") || strings.Contains(s, "序"))
}

func isWordIn(key string, words []string) bool {
	for _, w := range words {
		if key == w {
			return true
		}
	}
	return false
}

// rowNumber reads a cell's small whole number (1, 12; not 1.0, 01 or an
// amount of four digits), ok false for any other text.
func rowNumber(s string) (int, bool) {
	s = layout.Clean(s)
	if s == "" || len(s) > 3 || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, v <= maxRowNumber
}

// numbersColumns tells a row whose cells after its label (cell i) number
// the columns: one or more consecutive small numbers, and besides them
// only short words with no digit (the sub-captions 所需材料 | 上传端口).
func numbersColumns(row []layout.Cell, i int) bool {
	numbers, last := 0, -1
	for k := i + 1; k < len(row); k++ {
		s := layout.Clean(row[k].Text)
		if row[k].Merged || s == "" {
			continue
		}
		if v, ok := rowNumber(s); ok {
			if numbers > 0 && v != last+1 {
				return false
			}
			numbers, last = numbers+1, v
			continue
		}
		if len([]rune(s)) > 8 || strings.ContainsAny(s, "0123456789") {
			return false
		}
	}
	return numbers > 0
}

func (n *numbering) addRow(ri int) {
	if n.rows == nil {
		n.rows = map[int]bool{}
	}
	n.rows[ri] = true
}

// addColumn blanks the column of row numbers under the caption at
// rows[ri][i]: the rows below whose cell in its grid column holds
// consecutive small numbers (blank cells and rows numbering the columns
// between), up to the first other text. A row without positions is read
// only where it is at least as wide as the caption's row; where it is
// wider, a caption left of the numbers' caption spanning columns printed
// once (总体资金情况 over 收入构成 | 财政拨款), its number may stand as many
// cells further right: the one cell of those places that holds the first
// number is taken, none where two could, and the numbers after it are
// read as many places right; up to two rows of captions with no digit
// there may stand before the first number. One number alone must be 0 or 1
// (the first row's); the caption goes with the numbers.
func (n *numbering) addColumn(rows [][]layout.Cell, ri, i int) {
	col, width := cellCol(rows[ri], i), len(rows[ri])
	var at [][2]int // row, cell
	last, shift, words := -1, -1, 0
	for r := ri + 1; r < len(rows); r++ {
		if n.rows[r] {
			continue
		}
		k, blank := numberCell(rows[r], col, width, last, shift)
		if blank {
			continue
		}
		if k < 0 && len(at) == 0 && words < 2 && !digitsAt(rows[r], col, width) {
			words++ // a second row of captions before the numbers (一级指标 | 二级指标 under 绩效指标)
			continue
		}
		if k < 0 {
			break
		}
		if rows[r][0].Pos.Col == 0 {
			shift = k - (col - 1) // the places right of col the first number stood: the others' too
		}
		v, _ := rowNumber(rows[r][k].Text)
		at, last = append(at, [2]int{r, k}), v
	}
	if len(at) == 0 || len(at) == 1 && last > 1 {
		return
	}
	if n.cells == nil {
		n.cells = map[int][]int{}
	}
	n.cells[ri] = append(n.cells[ri], i)
	for _, a := range at {
		n.cells[a[0]] = append(n.cells[a[0]], a[1])
	}
}

// digitsAt tells a row of no positions whose places numberCell reads
// for the first number hold a digit.
func digitsAt(row []layout.Cell, col, width int) bool {
	if len(row) == 0 || row[0].Pos.Col > 0 || len(row) < width {
		return true
	}
	for c := col - 1; c <= col-1+len(row)-width && c < len(row); c++ {
		if strings.ContainsAny(row[c].Text, "0123456789") {
			return true
		}
	}
	return false
}

// numberCell finds the cell of row in grid column col that continues the
// numbers after last (-1: none yet, any small number starts them): by
// position where the row has positions, else by place where the row is
// at least width cells wide, at col or as many places right of it as the
// row is wider (shift places, when not -1: where the first number stood).
// blank tells a row whose places there hold no text (or the
// column merged away): the numbers go on past it. k is -1 where no cell
// continues the numbers, or two could.
func numberCell(row []layout.Cell, col, width, last, shift int) (k int, blank bool) {
	if len(row) == 0 {
		return -1, true
	}
	from, to := -1, -1
	if row[0].Pos.Col > 0 {
		for c := range row {
			if p := row[c].Pos.Col; p <= col && col < p+max(1, row[c].ColSpan) {
				from, to = c, c
				break
			}
		}
		if from < 0 {
			return -1, true // the column merged away in this row
		}
	} else {
		if len(row) < width || col > len(row) {
			return -1, false
		}
		from, to = col-1, col-1+len(row)-width
		if shift >= 0 {
			from, to = col-1+shift, col-1+shift
		}
	}
	k, blank = -1, true
	for c := from; c <= to && c < len(row); c++ {
		s := layout.Clean(row[c].Text)
		if row[c].Merged || s == "" {
			continue
		}
		blank = false
		if v, ok := rowNumber(s); ok && (last < 0 || v == last+1) {
			if k >= 0 {
				return -1, false // two places could hold the number
			}
			k = c
		}
	}
	return k, blank
}
