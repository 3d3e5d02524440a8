package extract

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// Projects: one per target table, started by a title, by a table that opens
// with the header labels, or by an indicator grid with no header before it.

func (e *extractor) startProject(index int, title string, pos model.Pos, titled bool) {
	unit := ""
	if e.cur == nil || e.ps.rows == e.pendingRows {
		unit = e.pendingUnit // no row read since the unit line: it heads this project's table
	}
	e.pendingUnit = ""
	var amount *lineAmount
	if e.cur == nil && len(e.doc.Projects) == 0 {
		amount = e.tableAmount // the amount line right above the table that opens the first project
	}
	e.tableAmount = nil
	e.finishProject()
	if index == 0 {
		index = len(e.doc.Projects) + 1
	}
	e.doc.Projects = append(e.doc.Projects, model.Project{
		Index:        index,
		Title:        title,
		Goals:        []string{},
		Indicators:   []model.Indicator{},
		SpendingPlan: model.SpendingPlan{Points: []model.SpendingPoint{}},
		Source:       pos,
	})
	e.cur = &e.doc.Projects[len(e.doc.Projects)-1]
	e.ps = projectState{spendPos: pos, titled: titled}
	if unit != "" {
		e.cur.MoneyUnit, e.ps.lineUnit = unit, true
	}
	e.ps.amountLine = amount
	e.section = nil
}

func (e *extractor) finishProject() {
	p := e.cur
	if p == nil {
		return
	}
	e.endGrid()
	e.settleAmountLine()
	e.settleGrant()
	e.cur = nil
	if isEmptyProject(p) || e.ps.rows == 0 && onlyUnit(p) {
		// a title with no table under it, or a table that named nothing:
		// not a target table
		if p.Title != "" {
			e.unrecognized(p.Title, p.Source)
		}
		e.doc.Projects = e.doc.Projects[:len(e.doc.Projects)-1]
		return
	}
	e.fillIdentity(p)
	e.totalFromParts(p)
	n, secret := 0, 0
	for _, ind := range p.Indicators {
		n++
		if strings.TrimSpace(ind.Value.Raw) == "涉密" {
			secret++
		}
	}
	p.Classified = n > 0 && secret == n
	p.Kind = e.projectKind(p)
	e.spendingUnit(p)
}

// isEmptyProject reports whether a project holds nothing a target table
// would: no indicator, no code, name, budget or goal.
func isEmptyProject(p *model.Project) bool {
	return len(p.Indicators) == 0 && p.Code == "" && p.Name == "" && p.Budget.Total == nil &&
		len(p.Goals) == 0 && p.Purpose == "" && p.Department.Name == ""
}

// onlyUnit reports whether a project holds nothing but its title and a
// unit: a title and a unit line with no table read under them (an
// attachment list of a notice, its signature) name no project.
func onlyUnit(p *model.Project) bool {
	d := p.Department
	p.Department = model.Department{}
	empty := isEmptyProject(p)
	p.Department = d
	return empty
}

// fillIdentity completes a project's name, department and money unit from
// what the table left out, with a warning for each guess.
func (e *extractor) fillIdentity(p *model.Project) {
	if p.Name == "" && (e.ps.unitName || strings.Contains(p.Title, "整体")) && p.Department.Name != "" {
		p.Name = p.Department.Name // a department-wide table names the unit
	}
	if p.Name == "" && p.Index == 1 && e.cover.name != "" {
		p.Name = e.cover.name // the report's cover names it (项目名称 某补贴)
		e.warn(p.Source, diag.NameFromCover, p.Index)
	}
	if p.Name == "" {
		if p.Name = e.lx.nameFromTitle(p.Title); p.Name != "" {
			e.warn(p.Source, diag.NameFromTitle, p.Index)
		} else {
			e.warn(p.Source, diag.NoProjectName, p.Index)
		}
	}
	if p.Code == "" {
		e.warn(p.Source, diag.NoProjectCode, p.Index)
	}
	if p.MoneyUnit == "" && p.Department.Code == "" && len(e.doc.Projects) > 1 && (hasMoney(p) || p.Department.Name == "") {
		// (a project with no amount and its own department takes nothing
		// from the one before: it has no money for the unit line to
		// measure, and the unit line's department is not its own)
		prev := e.doc.Projects[len(e.doc.Projects)-2]
		if prev.MoneyUnit != "" {
			p.MoneyUnit = prev.MoneyUnit
			if p.Department.Name == "" {
				p.Department = prev.Department
			}
			e.warn(p.Source, diag.UnitLineInherited, p.Index)
		}
	}
	if p.MoneyUnit == "" && hasMoney(p) {
		// (a project with no amount at all, no budget, money row or
		// spending plan, has no unit to assume: 万元 would be a unit no
		// header or amount justifies)
		if big := beyondWan(&p.Budget); big != "" {
			// 1681680 or 4764453.11 with no unit named: in 万元 over ten
			// billion yuan, no project's budget; amounts in 元, most
			// likely, but no header says so
			e.warn(p.Source, diag.MoneyUnitUnknown, p.Index, big)
			return
		}
		p.MoneyUnit = "万元"
		e.warn(p.Source, diag.MoneyUnitAssumed, p.Index)
	}
}

// beyondWan is the first of a budget's amounts (total, fiscal, other,
// initial, executed) of a million or more, "" when none is: an amount that
// 万元 would make over ten billion yuan.
func beyondWan(b *model.Budget) string {
	million := decimal.NewFromInt(1_000_000)
	for _, a := range []*string{b.Total, b.Fiscal, b.Other, b.Initial, b.Executed} {
		if a == nil {
			continue
		}
		if d, err := decimal.NewFromString(*a); err == nil && d.Abs().GreaterThanOrEqual(million) {
			return *a
		}
	}
	return ""
}

// hasMoney tells a project that holds an amount read in its money unit: a
// budget total, fiscal or other amount, an initial or executed budget, a
// money row whose text can be an amount, or a spending plan's value.
func hasMoney(p *model.Project) bool {
	b := &p.Budget
	if b.Total != nil || b.Fiscal != nil || b.Other != nil || b.Initial != nil || b.Executed != nil {
		return true
	}
	for _, it := range b.Items {
		if itemAmount(it.Text) {
			return true
		}
	}
	for _, pt := range p.SpendingPlan.Points {
		if pt.Value != nil {
			return true
		}
	}
	return false
}

// itemAmount tells a money row's text that can be an amount: it holds a
// digit and no percent sign (a row's 执行率 103.21%, or a caption such as
// 备注 read as the row's text, measures no money).
func itemAmount(s string) bool {
	return strings.ContainsAny(s, "0123456789０１２３４５６７８９") && !strings.ContainsAny(s, "%％")
}

// totalFromParts fills a budget's missing total from its parts: a money
// block whose only amount stands in the 财政拨款 row (资金总额 a column
// caption over it, no 合计 row) totals the fiscal and other amounts.
//
// A total of zero over parts that are not (金额合计 | 0 | 2377.15 | 0 under
// 小计 | 市财政拨款 | 其他资金: a subtotal left unreckoned) is no total
// either: the parts' sum replaces it.
func (e *extractor) totalFromParts(p *model.Project) {
	b := &p.Budget
	if b.Total != nil && !zeroOverParts(b) || b.Fiscal == nil || e.ps.totalsDiffer {
		return
	}
	fiscal, err := decimal.NewFromString(*b.Fiscal)
	if err != nil {
		return
	}
	total := *b.Fiscal
	if b.Other != nil {
		other, err := decimal.NewFromString(*b.Other)
		if err != nil {
			return
		}
		if !other.IsZero() {
			places := max(-fiscal.Exponent(), -other.Exponent(), 0)
			total = fiscal.Add(other).StringFixed(places)
		}
	}
	b.Total = &total
	e.warn(p.Source, diag.TotalFromParts, p.Index, total)
}

// zeroOverParts tells a budget whose total is zero and whose fiscal part
// is an amount that is not.
func zeroOverParts(b *model.Budget) bool {
	if b.Total == nil || b.Fiscal == nil {
		return false
	}
	t, err := decimal.NewFromString(*b.Total)
	if err != nil || !t.IsZero() {
		return false
	}
	f, err := decimal.NewFromString(*b.Fiscal)
	return err == nil && !f.IsZero()
}

// nameFromTitle is a project's name read from its title: the title without
// its kind ("…绩效目标表") and year tail. A title that holds only the form's
// own words (2024年县级部门整体支出绩效目标申报表, 项目支出绩效自评表) names
// nothing: "".
func (lx *lexicon) nameFromTitle(t string) string {
	core := trimTitleTail(t)
	for _, suf := range lx.titleSuffixes {
		if strings.HasSuffix(core, suf) {
			core = strings.TrimRightFunc(strings.TrimSuffix(core, suf), isSpace)
			break
		}
	}
	if lx.formWords(core) {
		return ""
	}
	return core
}

// formWords tells a title's core that is the form's kind alone, after a
// year (2024年, 2021年度) and a level of government (县级, 省级;
// government_levels): 部门整体支出, 项目支出, 专项资金 (form_words) — words
// every such form's title holds, no project's or unit's name.
func (lx *lexicon) formWords(core string) bool {
	k := labelKey(core)
	if i := strings.Index(k, "年"); i == 4 && isDigits(k[:4]) {
		k = strings.TrimPrefix(k[i+len("年"):], "度")
	}
	for _, p := range lx.governmentLevels {
		k = strings.TrimPrefix(k, p)
	}
	return k == "" || lx.formWordSet[k]
}

// projectKind classifies a table: a self-evaluation (results beside the
// targets), a department-wide table, a transfer-payment table, else a
// project's.
func (e *extractor) projectKind(p *model.Project) model.ProjectKind {
	t := p.Title
	switch {
	case strings.Contains(t, "自评") || e.ps.selfEval:
		return model.KindSelfEvaluation
	case strings.Contains(t, "整体") || (e.ps.unitName && p.Code == ""):
		return model.KindDepartment
	case strings.Contains(t, "区域绩效") || strings.Contains(t, "转移支付") || strings.Contains(t, "中央预算内投资") ||
		e.ps.regions || e.ps.transfer:
		return model.KindTransfer
	}
	return model.KindProject
}

func (e *extractor) finishDocument() {
	d := e.doc
	if len(d.Projects) > 0 {
		d.Department = d.Projects[0].Department
	}
	d.Year = e.documentYear()
}
