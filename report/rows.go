package report

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diff"
)

// DiffOptions tune a diff report.
type DiffOptions struct {
	// Lang is the language of the labels; "" is Chinese.
	Lang Lang
	// Color allows ANSI colour in the text report.
	Color bool
	// Cut splits a text into words for inline changes (tokens that join
	// back into the text). Nil cuts into characters. It is called only
	// when a text changed, so a segmenter with a costly dictionary can
	// load lazily.
	Cut func(string) []string
}

// row is one change as every format shows it.
type row struct {
	kind      string // the class: an assessment, "added", "dropped", "text", or ""
	field     string // the field's label
	indicator string
	level2    string
	old, new  string // cleaned values; blank for none
	hasOld    bool
	hasNew    bool
	spans     []span // an edited text, word by word
}

func (o DiffOptions) label(key string) string { return Label(o.Lang, key) }

// year is a side's budget year as the reports print it: 年度不详 (year
// unknown) for a filing that names none (a self-evaluation without a
// year), never 0.
func (o DiffOptions) year(y int) string {
	if y == 0 {
		return o.label("year_unknown")
	}
	return strconv.Itoa(y)
}

// rows renders the changes of a project; spans says whether edited texts
// get an inline word diff.
func (o DiffOptions) rows(pv projectView, spans bool) []row {
	out := make([]row, 0, len(pv.changes))
	for _, c := range pv.changes {
		rw := row{kind: kindOf(c), field: o.fieldLabel(c), indicator: OneLine(c.Indicator), level2: OneLine(c.Level2)}
		if c.Old != nil {
			rw.old, rw.hasOld = Clean(*c.Old), true
		}
		if c.New != nil {
			rw.new, rw.hasNew = Clean(*c.New), true
		}
		if spans && rw.kind == "text" && rw.hasOld && rw.hasNew {
			rw.spans = wordDiff(rw.old, rw.new, o.Cut)
		}
		out = append(out, rw)
	}
	return out
}

func (o DiffOptions) fieldLabel(c diff.Change) string {
	if p, ok := strings.CutPrefix(c.Field, "spending_plan."); ok {
		return o.label("spending_plan") + " " + OneLine(p)
	}
	return o.label(c.Field)
}

// kindLabel is the label of a row's kind, "" for none.
func (o DiffOptions) kindLabel(kind string) string {
	if kind == "" {
		return ""
	}
	return o.label(kind)
}

// blank renders a missing value.
func (o DiffOptions) blank(s string, has bool) string {
	if !has || s == "" {
		return o.label("blank")
	}
	return s
}

// fmtAmount writes an amount with two decimals.
func fmtAmount(d decimal.Decimal) string { return d.StringFixed(2) }

// fmtMoney writes "2.02 万元", or "—" when unknown.
func fmtMoney(m money) string {
	if !m.ok {
		return "—"
	}
	return fmtAmount(m.amount) + " " + m.unit
}

// fmtSigned writes a signed amount: +0.40, −0.40.
func fmtSigned(d decimal.Decimal, places int32) string {
	switch d.Sign() {
	case 1:
		return "+" + d.StringFixed(places)
	case -1:
		return "−" + d.Neg().StringFixed(places)
	}
	return d.StringFixed(places)
}

// fmtBudget writes a budget change: "2.02 → 1.62 万元（−0.40，−19.8%）", or
// one amount for an added or removed project.
func fmtBudget(b budgetChange, lang Lang) string {
	switch {
	case !b.old.ok && !b.new.ok:
		return "—"
	case !b.new.ok:
		return fmtMoney(b.old)
	case !b.old.ok:
		return fmtMoney(b.new)
	}
	if b.direction() == "same" {
		return fmtMoney(b.old)
	}
	return fmtAmount(b.old.amount) + " → " + fmtAmount(b.new.amount) + " " + b.old.unit + fmtDelta(b, lang)
}

// fmtChange writes a change of a total: "+161.38 万元（+28.2%）".
func fmtChange(b budgetChange, lang Lang) string {
	d, pct, ok, pctOK := b.delta()
	if !ok {
		return ""
	}
	s := fmtSigned(d, 2) + " " + b.old.unit
	if !pctOK {
		return s
	}
	if lang == English {
		return s + " (" + fmtSigned(pct, 1) + "%)"
	}
	return s + "（" + fmtSigned(pct, 1) + "%）"
}

// fmtDelta writes "（−0.40，−19.8%）" (or "(−0.40, −19.8%)" in English).
func fmtDelta(b budgetChange, lang Lang) string {
	d, pct, ok, pctOK := b.delta()
	if !ok {
		return ""
	}
	s := fmtSigned(d, 2)
	if pctOK {
		if lang == English {
			s += ", " + fmtSigned(pct, 1) + "%"
		} else {
			s += "，" + fmtSigned(pct, 1) + "%"
		}
	}
	if lang == English {
		return " (" + s + ")"
	}
	return "（" + s + "）"
}

// direction is "up", "down" or "same" for a budget change, "" when unknown.
func (b budgetChange) direction() string {
	d, _, ok, _ := b.delta()
	switch {
	case !ok:
		return ""
	case d.Sign() > 0:
		return "up"
	case d.Sign() < 0:
		return "down"
	}
	return "same"
}

// projectTitle writes "3. 职称评审费 [13060526P…]".
func projectTitle(r *diff.ProjectRef) string {
	if r == nil {
		return "—"
	}
	s := OneLine(r.Name)
	if r.Index > 0 {
		s = itoa(r.Index) + ". " + s
	}
	if r.Code != "" {
		s += " [" + OneLine(r.Code) + "]"
	}
	return s
}

// nameSpans compares the titles of a renamed pair word by word.
func (o DiffOptions) nameSpans(p *diff.Project) []span {
	return wordDiff(projectTitle(p.Old), projectTitle(p.New), o.Cut)
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

// deptLabel writes a department as "203001 保定白沟新城党群工作部（本级）".
func deptLabel(s diff.Side) string {
	return OneLine(strings.TrimSpace(s.Department.Code + " " + s.Department.Name))
}
