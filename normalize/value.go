package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// Context is what a value's meaning depends on besides its text. It comes
// in as an argument; normalize keeps no state of its own.
type Context struct {
	// Year is the filing's budget year: deadlines that name no year fall in
	// it. Zero means unknown.
	Year int
	// Level1, Level2 and Name are the indicator's levels and name; they tell
	// a money indicator (成本指标, 补助标准 …), where a bare 万 means 万元.
	Level1, Level2, Name string
	// MoneyUnit is the table's money unit (单位：万元).
	MoneyUnit string
	// kindOnly: the caller wants the value's Kind alone (Kind), and the
	// steps that decide nothing of it are skipped: base quantities in 元,
	// a range's order, the name's hint, the warnings' messages.
	kindOnly bool
}

// Document types every indicator value of doc in place — the target, the
// actual result of a self-evaluation and the other value columns — with the
// document's year and each indicator's levels and name and the project's
// money unit as context.
func Document(doc *model.Document) {
	for pi := range doc.Projects {
		p := &doc.Projects[pi]
		for ii := range p.Indicators {
			ind := &p.Indicators[ii]
			ctx := Context{Year: doc.Year, Level1: ind.Level1, Level2: ind.Level2, Name: ind.Name, MoneyUnit: p.MoneyUnit}
			ind.Value = Value(ind.Value.Raw, ctx)
			if ind.Actual != nil {
				a := Value(ind.Actual.Raw, ctx)
				ind.Actual = &a
			}
			for k := range ind.OtherValues {
				ind.OtherValues[k].Value = Value(ind.OtherValues[k].Value.Raw, ctx)
			}
		}
	}
}

// Kind is Value(raw, ctx).Kind, found without computing what only the
// value's other fields hold (base quantities in 元, warnings): the
// extractor asks it of each short text to tell a target from a label.
func Kind(raw string, ctx Context) model.Kind {
	ctx.kindOnly = true
	return Value(raw, ctx).Kind
}

// Value types the raw text of an indicator value. It never fails: what it
// cannot type is kind "text" with Raw set. Raw is the text trimmed.
func Value(raw string, ctx Context) model.Value {
	raw = strings.TrimFunc(raw, IsSpace)
	v := model.Value{Raw: raw, Kind: model.KindText}
	if raw == "" {
		return v
	}
	s, spaced := fold(raw)
	s = strings.TrimRight(s, "。.;；,，、")
	if s == "" {
		return v
	}
	var warns []model.Diagnostic
	if spaced && !ctx.kindOnly {
		warns = append(warns, diag.Value(diag.SpacesRemoved))
	}
	switch {
	case s == "涉密" || (strings.Contains(s, "涉密") && utf8.RuneCountInString(s) <= 10):
		v.Kind = model.KindClassified
	case deadline(s, ctx, &v):
	case excelSerial(s, ctx, &v):
	case rangeValue(s, ctx, &v):
	case quantity(s, ctx, &v):
	case pointsChange(s, ctx, &v):
	case qualitative(s, &v):
	default:
		v.Kind = model.KindText
	}
	if ctx.kindOnly {
		return v // the name's hint changes no kind
	}
	applyNameHint(raw, ctx, &v)
	if len(warns) > 0 && v.Kind != model.KindText {
		v.Diagnostics = append(warns, v.Diagnostics...)
	}
	for _, d := range v.Diagnostics {
		v.Warnings = append(v.Warnings, diag.Render(diag.Chinese, d.Code, d.Args))
	}
	return v
}

// ---- units ----

// unitMatch reads a unit at the start of s, longest first from the unit
// table, with an optional 万/亿 scale before it and "/" rate parts after
// it. It returns the normalized unit, the scale factor (1, 1e4 or 1e8), the
// scale text and the bytes read.
func unitMatch(s string) (unit string, scale int64, scaleText string, n int) {
	scale = 1
	u, size := lookupUnit(s)
	if size == 0 {
		for _, sc := range []struct {
			w string
			f int64
		}{{"万", 10000}, {"亿", 100000000}} {
			if strings.HasPrefix(s, sc.w) {
				if u2, size2 := lookupUnit(s[len(sc.w):]); size2 > 0 {
					u, size, scale, scaleText = u2, len(sc.w)+size2, sc.f, sc.w
				} else {
					// a bare scale: "8万", or a rate of one: "620万/月"
					r, rn := rateParts("", s[len(sc.w):])
					return r, sc.f, sc.w, len(sc.w) + rn
				}
				break
			}
		}
	}
	if size == 0 {
		return "", 1, "", 0
	}
	if alt, an := alternateCount(s[len(scaleText):size], s[size:]); an > 0 {
		u, size = u+alt, size+an
	}
	rest, rn := rateParts(u, s[size:])
	return rest, scale, scaleText, size + rn
}

// alternateCount reads a count unit in parentheses after a count unit
// (台(套), 人(次), 辆(台)): the filing names the things counted by either
// word, and the unit is both as written. It returns the parenthesized
// unit, normalized, and the bytes read; 0 when s holds none or either
// word counts no things (95%(个), 3个(月)).
func alternateCount(unit, s string) (string, int) {
	if _, ok := countUnits[unit]; !ok || !strings.HasPrefix(s, "(") {
		return "", 0
	}
	for l := min(len(s)-1, maxUnitLen); l > 0; l-- {
		if u, ok := countUnits[s[1:1+l]]; ok && strings.HasPrefix(s[1+l:], ")") {
			return "(" + u + ")", l + 2
		}
	}
	return "", 0
}

// rateParts reads the rate parts after a unit: 元/人, 元每人, and 元/人·年 or
// 元/人*月 (a product in the denominator). It returns the unit with them and
// the bytes read after the unit.
func rateParts(unit, s string) (string, int) {
	n := 0
	for n < len(s) {
		joiner, sep := "/", 0
		switch {
		case s[n] == '/':
			sep = 1
		case strings.HasPrefix(s[n:], "每"):
			sep = len("每")
		case strings.Contains(unit, "/") && s[n] == '*':
			joiner, sep = "·", 1
		case strings.HasPrefix(s[n:], "·") && strings.Contains(unit, "/"):
			joiner, sep = "·", len("·")
		case strings.HasPrefix(s[n:], "・") && strings.Contains(unit, "/"):
			joiner, sep = "·", len("・")
		case strings.HasPrefix(s[n:], "×") && strings.Contains(unit, "/"):
			joiner, sep = "·", len("×")
		}
		if sep == 0 {
			break
		}
		u2, size2 := lookupUnit(s[n+sep:])
		if size2 == 0 {
			break
		}
		unit += joiner + u2
		n += sep + size2
	}
	return unit, n
}

// lookupUnit finds the longest unit of the table at the start of s.
func lookupUnit(s string) (string, int) {
	end := min(len(s), maxUnitLen)
	for l := end; l > 0; l-- {
		if !utf8.RuneStart(s[l%len(s)]) && l < len(s) {
			continue
		}
		if u, ok := units[s[:l]]; ok {
			// a Latin unit must not run on into more letters ("mm" vs "m")
			if l < len(s) && isLatin(s[l-1]) && isLatin(s[l]) {
				continue
			}
			return u, l
		}
	}
	return "", 0
}

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isMoneyContext tells whether an indicator is about money, where a bare 万
// means 万元.
func isMoneyContext(ctx Context) bool {
	if model.IsCostLevel(ctx.Level1, ctx.Level2) {
		return true
	}
	for _, w := range []string{"经费", "资金", "费用", "金额", "补助", "补贴", "预算", "支出", "投入", "资助", "奖励", "工资", "报酬", "价格", "单价", "费"} {
		if strings.Contains(ctx.Name, w) {
			return true
		}
	}
	return false
}

// ---- quantities ----

type scanned struct {
	op        string
	num       string
	unit      string
	scale     int64
	scaleText string
	pct       bool
	start     int // where the number starts
	end       int // where number and unit end
	warnings  []model.Diagnostic
}

// longestOp finds the longest comparator word of table at the start of s
// and returns its op and length (0 when none matches).
func longestOp(table *opTable, s string) (model.Op, int) {
	best, op := 0, model.Op("")
	if s == "" || !table.starts[s[0]] {
		return op, best // most texts start with no comparator
	}
	for _, p := range table.words {
		if len(p.word) > best && strings.HasPrefix(s, p.word) {
			best, op = len(p.word), p.op
		}
	}
	return op, best
}

// numberUnit scans a number and its unit at s[i:].
func numberUnit(s string, i int, ctx Context, q *scanned) (int, bool) {
	num, size, pct := number(s[i:])
	if size == 0 {
		return i, false
	}
	q.start = i
	q.num = num
	q.pct = pct
	i += size
	unit, scale, scaleText, usize := unitMatch(s[i:])
	if usize == 0 && strings.HasPrefix(s[i:], "(") {
		// a unit in parentheses: "≥95(%)"
		if u, sc, st, n := unitMatch(s[i+1:]); n > 0 && strings.HasPrefix(s[i+1+n:], ")") {
			unit, scale, scaleText, usize = u, sc, st, n+2
		}
	}
	i += usize
	q.scale, q.scaleText = scale, scaleText
	switch {
	case pct:
		if unit != "" || scale != 1 {
			return i, false
		}
		unit = "%"
	case strings.HasPrefix(unit, "/") && scale != 1:
		// "620万/月": a bare scale in a rate
		if !isMoneyContext(ctx) {
			return i, false
		}
		unit = "元" + unit
		q.warnings = append(q.warnings, diag.Value(diag.BareScaleMoney, scaleText))
	case unit == "" && scale != 1:
		if isMoneyContext(ctx) {
			unit = "元"
			q.warnings = append(q.warnings, diag.Value(diag.BareScaleMoney, scaleText))
		}
	}
	q.unit = unit
	q.end = i
	return i, true
}

func quantity(s string, ctx Context, v *model.Value) bool {
	var q scanned
	s, per := everyPrefix(s)
	s = labelBefore(s, &q)
	op, i := longestOp(prefixOpTable, s)
	i, ok := numberUnit(s, i, ctx, &q)
	if !ok {
		return false
	}
	if per != "" {
		q.unit += "/" + per // 每年1次 → 1次/年
	}
	if n, exclusive := boundNote(s[i:], s[q.start:q.end], q.num); n > 0 {
		// "≥95%(含95%)", "≤5%(不含5%)": the bound's inclusion said again
		switch {
		case !exclusive && (op == model.OpGE || op == model.OpLE):
		case exclusive && op == model.OpGE:
			op = model.OpGT
		case exclusive && op == model.OpLE:
			op = model.OpLT
		default:
			return false // no bound to include or exclude (95%(含95%)): text
		}
		i += n
	} else if sop, n := longestOp(suffixOpTable, s[i:]); n > 0 {
		switch {
		case sop == "": // "(含)": the number is included, as the sign already says
		case op == "" || op == "=" || op == sop:
			op = sop
		default:
			return false
		}
		i += n
	} else if strings.HasPrefix(s[i:], "左右") {
		i += len("左右")
		q.warnings = append(q.warnings, diag.Value(diag.AboutReadAsEqual))
	}
	if i < len(s) {
		// doubled text: "≥88%88%"
		rest := s[i:]
		if rest == s[q.start:q.end] || rest == s[:q.end] {
			q.warnings = append(q.warnings, diag.Value(diag.DoubledTextDropped, rest))
			i = len(s)
		} else if wordsAfter(rest) {
			q.warnings = append(q.warnings, diag.Value(diag.WordsAfterValue, rest))
			i = len(s)
		}
	}
	if i != len(s) {
		return false
	}
	if op == "" {
		op = model.OpEq
	}
	v.Kind = model.KindQuantity
	v.Op = op
	v.Number = q.num
	v.Unit = q.scaleText + q.unit
	if !ctx.kindOnly {
		v.Base = base(q.num, q.unit, q.scale, q.scaleText)
		v.Diagnostics = append(v.Diagnostics, q.warnings...)
	}
	return true
}

// boundNote measures a note in parentheses at the start of rest that says
// again whether the bound is included (含) or not (不含), naming the bound
// as written (numUnit: 95%) or its number alone (num: 95): its length and
// whether it excludes the bound; 0 when rest opens with no such note.
func boundNote(rest, numUnit, num string) (n int, exclusive bool) {
	for _, w := range []string{"(含", "(不含"} {
		after, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		for _, b := range []string{numUnit, num} {
			if b != "" && strings.HasPrefix(after, b+")") {
				return len(w) + len(b) + 1, w == "(不含"
			}
		}
	}
	return 0, false
}

// base restates a number in base units: money in 元 (万元, 亿元, 千元 and
// rates such as 万元/人 too) and 万/亿-scaled units without their scale.
func base(num, unit string, scale int64, scaleText string) *model.Quantity {
	first, rest := unit, ""
	if i := strings.IndexByte(unit, '/'); i >= 0 {
		first, rest = unit[:i], unit[i:]
	}
	factor := scale
	baseUnit := unit
	if f, ok := YuanFactor(first); ok {
		factor *= f
		baseUnit = "元" + rest
	}
	if factor == 1 {
		return &model.Quantity{Number: num, Unit: baseUnit}
	}
	d, err := decimal.NewFromString(num)
	if err != nil {
		return &model.Quantity{Number: num, Unit: scaleText + unit}
	}
	return &model.Quantity{Number: d.Mul(decimal.NewFromInt(factor)).String(), Unit: baseUnit}
}

// changeBases are the words a change against an earlier year opens with
// (较上年提高2个百分点), longest first.
var changeBases = []string{"较上一年度", "比上一年度", "较上一年", "比上一年", "较上年度", "比上年度", "较上年", "比上年", "较去年", "比去年", "同比"}

// changeVerbs are the verbs of a change in percentage points and its
// direction, longest first where one starts another.
var changeVerbs = []verb{
	{"提高", model.DirImprove}, {"提升", model.DirImprove}, {"增加", model.DirImprove}, {"增长", model.DirImprove}, {"上升", model.DirImprove},
	{"下降", model.DirReduce}, {"降低", model.DirReduce}, {"减少", model.DirReduce},
}

// pointsChange types a change in percentage points (提高2个百分点,
// 较上年下降0.5个百分点, 提升1个百分点以上): a quantity in 个百分点 whose
// direction is the verb's (improve, reduce); the comparator is the
// quantity's (= unless a word or sign says otherwise) and bounds the size
// of the change. Only 个百分点, a unit that is itself a change, is read
// so: 下降5% or 增加3个 say no more than a change of a level not given
// and stay as they were.
func pointsChange(s string, ctx Context, v *model.Value) bool {
	rest := s
	for _, b := range changeBases {
		if r, ok := strings.CutPrefix(rest, b); ok {
			rest = r
			break
		}
	}
	dir := model.Direction("")
	for _, vb := range changeVerbs {
		if r, ok := strings.CutPrefix(rest, vb.word); ok {
			rest, dir = r, vb.dir
			break
		}
	}
	if dir == "" {
		return false
	}
	var q model.Value
	if !quantity(rest, ctx, &q) || q.Unit != "个百分点" {
		return false
	}
	q.Raw, q.Direction = v.Raw, dir
	*v = q
	return true
}

// ---- ranges ----

var rangeSeps = []string{"-", "~", "至", "到", "与", "和"}

func rangeValue(s string, ctx Context, v *model.Value) bool {
	i := 0
	between := false
	for _, p := range []string{"介于", "在"} {
		if strings.HasPrefix(s, p) {
			i, between = len(p), p == "介于"
			break
		}
	}
	var a, b scanned
	j, ok := numberUnit(s, i, ctx, &a)
	if !ok {
		return false
	}
	sep := ""
	for _, sp := range rangeSeps {
		if strings.HasPrefix(s[j:], sp) {
			sep = sp
			break
		}
	}
	if sep == "" || ((sep == "与" || sep == "和") && !between) {
		return false
	}
	j += len(sep)
	k, ok := numberUnit(s, j, ctx, &b)
	if !ok {
		return false
	}
	for _, suf := range []string{"之间", "间", "范围内", "区间"} {
		if strings.HasPrefix(s[k:], suf) {
			k += len(suf)
			break
		}
	}
	if k != len(s) {
		return false
	}
	ua, ub := a.scaleText+a.unit, b.scaleText+b.unit
	switch {
	case ua == "":
		a.unit, a.scale, a.scaleText = b.unit, b.scale, b.scaleText
	case ub == "":
		b.unit, b.scale, b.scaleText = a.unit, a.scale, a.scaleText
	case ua != ub:
		return false
	}
	v.Kind = model.KindRange
	v.Min, v.Max = a.num, b.num
	v.Unit = b.scaleText + b.unit
	if ctx.kindOnly {
		return true
	}
	v.Base = base(a.num, a.unit, a.scale, a.scaleText)
	v.BaseMax = base(b.num, b.unit, b.scale, b.scaleText)
	if x, err := decimal.NewFromString(a.num); err == nil {
		if y, err := decimal.NewFromString(b.num); err == nil && x.GreaterThan(y) {
			v.Diagnostics = append(v.Diagnostics, diag.Value(diag.RangeInverted))
		}
	}
	v.Diagnostics = append(v.Diagnostics, a.warnings...)
	return true
}

// ---- qualitative targets ----

func qualitative(s string, v *model.Value) bool {
	if utf8.RuneCountInString(s) > 24 || strings.ContainsAny(s, "0123456789%") {
		return false
	}
	if dir, ok := exactWords[s]; ok {
		v.Kind, v.Direction = model.KindQualitative, dir
		return true
	}
	type hit struct {
		at  int
		dir model.Direction
	}
	var hits []hit
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !mayStartVerb(r) {
			i += size
			continue
		}
		best, dir := 0, model.Direction("")
		for _, vb := range verbsByFirst[r] {
			if len(vb.word) > best && strings.HasPrefix(s[i:], vb.word) {
				best, dir = len(vb.word), vb.dir
			}
		}
		if best > 0 {
			hits = append(hits, hit{i, dir})
			i += best
			continue
		}
		i += size
	}
	if len(hits) == 0 {
		return false
	}
	best := hits[0]
	for _, h := range hits[1:] {
		if rank[h.dir] > rank[best.dir] {
			best = h
		}
	}
	dir := best.dir
	if dir == model.DirMaintain || dir == model.DirMeet {
		for _, m := range improveModifiers {
			if strings.HasPrefix(s, m) && hits[0].at >= len(m) {
				dir = model.DirImprove
				break
			}
		}
	}
	v.Kind = model.KindQualitative
	v.Direction = dir
	return true
}
