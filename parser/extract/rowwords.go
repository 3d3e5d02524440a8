package extract

// rowwords.go: what the cells of a grid row say of the row — a total,
// a placeholder or numeral name, a dash, a unit alone, a level label —
// and the numbered columns under a header.

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// isTotalRow tells the 总分 / 合计 row under a weighted grid.
func (lx *lexicon) isTotalRow(l1, l2, name string) bool {
	for _, s := range []string{l1, l2, name} {
		if key := lx.key(s); lx.isTotalLabel(key) || lx.isSubtotal(key) {
			return true
		}
	}
	return false
}

// isTotalLabel tells a total row's label keyed, bare or with the points
// it totals in parentheses (总分, 总分（100分）): the grade row under a
// self-evaluation's grid is no indicator.
func (lx *lexicon) isTotalLabel(key string) bool {
	if lx.totalRows[key] {
		return true
	}
	bare := stripParens(key)
	return bare != key && strings.Contains(key, "分") && lx.totalRows[bare]
}

// isPlaceholderName tells a template's empty slot: 指标1, 指标2：, ……, ….
func isPlaceholderName(s string) bool {
	t := strings.Trim(s, "…. 、：:")
	if t == "" {
		return true
	}
	if rest, ok := strings.CutPrefix(t, "指标"); ok {
		return strings.Trim(rest, "0123456789一二三四五六七八九十") == ""
	}
	return false
}

// noneName reports whether a cell says there is nothing there: a dash or
// a slash (isEmptyMark), or a word for none (无, 暂无, 无此项, 不涉及,
// 不适用), as filers fill a template's level-2 rows they have nothing for
// (no indicator is named so), a mid-term block's cells on a row it has no
// entry for, a unit cell of a row with no unit (noUnitMark).
func noneName(s string) bool {
	t := strings.ReplaceAll(layout.Clean(s), " ", "")
	if isEmptyMark(t) {
		return true
	}
	switch strings.Trim(t, "（）()。.") {
	case "无", "暂无", "无此项", "无此指标", "不涉及", "不适用":
		return true
	}
	return false
}

// numeralOnly reports whether s holds digits and number marks only (0,
// 0.00, 12%): a number, never an indicator's name.
func numeralOnly(s string) bool {
	t := strings.Trim(layout.Clean(s), "0123456789.,%％ ")
	return t == "" && strings.ContainsAny(s, "0123456789")
}

// pointsOnly tells a text that is a number of points and nothing else
// (10分, 9.5 分).
func pointsOnly(s string) bool {
	t, ok := strings.CutSuffix(strings.TrimSpace(layout.Clean(s)), "分")
	return ok && numeralOnly(t) && !strings.ContainsAny(t, "%％")
}

// unitOnly tells a value that is a unit word, with or without a comparator
// before it, and nothing else: ≧ %, 公里, ≥万元.
func (lx *lexicon) unitOnly(s string) bool {
	t := strings.ReplaceAll(layout.Clean(s), " ", "")
	rest := t
	for _, c := range lx.v.Comparators {
		if r, ok := strings.CutPrefix(t, c); ok && len(r) < len(rest) {
			rest = r // the longest comparator: >= before >
		}
	}
	return isUnitWord(lx.v, rest)
}

// endsWithLevelName reports whether s ends with the name of a level-2
// family of the taxonomy shaped as a level label (满意度指标, 效益指标; not
// 资金管理, which names indicators too), qualified before it by a level-2
// word of the vocabulary (服务对象, 社会, 经济) as level labels are, and
// holds no digit: a level label longer than levelLabel takes
// (社会公众或服务对象满意度指标). An indicator's own name that ends so
// (受益学生家长满意度指标) has no such word before the family's name.
func (lx *lexicon) endsWithLevelName(s string) bool {
	key := stripPoints(stripParens(lx.key(s)))
	if strings.ContainsAny(key, "0123456789") {
		return false
	}
	for _, f := range lx.v.Taxonomy.Level2 {
		if before, ok := strings.CutSuffix(key, f.Name); ok && strings.HasSuffix(f.Name, "指标") {
			for _, w := range lx.v.Level2Words {
				if strings.Contains(before, w) {
					return true
				}
			}
		}
	}
	return false
}

// levelQualified reports whether s, a level label as levelLabel reads
// it, is one of the taxonomy's labels rather than an indicator's name that
// ends so: a family's name itself (效益指标, 满意度指标) or a name
// qualified by a level-2 word (社会效益指标, 可持续影响指标), not
// 家长满意度指标.
func (lx *lexicon) levelQualified(s string) bool {
	key := stripPoints(stripParens(lx.key(s)))
	for _, fs := range [][]vocab.Family{lx.v.Taxonomy.Level1, lx.v.Taxonomy.Level2} {
		for _, f := range fs {
			if key == f.Name || key == f.Stem {
				return true
			}
		}
	}
	for _, w := range lx.v.Level2Words {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// levelLabel reports whether s is a level label of the taxonomy written
// as one (社会效益指标, 可持续影响 指标 (必填)): never a target.
func (lx *lexicon) levelLabel(s string) bool {
	l1, l2 := lx.levelsIn(stripParens(lx.key(s)))
	return (l1 || l2) && lx.looksLikeLevel(s)
}

// isEmptyMark tells a cell that a form fills with a mark for "none" and
// nothing else, white space aside: one or more dashes or slashes (-, --,
// —, ——, –, －, ─, ―, /, ／), or 一 once or twice (the dash as a text
// layer or OCR reads it). A word for none (无) is no mark: as a target it
// is a value.
func isEmptyMark(s string) bool {
	dashes, ones := 0, 0
	for _, r := range s {
		switch {
		case normalize.IsSpace(r):
		case strings.ContainsRune("-—－–─―/／", r):
			dashes++
		case r == '一':
			ones++
		default:
			return false
		}
	}
	return dashes > 0 && ones == 0 || dashes == 0 && ones > 0 && ones <= 2
}

// headsNumberedTable tells a row that heads another table inside a grid's
// rows (a text export runs tables together): the next row with text
// numbers its columns (① | ② | ③ …), which only a table's header gets.
func (e *extractor) headsNumberedTable(row []layout.Cell) bool {
	if columnNumbers(row) {
		return false
	}
	for _, next := range e.rest {
		if hasText(next) {
			return columnNumbers(next)
		}
	}
	return false
}

// columnNumbers tells a row that numbers a table's columns (① | ② | ③, or
// "⑧=④*⑦"): every text starts with a circled number.
func columnNumbers(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s); r < '①' || r > '⑳' {
			return false
		}
		n++
	}
	return n >= 2
}
