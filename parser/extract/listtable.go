package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A list table beside the target tables: a caption row (序号 | 乡镇名称 |
// 项目名称 | 金额), rows numbered 1, 2, 3 under it, perhaps a total row (合计).
// An allocation of the funds to units or projects, a list of recipients:
// none of its rows is a project's header block or an indicator, whatever
// words its captions share with a header block's labels.

// minListItems is the fewest numbered rows that make a list table.
const minListItems = 2

// listRows returns how many rows after row (a caption row) belong to the
// list table it heads, or 0 when row heads none: the rows numbered 1, 2, 3
// in the column of its first caption or before it (a blank caption over
// the numbers), the rows continuing an item (its
// number cell merged or blank), and a total row that closes the list.
func (e *extractor) listRows(row []layout.Cell, rest [][]layout.Cell) int {
	numCol, ok := e.listCaptions(row)
	if !ok {
		return 0
	}
	next, n := 1, 0
	for _, r := range rest {
		first := firstFilled(r)
		if first < 0 {
			n++
			continue
		}
		if e.rowHoldsTargets(r) {
			break
		}
		s := layout.Clean(r[first].Text)
		switch {
		case cellCol(r, first) <= numCol && itemNumber(s) == next:
			next++
		case next > 1 && first > 0 && (r[0].Merged || layout.Clean(r[0].Text) == ""):
			// a row continuing an item: its number cell spans it
		case next > minListItems && e.lx.isSubtotal(s):
			return n + 1 // the total closes the list
		default:
			if next > minListItems {
				return n
			}
			return 0
		}
		n++
	}
	if next > minListItems {
		return n
	}
	return 0
}

// listCaptions tells a list table's caption row: three or more short
// captions, none a grid caption of the levels, names or targets, none a
// level word, a target or a number. It returns the grid column of the
// first caption, over the items' numbers or after them.
func (e *extractor) listCaptions(row []layout.Cell) (int, bool) {
	col, n := 0, 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged {
			continue
		}
		if utf8.RuneCountInString(s) > 16 {
			return 0, false
		}
		key := labelKey(s)
		if l1, l2 := levelWords(e.lx.v, key); l1 || l2 || looksLikeLevel(s) || looksLikeValue(s) || decimalPrefix(key) > 0 {
			return 0, false
		}
		if c := e.lx.gridLabel(key); c == cLevel1 || c == cLevel2 || c == cName || c == cValue {
			return 0, false
		}
		if n == 0 {
			col = cellCol(row, i)
		}
		n++
	}
	return col, n >= 3
}

// rowHoldsTargets tells a row no list item holds: a level word or a
// target with a comparator (≥95%) in one of its cells.
func (e *extractor) rowHoldsTargets(row []layout.Cell) bool {
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || utf8.RuneCountInString(s) > 30 {
			continue
		}
		if l1, l2 := levelWords(e.lx.v, labelKey(s)); l1 || l2 || looksLikeLevel(s) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("≥≤><=＞＜＝≧≦", r) {
			return true
		}
	}
	return false
}

// itemNumber reads an item's number written alone (3, 3., 3、), or -1.
func itemNumber(s string) int {
	s = strings.TrimRight(s, ".、．")
	if s == "" || len(s) > 3 {
		return -1
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}
