package parser

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// field names a header-block label.
type field int

const (
	fNone field = iota
	fCode
	fName
	fTotal
	fFiscal
	fOther
	fBudgetGroup
	fPurpose
	fSpending
	fGoals
	fDepartment
)

// headerLabels maps a label with its white space removed to the field whose
// value follows it. It is the synonym table of the header block.
var headerLabels = map[string]field{
	"项目编码": fCode, "项目代码": fCode, "项目编号": fCode,
	"项目名称": fName,
	"预算数":  fTotal, "预算金额": fTotal, "年度预算数": fTotal, "预算总额": fTotal, "年度资金总额": fTotal, "资金总额": fTotal, "项目预算数": fTotal,
	"其中：财政资金": fFiscal, "其中:财政资金": fFiscal, "财政资金": fFiscal, "其中：财政拨款": fFiscal, "财政拨款": fFiscal, "其中：财政性资金": fFiscal,
	"其他资金": fOther, "其它资金": fOther, "其他": fOther,
	"预算规模及资金用途": fBudgetGroup, "预算规模及用途": fBudgetGroup, "预算规模": fBudgetGroup,
	"资金用途": fPurpose, "项目用途": fPurpose, "资金用途说明": fPurpose, "项目概况": fPurpose, "项目资金用途": fPurpose,
	"绩效目标": fGoals, "年度绩效目标": fGoals, "总体绩效目标": fGoals, "年度目标": fGoals, "项目绩效目标": fGoals, "年度总体目标": fGoals,
	"主管部门": fDepartment, "实施单位": fDepartment, "单位名称": fDepartment, "部门名称": fDepartment, "预算单位": fDepartment, "部门（单位）名称": fDepartment,
}

// gridColumn names a column of the indicator grid.
type gridColumn int

const (
	cNone gridColumn = iota
	cLevel1
	cLevel2
	cName
	cDesc
	cValue
	cBasis
	nGridColumns
)

// gridLabel maps a grid header cell (white space removed) to its column.
func gridLabel(key string) gridColumn {
	switch key {
	case "一级指标":
		return cLevel1
	case "二级指标":
		return cLevel2
	case "三级指标", "指标名称", "三级指标名称", "具体指标":
		return cName
	case "绩效指标描述", "指标描述", "指标解释", "指标内容", "指标说明", "指标定义":
		return cDesc
	}
	switch {
	case strings.Contains(key, "依据") || strings.Contains(key, "来源"):
		return cBasis
	case strings.HasPrefix(key, "指标值"), strings.Contains(key, "目标值"), strings.HasSuffix(key, "指标值"), key == "预期目标":
		return cValue
	}
	return cNone
}

// labelKey is a label with all white space removed and ASCII colons and
// parentheses made full-width, for looking up the synonym tables. Most
// labels need no change and are returned without copying.
func labelKey(s string) string {
	clean := true
	for _, r := range s {
		if r == ':' || r == '(' || r == ')' || isSpace(r) || (r < 0x80 && unicode.IsSpace(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isSpace(r) || unicode.IsSpace(r):
		case r == ':':
			b.WriteRune('：')
		case r == '(':
			b.WriteRune('（')
		case r == ')':
			b.WriteRune('）')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

type period struct {
	text  string
	month int
	col   int
}

type extractor struct {
	lim     Limits
	doc     *model.Document
	cur     *model.Project
	section *model.Section

	// header block state
	lastField field
	periods   []period
	spendPos  model.Pos

	// grid state
	inGrid   bool
	grid     [nGridColumns]int // column → index in the header row, -1 when absent
	gridCols [nGridColumns]int // column → grid column (Pos.Col), 0 when unknown
	gridLen  int
	level1   string
	level2   string

	tablesInProject int
}

// Extract turns the layout of a filing into a document. It never fails:
// what it cannot place goes to Unrecognized, what it guesses to Warnings.
// Values stay untyped (Raw only); see normalize.Document.
func Extract(blocks []Block, lim Limits) *model.Document {
	e := &extractor{lim: lim, doc: &model.Document{
		SchemaVersion: model.SchemaVersion,
		Projects:      []model.Project{},
		Unrecognized:  []model.Unrecognized{},
		Warnings:      []model.Warning{},
		Overview:      model.Overview{Sections: []model.Section{}},
	}}
	for _, b := range blocks {
		if b.Para != nil {
			e.paragraph(b.Para)
		} else if b.Table != nil {
			e.table(b.Table)
		}
	}
	e.finishProject()
	e.finishDocument()
	return e.doc
}

func (e *extractor) unrecognized(text string, pos model.Pos) {
	e.doc.Unrecognized = append(e.doc.Unrecognized, model.Unrecognized{Text: text, Source: pos})
}

func (e *extractor) warn(pos model.Pos, format string, args ...any) {
	e.doc.Warnings = append(e.doc.Warnings, model.Warning{Message: fmt.Sprintf(format, args...), Source: pos})
}

// cap cuts text longer than lim.MaxCell, with a warning.
func (e *extractor) cap(s string, pos model.Pos) string {
	if e.lim.MaxCell > 0 && len(s) > e.lim.MaxCell {
		cut := e.lim.MaxCell
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		e.warn(pos, "text of %d bytes cut to the limit of %d bytes", len(s), e.lim.MaxCell)
		return s[:cut]
	}
	return s
}

// ---- paragraphs and the overview ----

func (e *extractor) paragraph(p *Paragraph) {
	text := clean(e.cap(p.Text, p.Pos))
	if text == "" {
		return
	}
	if idx, title, ok := projectTitle(text); ok {
		e.startProject(idx, title, p.Pos)
		return
	}
	if e.cur != nil {
		// between the tables of a project: a unit line written as a paragraph
		if e.unitLine(text, p.Pos) {
			return
		}
		e.unrecognized(text, p.Pos)
		return
	}
	ov := &e.doc.Overview
	switch {
	case ov.Title == "" && len(ov.Sections) == 0 && strings.Contains(text, "整体绩效目标") && utf8.RuneCountInString(text) <= 20:
		ov.Title = text
	case isSectionHeading(text):
		ov.Sections = append(ov.Sections, model.Section{Heading: text, Paragraphs: []string{}})
		e.section = &ov.Sections[len(ov.Sections)-1]
	case isPartMarker(text):
		e.unrecognized(text, p.Pos)
	default:
		if e.section == nil {
			if ov.Title == "" && len(ov.Sections) == 0 && (p.Level > 0 || utf8.RuneCountInString(text) <= 12) {
				e.unrecognized(text, p.Pos)
				return
			}
			ov.Sections = append(ov.Sections, model.Section{Paragraphs: []string{}})
			e.section = &ov.Sections[len(ov.Sections)-1]
		}
		e.section.Paragraphs = append(e.section.Paragraphs, text)
	}
}

// isSectionHeading matches "一、总体绩效目标": Chinese numerals and "、".
func isSectionHeading(s string) bool {
	i := strings.Index(s, "、")
	if i <= 0 || utf8.RuneCountInString(s) > 30 {
		return false
	}
	for _, r := range s[:i] {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// isPartMarker matches "第一部分", "第二部分" and the heading of part 2.
func isPartMarker(s string) bool {
	return (strings.HasPrefix(s, "第") && strings.HasSuffix(s, "部分") && utf8.RuneCountInString(s) <= 6) ||
		s == "预算项目绩效目标" || s == "项目绩效目标" || s == "项目支出绩效目标"
}

// projectTitle recognises "1.XXX绩效目标表" and returns the number (0 when
// the title has none) and the title without it.
func projectTitle(s string) (int, string, bool) {
	t := strings.TrimRightFunc(s, func(r rune) bool { return isSpace(r) || r == '。' })
	if !strings.HasSuffix(t, "绩效目标表") || utf8.RuneCountInString(t) > 200 {
		return 0, "", false
	}
	n, rest := leadingNumber(t)
	if strings.Contains(rest, "\n") {
		return 0, "", false
	}
	return n, rest, true
}

// leadingNumber strips numbering such as "1." "1、" "1．" "（1）" "(1)" "①"
// "一、" "（十二）" from s and returns the number (0 when there is none).
func leadingNumber(s string) (int, string) {
	if r, size := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimLeftFunc(s[size:], isSpace)
	}
	t, paren := openParen(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	arabic := i > 0
	n := 0
	if arabic {
		if i > 4 {
			return 0, s
		}
		n, _ = strconv.Atoi(t[:i])
	} else {
		v, size := normalize.ChineseNumeral(t)
		if size == 0 || v < 1 || v > 99 {
			return 0, s
		}
		n, i = int(v), size
	}
	rest, ok := closeNumbering(t[i:], paren, arabic)
	if !ok {
		return 0, s
	}
	// "2025年…" after "1." is the title; a bare "1.5" is a number, not a list
	if arabic && !paren && strings.HasPrefix(t[i:], ".") && rest != "" && rest[0] >= '0' && rest[0] <= '9' && !strings.Contains(rest, "年") {
		return 0, s
	}
	return n, strings.TrimLeftFunc(rest, isSpace)
}

// openParen strips an opening parenthesis (full- or half-width).
func openParen(s string) (string, bool) {
	switch {
	case strings.HasPrefix(s, "（"):
		return s[len("（"):], true
	case strings.HasPrefix(s, "("):
		return s[1:], true
	}
	return s, false
}

// closeNumbering strips what ends a list number: the closing parenthesis
// after "（1" or "（一", else "." "、" "．" ")" "）" after an Arabic number
// and "、" after a Chinese one.
func closeNumbering(rest string, paren, arabic bool) (string, bool) {
	var ends []string
	switch {
	case paren:
		ends = []string{"）", ")"}
	case arabic:
		ends = []string{".", ")", "、", "．", "）"}
	default:
		ends = []string{"、"}
	}
	for _, e := range ends {
		if strings.HasPrefix(rest, e) {
			return rest[len(e):], true
		}
	}
	return rest, false
}

// ---- projects ----

func (e *extractor) startProject(index int, title string, pos model.Pos) {
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
	e.lastField = fNone
	e.periods = nil
	e.spendPos = pos
	e.inGrid = false
	e.level1, e.level2 = "", ""
	e.tablesInProject = 0
}

func (e *extractor) finishProject() {
	p := e.cur
	if p == nil {
		return
	}
	e.cur = nil
	if p.Name == "" {
		p.Name = strings.TrimSuffix(p.Title, "绩效目标表")
		e.warn(p.Source, "project %d: no 项目名称 cell; name taken from the title", p.Index)
	}
	if p.Code == "" {
		e.warn(p.Source, "project %d: no 项目编码", p.Index)
	}
	if p.MoneyUnit == "" && p.Department.Code == "" && len(e.doc.Projects) > 1 {
		prev := e.doc.Projects[len(e.doc.Projects)-2]
		p.MoneyUnit = prev.MoneyUnit
		p.Department = prev.Department
		e.warn(p.Source, "project %d: no unit line; department and money unit taken from the project before", p.Index)
	}
	if p.MoneyUnit == "" {
		p.MoneyUnit = "万元"
		e.warn(p.Source, "project %d: no money unit (单位); 万元 assumed", p.Index)
	}
	n, secret := 0, 0
	for _, ind := range p.Indicators {
		n++
		if strings.TrimSpace(ind.Value.Raw) == "涉密" {
			secret++
		}
	}
	p.Classified = n > 0 && secret == n
	e.spendingUnit(p)
}

// spendingUnit decides what the spending plan's values are: percentages or
// cumulative amounts in the money unit, from the values themselves.
func (e *extractor) spendingUnit(p *model.Project) {
	sp := &p.SpendingPlan
	labelPct := sp.LabelSaysPercent()
	var last, max decimal.Decimal
	have := false
	for _, pt := range sp.Points {
		if pt.Value == nil {
			continue
		}
		d, err := decimal.NewFromString(*pt.Value)
		if err != nil {
			continue
		}
		last, have = d, true
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
		sp.Unit = "%"
		e.warn(e.spendPos, "project %d: spending plan values end at %s, neither 100%% nor the budget; read as %% as the label says", p.Index, last)
		return
	default:
		sp.Unit = p.MoneyUnit
	}
	if labelPct && sp.Unit != "%" {
		e.warn(e.spendPos, "project %d: spending plan label %q says %% but the values are cumulative amounts in %s", p.Index, sp.Label, sp.Unit)
	} else if !labelPct && sp.Unit == "%" && sp.Label != "" {
		e.warn(e.spendPos, "project %d: spending plan label %q names no %% but the values are percentages", p.Index, sp.Label)
	}
}

func (e *extractor) finishDocument() {
	d := e.doc
	if len(d.Projects) > 0 {
		d.Department = d.Projects[0].Department
	}
	d.Year = e.documentYear()
}

// documentYear reads the filing's year: the first "20NN年" of the overview,
// else the newest year in the project codes (digits 7–8 of a 13…P… code),
// else the newest year in the project titles.
func (e *extractor) documentYear() int {
	for _, s := range e.doc.Overview.Sections {
		for _, p := range append([]string{s.Heading}, s.Paragraphs...) {
			if y := firstYear(p); y != 0 {
				return y
			}
		}
	}
	best := 0
	for _, p := range e.doc.Projects {
		c := p.Code
		if len(c) >= 9 && c[8] == 'P' {
			if n, err := strconv.Atoi(c[6:8]); err == nil && 2000+n > best {
				best = 2000 + n
			}
		}
	}
	if best != 0 {
		return best
	}
	for _, p := range e.doc.Projects {
		if y := firstYear(p.Title); y > best {
			best = y
		}
	}
	return best
}

// firstYear finds the first "NNNN年" with a plausible year in s.
func firstYear(s string) int {
	for i := 0; i+4 < len(s); i++ {
		if !strings.HasPrefix(s[i+4:], "年") {
			continue
		}
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		if n, err := strconv.Atoi(s[i : i+4]); err == nil && model.PlausibleYear(n) {
			return n
		}
	}
	return 0
}

// ---- tables ----

func (e *extractor) table(t *Table) {
	for ri, row := range t.Rows {
		if e.cur == nil || ri == 0 {
			// a title in the first row of a table (header and title in one table)
			if idx, title, ok := rowTitle(row); ok {
				e.startProject(idx, title, row[0].Pos)
				continue
			}
		}
		if e.cur == nil {
			for _, c := range row {
				if s := clean(c.Text); s != "" {
					e.unrecognized(s, c.Pos)
				}
			}
			continue
		}
		if ri == 0 {
			e.tablesInProject++
			if e.tablesInProject == 1 && e.cur.Source.Line == 0 && t.Pos.Table != 0 {
				e.cur.Source = model.Pos{Table: t.Pos.Table, Row: 1}
			}
		}
		if e.gridHeader(row) {
			continue
		}
		if e.inGrid {
			e.indicatorRow(row)
			continue
		}
		e.headerRow(row, ri)
	}
}

func rowTitle(row []Cell) (int, string, bool) {
	var texts []string
	for _, c := range row {
		if s := clean(c.Text); s != "" {
			texts = append(texts, s)
		}
	}
	if len(texts) != 1 {
		return 0, "", false
	}
	return projectTitle(texts[0])
}

// gridHeader recognises the header row of an indicator grid and records
// its columns. A repeated header (a grid continued after a page break) is
// recognised again and changes nothing.
func (e *extractor) gridHeader(row []Cell) bool {
	var cols, gcols [nGridColumns]int
	for i := range cols {
		cols[i] = -1
	}
	found := 0
	for i, c := range row {
		if len(c.Text) > 90 || c.Text == "" {
			continue // labels are short
		}
		if g := gridLabel(labelKey(c.Text)); g != cNone && cols[g] < 0 {
			cols[g], gcols[g] = i, c.Pos.Col
			found++
		}
	}
	if found < 2 {
		return false
	}
	l1, v, n := cols[cLevel1] >= 0, cols[cValue] >= 0, cols[cName] >= 0
	if !(l1 && (v || n)) && !(n && v && found >= 3) {
		return false
	}
	if !e.inGrid {
		e.level1, e.level2 = "", ""
	}
	e.inGrid = true
	e.grid, e.gridCols, e.gridLen = cols, gcols, len(row)
	return true
}

// cellAt returns the cell of row that holds grid column g.
func (e *extractor) cellAt(row []Cell, g gridColumn) (Cell, bool) {
	i := e.grid[g]
	if i < 0 {
		return Cell{}, false
	}
	if len(row) == e.gridLen {
		return row[i], true
	}
	if col := e.gridCols[g]; col > 0 {
		for _, c := range row {
			if c.Pos.Col <= col && col < c.Pos.Col+max(c.ColSpan, 1) {
				return c, true
			}
		}
		return Cell{}, false
	}
	if i < len(row) {
		return row[i], true
	}
	return Cell{}, false
}

func (e *extractor) indicatorRow(row []Cell) {
	empty := true
	for _, c := range row {
		if clean(c.Text) != "" {
			empty = false
			break
		}
	}
	if empty {
		return
	}
	row = e.joinSplitValue(row)
	text := func(g gridColumn) (string, model.Pos, bool) {
		c, ok := e.cellAt(row, g)
		if !ok {
			return "", model.Pos{}, false
		}
		return clean(e.cap(c.Text, c.Pos)), c.Pos, true
	}
	used := map[model.Pos]bool{}
	get := func(g gridColumn) (string, model.Pos) {
		s, pos, ok := text(g)
		if ok {
			used[pos] = true
		}
		return s, pos
	}
	l1, l1pos := get(cLevel1)
	l2, l2pos := get(cLevel2)
	name, namePos := get(cName)
	desc, _ := get(cDesc)
	val, valPos := get(cValue)
	basis, _ := get(cBasis)
	if len(row) != e.gridLen && e.gridCols[cValue] == 0 {
		e.warn(row[0].Pos, "indicator row has %d cells, the grid header %d; columns matched by position", len(row), e.gridLen)
	}
	if l1 != "" {
		if l1 != e.level1 {
			e.level2 = ""
		}
		e.level1 = l1
	} else if e.level1 == "" {
		e.warn(l1pos, "indicator %q has no level 1 and none above it", name)
	}
	if l2 != "" {
		e.level2 = l2
	} else if e.level2 == "" && name != "" {
		e.warn(l2pos, "indicator %q has no level 2 and none above it", name)
	}
	for _, c := range row {
		if !used[c.Pos] {
			if s := clean(c.Text); s != "" {
				e.unrecognized(s, c.Pos)
			}
		}
	}
	if name == "" && val == "" && desc == "" {
		// a row with only level labels: they fill down to the rows below
		return
	}
	src := valPos
	if src.IsZero() {
		src = namePos
	}
	e.cur.Indicators = append(e.cur.Indicators, model.Indicator{
		Level1: e.level1, Level2: e.level2, Name: name, Description: desc,
		Value: model.Value{Raw: val, Kind: model.KindText}, Basis: basis, Source: src,
	})
}

// joinSplitValue repairs a value cell split into sign | number | unit
// cells by a conversion: when a grid row has one to three cells more than
// its header and the cells from the value column on are short, they are
// joined into one value cell, with a warning.
func (e *extractor) joinSplitValue(row []Cell) []Cell {
	extra := len(row) - e.gridLen
	vi := e.grid[cValue]
	if extra < 1 || extra > 3 || vi < 0 || vi+extra >= len(row) {
		return row
	}
	parts := row[vi : vi+extra+1]
	var texts []string
	for _, c := range parts {
		t := clean(c.Text)
		if utf8.RuneCountInString(t) > 12 || strings.ContainsRune(t, '\n') {
			return row
		}
		texts = append(texts, t)
	}
	joined := parts[0]
	joined.Text = strings.Join(texts, "")
	joined.ColSpan = 0
	for _, c := range parts {
		joined.ColSpan += max(c.ColSpan, 1)
	}
	e.warn(parts[0].Pos, "value split across %d cells (%s) joined as %q", len(parts), strings.Join(texts, " | "), joined.Text)
	out := make([]Cell, 0, e.gridLen)
	out = append(out, row[:vi]...)
	out = append(out, joined)
	return append(out, row[vi+extra+1:]...)
}

// headerRow reads one row of a project's header block.
func (e *extractor) headerRow(row []Cell, ri int) {
	first := -1
	for i, c := range row {
		if !c.Merged && clean(c.Text) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	leadingBlank := first > 0 || row[0].Merged
	// the values row under a spending-plan header
	if e.periods != nil && leadingBlank {
		e.spendingValues(row)
		return
	}
	// the purpose row under 预算规模及资金用途
	if leadingBlank && (e.lastField == fBudgetGroup || e.lastField == fOther || e.lastField == fFiscal || e.lastField == fTotal) && !rowHasLabel(row) {
		var parts []string
		var pos model.Pos
		for _, c := range row {
			if s := clean(c.Text); s != "" {
				if pos.IsZero() {
					pos = c.Pos
				}
				parts = append(parts, s)
			}
		}
		e.cur.Purpose = clean(e.cap(strings.Join(parts, "\n"), pos))
		e.lastField = fPurpose
		return
	}
	for i := 0; i < len(row); i++ {
		c := row[i]
		s := clean(c.Text)
		if s == "" {
			continue
		}
		key := labelKey(s)
		f, isLabel := headerLabels[key]
		if !isLabel && isFundsLabel(key) {
			// 项目资金（万元）: a group label that names the money unit
			if u := parenthesized(key); u != "" && strings.HasSuffix(u, "元") {
				e.cur.MoneyUnit = u
			}
			f, isLabel = fBudgetGroup, true
		}
		if !isLabel && isSpendingLabel(key) {
			e.spendingHeader(row, i)
			return
		}
		if !isLabel {
			if e.unitLine(s, c.Pos) {
				continue
			}
			e.unrecognized(s, c.Pos)
			continue
		}
		e.lastField = f
		if f == fBudgetGroup {
			continue
		}
		// the value is the next cell that is not itself a label
		var val string
		var vpos model.Pos
		if i+1 < len(row) {
			next := clean(row[i+1].Text)
			if _, lbl := headerLabels[labelKey(next)]; !lbl || next == "" {
				val, vpos = next, row[i+1].Pos
				i++
			}
		}
		e.setField(f, val, vpos, c.Pos)
	}
}

func rowHasLabel(row []Cell) bool {
	for _, c := range row {
		key := labelKey(c.Text)
		if _, ok := headerLabels[key]; ok || isSpendingLabel(key) || isFundsLabel(key) {
			return true
		}
	}
	return false
}

// isFundsLabel matches the group label of the national template's budget
// rows: 项目资金（万元）, 资金情况（万元）, 年度资金（元）.
func isFundsLabel(key string) bool {
	for _, p := range []string{"项目资金", "资金情况", "年度资金", "预算资金", "资金来源"} {
		if strings.HasPrefix(key, p) && utf8.RuneCountInString(key) <= 12 {
			return true
		}
	}
	return false
}

// parenthesized returns the text inside the first full-width parentheses.
func parenthesized(s string) string {
	i := strings.Index(s, "（")
	j := strings.Index(s, "）")
	if i < 0 || j < i {
		return ""
	}
	return s[i+len("（") : j]
}

func isSpendingLabel(key string) bool {
	return strings.HasPrefix(key, "资金支出计划") || strings.HasPrefix(key, "支出计划") || strings.HasPrefix(key, "资金使用计划") || strings.HasPrefix(key, "预算执行计划")
}

func (e *extractor) setField(f field, val string, vpos, lpos model.Pos) {
	p := e.cur
	val = e.cap(val, vpos)
	switch f {
	case fCode:
		p.Code = val
	case fName:
		p.Name = val
	case fTotal, fFiscal, fOther:
		amount := e.amount(val, vpos)
		switch f {
		case fTotal:
			p.Budget.Total = amount
		case fFiscal:
			p.Budget.Fiscal = amount
		default:
			p.Budget.Other = amount
		}
	case fPurpose:
		p.Purpose = val
	case fGoals:
		p.Goals = splitGoals(val)
		p.GoalsSource = vpos
	case fDepartment:
		// 主管部门 / 实施单位: the first one named is the project's unit
		if p.Department.Name == "" && val != "" {
			if d, ok := splitCodeName(val); ok {
				p.Department = d
			} else {
				p.Department = model.Department{Name: val}
			}
		} else if val != "" && val != p.Department.Name && val != p.Department.Code+p.Department.Name {
			e.unrecognized(val, vpos)
		}
	}
}

// amount reads a budget amount: a decimal as written, commas removed. A
// blank is nil; text that is no number is nil with a warning.
func (e *extractor) amount(s string, pos model.Pos) *string {
	s = strings.ReplaceAll(clean(s), ",", "")
	if s == "" || s == "-" || s == "—" || s == "/" {
		return nil
	}
	for _, u := range []string{"万元", "元"} {
		if strings.HasSuffix(s, u) {
			e.warn(pos, "amount %q written with its unit; unit dropped", s)
			s = strings.TrimSuffix(s, u)
		}
	}
	if _, err := decimal.NewFromString(s); err != nil || strings.ContainsAny(s, "eE") {
		e.warn(pos, "amount %q is not a number; left blank", s)
		e.unrecognized(s, pos)
		return nil
	}
	return &s
}

// splitGoals splits the 绩效目标 cell into goals: one per numbered item
// (numbering removed) when the cell numbers its goals — a line without a
// number then continues the goal before it — else one per line.
func splitGoals(s string) []string {
	out := []string{}
	numbered := false
	for i, line := range strings.Split(s, "\n") {
		line = clean(line)
		if line == "" {
			continue
		}
		n, _ := leadingNumber(line)
		if i == 0 || len(out) == 0 {
			numbered = n > 0
		}
		if numbered && n == 0 && len(out) > 0 {
			out[len(out)-1] += "\n" + line
			continue
		}
		for _, item := range splitNumbered(line) {
			_, rest := leadingNumber(item)
			if rest = clean(rest); rest != "" {
				out = append(out, rest)
			}
		}
	}
	return out
}

// splitNumbered splits "1.甲。2.乙。" at numbering that follows the end of
// a sentence.
func splitNumbered(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '。' || r == '；' || r == ';' {
			j := i + size
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if n, rest := leadingNumber(s[j:]); n > 0 && rest != s[j:] {
				parts = append(parts, s[start:j])
				start = j
			}
		}
		i += size
	}
	return append(parts, s[start:])
}

// splitCodeName splits "203001保定白沟新城党群工作部（本级）" into the unit's
// code (three or more leading digits) and name.
func splitCodeName(s string) (model.Department, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i < 3 || i == len(s) {
		return model.Department{}, false
	}
	return model.Department{Code: s[:i], Name: clean(s[i:])}, true
}

// unitLine reads "203001保定白沟新城党群工作部（本级）" and "单位：万元".
func (e *extractor) unitLine(s string, pos model.Pos) bool {
	p := e.cur
	key := labelKey(s)
	for _, pre := range []string{"金额单位：", "单位：", "资金单位："} {
		if strings.HasPrefix(key, pre) {
			p.MoneyUnit = strings.TrimPrefix(key, pre)
			return true
		}
	}
	if d, ok := splitCodeName(s); ok && p.Department.Code == "" {
		if r, _ := utf8.DecodeRuneInString(d.Name); r >= 0x4e00 {
			p.Department = d
			return true
		}
	}
	if p.Department.Name == "" && len(p.Indicators) == 0 && p.Code == "" && e.lastField == fNone &&
		(strings.HasSuffix(s, "）") || strings.HasSuffix(s, "局") || strings.HasSuffix(s, "部") || strings.HasSuffix(s, "委") || strings.HasSuffix(s, "院") || strings.HasSuffix(s, "办")) {
		p.Department = model.Department{Name: s}
		e.warn(pos, "unit line %q has no department code", s)
		return true
	}
	return false
}

func (e *extractor) spendingHeader(row []Cell, at int) {
	p := e.cur
	p.SpendingPlan.Label = clean(row[at].Text)
	e.spendPos = row[at].Pos
	e.periods = []period{}
	for _, c := range row[at+1:] {
		s := clean(c.Text)
		if s == "" {
			continue
		}
		e.periods = append(e.periods, period{text: s, month: periodMonth(s), col: c.Pos.Col})
	}
	e.lastField = fSpending
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

func (e *extractor) spendingValues(row []Cell) {
	p := e.cur
	cells := row
	if len(cells) > 0 && (cells[0].Merged || clean(cells[0].Text) == "") {
		cells = cells[1:]
	}
	if len(cells) != len(e.periods) {
		e.warn(row[0].Pos, "spending plan has %d periods but %d values", len(e.periods), len(cells))
	}
	pct := false
	for i, per := range e.periods {
		pt := model.SpendingPoint{Period: per.text, Month: per.month}
		if i < len(cells) {
			s := clean(cells[i].Text)
			if strings.HasSuffix(s, "%") || strings.HasSuffix(s, "％") {
				s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％")
				pct = true
			}
			pt.Value = e.amount(s, cells[i].Pos)
		}
		p.SpendingPlan.Points = append(p.SpendingPlan.Points, pt)
	}
	for _, c := range cells[min(len(cells), len(e.periods)):] {
		if s := clean(c.Text); s != "" {
			e.unrecognized(s, c.Pos)
		}
	}
	if pct {
		p.SpendingPlan.Unit = "%"
	}
	e.periods = nil
}
