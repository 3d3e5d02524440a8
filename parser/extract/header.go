package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The header block: label cells and the values beside them, four to a row
// or two, a label and its value in one cell ("资金总额: 250"), group labels
// that name the money unit (资金情况（万元）), the seed's purpose row under
// 预算规模及资金用途. Sub-tables read by column are in columns.go.

// firstFilled is the index of the first non-empty cell that does not
// continue a merge, or -1.
func firstFilled(row []layout.Cell) int {
	for i := range row {
		if !row[i].Merged && layout.Clean(row[i].Text) != "" {
			return i
		}
	}
	return -1
}

func isBudgetField(f field) bool {
	return f == fBudgetGroup || f == fOther || f == fFiscal || f == fTotal
}

// purposeRow reads the row under 预算规模及资金用途 that holds the purpose.
func (e *extractor) purposeRow(row []layout.Cell) {
	var parts []string
	var pos model.Pos
	for i := range row {
		if s := layout.Clean(row[i].Text); s != "" {
			if pos.IsZero() {
				pos = row[i].Pos
			}
			parts = append(parts, s)
		}
	}
	e.cur.Purpose = layout.Clean(e.cap(strings.Join(parts, "\n"), pos))
	e.ps.lastField = fPurpose
}

// isLabelText reports whether a cell's text is a header-block label.
func (lx *lexicon) isLabelText(s string) bool {
	if utf8.RuneCountInString(s) > 24 {
		return false
	}
	_, _, ok := lx.lookupLabel(lx.key(s))
	return ok
}

// blockCaptionUnit reads the money unit of a caption over a block of
// amounts no label names (资金结构（万元）, 年度预算收支情况（万元）): a short
// caption of money words with the unit in parentheses (资金情况（单位：元）
// too) names the unit when nothing has yet. The caption stays unrecognized
// text.
func (e *extractor) blockCaptionUnit(s string, pos model.Pos) {
	if u := moneyCaptionUnit(e.lx.key(s)); u != "" && e.cur.MoneyUnit == "" {
		e.setMoneyUnit(u, pos)
	}
}

// moneyCaptionUnit returns the unit a caption of money words names in
// parentheses (资金结构（万元）, 资金情况（单位：元）), or "".
func moneyCaptionUnit(key string) string {
	u, stem := moneyUnitIn(key), stripUnit(key)
	if q := parenthesized(key); u == "" {
		// the unit with its label in the parentheses: 资金情况（单位：元）
		for _, pre := range moneyUnitLabels {
			if rest, ok := strings.CutPrefix(q, pre); ok && moneyUnits[rest] {
				u, stem = rest, strings.Replace(key, "（"+q+"）", "", 1)
				break
			}
		}
	}
	if u == "" {
		return ""
	}
	if !moneyWords(stem) {
		return ""
	}
	return u
}

// awaitsValue tells a cell that is a label whose value was left blank: a
// short text ending in a colon, no digit in it (其他支出:, 项目支出：).
func awaitsValue(s string) bool {
	if !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "：") || utf8.RuneCountInString(s) > 24 {
		return false
	}
	return !strings.ContainsAny(s, "0123456789")
}

// identityField tells the fields that name a project or its units: their
// next cell is their value unless it is itself a label of the form.
func identityField(f field) bool {
	switch f {
	case fName, fCode, fUnitName, fDepartment, fImplementer:
		return true
	}
	return false
}

// isExactLabel tells a cell that is a label of the form as written (with or
// without its parenthesised part), not one guessed from its shape.
func (lx *lexicon) isExactLabel(s string) bool {
	if utf8.RuneCountInString(s) > 24 {
		return false
	}
	key := lx.key(s)
	if _, ok := lx.header[key]; ok {
		return true
	}
	_, ok := lx.header[stripParens(key)]
	return ok
}

// isColumnCaption tells the caption of a money or goal column (金额,
// 预算数, 全年执行数, 年度目标): a short cell no value is written as.
func (lx *lexicon) isColumnCaption(s string) bool {
	if utf8.RuneCountInString(s) > 12 {
		return false
	}
	key := lx.key(s)
	if _, ok := lx.columns[key]; ok {
		return true
	}
	_, ok := lx.columns[stripParens(key)]
	return ok
}

// keyValues reads a row of label | value pairs: each label takes the cells
// after it up to the next label.
func (e *extractor) keyValues(row []layout.Cell) {
	for i := 0; i < len(row); {
		c := &row[i]
		s := e.text(c)
		if c.Merged || s == "" {
			i++
			continue
		}
		key := e.lx.key(s)
		f, unit, ok := fNone, "", false
		if len(s) <= 120 {
			f, unit, ok = e.lx.lookupLabel(key)
		}
		if ok && f == fTotal && e.otherYear(key) {
			f = fBudgetItem // 2022年金额 in a filing of 2021: another year's amount, kept beside
		}
		if !ok && key == "部门" && strings.Contains(e.cur.Title, "整体") && e.cur.Department.Name == "" && !e.ps.unitName {
			// the bare 部门 of a department-wide table (部门整体支出绩效自评表):
			// the unit the table is about
			f, ok = fUnitName, true
		}
		if !ok {
			i = e.unlabelled(row, i)
			continue
		}
		if unit != "" {
			e.setMoneyUnit(unit, c.Pos)
		}
		if f == fSpending {
			e.spendingHeader(row, i)
			return
		}
		e.ps.lastField = f
		if f == fBudgetGroup {
			// 预算规模及资金用途: the purpose follows the amounts in a row of its own
			e.ps.purposeGroup = strings.Contains(s, "用途")
		}
		vals, j := e.valuesOfLabel(row, i, f)
		e.ps.goalsCell = 0
		if (f == fGoals || f == fLongGoals) && len(vals) == 1 {
			e.ps.goalsCell = vals[0]
		}
		if f != fBudgetGroup {
			e.labelValues(f, s, row, vals, c.Pos)
		} else {
			e.groupValues(row, i, vals)
		}
		i = j
	}
}

// unlabelled reads cell i of a header row, a text that is no label: a
// subtotal word over the total, an amount over the parts that add up to
// it, a spending item, labels written with their values, a unit line, or
// else an unrecognized text. It returns the next cell to read.
func (e *extractor) unlabelled(row []layout.Cell, i int) int {
	c := &row[i]
	s := e.text(c)
	if e.lx.isSubtotal(s) {
		if j, read := e.subtotalTotal(row, i); read {
			return j
		}
	}
	e.blockCaptionUnit(s, c.Pos)
	if a := e.totalOverParts(row, i); a >= 0 {
		e.ps.lastField = fTotal
		e.setField(fTotal, s, e.text(&row[a]), row[a].Pos, c.Pos)
		return a + 1
	}
	if label, amount, ok := e.labelAmountCell(row, i); ok && e.cur != nil && e.cur.Budget.Total == nil && e.wholeOverParts(row, i, label, amount) {
		// 资金金额 | 年底金额：120万元 over 其中：省级补助 | 120: the label and
		// the whole in one cell
		e.ps.lastField = fTotal
		e.setField(fTotal, label, amount, c.Pos, c.Pos)
		return i + 1
	}
	if j := e.grantRow(row, i); j >= 0 {
		return j
	}
	if e.spendingItem(s, row[i+1:]) {
		e.unrecognized(s, c.Pos)
	} else if !e.inlineLabels(s, c.Pos) && !e.unitLine(s, c.Pos) {
		e.unrecognized(s, c.Pos)
	}
	return i + 1
}

// valuesOfLabel returns the cells after label i that hold its values,
// up to the next label (a label, a column caption, a label with its value
// in one cell, another money label left blank), and where the next label
// starts.
func (e *extractor) valuesOfLabel(row []layout.Cell, i int, f field) (vals []int, j int) {
	blank := false
	for j = i + 1; j < len(row); j++ {
		t := layout.Clean(row[j].Text)
		if row[j].Merged || t == "" {
			blank = blank || !row[j].Merged
			continue
		}
		if len(vals) == 0 && blank && decimalPrefix(normalize.DropThousands(t)) == 0 && e.labelAbove(row, j) {
			break // 项目分类 | (blank) | 申报属性 under 一级项目名称 | … | 二级项目名称: the label's value left blank, the words the next label
		}
		if len(vals) == 0 && identityField(f) && e.lx.contactLabel(t) {
			break // 实施单位 | (blank) | 申报联系人: the unit left blank, the next label no unit's name
		}
		if len(vals) == 0 && identityField(f) && !e.lx.isExactLabel(t) && !e.lx.isColumnCaption(t) && !e.lx.namingLabel(t) {
			vals = append(vals, j) // a name that reads like a money row ("宗教管理经费补助") is still the name
			continue
		}
		if e.lx.isLabelText(t) || e.lx.isColumnCaption(t) {
			break // a label, or a list table's column caption (项目名称 | 单位名称 | 金额): no value
		}
		if _, _, _, pair := e.lx.splitLabelValue(t); pair && !strings.Contains(t, "\n") {
			break // a label with its value in one cell ("年度资金总额:50万") is no value of this label
		}
		if isMoneyField(f) && awaitsValue(t) {
			break // another label with its value left blank ("其他支出:"): no amount
		}
		vals = append(vals, j)
	}
	return vals, j
}

// labelAbove tells a cell of a header row that stands where the row above
// holds a label of the form, in a block of label | value pairs laid out
// in columns (一级项目名称 | (blank) | 二级项目名称 | … over 项目分类 | (blank)
// | 申报属性 | (blank)): the same grid column where cells have one, else the
// same place in a row of as many cells. Such a cell is a label, known or
// not, never the value of a label left blank before it.
func (e *extractor) labelAbove(row []layout.Cell, j int) bool {
	above := e.prevRow()
	if len(above) == 0 {
		return false
	}
	k := -1
	if col := row[j].Pos.Col; col > 0 {
		for n := range above {
			if above[n].Pos.Col == col && !above[n].Merged {
				k = n
				break
			}
		}
	} else if len(above) == len(row) {
		k = j
	}
	if k < 0 || above[k].Merged {
		return false
	}
	if t := layout.Clean(above[k].Text); t == "" || !e.lx.formLabel(t) {
		return false
	}
	for n := k + 1; n < len(above); n++ {
		if above[n].Merged {
			continue
		}
		// the label above has its value beside it (a pair), not another
		// label (a row of column captions over amounts: 全年预算数 |
		// 统筹整合资金数 …)
		if t := layout.Clean(above[n].Text); t != "" && e.lx.formLabel(t) {
			return false
		}
		break
	}
	return true
}

// formLabel tells a cell that is a label of the form: one the vocabulary
// lists, or one read by its parts and shape (二级项目名称, 项目主管部门), never
// a name guessed a money row's label by its ending alone (宗教管理经费补助,
// 某某专项: such a cell is as likely a project's name).
func (lx *lexicon) formLabel(s string) bool {
	if utf8.RuneCountInString(s) > 24 {
		return false
	}
	if lx.isExactLabel(s) {
		return true
	}
	f, _, ok := lx.lookupLabel(lx.key(s))
	return ok && f != fBudgetItem
}

// namingLabel tells a cell that is the label of a name or a code, by the
// vocabulary or by its shape (二级项目名称, 项目编码, 挂接一级项目名称): a label
// whose words end in 名称, 编码 or 代码. No name or code is written so,
// whatever reads like a money row: such a cell is the next label, never
// the value of an identity label left blank before it (一级项目名称 |
// (blank) | 二级项目名称 | 某项目).
func (lx *lexicon) namingLabel(s string) bool {
	if utf8.RuneCountInString(s) > 24 {
		return false
	}
	key := lx.key(s)
	f, _, ok := lx.lookupLabel(key)
	if !ok || moneyField(f) {
		return false
	}
	k := stripParens(key)
	return strings.HasSuffix(k, "名称") || strings.HasSuffix(k, "编码") || strings.HasSuffix(k, "代码")
}

// contactLabel tells a short cell that is the label of a person or a
// number to reach (申报联系人, 项目负责人, 联系电话: it ends with one of the
// vocabulary's signatures), with or without its colon: never the name of a
// unit.
func (lx *lexicon) contactLabel(s string) bool {
	key := strings.TrimRight(lx.key(s), "：")
	if utf8.RuneCountInString(key) > 10 {
		return false
	}
	for w := range lx.signatures {
		if strings.HasSuffix(key, w) {
			return true
		}
	}
	return false
}

// groupValues reads the value cells vals of a money group label at i
// (资金情况（万元）): a group label's cells may hold "资金总额：150\n其中：
// 财政拨款：120", or, alone after it, the total ("资金情况（万元） | 250"), or
// the total under a subtotal word ("资金情况（万元） | 合 计 | 250").
func (e *extractor) groupValues(row []layout.Cell, i int, vals []int) {
	c := &row[i]
	s := e.text(c)
	for n := 0; n < len(vals); n++ {
		k := vals[n]
		t := e.text(&row[k])
		switch {
		case e.lx.isSubtotal(t) && n+1 < len(vals) && e.cur.Budget.Total == nil &&
			decimalPrefix(normalize.DropThousands(e.text(&row[vals[n+1]]))) > 0:
			n++
			e.setField(fTotal, t, e.text(&row[vals[n]]), row[vals[n]].Pos, row[k].Pos)
		case e.inlineLabels(t, row[k].Pos), e.fundsCell(t, row[k].Pos):
		case n+2 == len(vals) && decimalPrefix(t) == 0 && e.totalOverParts(row, k) == vals[n+1]:
			// 资金情况（万元） | 本年安排 | 35 over 其中：中央补助 | 35
			n++
			e.setField(fTotal, t, e.text(&row[vals[n]]), row[vals[n]].Pos, row[k].Pos)
		case len(vals) == 1 && decimalPrefix(normalize.DropThousands(t)) > 0 && e.cur.Budget.Total == nil:
			e.setField(fTotal, s, t, row[k].Pos, c.Pos)
		case len(vals) == 1 && e.cur.Budget.Total == nil && e.lx.amountPhrase(t):
			e.setField(fTotal, s, t, row[k].Pos, c.Pos) // 资金情况（万元） | 一般公共预算安排50万元
		default:
			e.blockCaptionUnit(t, row[k].Pos) // 资金来源 | 年初安排金额（元）: the captions of the amounts below
			e.unrecognized(t, row[k].Pos)
		}
	}
}

// subtotalTotal reads a subtotal word as the total's label in a row of
// labels and amounts whose parts follow it (合 计 | 164 | 其中：财政拨款 |
// 132) or after a caption of money words naming their unit (预算执行情况
// （万元） | 合计 | 5.8万): the amount after it, when no total was read. It
// returns the index after the amount and whether it read it.
func (e *extractor) subtotalTotal(row []layout.Cell, i int) (int, bool) {
	if e.cur.Budget.Total != nil {
		return i, false
	}
	next := func(k int) int {
		for k++; k < len(row); k++ {
			if !row[k].Merged && layout.Clean(row[k].Text) != "" {
				return k
			}
		}
		return -1
	}
	a := next(i)
	if a < 0 || decimalPrefix(normalize.DropThousands(layout.Clean(row[a].Text))) <= 0 {
		return i, false
	}
	if !e.moneyCaptionBefore(row, i) {
		l := next(a)
		if l < 0 {
			return i, false
		}
		if f, _, ok := e.lx.lookupLabel(labelKey(layout.Clean(row[l].Text))); !ok || f != fFiscal && f != fOther && f != fBudgetItem {
			return i, false
		}
	}
	e.ps.lastField = fTotal
	e.setField(fTotal, e.text(&row[i]), e.text(&row[a]), row[a].Pos, row[i].Pos)
	return a + 1, true
}

// moneyCaptionBefore tells whether the text before cell i in its row is a
// caption of money words naming their unit (预算执行情况（万元）).
func (e *extractor) moneyCaptionBefore(row []layout.Cell, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s := layout.Clean(row[k].Text); !row[k].Merged && s != "" {
			return moneyCaptionUnit(e.lx.key(s)) != ""
		}
	}
	return false
}

// otherYear tells a label naming one year's amount by its number
// (2022年金额) when the filing's year is known, from a year line or its
// title, and is another.
func (e *extractor) otherYear(key string) bool {
	if !e.lx.yearAmount(key) {
		return false
	}
	y := e.yearHint
	if y == 0 {
		y = model.YearIn(e.cur.Title)
	}
	n := model.YearIn(key) // the label's year: yearAmount holds it starts with one
	return y != 0 && n != y
}

// spendingItem tells a spending table's item (30399 村专职委员工作补贴 |
// 21.7 | 21.7 under 支出内容(经济科目) | 计划支出数 | 实际支出数): a code and
// a name with only amounts after it in its row is a classification code
// and its item, no unit's code and name, whatever the code.
func (e *extractor) spendingItem(s string, after []layout.Cell) bool {
	if _, ok := splitCodeName(s); !ok {
		return false
	}
	amounts := 0
	for i := range after {
		t := normalize.DropThousands(layout.Clean(after[i].Text))
		switch {
		case after[i].Merged || t == "":
		case decimalPrefix(t) == len(t):
			amounts++
		default:
			return false
		}
	}
	return amounts > 0
}

// labelValues sets field f from the value cells vals of row: the first one
// (past a 小计 marker) is the value, the others are unplaced.
func (e *extractor) labelValues(f field, label string, row []layout.Cell, vals []int, lpos model.Pos) {
	for len(vals) > 1 && e.lx.isSubtotal(layout.Clean(row[vals[0]].Text)) {
		vals = vals[1:]
	}
	if len(vals) == 0 {
		e.setField(f, label, "", model.Pos{}, lpos)
		return
	}
	v := &row[vals[0]]
	e.setField(f, label, e.text(v), v.Pos, lpos)
	for _, k := range vals[1:] {
		if s := e.text(&row[k]); !e.unitLine(s, row[k].Pos) {
			e.unrecognized(s, row[k].Pos)
		}
	}
}

// isSubtotal tells a 小计 / 合计 / 总计 cell, spaced or not ("合 计").
func (lx *lexicon) isSubtotal(s string) bool { return lx.subtotals[lx.key(s)] }

// inlineLabels reads a cell that holds labels with their values, one pair
// a line: "资金总额: 250", "一、预算资金：250\n其中：财政拨款：250". It reports
// whether every line was such a pair.
func (e *extractor) inlineLabels(s string, pos model.Pos) bool {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if parts := e.lx.moneyClauses(layout.Clean(l)); parts != nil {
			lines = append(lines, parts...) // a total and its parts in one sentence
			continue
		}
		lines = append(lines, l)
	}
	type pair struct {
		f          field
		label, val string
	}
	pairs := make([]pair, 0, len(lines))
	for _, l := range lines {
		if l = layout.Clean(l); l == "" {
			continue
		}
		f, label, val, ok := e.lx.splitLabelValue(l)
		if !ok {
			return false
		}
		pairs = append(pairs, pair{f, label, val})
	}
	if len(pairs) == 0 {
		return false
	}
	for _, p := range pairs {
		e.ps.lastField = p.f
		e.setField(p.f, p.label, p.val, pos, pos)
	}
	return true
}

// fundsCell reads the cell beside a funds group label that writes the
// total with its label glued to the number, its parts one a line after it:
// "总额10606.7522万元\n财政拨款:6923.3552万元\n二、自有资金:0万元\n三、其他:…".
// Every line after the first must be a label with its value, else the cell
// is not read. It reports whether it read the cell.
func (e *extractor) fundsCell(s string, pos model.Pos) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(s), "\n")
	first = layout.Clean(first)
	var amount string
	for _, w := range e.lx.totalPrefixes {
		if a, ok := strings.CutPrefix(labelKey(first), w); ok && decimalPrefix(normalize.DropThousands(a)) > 0 {
			amount = a
			break
		}
	}
	if amount == "" || e.cur.Budget.Total != nil {
		return false
	}
	if strings.TrimSpace(rest) != "" && !e.inlineLabels(rest, pos) {
		return false
	}
	e.ps.lastField = fTotal
	e.setField(fTotal, "总额", amount, pos, pos)
	return true
}

// splitLabelValue splits "资金总额: 250" into a label's field and its value.
func (lx *lexicon) splitLabelValue(s string) (f field, label, value string, ok bool) {
	for off := 0; off < len(s); {
		i := strings.IndexAny(s[off:], ":：")
		if i < 0 {
			break
		}
		i += off
		size := 1
		if s[i] != ':' {
			size = len("：")
		}
		off = i + size
		left, right := s[:i], layout.Clean(s[i+size:])
		if utf8.RuneCountInString(left) > 20 {
			break
		}
		if right == "" {
			continue
		}
		_, left = layout.ListNumber(left) // "一、预算资金"
		f, _, ok := lx.lookupLabel(lx.key(left))
		if ok && f != fBudgetGroup && f != fSpending {
			return f, left, right, true
		}
	}
	return fNone, "", "", false
}
