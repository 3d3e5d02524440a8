package extract

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The spending plan (资金支出计划): a label, the periods after it, and on
// the next row the cumulative values.

type period struct {
	text  string
	month int
	col   int
}

func (e *extractor) spendingHeader(row []layout.Cell, at int) {
	p := e.cur
	p.SpendingPlan.Label = layout.Clean(row[at].Text)
	e.ps.spendPos = row[at].Pos
	e.ps.periods = []period{}
	for _, c := range row[at+1:] {
		s := layout.Clean(c.Text)
		if s == "" {
			continue
		}
		e.ps.periods = append(e.ps.periods, period{text: s, month: periodMonth(s), col: c.Pos.Col})
	}
	e.ps.lastField = fSpending
}

// periodMonth reads the month of "3月底", "6月末", "第一季度" (3), "上半年" (6).
func periodMonth(s string) int {
	n := 0
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i > 0 && strings.HasPrefix(s[i:], "月") && n >= 1 && n <= 12 {
		return n
	}
	switch {
	case strings.Contains(s, "一季度"):
		return 3
	case strings.Contains(s, "二季度"), strings.Contains(s, "上半年"):
		return 6
	case strings.Contains(s, "三季度"):
		return 9
	case strings.Contains(s, "四季度"), strings.Contains(s, "全年"), strings.Contains(s, "年底"):
		return 12
	}
	return 0
}

// labelTail reads the end of a spending-plan label a page break carried
// into the values row ("资金支出计划" | … then "（%）" | 3.00 | …): the
// fragment joins the label, and the row is the values row.
func (e *extractor) labelTail(row []layout.Cell, first int) bool {
	s := layout.Clean(row[first].Text)
	key := labelKey(s)
	if first != 0 || !strings.HasPrefix(key, "（") || !strings.HasSuffix(key, "）") || len(row) < 2 {
		return false
	}
	switch parenthesized(key) {
	case "%", "％", "万元", "元", "千元", "百分比":
	default:
		return false
	}
	sp := &e.cur.SpendingPlan
	sp.Label += s
	row[first].Text, row[first].Merged = "", true
	return true
}

func (e *extractor) spendingValues(row []layout.Cell) {
	p := e.cur
	cells := row
	if len(cells) > 0 && (cells[0].Merged || layout.Clean(cells[0].Text) == "") {
		cells = cells[1:]
	}
	for len(cells) > len(e.ps.periods) && layout.Clean(cells[len(cells)-1].Text) == "" {
		cells = cells[:len(cells)-1] // cells a converter padded the row with
	}
	if len(cells) != len(e.ps.periods) {
		e.warn(row[0].Pos, diag.PlanCountMismatch, len(e.ps.periods), len(cells))
	}
	pct := false
	for i, per := range e.ps.periods {
		pt := model.SpendingPoint{Period: per.text, Month: per.month}
		if i < len(cells) {
			s := layout.Clean(cells[i].Text)
			if strings.HasSuffix(s, "%") || strings.HasSuffix(s, "％") {
				s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％")
				pct = true
			}
			pt.Value = e.amount(s, cells[i].Pos)
		}
		p.SpendingPlan.Points = append(p.SpendingPlan.Points, pt)
	}
	for _, c := range cells[min(len(cells), len(e.ps.periods)):] {
		if s := layout.Clean(c.Text); s != "" {
			e.unrecognized(s, c.Pos)
		}
	}
	if pct {
		p.SpendingPlan.Unit = "%"
	}
	e.ps.periods = nil
}

// spendingUnit decides what the spending plan's values are: percentages or
// cumulative amounts in the money unit, from the values themselves.
func (e *extractor) spendingUnit(p *model.Project) {
	sp := &p.SpendingPlan
	labelPct := sp.LabelSaysPercent()
	var last, max decimal.Decimal
	lastText, have := "", false
	for _, pt := range sp.Points {
		if pt.Value == nil {
			continue
		}
		d, err := decimal.NewFromString(*pt.Value)
		if err != nil {
			continue
		}
		last, lastText, have = d, *pt.Value, true
		if d.GreaterThan(max) {
			max = d
		}
	}
	if sp.Unit == "%" { // values were written with a % sign
		return
	}
	if !have {
		if labelPct {
			sp.Unit = "%"
		} else {
			sp.Unit = p.MoneyUnit
		}
		return
	}
	hundred := decimal.NewFromInt(100)
	var total decimal.Decimal
	hasTotal := false
	if p.Budget.Total != nil {
		if d, err := decimal.NewFromString(*p.Budget.Total); err == nil {
			total, hasTotal = d, true
		}
	}
	switch {
	case hasTotal && last.Equal(total) && !(labelPct && last.Equal(hundred)):
		sp.Unit = p.MoneyUnit
	case last.Equal(hundred) && max.LessThanOrEqual(hundred):
		sp.Unit = "%"
	case max.GreaterThan(hundred):
		sp.Unit = p.MoneyUnit
	case labelPct:
		// neither 100 nor the budget: read by what the last value is nearer
		if hasTotal && nearer(last, total, hundred) {
			sp.Unit = p.MoneyUnit
			e.warn(e.ps.spendPos, diag.PlanEndAmounts, p.Index, lastText, *p.Budget.Total, sp.Unit)
		} else {
			sp.Unit = "%"
			e.warn(e.ps.spendPos, diag.PlanEndPercent, p.Index, lastText)
		}
		return
	default:
		sp.Unit = p.MoneyUnit
	}
	if labelPct && sp.Unit != "%" {
		e.warn(e.ps.spendPos, diag.PlanLabelPercent, p.Index, sp.Label, sp.Unit)
	} else if !labelPct && sp.Unit == "%" && sp.Label != "" {
		e.warn(e.ps.spendPos, diag.PlanLabelAmount, p.Index, sp.Label)
	}
}

// nearer reports whether x is nearer a than b as a ratio (8.78 is nearer a
// budget of 7.02 than 100).
func nearer(x, a, b decimal.Decimal) bool {
	ratio := func(u, v decimal.Decimal) decimal.Decimal {
		if u.Sign() <= 0 || v.Sign() <= 0 {
			return decimal.NewFromInt(1 << 30)
		}
		if u.LessThan(v) {
			u, v = v, u
		}
		return u.Div(v)
	}
	return ratio(x, a).LessThan(ratio(x, b))
}
