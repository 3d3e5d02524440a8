package report

// Lang is the language of a report's labels: Chinese (the default) or
// English. Data (names, values, codes) is never translated.
type Lang string

// Languages of the labels.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// ParseLang reads a --lang value: "zh" (or "" or "cn"), or "en".
func ParseLang(s string) (Lang, bool) {
	switch s {
	case "", "zh", "cn", "zh-CN":
		return Chinese, true
	case "en":
		return English, true
	}
	return "", false
}

// Label returns the label of key in lang, the key itself when the table
// has none (a field or an assessment this version does not know).
func Label(lang Lang, key string) string {
	l, ok := labels[key]
	if !ok {
		return key
	}
	if lang == English {
		return l[1]
	}
	return l[0]
}

// labels maps a key (a diff field, an assessment, a status, a severity, a
// report term) to its Chinese and English label. The check report uses the
// same table for its terms.
var labels = map[string][2]string{
	// assessments and statuses
	"tightened":      {"收紧", "tightened"},
	"loosened":       {"放松", "loosened"},
	"changed":        {"变更", "changed"},
	"rolled_forward": {"顺延", "rolled forward"},
	"added":          {"新增", "added"},
	"removed":        {"删除", "removed"},
	"dropped":        {"删除（放松风险）", "dropped (a loosening)"},
	"matched":        {"配对", "matched"},
	"text":           {"文字修改", "text edited"},
	// fields of a change
	"budget.total":          {"预算数", "budget"},
	"budget.fiscal":         {"财政资金", "fiscal funds"},
	"budget.other":          {"其他资金", "other funds"},
	"purpose":               {"资金用途", "purpose"},
	"goals":                 {"绩效目标", "goals"},
	"spending_plan":         {"资金支出计划", "spending plan"},
	"indicator":             {"指标", "indicator"},
	"indicator.value":       {"指标值", "target"},
	"indicator.name":        {"指标名称", "indicator name"},
	"indicator.level2":      {"二级指标", "level 2"},
	"indicator.description": {"指标描述", "description"},
	"indicator.basis":       {"指标值确定依据", "basis"},
	// report terms
	"title":          {"绩效目标年度对比", "Year-over-year comparison of performance targets"},
	"old":            {"上年", "old"},
	"new":            {"本年", "new"},
	"file":           {"文件", "file"},
	"department":     {"部门", "department"},
	"year":           {"年度", "year"},
	"budget_sum":     {"预算合计", "total budget"},
	"year_unknown":   {"年度不详", "year unknown"},
	"budget_change":  {"预算变化", "budget change"},
	"projects":       {"项目", "projects"},
	"indicators":     {"指标", "indicators"},
	"project":        {"项目", "project"},
	"code":           {"项目编码", "code"},
	"name":           {"项目名称", "name"},
	"status":         {"状态", "status"},
	"field":          {"内容", "field"},
	"old_value":      {"原值", "old"},
	"new_value":      {"新值", "new"},
	"assessment":     {"评估", "assessment"},
	"delta":          {"增减", "change"},
	"delta_pct":      {"增减比例", "change %"},
	"unit":           {"单位", "unit"},
	"level2":         {"二级指标", "level 2"},
	"indicator_name": {"指标名称", "indicator"},
	"count_changed":  {"有变更", "with changes"},
	"unchanged":      {"无变更", "unchanged"},
	"summary":        {"概要", "Summary"},
	"no_changes":     {"两份文件的项目与指标无变化。", "No project or indicator changed."},
	"legend":         {"图例", "legend"},
	"was":            {"原名", "was"},
	"n_indicators":   {"指标数", "indicators"},
	"watch":          {"需关注：放松或删除的目标", "Look here first: loosened or dropped targets"},
	"other_changes":  {"其他变更", "Other changes"},
	"projects_added": {"新增项目", "Added projects"},
	"projects_gone":  {"删除项目", "Removed projects"},
	"unpaired":       {"未配对的文件", "Filings without a partner"},
	// the reasons a filing of a folder found no partner (perfdoc diff OLD/ NEW/)
	"no filing of this department in the old folder": {"上年文件夹中没有该部门的文件", "no filing of this department in the old folder"},
	"no filing of this department in the new folder": {"本年文件夹中没有该部门的文件", "no filing of this department in the new folder"},
	"report":      {"报告", "report"},
	"index_title": {"各部门绩效目标年度对比", "Year-over-year comparison by department"},
	"blank":       {"（空）", "(blank)"},
	// check
	"error":    {"错误", "error"},
	"warning":  {"警告", "warning"},
	"info":     {"提示", "note"},
	"rule":     {"规则", "rule"},
	"severity": {"级别", "severity"},
	"message":  {"说明", "message"},
	"source":   {"位置", "source"},
	"findings": {"问题", "Findings"},
	"document": {"整份文件", "document"},
	"rules":    {"规则", "Rules"},
	"why":      {"规则说明", "rationale"},
	// the count line of a check report: file, errors, warnings, notes
	"check_counts": {"%s：%d 个错误，%d 个警告，%d 个提示", "%s: %d errors, %d warnings, %d notes"},
}
