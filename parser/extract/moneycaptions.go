package extract

import (
	"strings"
	"unicode/utf8"
)

// The captions of a money header (columns.go): which unknown captions it
// keeps beside its named amounts, captions numbered for their formulas
// (小计③=①+②), captions that carry a money unit.

// knownMoney tells a money header whose amounts the unknown captions
// among its columns cannot unsettle: the year's amount and another amount
// (initial or executed) named, at least as many as the unknown ones
// (年初预算数 | 全年预算数 | 全年执行数 | 佐证资料 | 分值), or the initial
// budget beside its execution that initialIsBudget reads as the year's
// (年初预算数(A) | 全年执行数(B) | 分值 | 得分 | 得分计算方法).
func (h *colHeader) knownMoney(unknown int) bool {
	if h.initialIsBudget() {
		return unknown <= 2
	}
	budget, amounts := 0, 0
	for _, c := range h.cols {
		switch c.role {
		case rBudget:
			budget++
			amounts++
		case rInitial, rExecuted:
			amounts++
		}
	}
	return budget == 1 && amounts >= 2 && unknown <= amounts
}

// unknownCaption tells a short caption no word of the vocabulary names
// and that is no label of the form, no amount and no subtotal: a column a
// money header may keep beside its amounts.
func unknownCaption(lx *lexicon, key string) bool {
	if n := utf8.RuneCountInString(key); n < 2 || n > 10 || decimalPrefix(key) > 0 || lx.isSubtotal(key) {
		return false
	}
	_, _, known := lx.lookupLabel(key)
	return !known
}

// moneyBesides tells a header with an amount of the year's (budget,
// initial or executed) in a column other than skip.
func (h *colHeader) moneyBesides(skip int) bool {
	for k, c := range h.cols {
		if k != skip && (c.role == rBudget || c.role == rInitial || c.role == rExecuted) {
			return true
		}
	}
	return false
}

// stripFormula drops what numbers a caption for the form's formulas: the
// circled numbers and the formula after them (小计③=①+② → 小计,
// 支出实现率（%）⑤=④/③ → 支出实现率), and a percent sign in parentheses.
func stripFormula(key string) string {
	k := strings.ReplaceAll(key, "（%）", "")
	i := strings.IndexFunc(k, isCircled)
	if i < 0 {
		return k
	}
	for _, r := range k[i:] {
		if !isCircled(r) && !strings.ContainsRune("=+-/×*＝＋－／", r) {
			return key // words after the numbers: no formula
		}
	}
	return k[:i]
}

// formulaCaptions counts the captions numbered for the form's formulas:
// a circled number, then nothing but circled numbers and operators
// (年中调整金额②, 小计③=①+②; not 执行率（%）, which holds none).
func formulaCaptions(keys []string) int {
	n := 0
	for _, k := range keys {
		if strings.ContainsFunc(k, isCircled) && stripFormula(k) != k {
			n++
		}
	}
	return n
}

// isCircled tells the circled numbers ① to ⑳.
func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// numberedCaption reads a caption of a money table whose captions are
// numbered for their formulas (年初部门预算安排金额（含历年结余结转）① |
// 年中调整金额② | 小计③=①+② | 年度拨付金额 | 支出实现率（%）⑤=④/③): the
// subtotal is the year's amount, the initial arrangement the initial
// budget, the other amounts and rates are kept beside.
func (e *extractor) numberedCaption(key string) (colRole, bool) {
	k := stripParens(key)
	switch {
	case e.lx.isSubtotal(k):
		return rBudget, true
	case strings.HasPrefix(k, "年初") && strings.Contains(k, "预算"):
		return rInitial, true
	case strings.HasSuffix(k, "率") || strings.HasSuffix(k, "金额") || strings.HasSuffix(k, "资金") || strings.HasSuffix(k, "数"):
		return rMoneyAux, true
	}
	return rNone, false
}

// unitCaption reads a caption that carries a money unit under a funds
// label (项目资金来源 | 中央（万元） | 本级（万元） | 合计（万元） | 执行数（万元）):
// the total's (合计, 小计, 总计) is the year's amount, a short one of
// another source is an amount kept beside it.
func (e *extractor) unitCaption(key string) (colRole, bool) {
	if moneyUnitIn(key) == "" {
		return rNone, false
	}
	stem := stripUnit(key)
	switch {
	case e.lx.isSubtotal(stem):
		return rBudget, true
	case stem != "" && utf8.RuneCountInString(stem) <= 6:
		return rMoneyAux, true
	}
	return rNone, false
}
