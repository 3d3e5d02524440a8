package extract

import (
	"strings"
	"unicode/utf8"
)

// The extractor's words: the labels of the header block and the column
// headers of the indicator grid, as the templates of different provinces
// and years write them, read from the vocabulary (package vocab) into the
// lexicon (lexicon.go); here the fields and columns they name and the rules
// that read labels by their shape (the grid's columns in gridlabels.go).
// Keys are in label-key form (see labelKey): white space removed, ASCII
// colons and parentheses full-width.

// field names what a header-block label announces.
type field int

const (
	fNone         field = iota
	fCode               // 项目编码
	fName               // 项目名称, 专项名称
	fUnitName           // 部门(单位)名称: the unit of a department-wide table
	fUnitCode           // 部门预算编码
	fDepartment         // 主管部门, 预算单位
	fImplementer        // 实施单位
	fTotal              // 预算数, 年度资金总额 …: the year's budget
	fProjectTotal       // 项目资金总额: the multi-year total
	fFiscal             // 其中：财政资金
	fOther              // 其他资金
	fBudgetItem         // another money row (上年结转资金, 项目支出 …)
	fBudgetGroup        // 预算规模及资金用途, 资金情况（万元）: a group label
	fPurpose            // 资金用途
	fSpending           // 资金支出计划 (recognised by prefix, see isSpendingLabel)
	fGoals              // 绩效目标, 年度目标
	fLongGoals          // 长期目标, 项目总目标
	fGoalResult         // 实际完成情况 (self-evaluation)
	fCategory           // 项目类别
	fPeriod             // 项目期限
	fAttribute          // another labelled cell kept as written
)

// isFundsLabel matches the group labels of the budget rows: 项目资金（万元）,
// 资金情况（万元）, 年度预算安排（万元）: at most 14 characters opening with
// one of the vocabulary's funds_labels. The unit inside names the money
// unit.
func (lx *lexicon) isFundsLabel(key string) bool {
	return utf8.RuneCountInString(key) <= 14 && hasPrefixIn(key, lx.fundsLabels)
}

// sumsSources tells a group label a subtotal caption under it may name the
// total of: a funds label (项目资金（万元）, isFundsLabel), or a label of the
// year's budget over its sources (项目预算（万元） | 合计 | 中央资金 | 省级资金:
// a total's label whose cell beside holds captions, not its amount).
func (lx *lexicon) sumsSources(key string) bool {
	if lx.isFundsLabel(stripUnit(key)) {
		return true
	}
	f, _, ok := lx.lookupLabel(key)
	return ok && f == fTotal && !strings.Contains(key, "：")
}

// isSpendingLabel matches the label of a spending plan (资金支出计划,
// spending_labels).
func (lx *lexicon) isSpendingLabel(key string) bool {
	return hasPrefixIn(key, lx.spendingLabels)
}

// hasPrefixIn reports whether s starts with one of words.
func hasPrefixIn(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// colRole names a column of a header-block sub-table: the columns of a
// self-evaluation's money rows, of the goal rows, of a department's duties.
type colRole int

const (
	rNone       colRole = iota
	rBudget             // 全年预算数: the amount of the row
	rInitial            // 年初预算数
	rExecuted           // 全年执行数
	rMoneyAux           // 分值, 执行率, 得分, 半年计划执行数 of the money rows
	rGoal               // 预期目标, 年度目标
	rLongGoal           // 项目总目标
	rGoalResult         // 实际完成情况
	rTable              // a column of a sub-table perfdoc keeps as labelled text (部门职能 …)
	rRowLabel           // 资金来源, 项目: the caption over the rows' own labels (年度资金总额, 合计 …)
	rFiscal             // 市财政拨款 under the year's amount beside its 小计: the fiscal part
	rOther              // 其他资金 there: the other part
)

// moneyPutIn tells the caption of the money put in from every source: 资金
// then 投入总数 or 投入总额, with nothing before it or a word of all the
// sources (各级, 各类, 各项, 全部, 项目): 各级资金投入总数, 资金投入总额. One
// source's share (财政资金投入总额, 社会资金投入总额, 带动社会资金投入总额,
// 自筹资金投入总额, 中央资金投入总额) is no budget: a summary sets it beside
// the public money, a leverage the project counts.
func moneyPutIn(k string) bool {
	before, rest, ok := strings.Cut(k, "资金")
	if !ok || rest != "投入总数" && rest != "投入总额" {
		return false
	}
	switch before {
	case "", "各级", "各类", "各项", "全部", "项目":
		return true
	}
	return false
}

// plannedInvestment tells the caption of the money planned for a project
// as an investment: 投资 or 投资额 last, a word of the plan before it
// (计划投资额, 计划投资, 项目计划投资), no word of what was done or paid
// (计划投资完成额, 实际投资, 到位投资) and none of another year (上年计划投资).
// An evaluation report's basic data (the 2011 national template's
// 项目基本信息: 计划投资额 | 实际到位资金 | 实际使用情况) gives the project's
// money so: the whole project's, as 项目总投资 is, the year's budget where
// none is given. 预算投资 is not read so: it heads the list of a unit's
// buildings (楼堂馆所控制情况) in department-wide self-evaluations, no
// money of the unit's own.
func plannedInvestment(k string) bool {
	if !strings.HasSuffix(k, "投资") && !strings.HasSuffix(k, "投资额") || !strings.Contains(k, "计划") {
		return false
	}
	for _, w := range []string{"实际", "完成", "到位", "执行"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return !pastYear(k)
}

// labelByShape reads labels no table lists by how they end: templates
// prefix the usual labels with their own words (二级项目名称, 年度预算资金总额,
// 项目主管部门, 项目年度总体目标). Only short keys are read this way.
func (lx *lexicon) labelByShape(key string) field {
	n := utf8.RuneCountInString(key)
	if n < 4 || n > 12 {
		return fNone
	}
	k := strings.TrimPrefix(key, "其中：")
	has := func(s ...string) bool {
		for _, x := range s {
			if strings.HasSuffix(k, x) {
				return true
			}
		}
		return false
	}
	switch {
	case has("项目名称", "专项名称", "资金名称", "转移支付名称"),
		strings.HasPrefix(k, "项目") && has("名称") && !strings.Contains(k, "单位") && !strings.Contains(k, "部门"):
		// 项目支出名称: the project's name, not its unit's
		return fName
	case has("项目编码", "项目代码"):
		return fCode
	case has("预算单位名称") && !strings.Contains(k, "上级") && !strings.Contains(k, "主管"):
		// 一级预算单位名称, 二级预算单位名称 (or 级预算单位名称, its first
		// character lost): the unit of a department-wide table
		return fUnitName
	case strings.Contains(k, "主管部门") || strings.Contains(k, "主管单位"):
		return fDepartment
	case strings.Contains(k, "实施单位") || has("实施部门", "执行单位", "使用单位", "承担单位"):
		return fImplementer
	case strings.Contains(k, "财政拨款") || has("财政资金"):
		return fFiscal
	case (strings.Contains(k, "项目总") || strings.Contains(k, "中期") || strings.Contains(k, "总投资")) &&
		has("总额", "金额", "资金", "预算", "投资"),
		has("投资总额"), plannedInvestment(k):
		return fProjectTotal
	case has("资金总额", "预算总额", "预算数", "预算金额", "资金额度", "总金额", "年度金额") && !lastYears(k):
		// (上年预算数, 去年资金总额: an earlier year's, never this year's)
		return fTotal
	case has("预算额", "申请金额", "申报金额") && !pastYear(k) && !strings.Contains(k, "上年"):
		// 年度预算额, 本年申请金额, 项目申报金额: the amount the year asks
		// for (not an earlier year's: 上年预算额, 2020年申请金额)
		return fTotal
	case lx.yearAmount(k):
		return fTotal
	case moneyPutIn(k):
		// 各级资金投入总数, 资金投入总额: the money put in from every
		// source, an evaluation summary's total
		return fTotal
	case thisYear(k) && has("资金", "预算", "金额"):
		// this year's request (本年度申请市财政预算资金), or the year's
		// amount beside a multi-year total (项目当年预算 beside 项目总预算)
		return fTotal
	case (strings.Contains(k, "长期") || strings.Contains(k, "中期") || strings.Contains(k, "总目标") && !strings.Contains(k, "年度")) && has("目标"):
		// (年度总目标 is the year's)
		return fLongGoals
	case has("绩效目标", "总体目标", "年度目标", "总目标"):
		return fGoals
	}
	return fNone
}

// moneyField tells the fields whose values are amounts or group them.
func moneyField(f field) bool {
	switch f {
	case fTotal, fProjectTotal, fFiscal, fOther, fBudgetItem, fBudgetGroup:
		return true
	}
	return false
}

// relationWords open a label that names a project other than the form's
// own: the one it hangs under or comes from (挂接一级项目名称, 所属项目编码,
// 上级转移支付项目代码).
var relationWords = []string{"挂接", "所属", "上级", "关联", "对应", "归属"}

// namesOtherProject tells the label of another project's name or code: a
// relation word, then a project's name or code label (挂接一级项目名称 |
// 某项目, 上级转移支付项目代码 | 空). Its value is kept with its label; it
// neither names this project nor opens another one.
func namesOtherProject(key string) bool {
	if !hasPrefixIn(key, relationWords) || !strings.Contains(key, "项目") {
		return false
	}
	k := stripParens(key)
	return strings.HasSuffix(k, "名称") || strings.HasSuffix(k, "编码") || strings.HasSuffix(k, "代码")
}

// partsLabel strips the words that announce a total's parts from a label
// (资金总额及构成, 预算总额及其构成, 资金总额及来源 → the total's label;
// parts_suffixes).
func (lx *lexicon) partsLabel(key string) (string, bool) {
	for _, suf := range lx.partsSuffixes {
		if stem, ok := strings.CutSuffix(stripParens(key), suf); ok && stem != "" {
			return stem, true
		}
	}
	return "", false
}

// yearAmount tells a label that names one year's amount by the year's
// number and a money word alone (2021年金额, 2022年预算数): the amount of a
// multi-year fund's year, as 年度金额 names it without the number. The
// money words are year_amount_words.
func (lx *lexicon) yearAmount(k string) bool {
	if len(k) < 4 || !isDigits(k[:4]) {
		return false
	}
	rest, ok := strings.CutPrefix(k[4:], "年")
	if !ok {
		return false
	}
	return lx.yearAmountWords[rest]
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// thisYear tells a label that opens with the year's words, after the
// project's own (本年度…, 当年…, 项目当年…, 项目本年度…).
func thisYear(k string) bool {
	k = strings.TrimPrefix(k, "项目")
	return strings.HasPrefix(k, "本年") || strings.HasPrefix(k, "当年")
}

// isMoneyRowLabel matches the labels of money rows no table lists:
// 其中：中央补助, 省级专项资金, 县级配套资金 (money_row_suffixes).
func (lx *lexicon) isMoneyRowLabel(key string) bool {
	k := strings.TrimPrefix(key, "其中：")
	n := utf8.RuneCountInString(k)
	if n < 2 || n > 10 {
		return false
	}
	for _, suf := range lx.moneyRowSuffixes {
		if strings.HasSuffix(k, suf) {
			return k != key || n <= 8
		}
	}
	return false
}

// columnRole finds the role of a column label, with or without its
// parenthesized parts.
func (lx *lexicon) columnRole(key string) (colRole, bool) {
	if r, ok := lx.columns[key]; ok {
		return r, true
	}
	r, ok := lx.columns[stripParens(key)]
	if ok {
		return r, true
	}
	return moneyColumnByShape(stripParens(key))
}

// moneyColumnByShape reads the header of a money column by its words: this
// year's amount (本年度申请资金, 当年预算数, 调整后预算数) is the budget, last
// year's (上年度安排资金) is kept beside it.
func moneyColumnByShape(key string) (colRole, bool) {
	if n := utf8.RuneCountInString(key); n < 4 || n > 10 {
		return rNone, false
	}
	if strings.HasSuffix(key, "执行数") && strings.Contains(key, "预算") {
		return rExecuted, true // 预算执行数
	}
	if strings.HasSuffix(key, "执行数") || strings.HasSuffix(key, "执行金额") || strings.HasSuffix(key, "执行率") {
		if strings.Contains(key, "月") || strings.Contains(key, "半年") || strings.HasSuffix(key, "率") {
			return rMoneyAux, true // 1-6月执行数, 上半年执行数: a part of the year's, kept beside
		}
		if strings.HasPrefix(key, "实际") || strings.HasPrefix(key, "全年") {
			return rExecuted, true // 实际执行数
		}
	}
	if pastYear(key) && (strings.HasSuffix(key, "执行数") || strings.HasSuffix(key, "决算数")) {
		return rMoneyAux, true // 2020年实际执行数: an earlier year's amount, kept beside
	}
	if strings.HasSuffix(key, "测算依据") || strings.HasPrefix(key, "测算依据") || key == "计算依据" || key == "测算说明" {
		return rTable, true // 测算（公式）依据, 测算依据及说明: how an amount was reckoned, kept as text
	}
	if strings.Contains(key, "结余") {
		return rMoneyAux, true // 本年度结余金额: what is left of the year's amount, kept beside
	}
	money := false
	for _, w := range []string{"资金", "预算", "金额", "投入"} {
		if strings.HasSuffix(key, w) || strings.HasSuffix(key, w+"数") {
			money = true
		}
	}
	switch {
	case !money:
		return rNone, false
	case strings.HasPrefix(key, "上年") || strings.HasPrefix(key, "去年"):
		return rMoneyAux, true
	case strings.HasPrefix(key, "本年") || strings.HasPrefix(key, "当年") || strings.HasPrefix(key, "调整后"):
		return rBudget, true
	}
	return rNone, false
}

// lastYears tells a money caption qualified by a year before the filing's
// by words (上年…, 上年度…, 去年…, 前年…), where a year's number
// (2024年资金总额) may name the filing's own.
func lastYears(key string) bool {
	for _, p := range []string{"上年", "去年", "前年"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// pastYear tells a money caption qualified by an earlier year: a year's
// number (2020年…), 上年…, 去年…, 近两年….
func pastYear(key string) bool {
	i := 0
	for i < len(key) && key[i] >= '0' && key[i] <= '9' {
		i++
	}
	if i == 4 && strings.HasPrefix(key[i:], "年") {
		return true
	}
	for _, p := range []string{"上年", "去年", "前年", "近两年", "近三年", "前两年"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// maxLabelBytes bounds the labels the fallbacks of lookupLabel read: 20
// Chinese characters.
const maxLabelBytes = 60

// lookupLabel finds the field of a header-block cell: the label itself, the
// label without a money unit in parentheses, or a funds group label. unit
// is the money unit the label names, if any.
func (lx *lexicon) lookupLabel(key string) (f field, unit string, ok bool) {
	if f, ok := lx.header[key]; ok {
		return f, "", true
	}
	if len(key) > maxLabelBytes {
		return fNone, "", false
	}
	if lx.memo == nil {
		return lx.labelByRules(key)
	}
	l := remembered(lx.memo.labels, key, func(key string) foundLabel {
		f, unit, ok := lx.labelByRules(key)
		return foundLabel{f, unit, ok}
	})
	return l.f, l.unit, l.ok
}

// labelByRules is lookupLabel past the vocabulary's whole labels: the
// label's parts and shapes.
func (lx *lexicon) labelByRules(key string) (f field, unit string, ok bool) {
	if namesOtherProject(key) {
		return fAttribute, "", true
	}
	if u, stem := labeledUnitIn(key); u != "" && stem != "" {
		// 项目金额（单位：元）: a money label and its unit after a unit
		// label in parentheses (a label of another field keeps its words)
		if f, _, ok := lx.lookupLabel(stem); ok && moneyField(f) {
			return f, u, true
		}
	}
	unit = moneyUnitIn(key)
	if unit != "" {
		if f, ok := lx.header[stripUnit(key)]; ok {
			return f, unit, true
		}
	}
	if bare := stripParens(key); bare != key && bare != "" {
		// 专项（一般性转移支付）名称, 主管部门（单位）名称
		if f, ok := lx.header[bare]; ok {
			return f, unit, true
		}
	}
	if stem, ok := lx.partsLabel(key); ok {
		if f, _, ok := lx.lookupLabel(stem); ok && (f == fTotal || f == fProjectTotal) {
			// 资金总额及构成: the total and its parts written in the cell beside
			return fBudgetGroup, unit, true
		}
	}
	if lx.isFundsLabel(key) && !strings.Contains(key, "：") {
		// not "年度资金总额：50万", a label with its value
		return fBudgetGroup, unit, true
	}
	if lx.isSpendingLabel(key) {
		return fSpending, "", true
	}
	if f := lx.labelByShape(stripParens(stripUnit(key))); f != fNone {
		return f, unit, true
	}
	if strings.Contains(key, "（") {
		if f := lx.labelByShape(unparen.Replace(stripUnit(key))); f != fNone {
			return f, unit, true // 转移支付（专项）名称: the words in parentheses belong to the label
		}
	}
	if part, ok := strings.CutPrefix(key, "其中："); ok && part != "" {
		// 其中：一般公共预算: a part of the amount above, named by a label
		// of a part the vocabulary knows alone (never a total's: a part
		// is no total)
		if f, u, ok := lx.lookupLabel(part); ok && (f == fFiscal || f == fOther || f == fBudgetItem) {
			return f, u, true
		}
	}
	if lx.isMoneyRowLabel(key) {
		return fBudgetItem, unit, true
	}
	if i := strings.LastIndex(key, "、"); i > 0 && utf8.RuneCountInString(key[:i]) <= 6 {
		// two names of one label, the suffix written once (预算部门、单位名称):
		// the last one with it names the field, when it names a unit
		if f, u, ok := lx.lookupLabel(key[i+len("、"):]); ok && (f == fUnitName || f == fDepartment) {
			return f, u, true
		}
	}
	return fNone, "", false
}
