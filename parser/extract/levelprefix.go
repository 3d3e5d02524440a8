package extract

import (
	"strings"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A two-column grid whose names carry their level: 绩效指标 | 指标值 over
// 数量指标：培训农民工人数 | ≥2000人. No column holds the levels or the
// names alone, and no header names them: the grid is not read, and a
// warning says why (LEVEL-PREFIXED-NAMES), its cells unrecognized.

// minPrefixedRows is how many rows under such a header must carry a level
// prefix (and every filled one must) for the warning.
const minPrefixedRows = 2

// warnLevelPrefixes warns of a grid under a header of exactly a block
// label and a target caption (绩效指标 | 指标值) whose every filled row
// opens with a level word of the taxonomy, a colon and a name
// (数量指标：培训农民工人数) beside a filled second cell, up to the table's
// end: a layout not read, said so rather than left silent.
func (e *extractor) warnLevelPrefixes(t *layout.Table) {
	h := -1
	for ri, row := range t.Rows {
		if e.levelPrefixHeader(row) {
			h = ri
			break
		}
	}
	if h < 0 {
		return
	}
	n, example := 0, ""
	for _, row := range t.Rows[h+1:] {
		if !hasText(row) {
			continue
		}
		if len(row) != 2 || row[0].Merged || layout.Clean(row[1].Text) == "" {
			return
		}
		lv, name := e.levelPrefix(layout.Clean(row[0].Text))
		if lv == "" || name == "" {
			return
		}
		if n++; n == 1 {
			example = layout.Clean(row[0].Text)
		}
	}
	if n >= minPrefixedRows {
		head := t.Rows[h]
		e.warn(head[0].Pos, diag.LevelPrefixedNames, layout.Clean(head[0].Text), example)
	}
}

// levelPrefixHeader tells a row of two cells: a block label (绩效指标)
// and a target caption (指标值).
func (e *extractor) levelPrefixHeader(row []layout.Cell) bool {
	if len(row) != 2 || row[0].Merged || row[1].Merged {
		return false
	}
	return e.lx.isBlockLabel(e.lx.key(layout.Clean(row[0].Text))) && isTargetKey(e.lx.key(layout.Clean(row[1].Text)))
}

// levelPrefix splits a name cell that opens with a level word of the
// taxonomy and a colon (数量指标：培训农民工人数) into the level and the
// name; "", "" where it does not, or where the name is no name (empty, a
// value, another level).
func (e *extractor) levelPrefix(s string) (string, string) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return "", ""
	}
	lv, name := strings.TrimSpace(s[:i]), strings.TrimSpace(strings.TrimLeft(s[i:], ":："))
	key := e.lx.key(lv)
	if !strings.HasSuffix(key, "指标") || name == "" || strings.ContainsAny(name, ":：") {
		return "", ""
	}
	if l1, l2 := e.lx.levelsIn(key); !l1 && !l2 {
		return "", ""
	}
	if looksLikeNumber(name) {
		return "", ""
	}
	if nk := e.lx.key(name); strings.HasSuffix(nk, "指标") {
		if l1, l2 := e.lx.levelsIn(nk); l1 || l2 {
			return "", "" // another level (产出指标：数量指标)
		}
	}
	return lv, name
}
