package extract

// setfield.go: what a label and its value set — the money unit, the
// unit and its code, the budget total and its items — with the checks
// that keep a first reading against a later one.

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/shopspring/decimal"
)

// setMoneyUnit records the money unit a label or unit line names.
func (e *extractor) setMoneyUnit(u string, pos model.Pos) {
	p := e.cur
	switch {
	case p.MoneyUnit == "":
		p.MoneyUnit = u
	case p.MoneyUnit != u && e.ps.lineUnit:
		// the label of the amounts (资金情况（万元）) says more of them
		// than a unit line over the whole table (单位：元)
		e.warn(pos, diag.MoneyUnitFromLabel, p.Index, u, p.MoneyUnit)
		p.MoneyUnit, e.ps.lineUnit = u, false
	case p.MoneyUnit != u:
		e.warn(pos, diag.MoneyUnitChanged, p.Index, u, p.MoneyUnit)
	}
}

// setField stores the value of a header label. label is the label as
// written (for the fields kept with their label).
func (e *extractor) setField(f field, label, val string, vpos, lpos model.Pos) {
	p := e.cur
	switch f {
	case fCode:
		p.Code = val
	case fName:
		p.Name = val
	case fUnitName, fDepartment, fImplementer, fUnitCode:
		if labelKey(label) == "下达地方或单位" {
			e.ps.transfer = true // a transfer to a lower level of government
		}
		e.setUnit(f, label, val, vpos)
	case fTotal, fFiscal, fOther, fProjectTotal, fBudgetItem:
		e.setAmount(f, label, val, vpos)
	case fPurpose:
		p.Purpose = val
	case fGoals:
		goals, inds, rest := e.cellIndicators(val, vpos)
		if len(p.Goals) == 0 && goals != "" {
			p.GoalsSource = vpos
		}
		p.Goals = append(p.Goals, splitGoals(goals)...)
		p.Indicators = append(p.Indicators, inds...) // the target set written in the cell
		for _, s := range rest {
			e.unrecognized(s, vpos)
		}
	case fLongGoals:
		p.LongTermGoals = append(p.LongTermGoals, splitGoals(val)...)
	case fGoalResult:
		p.GoalResults = append(p.GoalResults, splitGoals(val)...)
	case fCategory:
		p.Category = val
	case fPeriod:
		p.Period = val
	case fAttribute:
		if val != "" {
			p.Attributes = append(p.Attributes, model.LabeledText{Label: labelText(label), Text: val, Source: vpos})
		}
	}
}

// setUnit stores a budget unit named in the header: the department (主管部门
// or the unit of a department-wide table), the implementing unit, or the
// unit's code.
func (e *extractor) setUnit(f field, label, val string, pos model.Pos) {
	p := e.cur
	if val == "" {
		return
	}
	d, ok := splitCodeName(val)
	if !ok {
		d, ok = splitNameCode(label, val)
	}
	if !ok {
		d = model.Department{Name: val}
	}
	switch f {
	case fUnitCode:
		p.Department.Code = val
	case fUnitName:
		e.ps.unitName = true
		if p.Department.Code != "" && d.Code == "" {
			d.Code = p.Department.Code
		}
		p.Department = d
	case fImplementer:
		p.Implementer = &d
	case fDepartment:
		// the first unit named is the project's; another is kept with its label
		if p.Department.Name == "" {
			p.Department = d
		} else if val != p.Department.Name && val != p.Department.Code+p.Department.Name {
			p.Attributes = append(p.Attributes, model.LabeledText{Label: labelText(label), Text: val, Source: pos})
		}
	}
}

// splitNameCode splits a unit written name first, code last
// ("福建省文化和旅游厅335301302"), but only under a label that names a code
// as well as the name ("主管部门(单位)名称及预算编码", "单位名称及代码"): the
// code is the trailing run of six or more digits after a character that is
// no digit, the name what stands before it.
func splitNameCode(label, val string) (model.Department, bool) {
	key := labelKey(label)
	if !strings.Contains(key, "编码") && !strings.Contains(key, "代码") {
		return model.Department{}, false
	}
	i := len(val)
	for i > 0 && val[i-1] >= '0' && val[i-1] <= '9' {
		i--
	}
	if len(val)-i < 6 || i == 0 {
		return model.Department{}, false
	}
	name := layout.Clean(val[:i])
	if r, _ := utf8.DecodeLastRuneInString(name); r < 0x4e00 {
		return model.Department{}, false // "…第2023001" or a bracket: not a plain name then code
	}
	return model.Department{Code: val[i:], Name: name}, true
}

// setAmount stores a money row: the budget's total, fiscal and other
// amounts, or a labelled item.
func (e *extractor) setAmount(f field, label, val string, pos model.Pos) {
	b := &e.cur.Budget
	amount := e.amount(val, pos)
	if amount == nil && (f == fTotal && b.Total != nil || f == fFiscal && b.Fiscal != nil || f == fOther && b.Other != nil) {
		return // a second, blank cell for an amount already read
	}
	switch f {
	case fTotal:
		if e.yearOfOtherTotal(label) {
			if amount != nil {
				e.budgetItem(label, *amount, pos)
			}
			return
		}
		if e.ps.totalsDiffer {
			if amount != nil {
				e.budgetItem(label, *amount, pos)
			}
			return
		}
		if b.Total != nil && amount != nil && e.ps.lastTotal == fTotal && e.ps.totalTable != nil &&
			e.ps.cols != nil && e.ps.cols != e.ps.totalTable && !sameAmount(*b.Total, *amount) {
			// the total rows of two money sub-tables that disagree (合计 of
			// the request and of its expense lines): nothing tells which is
			// the budget
			e.budgetItem(e.ps.totalLabel, *b.Total, e.ps.totalPos)
			e.budgetItem(label, *amount, pos)
			e.warn(pos, diag.TotalsDiffer, e.cur.Index, *b.Total, *amount)
			b.Total, e.ps.totalsDiffer = nil, true
			return
		}
		if b.Total != nil && e.ps.lastTotal == fTotal {
			// the total read before, kept as an item under its own label
			// and cell (项目资金投入总额 | 5000 before 年度资金总额 | 800)
			e.budgetItem(e.ps.totalLabel, *b.Total, e.ps.totalPos)
		}
		b.Total, e.ps.lastTotal = amount, fTotal
		e.ps.totalLabel, e.ps.totalPos, e.ps.totalTable = label, pos, e.ps.cols
	case fProjectTotal:
		if amount != nil {
			e.budgetItem(label, *amount, pos)
		}
		if b.Total == nil {
			b.Total, e.ps.lastTotal = amount, fProjectTotal
		}
	case fFiscal:
		b.Fiscal = amount
	case fOther:
		b.Other = amount
	default:
		if val != "" {
			e.budgetItem(label, val, pos)
		}
	}
}

// sameAmount tells two amounts of equal value (40 and 40.00).
func sameAmount(a, b string) bool {
	x, err1 := decimal.NewFromString(a)
	y, err2 := decimal.NewFromString(b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	return x.Equal(y)
}

func (e *extractor) budgetItem(label, text string, pos model.Pos) {
	b := &e.cur.Budget
	b.Items = append(b.Items, model.LabeledText{Label: labelText(label), Text: text, Source: pos})
}

// labelYear is the year a money label opens with (2023年资金总额,
// 2024年度预算数 → 2023, 2024), 0 when it opens with none.
func labelYear(label string) int {
	k := captionSpaces.Replace(strings.TrimSpace(label))
	if len(k) < 7 || !isDigits(k[:4]) || !strings.HasPrefix(k[4:], "年") {
		return 0
	}
	return model.YearIn(k[:7])
}

// filingYear is the filing's year as known while its header is read: a
// year line (（2022年度）), else the project's title; 0 when neither names
// one.
func (e *extractor) filingYear() int {
	if e.yearHint != 0 {
		return e.yearHint
	}
	return model.YearIn(e.cur.Title)
}

// yearOfOtherTotal tells a total's label that names by its number a year
// that is not the budget's (2023年资金总额 beside 2024年资金总额): where
// the filing's year is known (filingYear), any other year; where it is
// not, a year before the one the total read before names (the later year
// is the budget, whichever is written first). Its amount is that year's,
// never the budget: it is kept as an item under its label.
func (e *extractor) yearOfOtherTotal(label string) bool {
	n := labelYear(label)
	if n == 0 {
		return false
	}
	if y := e.filingYear(); y != 0 {
		return n != y
	}
	return e.cur.Budget.Total != nil && e.ps.lastTotal == fTotal && labelYear(e.ps.totalLabel) > n
}
