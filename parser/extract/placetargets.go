package extract

import (
	"slices"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Placement's rules for the target: a target caption over descriptions
// moved to the column of targets beside it, the numbers beside the unit
// column, the column the results echo, and the columns past the targets
// where a self-evaluation writes its results.

// unitCol is the unit column: captioned, or open and holding units; -1
// when there is none or two.
func (pl *placement) unitCol() int {
	g, row, f := pl.g, pl.row, pl.f
	if u := g.idx[cUnit]; u >= 0 {
		return g.columnOf(row, u, f)
	}
	at := pl.soleOpen(func(_ int, _ string, col int) bool { return f.content(col) == ctUnit })
	if at < 0 {
		return -1
	}
	return g.columnOf(row, at, f)
}

// numbers tells whether header cell j stands over the numbers of a target
// written in cells (比较 | 数值 | 单位, 单位 | 比较 | 数值): a column the header
// leaves unknown or blank right of the names, beside the unit column, or
// beside a column of signs (or an empty one) the header leaves open
// beside the unit column.
func (pl *placement) numbers(j int) bool {
	g, row, f := pl.g, pl.row, pl.f
	col, uc := g.columnOf(row, j, f), pl.unitCol()
	if _, ok := pl.open(j); !ok || col < 0 || uc < 0 || g.idx[cName] < 0 || col <= g.columnOf(row, g.idx[cName], f) {
		return false
	}
	signs := func(c int) bool {
		for i := range row {
			if g.columnOf(row, i, f) == c {
				_, ok := pl.open(i)
				k := f.content(c)
				return ok && (k == ctComparator || k == ctEmpty)
			}
		}
		return false
	}
	return col == uc-1 || col == uc+1 || col == uc+2 && signs(uc+1) || col == uc-2 && signs(uc-1)
}

// targetOverDescriptions moves the target from a target caption over
// descriptions, no target among them (绩效标准 | 反映…情况), when right of it
// stands a column the header leaves unknown or
// blank that holds the targets (two thirds typed: 2280次, >92%, among
// 不超预算), or anywhere the numbers before a unit column, or left of it
// the one such column where the caption repeats a few words down the rows
// (计划标准): that column is the target, the captioned one the description.
func (pl *placement) targetOverDescriptions() {
	g, row, f, unknown := pl.g, pl.row, pl.f, pl.unknown
	if v := g.idx[cValue]; v >= 0 && len(g.regions) == 0 {
		p, kv := f.profile(g.columnOf(row, v, f)), f.content(g.columnOf(row, v, f))
		if (kv == ctName || kv == ctNone && p.cells >= 2) && p.typed+p.numbers == 0 {
			for j := range row {
				col := g.columnOf(row, j, f)
				if j == v || row[j].Merged || slices.Contains(g.idx[:], j) || col < 0 ||
					layout.Clean(row[j].Text) != "" && !slices.Contains(unknown, j) {
					continue
				}
				q, k := f.profile(col), f.content(col)
				// (bare numbers adding up to 100 are targets too beside
				// their units)
				pair := pl.numbers(j) && (k == ctNumber || k == ctValue || k == ctWeight)
				// (left of the captioned column, right of the names, where
				// that column holds no target at all)
				left := j < v && g.idx[cName] >= 0 && col > g.columnOf(row, g.idx[cName], f) && p.cells >= 2
				// (left of a captioned column that repeats a few words in
				// every row, 计划标准: a basis, no target; the one open
				// column of typed targets)
				rep := j < v && p.distinct.len()*2 <= p.cells && k == ctValue && pl.soleTargets(j)
				if !pair && !rep && (kv != ctName && !left || j < v && !left || k != ctValue && k != ctNone || q.cells < 2 || q.typed*3 < q.cells*2) {
					continue
				}
				g.idx[cValue], g.cols[cValue] = -1, 0
				if g.idx[cDesc] < 0 {
					g.idx[cDesc], g.cols[cDesc], g.labels[cDesc] = v, row[v].Pos.Col, g.labels[cValue]
				}
				pl.guessed(cValue, j, layout.Clean(row[j].Text), k)
				return
			}
		}
	}
}

// soleTargets tells whether header cell j is the one open header cell over
// a column of targets (ctValue), two thirds of them typed or numbers (10辆,
// ≥80M, 250).
func (pl *placement) soleTargets(j int) bool {
	g, row, f := pl.g, pl.row, pl.f
	n := 0
	for i := range row {
		if _, ok := pl.open(i); !ok {
			continue
		}
		col := g.columnOf(row, i, f)
		if q := f.profile(col); f.content(col) == ctValue && (q.typed+q.numbers)*3 >= q.cells*2 {
			if i != j {
				return false
			}
			n++
		}
	}
	return n == 1
}

// targetBesideUnit: with no target caption, the numbers' column beside the
// unit is the target, whatever it holds (sentences where no number is written;
// numbers adding up to 100, which beside their units are no weights; numbers
// that run on row by row, 9 | 10, which right of the names and beside their
// units count no rows)
func (pl *placement) targetBesideUnit() {
	g, row, f := pl.g, pl.row, pl.f
	if uc := pl.unitCol(); uc >= 0 && f.profile(uc).cells >= 3 && f.profile(uc).units == 0 {
		return // a unit column filled with no unit (- in every row): nothing stands beside units
	}
	if g.idx[cValue] < 0 && len(g.regions) == 0 {
		for j := range row {
			if k := f.content(g.columnOf(row, j, f)); pl.numbers(j) && !slices.Contains([]content{ctEmpty, ctBlock,
				ctComparator, ctDirection, ctNature, ctUnit, ctLevel1, ctLevel2}, k) {
				pl.guessed(cValue, j, layout.Clean(row[j].Text), k)
				return
			}
		}
	}
}

// targetEchoedByResults places the target of a self-evaluation whose
// header names the results (实际完成值) but not the target: the one open
// column left of the results whose cells the results echo — the same
// text, or the same number (≥50个 beside 50, 1.2万亩 beside 1.2万亩) — in
// two rows or more, and twice as often as in any other (one unknown
// caption over numbers, the block points under 自评权重, makes no
// recipient areas). It runs before content reads such a caption's numbers
// as the target. A target column of words and numbers mixed (≥50个 |
// 效果明显), or of words and counts content reads as names (550万粒 | 是),
// is read by no content rule alone; the results say which it is.
func (pl *placement) targetEchoedByResults() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if g.idx[cValue] >= 0 || g.idx[cActual] < 0 || len(g.regions) > 0 || pl.areas >= 2 {
		return
	}
	ac := g.columnOf(row, g.idx[cActual], f)
	if ac < 0 {
		return
	}
	rows := e.gridRows()
	at, most, next := -1, 0, 0
	for i := range row {
		col := g.columnOf(row, i, f)
		if _, ok := pl.open(i); !ok || col < 0 || col >= ac {
			continue
		}
		if k := f.content(col); k != ctNone && k != ctValue && k != ctNumber && k != ctName {
			continue
		}
		switch n := echoes(rows, col, ac, f); {
		case n > most:
			at, most, next = i, n, most
		case n > next:
			next = n
		}
	}
	if at >= 0 && most >= 2 && most >= 2*next {
		// (names that quote a target's number, 每年财政补助1000万元 beside
		// 1000万元, echo it less than the target does)
		pl.guessed(cValue, at, layout.Clean(row[at].Text), f.content(g.columnOf(row, at, f)))
	}
}

// echoes counts the rows where frame column a repeats column t: the same
// text, or the same first number (a result written bare beside its
// target: 50 beside ≥50个).
func echoes(rows [][]layout.Cell, t, a int, f *frame) int {
	n := 0
	for _, r := range rows {
		x, y := cellIn(r, t, nil, f), cellIn(r, a, nil, f)
		if x == "" || y == "" {
			continue
		}
		if nx, ny := firstNumber(x), firstNumber(y); x == y || nx != "" && nx == ny {
			n++
		}
	}
	return n
}

// pastTargets reports whether header cell i stands right of the target
// with only other target columns between (年初指标值 | 调整指标值 | i: the
// adjusted target captioned as a second target), the target's parts
// (指标性质, 计量单位) or empty columns under a caption's span or under
// none, where a self-evaluation writes its results.
func (g *gridState) pastTargets(row []layout.Cell, i int, f *frame) bool {
	v, col := g.columnOf(row, g.idx[cValue], f), g.columnOf(row, i, f)
	if v < 0 || col <= v+1 {
		return false
	}
	for c := v + 1; c < col; c++ {
		j := headIndexOf(row, c, g, f)
		if j >= 0 && slices.ContainsFunc(g.extras, func(x extraCol) bool { return x.idx == j && x.role == model.RoleOther }) {
			continue
		}
		if j >= 0 && (j == g.idx[cNature] || j == g.idx[cDirection] || j == g.idx[cUnit]) {
			continue // a part of the target written after it (指标性质, 计量单位)
		}
		if f.content(c) == ctEmpty && (j < 0 || layout.Clean(row[j].Text) == "" && !slices.Contains(g.idx[:], j)) {
			continue // an empty column under a caption's span, or under none
		}
		return false
	}
	return true
}

// firstNumber is the first decimal number written in s ("50" of "≥50个",
// "1.2" of "1.2万亩"), "" for none.
func firstNumber(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			return s[i:j]
		}
	}
	return ""
}

// unitsBesideBareTargets places as the unit a blank-captioned column
// whose cells stand in exactly the rows whose target is a bare number (80,
// 95 under 指标值, the qualitative rows empty in both), short words that
// are no number, sign, level or nature word, a unit word of the
// vocabulary (%) among them: the units the targets lack (人数 | %), too
// few or too mixed for the column's content alone to say so.
func (pl *placement) unitsBesideBareTargets() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if g.idx[cValue] < 0 || g.idx[cUnit] >= 0 || len(g.regions) > 0 {
		return
	}
	vc := g.columnOf(row, g.idx[cValue], f)
	if vc < 0 {
		return
	}
	rows := e.gridRows()
	at := -1
	for i := range row {
		col := g.columnOf(row, i, f)
		if text, ok := pl.open(i); !ok || text != "" || col < 0 || col == vc || f.content(col) == ctUnit {
			continue // (a column of units content names is placed by it)
		}
		filled, units := 0, 0
		for _, r := range rows {
			t, u := cellIn(r, vc, nil, f), cellIn(r, col, nil, f)
			_, bare := smallDecimal(e.lx.key(t))
			if bare != (u != "") {
				filled = -1 // a unit without a bare number, or a bare number without a unit
				break
			}
			if u == "" {
				continue
			}
			c := e.classOf(u)
			if c.number || c.comparator || c.direction || c.nature || c.l1 || c.l2 || utf8.RuneCountInString(u) > 4 {
				filled = -1
				break
			}
			filled++
			if c.unit {
				units++
			}
		}
		if filled < 2 || units == 0 {
			continue
		}
		if at >= 0 {
			return // two such columns: neither is sure
		}
		at = i
	}
	if at >= 0 {
		pl.guessed(cUnit, at, "", ctUnit)
	}
}
