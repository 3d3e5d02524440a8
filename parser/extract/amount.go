package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Amounts, the unit line, and codes written before names.

// amount reads a budget amount: the decimal a cell starts with, as written,
// thousands separators removed. A blank, 无 or a mark for none
// (isEmptyMark: -, —, /, 一) is nil. Words
// after the number ("854万(高标准农田建设400万元…)", "854万854万") are left out
// with a warning; a cell that does not start with a number is nil, with a
// warning, and unrecognized.
func (e *extractor) amount(s string, pos model.Pos) *string {
	s = normalize.DropThousands(layout.Clean(s))
	if s == "" || s == "无" || isEmptyMark(s) {
		return nil
	}
	yuan := false // ¥30,000.00: a currency sign before the number names 元
	if t, ok := cutCurrency(s); ok {
		s, yuan = t, true
	}
	n := decimalPrefix(s)
	if joined, ok := joinSplitDecimals(s, n); ok {
		// "968.191 8": a text layer cut the number's decimals
		n = decimalPrefix(joined)
		e.warn(pos, diag.AmountDigitsJoined, s, joined[:n])
		s = joined
	}
	if n == 0 {
		if num, unit, ok := e.lx.amountInWords(s); ok {
			e.warn(pos, diag.AmountInWords, s, num, unit)
			num = e.amountUnit(s, num, unit, pos)
			return &num
		}
		e.warn(pos, diag.AmountNotNumber, s)
		e.unrecognized(s, pos)
		return nil
	}
	num, rest := s[:n], strings.TrimLeftFunc(s[n:], isSpace) // "2279.048 万元"
	if k := labelKey(rest); k != "" {
		if u := parenthesized(k); u != "" && k == "（"+u+"）" && moneyUnitPrefix(u) == u {
			rest = u // 30.00（万元）: the unit in parentheses after the number
		}
	}
	if rest == "" && yuan {
		rest = "元"
	}
	if rest == "" {
		return &num
	}
	if lostCharacter(rest) && toTheFen(num) {
		// 3,724,055.00?: a glyph the capture could not keep after a
		// number written to the fen, no digit or scale of it
		e.warn(pos, diag.AmountCharacterLost, s, num)
		return &num
	}
	unit := moneyUnitPrefix(rest)
	switch {
	case rest == unit:
		e.warn(pos, diag.AmountWithUnit, s)
	case unit != "":
		e.warn(pos, diag.AmountWordsDropped, s, num, unit)
	default:
		e.warn(pos, diag.AmountNotNumber, s)
		e.unrecognized(s, pos)
		return nil
	}
	num = e.amountUnit(s, num, unit, pos)
	return &num
}

// amountUnit notes the money unit an amount num of cell s was written
// with: the project's when it has none yet or only a unit line's over the
// whole table (单位：元 over 年度金额 | 112万元: the amount says more).
// Where it differs from the project's, num is restated in the project's
// (inMoneyUnit); it returns the amount in the project's unit.
func (e *extractor) amountUnit(s, num, unit string, pos model.Pos) string {
	unit = simplifiedMoney(unit) // 萬元 is 万元
	u := unit
	if u == "万" {
		u = "万元"
	}
	if mu := e.cur.MoneyUnit; u != "" && mu != "" && mu != u && e.ps.lineUnit && moneyUnits[u] {
		e.warn(pos, diag.MoneyUnitFromLabel, e.cur.Index, u, mu)
		e.cur.MoneyUnit, e.ps.lineUnit = u, false
	}
	if e.cur.MoneyUnit == "" && u != "" {
		e.cur.MoneyUnit = u
	}
	if mu := e.cur.MoneyUnit; u != "" && mu != "" && u != mu {
		if n, ok := inMoneyUnit(num, u, mu); ok {
			e.warn(pos, diag.AmountConverted, s, u, mu, n)
			return n
		}
		e.warn(pos, diag.AmountOtherUnit, s, unit, mu)
	}
	return num
}

// inMoneyUnit restates num, an amount in money unit from, in money unit
// to (1250000 元 → 125 万元, 12.5 万元 → 125000 元): the same sum, the
// decimal point moved by the units' powers of ten, exact, no digit lost
// or made up (trailing zeros after the point dropped). ok is false where
// either unit's scale is not known (百万元) or num is no decimal.
func inMoneyUnit(num, from, to string) (string, bool) {
	f, ok1 := normalize.YuanFactor(from)
	t, ok2 := normalize.YuanFactor(to)
	d, err := decimal.NewFromString(num)
	if !ok1 || !ok2 || err != nil {
		return "", false
	}
	shift := int32(0)
	for ; f > 1; f /= 10 {
		shift++
	}
	for ; t > 1; t /= 10 {
		shift--
	}
	return d.Shift(shift).String(), true
}

// amountPhrase tells a cell that states one amount in a phrase
// (amountInWords reads it).
func (lx *lexicon) amountPhrase(s string) bool {
	_, _, ok := lx.amountInWords(normalize.DropThousands(layout.Clean(s)))
	return ok
}

// amountInWords reads the one amount a short phrase states in a money
// cell, its unit after it and nothing after that: 一般公共预算安排77300万元,
// 省级财政资金50万元。 The words before the number hold no other number and
// no word of a change or a comparison (较上年增加20万元 states no
// amount of the year; change_words). It returns the number, its unit and
// whether it read one.
func (lx *lexicon) amountInWords(s string) (num, unit string, ok bool) {
	if utf8.RuneCountInString(s) > 30 {
		return "", "", false
	}
	i := strings.IndexAny(s, "0123456789")
	if i <= 0 {
		return "", "", false
	}
	words := s[:i]
	for _, w := range lx.changeWords {
		if strings.Contains(words, w) {
			return "", "", false
		}
	}
	n := decimalPrefix(s[i:])
	if n == 0 {
		return "", "", false
	}
	rest := strings.TrimLeftFunc(s[i+n:], isSpace)
	unit = moneyUnitPrefix(rest)
	if unit == "" || strings.Trim(rest[len(unit):], "。.；;，, ") != "" {
		return "", "", false
	}
	return s[i : i+n], unit, true
}

// joinSplitDecimals joins a number whose decimals a PDF's text layer cut
// with a space ("968.191 8" → "968.1918"): the number s starts with (n
// bytes) has a decimal point, one space follows it, then digits alone up
// to the end or a money unit. A space in the whole part ("100 200") may
// part two amounts and is not joined. It returns s joined and whether it
// joined.
func joinSplitDecimals(s string, n int) (string, bool) {
	if n == 0 || !strings.Contains(s[:n], ".") || n+1 >= len(s) || s[n] != ' ' {
		return s, false
	}
	tail := s[n+1:]
	d := 0
	for d < len(tail) && tail[d] >= '0' && tail[d] <= '9' {
		d++
	}
	if d == 0 {
		return s, false
	}
	if rest := strings.TrimLeftFunc(tail[d:], isSpace); rest != "" && moneyUnitPrefix(rest) == "" {
		return s, false
	}
	joined := s[:n] + tail
	if decimalPrefix(joined) != n+d {
		return s, false // too many digits to read as one number
	}
	return joined, true
}

// cutCurrency drops a currency sign before an amount (¥30,000.00,
// ￥ 30000); it reports whether there was one and a number follows.
func cutCurrency(s string) (string, bool) {
	for _, c := range []string{"¥", "￥"} {
		if t, ok := strings.CutPrefix(s, c); ok {
			t = strings.TrimLeftFunc(t, isSpace)
			return t, decimalPrefix(t) > 0
		}
	}
	return s, false
}

// moneyUnitPrefix is the money unit s starts with, as written: 万元,
// 亿元, 千元, 元 or 万, or the same in the traditional characters a filing
// may keep (萬元, 億元, 圓: simplifiedMoney); "" when none.
func moneyUnitPrefix(s string) string {
	t := simplifiedMoney(s)
	for _, u := range []string{"万元", "亿元", "千元", "元", "万"} {
		if strings.HasPrefix(t, u) {
			return s[:len(u)] // each traditional form is as long as its simplified one
		}
	}
	return ""
}

// simplifiedMoney writes the traditional characters of money units in
// their simplified forms (萬 万, 億 亿, 圓 元), byte for byte as long.
func simplifiedMoney(s string) string {
	if !strings.ContainsAny(s, "萬億圓") {
		return s
	}
	return moneyFolder.Replace(s)
}

var moneyFolder = strings.NewReplacer("萬", "万", "億", "亿", "圓", "元")

// lostCharacter tells what a capture writes for a character it lost: one
// "?", "？" or U+FFFD, alone.
func lostCharacter(s string) bool {
	return s == "?" || s == "？" || s == "\uFFFD"
}

// toTheFen tells a number written with two decimals (220.00, 4764453.11).
func toTheFen(num string) bool {
	i := strings.IndexByte(num, '.')
	return i > 0 && len(num)-i == 3
}

// withoutSeal drops the form's seal mark from the label a keyed line opens
// with (填报单位（公章）：… → 填报单位：…, 编制单位（盖章）：…); another line is
// returned as it is.
func withoutSeal(key string) string {
	i := strings.Index(key, "：")
	if i < 0 {
		return key
	}
	for _, m := range sealMarks {
		if label, ok := strings.CutSuffix(key[:i], m); ok && label != "" {
			return label + key[i:]
		}
	}
	return key
}

// sealMarks are the marks a form writes after a label for the seal it
// asks for (填报单位（公章）, 财政绩效管理科室（盖章）), as labelKey writes them:
// the one list withoutSeal and signatureRow read.
var sealMarks = []string{"（公章）", "（盖章）", "（印章）"}

// holdsSeal tells a label key that holds a seal mark.
func holdsSeal(key string) bool {
	for _, m := range sealMarks {
		if strings.Contains(key, m) {
			return true
		}
	}
	return false
}

// decimalPrefix is the length of the decimal number s starts with
// ("12.50" of "12.50万元"), or 0. A number of more than normalize.MaxDigits
// digits is none (as normalize reads numbers: a longer run is text).
func decimalPrefix(s string) int {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if digits == 0 {
		return 0
	}
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E' || s[i] == '.') || digits > normalize.MaxDigits {
		return 0
	}
	return i
}

// smallDecimal reads s as a decimal when it is one of at most
// normalize.MaxDigits digits written without an exponent: a longer one
// costs time growing with the square of its digits to read, and a sum or
// comparison with one of exponent -9999 multiplies every other by 10^9999.
func smallDecimal(s string) (decimal.Decimal, bool) {
	if len(s) > normalize.MaxDigits+2 || strings.ContainsAny(s, "eE") {
		return decimal.Decimal{}, false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != '-' && r != '+' && r != '−' {
			return decimal.Decimal{}, false // no number (NewFromString would say so with an error built by fmt)
		}
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// splitCodeName splits "203001保定白沟新城党群工作部（本级）" into the unit's
// code (three or more leading digits) and name; codes in brackets, as in
// "[610001]湖南…" or "(433)…", are read too.
func splitCodeName(s string) (model.Department, bool) {
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune("[(（【", r) {
		end := strings.IndexAny(s[size:], "])）】")
		if end >= 3 {
			code := s[size : size+end]
			if strings.Trim(code, "0123456789") == "" {
				_, closeSize := utf8.DecodeRuneInString(s[size+end:])
				name := layout.Clean(s[size+end+closeSize:])
				if name != "" {
					return model.Department{Code: code, Name: name}, true
				}
			}
		}
		return model.Department{}, false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i < 3 || i == len(s) {
		return model.Department{}, false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s[i:], isSpace)); r == '年' || r == '月' || r == '日' {
		return model.Department{}, false // a date ("2023年龙岩市…分配表", "2021 年"), no unit code
	}
	return model.Department{Code: s[:i], Name: layout.Clean(s[i:])}, true
}

// moneyUnits are the units a 单位： line may name for amounts.
var moneyUnits = map[string]bool{"元": true, "万元": true, "千元": true, "亿元": true, "百万元": true}

// moneyUnitLabels are the labels of a line that names the money unit
// ("金额单位：元", "单位：万元"), in the order unitLine tries them.
var moneyUnitLabels = []string{"金额单位：", "单位：", "资金单位：", "货币单位："}

// moneyUnitLabel reports whether s is a money-unit line alone ("单位：万元",
// "金额单位:元"): the label of a table's amounts, never a cell's value.
func (lx *lexicon) moneyUnitLabel(s string) bool {
	key := lx.key(s)
	for _, pre := range moneyUnitLabels {
		if rest, ok := strings.CutPrefix(key, pre); ok && moneyUnits[rest] {
			return true
		}
	}
	return false
}

// unitLine reads the line above a project's table: the unit
// ("203001保定白沟新城党群工作部（本级）", "编制单位：XX局") and the money unit
// ("单位：万元", "金额单位：元"), alone or together in one line.
func (e *extractor) unitLine(s string, pos model.Pos) bool {
	p := e.cur
	key := e.lx.key(s)
	// "XX局 单位：万元" in one line: read each part
	if i := strings.Index(key, "单位："); i > 0 && !strings.HasPrefix(key, "金额单位") && !strings.HasPrefix(key, "资金单位") {
		j := strings.LastIndexFunc(s, isSpace)
		if j > 0 && e.unitLine(layout.Clean(s[j:]), pos) {
			if left := layout.Clean(s[:j]); left != "" && !e.unitLine(left, pos) {
				e.unrecognized(left, pos)
			}
			return true
		}
	}
	for _, pre := range moneyUnitLabels {
		if strings.HasPrefix(key, pre) {
			rest := strings.TrimPrefix(key, pre)
			if moneyUnits[rest] || pre != "单位：" {
				p.MoneyUnit = rest
				e.ps.lineUnit = true
				return true
			}
		}
	}
	lineKey := withoutSeal(key) // 填报单位（公章）：
	if _, name, _ := strings.Cut(strings.ReplaceAll(s, ":", "："), "："); lineKey != key && strings.Contains(name, "：") {
		lineKey = key // another label after it (填报单位(盖章): 单位负责人:…): no unit named
	}
	for _, pre := range e.lx.unitLineLabels {
		if strings.HasPrefix(lineKey, pre) && p.Department.Name == "" {
			_, name, _ := strings.Cut(strings.ReplaceAll(s, ":", "："), "：")
			name = layout.Clean(name)
			if d, ok := splitCodeName(name); ok {
				p.Department = d
			} else {
				p.Department = model.Department{Name: name}
			}
			return true
		}
	}
	if d, ok := splitCodeName(s); ok && p.Department.Code == "" {
		// (a number and a measure word, 3500万人次, is a target or an
		// amount: no unit's code and name)
		if r, _ := utf8.DecodeRuneInString(d.Name); r >= 0x4e00 && !isUnitWord(e.lx.v, labelKey(d.Name)) {
			p.Department = d
			return true
		}
	}
	if p.Department.Name == "" && len(p.Indicators) == 0 && p.Code == "" && e.ps.lastField == fNone && e.ps.rows <= 1 &&
		!strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "（") && utf8.RuneCountInString(s) <= 40 &&
		!strings.Contains(key, "：") && // (a label no unit line's: a page's byline, 2023-07-18 来源：某局)
		(strings.HasSuffix(s, "）") || strings.HasSuffix(s, "局") || strings.HasSuffix(s, "部") || strings.HasSuffix(s, "委") || strings.HasSuffix(s, "院") || strings.HasSuffix(s, "办")) {
		p.Department = model.Department{Name: s}
		e.warn(pos, diag.NoDepartmentCode, s)
		return true
	}
	return false
}
