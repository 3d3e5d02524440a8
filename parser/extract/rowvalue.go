package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// An indicator row's values: the target composed from its parts (指标方向
// | value | 度量单位), the recipient areas' values of a transfer table, and
// the other value columns (results, weight, score, the targets beside
// the target).

// value reads the target: the value cell, or the recipient areas' cells,
// with the comparator of a 指标方向 column before it and the unit of a 度量单位
// column after it. It returns the raw value and where it stands.
func (r *gridRow) value(ind *model.Indicator) (string, model.Pos, int) {
	g := r.g
	val, pos, idx := r.get(cValue)
	if v, p, i, ok := r.inForce(val); ok {
		val, pos, idx = v, p, i
	}
	if len(g.regions) > 0 {
		val, pos, idx = r.regionValues(ind)
	}
	var bounds []model.LabeledText // the cells of a range's bounds (指标值 over 下限 | 上限): the value's parts
	if g.upper != nil {
		val, pos, idx, bounds = r.boundsTarget(val, pos, idx)
	}
	dir, dirPos, _ := r.get(cDirection)
	unit, unitPos, _ := r.get(cUnit)
	if isEmptyMark(unit) {
		unit = "" // a 度量单位 cell of "-" or "/": the value carries its unit, or has none
	}
	nature, naturePos, _ := r.get(cNature)
	ind.Nature = nature
	split := g.idx[cDirection] >= 0 || g.idx[cUnit] >= 0 || g.idx[cNature] >= 0
	if !split {
		ind.ValueParts = append(ind.ValueParts, bounds...)
	}
	if !split && val != "" && bounds == nil {
		if raw, ok := r.captionHinted(val, ind.Name); ok {
			ind.ValueParts = append(ind.ValueParts, model.LabeledText{Label: g.labels[cValue], Text: val, Source: pos})
			return raw, pos, idx
		}
	}
	if !split || val == "" || r.e.lx.unitOnly(val) {
		// (a value cell holding a unit and no number, %, is no target
		// whatever the columns beside it hold: target drops it)
		return val, pos, idx
	}
	part := func(c gridColumn, text string, p model.Pos) {
		if text != "" {
			ind.ValueParts = append(ind.ValueParts, model.LabeledText{Label: g.labels[c], Text: text, Source: p})
		}
	}
	raw := val
	dirWord := dir
	if dir == "" && r.e.lx.isComparator(nature) {
		dir = nature // a 指标性质 cell that holds the sign (=, ≥), whatever its column's other rows hold
	}
	postfix := isPostfixComparator(dir)
	part(cNature, nature, naturePos)
	if !postfix {
		part(cDirection, dirWord, dirPos)
	}
	if bounds != nil {
		ind.ValueParts = append(ind.ValueParts, bounds...)
	} else {
		part(cValue, val, pos)
	}
	part(cUnit, unit, unitPos)
	if postfix {
		part(cDirection, dirWord, dirPos) // read after the number and unit, as it is composed
	}
	if r.e.lx.isComparator(dir) && !postfix && !boundedTarget(val) && bounds == nil {
		// (a value that writes its own comparator, 大于等于120 or ≥120,
		// keeps it: the column's is not written twice)
		raw = dir + raw
	}
	raw = r.joinUnit(raw, val, unit, unitPos)
	if postfix && !boundedTarget(val) && !strings.Contains(val, dir) && bounds == nil {
		// a comparator that follows the number (以上, 及以下, 以内): written
		// after the number and unit, as the filing reads (120公里以上)
		raw += dir
	}
	return raw, pos, idx
}

// joinUnit adds the unit cell's unit to raw, the target composed so far
// from the value cell's val: after the number, before a comparator word
// that follows it (95%以上). A unit cell that repeats the value is kept
// after a space; one that is no unit beside a value carrying its own, or
// a unit beside a value in another unit or in words, is not joined (the
// latter with a warning at unitPos).
func (r *gridRow) joinUnit(raw, val, unit string, unitPos model.Pos) string {
	// a number followed by a comparator word (95以上, 1以内) takes the unit
	// before the word (95%以上), never after it
	body, word := val, ""
	if b, _, ok := normalize.CutPostfixComparator(val); ok && (endsWithDigit(b) || unit != "" && strings.HasSuffix(b, unit)) {
		body, word = b, val[len(b):]
	}
	switch {
	case unit == "" || r.e.lx.isComparator(unit):
	case noUnitMark(unit):
		// a unit cell that says the target has no unit (无, 不适用, 无单位
		// beside 保障 on a 定性 row): kept among the parts, never glued on
	case unit == val && !isUnitWord(r.e.lx.v, r.e.lx.key(unit)):
		// the unit cell holds the value again (a sheet's number in both
		// columns): kept as written, a space between, no unit made up
		raw += " " + unit
	case !isUnitWord(r.e.lx.v, r.e.lx.key(unit)) && endsWithUnit(r.e.lx.v, body):
		// a unit cell that is no unit (OCR junk: tot扁) beside a value
		// that carries its own (2200篇): the value as written, the cell
		// kept among its parts
	case isUnitWord(r.e.lx.v, r.e.lx.key(unit)) && !strings.HasSuffix(body, unit) &&
		(endsWithUnit(r.e.lx.v, body) && !countedUnit(body, unit) || wordsOnly(val)):
		// a unit cell beside a target that carries another unit (28.8万元
		// | %) or is words (应保尽保 | %): the target as written, the
		// cell kept among its parts, never glued on (28.8万元%)
		r.e.warn(unitPos, diag.UnitCellNotJoined, unit, val)
	case word != "" && !strings.HasSuffix(body, unit):
		raw = strings.TrimSuffix(raw, word) + unit + word
	case word == "" && !strings.HasSuffix(val, unit):
		raw += unit
	}
	return raw
}

// noUnitMark tells a 度量单位 cell that says its row has no unit rather
// than naming one: a dash or slash (isEmptyMark), or a word of none (无,
// 暂无, 不适用, 无单位, 空, 不涉及). A target is never written with it.
func noUnitMark(s string) bool {
	switch strings.Join(strings.Fields(s), "") {
	case "无单位", "无计量单位", "空", "不涉及", "没有":
		return true
	}
	return noneName(s)
}

// countedUnit tells a target ending in the count word 个 beside a unit
// cell that 个 counts (3个 | 月, 2个 | 工作日, 6个 | 小时): one unit written
// over two cells (3个月), glued as a bare number's would be.
func countedUnit(body, unit string) bool {
	if !strings.HasSuffix(body, "个") {
		return false
	}
	switch strings.TrimSpace(unit) {
	case "月", "工作日", "小时", "百分点", "季度", "星期":
		return true
	}
	return false
}

// wordsOnly tells a target written in words, with no digit and no number
// normalize reads (应保尽保, 达标, 全覆盖): a unit cell completes none. A
// number in Chinese numerals (三千, 百分之九十) is no words.
func wordsOnly(val string) bool {
	if strings.ContainsAny(val, "0123456789０１２３４５６７８９") {
		return false
	}
	k := normalize.Kind(val, normalize.Context{})
	return k == model.KindText || k == model.KindQualitative
}

// endsWithDigit tells a text whose last character is an ASCII digit.
func endsWithDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// afterLastDigit is what a text holds after its last ASCII digit (≥60条 →
// 条, 100% → %, 95 → ""), and false where it holds no digit.
func afterLastDigit(s string) (string, bool) {
	i := strings.LastIndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return "", false
	}
	return s[i+1:], true
}

// valueUnit is what a target is written with after its last digit (≥60条
// → 条, 100% → %), "" when it holds no digit.
func valueUnit(s string) string {
	rest, _ := afterLastDigit(s)
	return strings.TrimSpace(rest)
}

// endsWithUnit tells a value whose digits are followed by a unit word of
// the vocabulary (2200篇, ≥95%, 3.5万元).
func endsWithUnit(v *vocab.Vocabulary, val string) bool {
	u := valueUnit(val)
	return u != "" && isUnitWord(v, labelKey(u))
}

// regionValues reads the value columns of a transfer table, one per
// recipient area: the target is the areas' value when they agree, else the
// first area's, with a warning; each area's cell is kept. A column
// captioned as the areas' total (合计, 总计) is no area: its cell is the
// target, kept beside as another value, wherever it stands.
func (r *gridRow) regionValues(ind *model.Indicator) (string, model.Pos, int) {
	val, pos, idx := "", model.Pos{}, -1
	differ := false
	total := false
	shift := r.areasFromEnd()
	for _, x := range r.g.regions {
		s, p, ok := r.at(x)
		if shift > 0 {
			k := x.idx + shift
			s, p, ok = r.e.text(&r.row[k]), r.row[k].Pos, true
			r.used[k] = true
		}
		if !ok || s == "" {
			continue
		}
		if areasTotal(x.label) {
			if isEmptyMark(s) {
				continue // a total that sums nothing (— under 合计 of a rate): the areas' target stands
			}
			ind.OtherValues = append(ind.OtherValues, model.OtherValue{Role: model.RoleOther, Label: x.label, Value: model.Value{Raw: s, Kind: model.KindText}, Source: p})
			val, pos, idx, total = s, p, r.index(x.idx, x.col), true
			continue
		}
		ind.OtherValues = append(ind.OtherValues, model.OtherValue{Role: model.RoleRegion, Label: x.label, Value: model.Value{Raw: s, Kind: model.KindText}, Source: p})
		if total {
			continue
		}
		if idx < 0 {
			val, pos, idx = s, p, r.index(x.idx, x.col)
		} else if s != val {
			differ = true
		}
	}
	if differ && !total {
		r.e.warn(pos, diag.AreaTargetsDiffer, val)
	}
	if shift > 0 && idx >= 0 {
		idx += shift
	}
	return val, pos, idx
}

// areasFromEnd tells how far a text-export row one cell longer than its
// header, read by position, stands off its areas' columns when the areas
// are the header's last columns and the row's last cell is written: the
// row's extra cell (a caption's span the header printed once, a caption
// the header lost) stands left of them, so the areas are its last cells,
// counted from its end, and no cell read as another field is an area's.
// It returns 0 where the row is read by position.
func (r *gridRow) areasFromEnd() int {
	g, row := r.g, r.row
	n := len(g.regions)
	if n == 0 || r.span != nil || len(row) != g.width+1 || row[0].Pos.Col > 0 ||
		g.regions[n-1].idx != g.width-1 || layout.Clean(row[len(row)-1].Text) == "" {
		return 0
	}
	for _, x := range g.regions {
		if k := x.idx + 1; r.used[k] {
			return 0
		}
	}
	return 1
}

// extras reads a row's other columns: results, weight, score, reasons,
// notes, and the value columns beside the target.
func (r *gridRow) extras(ind *model.Indicator) {
	if s, _, i := r.get(cActual); i >= 0 && s != "" {
		ind.Actual = &model.Value{Raw: r.resultHinted(s, ind.Name), Kind: model.KindText}
	}
	if s, _, i := r.get(cWeight); i >= 0 && s != "" {
		ind.Weight = &s
	}
	if s, _, i := r.get(cScore); i >= 0 && s != "" {
		ind.Score = &s
	}
	ind.Reason, _, _ = r.get(cReason)
	ind.Notes, _, _ = r.get(cNotes)
	for _, x := range r.g.extras {
		if x.superseded && r.kept {
			continue
		}
		if s, p, ok := r.at(x); ok && s != "" {
			ind.OtherValues = append(ind.OtherValues, model.OtherValue{Role: x.role, Label: x.label, Value: model.Value{Raw: s, Kind: model.KindText}, Source: p})
		}
	}
}

// inForce reads the target in force of an adjustment table's row whose
// adjusted cell (调整后指标值) is blank, a dash or says the target is
// unchanged (不变, 未调整): the original target beside it (原指标值), no
// longer kept as another value. ok is false for any other row, the
// adjusted target being the one in force.
func (r *gridRow) inForce(val string) (string, model.Pos, int, bool) {
	if val != "" && !isEmptyMark(val) && !unchangedWord(val) {
		return "", model.Pos{}, -1, false
	}
	for _, x := range r.g.extras {
		if !x.superseded {
			continue
		}
		i := r.index(x.idx, x.col)
		if i < 0 {
			break
		}
		s := r.e.text(&r.row[i])
		if s == "" || isEmptyMark(s) {
			break
		}
		r.used[i], r.kept = true, true
		return s, r.row[i].Pos, i, true
	}
	return "", model.Pos{}, -1, false
}

// unchangedWord tells an adjusted target's cell that says the target is
// not adjusted (不变, 未调整, 无调整, 不调整, 无变化, 维持不变, 同原指标值).
func unchangedWord(s string) bool {
	switch strings.Join(strings.Fields(s), "") {
	case "不变", "未调整", "无调整", "不调整", "无变化", "维持不变", "同原指标值", "同原目标值":
		return true
	}
	return false
}

// isComparator tells a 指标方向 cell that is a comparator: a sign of the
// vocabulary (≥, <=) or one in any form normalize reads as one, and
// nothing else (﹦, ⩾, ≥ with a variation selector: normalize.LeadingSign),
// a comparator word alone (大于等于, 小于或等于, 等于, 不低于) or one that
// follows the number (以上, 及以下, 以内: see isPostfixComparator), never
// 正向, 反向, 是/否 or a verb (提高, 降低).
func (lx *lexicon) isComparator(s string) bool {
	if lx.comparators[s] {
		return true
	}
	if _, n := normalize.LeadingSign(s); n > 0 && n == len(s) {
		return true
	}
	if _, ok := normalize.ComparatorWord(s); ok {
		return true
	}
	return isPostfixComparator(s)
}

// isPostfixComparator tells a comparator cell whose word follows the
// number and unit (以上, 及以上, 以下, 以内, 之内): a column of them
// beside 指标值 | 计量单位 is composed after the unit (120 | 公里 | 以上 →
// 120公里以上), never before the number.
func isPostfixComparator(s string) bool {
	_, ok := normalize.PostfixComparatorWord(asciiParens.Replace(s))
	return ok
}

// asciiParens writes full-width parentheses as ASCII (以上（含） → 以上(含)).
var asciiParens = strings.NewReplacer("（", "(", "）", ")")

// startsWithComparatorWord tells a value that opens with a comparator
// word of normalize's lexicon (大于等于98%, 不超过5天).
func startsWithComparatorWord(s string) bool {
	_, ok := leadingComparatorWord(s)
	return ok
}

// leadingComparatorWord returns the op of the longest comparator word of
// normalize's lexicon that s opens with and goes on after (大于等于98% →
// >=, not 大于's >); the words are five characters at most.
func leadingComparatorWord(s string) (op model.Op, ok bool) {
	n := 0
	for i := range s {
		if i > 0 {
			if o, found := normalize.ComparatorWord(s[:i]); found {
				op, ok = o, true
			}
		}
		if n++; n > 5 {
			break
		}
	}
	return op, ok
}

// boundedTarget tells a target written with a comparator: a sign (≥95%,
// ＞3次) or a comparator word (大于等于95%, 不超过5天) before its number, or
// a word that follows the number right after it and its unit (95%以上,
// 5天以内).
func boundedTarget(s string) bool {
	if startsWithComparator(s) || startsWithComparatorWord(s) {
		return true
	}
	b, _, ok := normalize.CutPostfixComparator(s)
	return ok && endsWithDigitOrUnit(b)
}

// endsWithDigitOrUnit tells a text that ends with a number, or with a
// number and a short unit after it (95, 95%, 120公里): what a comparator
// word after the number follows.
func endsWithDigitOrUnit(s string) bool {
	rest, ok := afterLastDigit(s)
	return ok && utf8.RuneCountInString(rest) <= 4
}

// startsWithComparator tells a value that opens with a comparator sign
// (≥95%, ＞3次).
func startsWithComparator(s string) bool {
	return leadingSign(s) > 0
}

// leadingSign is the length of the comparator sign s opens with (>=, =>
// whole; ≥, ＞, ═ …: normalize.LeadingSign), or 0.
func leadingSign(s string) int {
	_, n := normalize.LeadingSign(s)
	return n
}

// captionHinted composes a bare number under a value caption that ends
// with its unit or its comparator in parentheses (指标值（%） | 95 →
// 95%, 指标值（≥） | 10 → ≥10, 目标值（≥%） | 90 → ≥90%), as a 计量单位
// or 指标方向 column would: the number as written, the caption's unit
// after it and its sign before it where the cell writes none. A cell that
// is no bare number (95%, 2024年底, 是) is left as written, and a name
// ending in parentheses (水质合格率（%）, 面积(≥**亩)) keeps its own unit.
func (r *gridRow) captionHinted(val, name string) (string, bool) {
	op, unit := captionHint(r.e.lx, r.g.labels[cValue])
	if strings.HasSuffix(name, ")") || strings.HasSuffix(name, "）") {
		unit = ""
	}
	if op == "" && unit == "" {
		return "", false
	}
	if v := normalize.Value(val, normalize.Context{Year: 2000}); v.Kind != model.KindQuantity || v.Unit != "" {
		return "", false
	}
	raw := val
	if op != "" && !startsWithComparator(val) && !startsWithComparatorWord(val) {
		raw = op + raw
	}
	return raw + unit, true
}

// resultHinted composes a bare number under a results caption that ends
// with its unit in parentheses (实际完成值（%） | 97 → 97%), as captionHinted
// does for the target; a comparator in the caption is the target's, not
// the result's. A result with its own unit, words, or under an indicator
// whose name ends in parentheses (its own unit), or beside a target in
// another unit (≥50公里 | 52 under 实际完成值（%）), stays as written.
func (r *gridRow) resultHinted(val, name string) string {
	_, unit := captionHint(r.e.lx, r.g.labels[cActual])
	if unit == "" || strings.HasSuffix(name, ")") || strings.HasSuffix(name, "）") {
		return val
	}
	if v := normalize.Value(val, normalize.Context{Year: 2000}); v.Kind != model.KindQuantity || v.Unit != "" {
		return val
	}
	if t := normalize.Value(r.targetRaw, normalize.Context{Year: 2000}); t.Unit != "" &&
		t.Unit != normalize.Value("1"+unit, normalize.Context{Year: 2000}).Unit {
		// the target counts in another unit (≥50公里 beside 52 under
		// 实际完成值（%）): the caption's unit is not this row's
		return val
	}
	return val + unit
}

// captionHint reads the parentheses a caption ends with: a comparator
// sign, a unit of the vocabulary, or a sign then a unit (（≥）, （%）,
// （万元）, （≥%）); anything else (（包含数字及文字描述）, （2024年）) gives
// neither.
func captionHint(lx *lexicon, label string) (op, unit string) {
	label = strings.TrimSpace(label)
	var inner string
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if body, ok := strings.CutSuffix(label, pr[1]); ok {
			if i := strings.LastIndex(body, pr[0]); i > 0 {
				inner = strings.TrimSpace(body[i+len(pr[0]):])
			}
		}
	}
	if inner == "" {
		return "", ""
	}
	rest := inner
	if n := leadingSign(inner); n > 0 {
		op, rest = inner[:n], strings.TrimSpace(inner[n:])
	}
	if rest == "" {
		return op, ""
	}
	if !isUnitWord(lx.v, lx.key(rest)) {
		return "", ""
	}
	return op, rest
}

// areasTotal tells the caption of a transfer table's column that sums its
// areas: 合计, 总计, 全省合计.
func areasTotal(label string) bool {
	return strings.HasSuffix(label, "合计") || strings.HasSuffix(label, "总计")
}
