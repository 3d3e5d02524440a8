package extract

import (
	"strings"
	"unicode/utf8"
)

// The indicator grid's column headers: the columns a caption names, by
// the vocabulary's whole headers or by the words and shapes of the
// target's and the results' captions (a plan or a forecast, results to a
// date, a length limit). Keys are in label-key form (see labelKey).

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
	cNature    // 指标性质
	cDirection // 指标方向, 计算符号
	cUnit      // 度量单位
	cWeight    // 分值, 权重
	cActual    // 实际完成值
	cScore     // 得分
	cReason    // 偏差原因分析及改进措施
	cNotes     // 备注
	cHalfYear  // 半年指标值
	cLongTerm  // 中长期指标值
	cLastYear  // 上年实际完成值
	nGridColumns
)

// gridLabel maps a grid header cell (in label-key form) to its column:
// the vocabulary's whole headers, then the words a header contains (依据,
// 原因), then the shapes of result and target headers.
func (lx *lexicon) gridLabel(key string) gridColumn {
	if c, ok := lx.grid[key]; ok {
		return c
	}
	if lx.memo == nil {
		return lx.gridByRules(key)
	}
	return remembered(lx.memo.grid, key, lx.gridByRules)
}

// gridByRules is gridLabel past the vocabulary's whole headers.
func (lx *lexicon) gridByRules(key string) gridColumn {
	if q := parenthesized(key); q != "" && wordLimit(q) && strings.HasSuffix(key, "（"+q+"）") {
		// 指标内容（150字内）: the caption without its length limit
		return lx.gridLabel(strings.TrimSuffix(key, "（"+q+"）"))
	}
	if q := parenthesized(key); (q == "分" || q == "%" || q == "％") && strings.HasSuffix(key, "（"+q+"）") {
		// 指标权重（分）, 指标得分（分）: a weight's or a score's caption with
		// the unit of its points; no other column takes it
		if c := lx.gridLabel(strings.TrimSuffix(key, "（"+q+"）")); c == cWeight || c == cScore {
			return c
		}
	}
	if rest, ok := strings.CutPrefix(key, "绩效"); ok && utf8.RuneCountInString(rest) >= 3 {
		if c, ok := lx.grid[rest]; ok {
			return c // a caption under the table's word (绩效指标值, 绩效度量单位)
		}
	}
	if strings.Contains(key, "级绩效指标") {
		if c, ok := lx.grid[strings.Replace(key, "绩效", "", 1)]; ok {
			return c // 一级绩效指标, 三级绩效指标名称
		}
	}
	for _, c := range []gridColumn{cBasis, cReason} {
		for _, w := range lx.gridContains[c] {
			if strings.Contains(key, w) {
				return c
			}
		}
	}
	switch {
	case plannedCompletion(key):
		// 计划完成值, 预计完成值: what is to be done, the target beside
		// 实际完成值 (a forecast beside the year's target is kept as
		// another value)
		return targetRole(key)
	case strings.Contains(key, "实际") || strings.HasSuffix(key, "完成值") || key == "完成情况" || key == "实际值" ||
		strings.HasSuffix(key, "执行情况") || namesAchieved(stripParens(key)) ||
		resultsToDate(key):
		// (指标执行情况, 半年度指标执行情况, 截至6月底完成情况: a
		// monitoring table's results to date)
		if strings.HasPrefix(key, "上年") || strings.HasPrefix(key, "去年") {
			return cLastYear
		}
		return cActual
	case isTargetKey(key) || isTargetKey(stripParens(key)):
		// (计划指标值（或计划水平）: a qualifier in parentheses after the caption)
		return targetRole(key)
	case strings.HasSuffix(key, "计划值") || strings.HasSuffix(key, "预期值"):
		return targetRole(key) // 年度计划值, 预期值
	case key == "评分" || key == "自评分":
		return cScore
	case key == "标准分":
		return cWeight
	}
	if utf8.RuneCountInString(key) <= 6 {
		// 指标得分, 指标分值: grid_suffixes, in the order of the columns
		for c := cLevel1; c < nGridColumns; c++ {
			for _, w := range lx.gridSuffixes[c] {
				if strings.HasSuffix(key, w) {
					return c
				}
			}
		}
	}
	return cNone
}

// wordLimit tells a caption's qualifier that limits the length of the
// cell's text: 150字内, 450字以内, 限200字, 300字左右.
func wordLimit(q string) bool {
	q = strings.TrimPrefix(q, "限")
	i := 0
	for i < len(q) && q[i] >= '0' && q[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	switch q[i:] {
	case "字", "字内", "字以内", "字左右":
		return true
	}
	return false
}

// isBlockLabel matches the label a grid carries in a column left of its
// levels, over all its rows: 绩效指标, 年度绩效指标.
// A block label may carry its points (绩效指标（90分）).
func (lx *lexicon) isBlockLabel(key string) bool {
	if lx.block[key] {
		return true
	}
	if q := parenthesized(key); q != "" && strings.HasSuffix(q, "分") && strings.HasSuffix(key, "）") {
		return lx.block[stripParens(key)]
	}
	return false
}

// namesAchieved tells a value's caption that names what was done: a word
// of completion (完成, 实现, 达成) before the value's word and no word of a
// plan, a forecast or a target (预期, 预计, 计划, 拟, 目标, 设定): 项目完成指标值
// beside 预算设定指标值, 完成指标值, 全年实现值 — the results, not a second
// target. 预期实现值 and 计划完成指标值 stay targets.
func namesAchieved(key string) bool {
	if !strings.HasSuffix(key, "值") {
		return false
	}
	if namesPlan(key) || strings.Contains(key, "目标") || strings.Contains(key, "设定") {
		return false
	}
	return strings.Contains(key, "完成") || strings.Contains(key, "实现") || strings.Contains(key, "达成")
}

// plannedCompletion tells a caption of the completion planned or
// forecast, not done: 完成值 last, a word of a plan or a forecast, no 实际
// (计划完成值, 全年预计完成值). It is a target's caption, second to the
// target's own (年度指标值) where both stand.
func plannedCompletion(key string) bool {
	if strings.HasSuffix(key, "完成情况") {
		// 预计全年完成情况; not a group's caption (年度绩效指标完成情况)
		return namesPlan(key) && !strings.Contains(key, "实际") && !strings.Contains(key, "指标") && !strings.Contains(key, "目标")
	}
	return strings.HasSuffix(key, "完成值") && !strings.Contains(key, "实际") && namesPlan(key)
}

// resultsToDate tells a monitoring table's caption of the results to a
// date in the year: 完成情况 last, a month or half-year or 截至 in it, no
// plan and no 指标 or 目标 (a group's caption, 年度绩效指标完成情况): 截至6月底完成情况,
// 1-6月完成情况, 上半年完成情况.
func resultsToDate(key string) bool {
	if !strings.HasSuffix(key, "完成情况") || utf8.RuneCountInString(key) > 12 || namesPlan(key) ||
		strings.Contains(key, "指标") || strings.Contains(key, "目标") || pastOrYearEnd(key) {
		return false
	}
	return strings.Contains(key, "月") || strings.Contains(key, "半年") || strings.Contains(key, "截至") || strings.Contains(key, "截止")
}

// pastOrYearEnd tells a results caption dated before the year or at a
// year's end (截至上年底完成情况, 截至2023年底完成情况, 以前年度完成情况):
// a baseline or a whole year's results, no results to a date in the year.
func pastOrYearEnd(key string) bool {
	for _, w := range []string{"上年", "上一年", "去年", "前年", "往年", "以前", "年底", "年末"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// namesPlan tells a caption that names a plan or a forecast: 计划, 预计,
// 预期, 拟.
func namesPlan(key string) bool {
	for _, w := range []string{"计划", "预计", "预期", "拟"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// isTargetKey matches the headers of target columns: 指标值, 目标值, 年度指标值,
// 指标值（包含数字及文字描述）, 指标值及单位, 绩效标准, 全年（程）指标值.
func isTargetKey(key string) bool {
	return strings.HasPrefix(key, "指标值") || strings.Contains(key, "目标值") || strings.HasSuffix(key, "指标值") ||
		key == "预期目标" || key == "绩效标准" || key == "指标标准" || strings.HasPrefix(key, "指标值及") || key == "标准值"
}

// targetRole tells a target column by its qualifier: the year's target is
// the value; half-year, long-term and last year's columns are kept beside it.
func targetRole(key string) gridColumn {
	switch {
	case strings.Contains(key, "半年"):
		return cHalfYear
	case strings.HasPrefix(key, "上年") || strings.HasPrefix(key, "去年"):
		return cLastYear
	case strings.HasPrefix(parenthesized(key), "上年") || strings.HasPrefix(parenthesized(key), "去年"):
		return cLastYear // 指标值（上年）: the qualifier after the caption
	case strings.Contains(key, "长期") || strings.Contains(key, "中期") || strings.Contains(key, "项目期") || strings.Contains(key, "实施期"):
		return cLongTerm
	}
	return cValue
}
