// Package diff compares two parsed filings of one budget unit, usually two
// years apart: it aligns their projects and indicators and classifies what
// changed. Rendering is the caller's (see Render*).
package diff

import (
	"cmp"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// Side names one of the two documents.
type Side struct {
	Path string `json:"path"`
	Year int    `json:"year"`
}

// Summary counts the projects: matched pairs, added (only in NEW), removed
// (only in OLD), and changed (matched pairs with at least one change).
type Summary struct {
	Matched int `json:"matched"`
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Changed int `json:"changed"`
}

// ProjectRef identifies a project in one document.
type ProjectRef = model.ProjectRef

// Status says whether a project or an indicator is in both documents
// (matched) or in one only.
type Status string

// Statuses of projects and indicators.
const (
	Matched Status = "matched"
	Added   Status = "added"   // only in NEW
	Removed Status = "removed" // only in OLD
)

// Assessment classifies a value change.
type Assessment string

// Change is one difference within a matched pair of projects. Field is
// "budget.total", "purpose", "goals", "spending_plan.3月底",
// "indicator.value", "indicator.description", "indicator.basis" or
// "indicator" (with Status "added" or "removed").
type Change struct {
	Field      string     `json:"field"`
	Indicator  string     `json:"indicator,omitempty"`
	Status     Status     `json:"status,omitempty"`
	Old        *string    `json:"old,omitempty"`
	New        *string    `json:"new,omitempty"`
	Assessment Assessment `json:"assessment,omitempty"`
	// Level2 is the indicator's level 2 (in NEW, or OLD when removed).
	Level2 string `json:"level2,omitempty"`
}

// MarshalJSON writes old and new always (null for a blank), except that an
// added indicator has no old and a removed one no new.
func (c Change) MarshalJSON() ([]byte, error) {
	type plain Change
	type withBoth struct {
		plain
		Old *string `json:"old"`
		New *string `json:"new"`
	}
	switch c.Status {
	case Added:
		c.Old = nil
		return json.Marshal(plain(c))
	case Removed:
		c.New = nil
		return json.Marshal(plain(c))
	}
	return json.Marshal(withBoth{plain: plain(c), Old: c.Old, New: c.New})
}

// Project is one entry of the comparison: a matched pair, or a project
// only one side has.
type Project struct {
	Status  Status      `json:"status"`
	Old     *ProjectRef `json:"old"`
	New     *ProjectRef `json:"new"`
	Score   float64     `json:"score,omitempty"`
	Changes []Change    `json:"changes"`

	oldP, newP *model.Project
}

// OldProject and NewProject return the compared projects (nil for the
// missing side).
func (p *Project) OldProject() *model.Project { return p.oldP }

// NewProject returns the project of NEW, nil when removed.
func (p *Project) NewProject() *model.Project { return p.newP }

// Result is the comparison of two documents.
type Result struct {
	Old      Side      `json:"old"`
	New      Side      `json:"new"`
	Summary  Summary   `json:"summary"`
	Projects []Project `json:"projects"`
}

// Assessments of a value change: a harder target, an easier one, or one
// that cannot be compared (other unit, other kind).
const (
	Tightened Assessment = "tightened"
	Loosened  Assessment = "loosened"
	Changed   Assessment = "changed"
)

// Options tune the comparison.
type Options struct {
	// Threshold is the lowest pair score (0–1) that still matches two
	// projects; below it they are removed and added. Zero means 0.45.
	Threshold float64
}

// Compare aligns the projects of old and new and lists their changes.
func Compare(old, new *model.Document, opts Options) *Result {
	if opts.Threshold == 0 {
		opts.Threshold = 0.45
	}
	res := &Result{
		Old:      Side{Path: old.Source.Path, Year: old.Year},
		New:      Side{Path: new.Source.Path, Year: new.Year},
		Projects: []Project{},
	}
	of := make([]*features, len(old.Projects))
	for i := range old.Projects {
		of[i] = newFeatures(&old.Projects[i])
	}
	nf := make([]*features, len(new.Projects))
	for j := range new.Projects {
		nf[j] = newFeatures(&new.Projects[j])
	}
	score := make([][]float64, len(of))
	for i := range of {
		score[i] = make([]float64, len(nf))
		for j := range nf {
			score[i][j] = pairScore(of[i], nf[j])
		}
	}
	assign := maxAssignment(score)
	matchedOld := make([]bool, len(of))
	newToOld := make([]int, len(nf))
	for j := range newToOld {
		newToOld[j] = -1
	}
	for i, j := range assign {
		if j >= 0 && score[i][j] >= opts.Threshold {
			newToOld[j] = i
			matchedOld[i] = true
		}
	}
	yearShift := new.Year - old.Year
	for j := range new.Projects {
		np := &new.Projects[j]
		if i := newToOld[j]; i >= 0 {
			op := &old.Projects[i]
			ch := compareProjects(op, np, old.Year, new.Year, yearShift)
			res.Projects = append(res.Projects, Project{Status: Matched, Old: ref(op), New: ref(np), Score: round3(min(score[i][j], 1)), Changes: ch, oldP: op, newP: np})
			res.Summary.Matched++
			if len(ch) > 0 {
				res.Summary.Changed++
			}
			continue
		}
		res.Projects = append(res.Projects, Project{Status: Added, New: ref(np), Changes: []Change{}, newP: np})
		res.Summary.Added++
	}
	for i := range old.Projects {
		if !matchedOld[i] {
			op := &old.Projects[i]
			res.Projects = append(res.Projects, Project{Status: Removed, Old: ref(op), Changes: []Change{}, oldP: op})
			res.Summary.Removed++
		}
	}
	return res
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func ref(p *model.Project) *ProjectRef {
	return &ProjectRef{Index: p.Index, Code: p.Code, Name: p.Name}
}

func strp(s string) *string { return &s }

// ---- within a pair ----

func compareProjects(op, np *model.Project, oldYear, newYear, shift int) []Change {
	ch := []Change{}
	budget := func(field string, a, b *string) {
		if !decimalEqual(a, b) {
			ch = append(ch, Change{Field: field, Old: a, New: b})
		}
	}
	budget("budget.total", op.Budget.Total, np.Budget.Total)
	budget("budget.fiscal", op.Budget.Fiscal, np.Budget.Fiscal)
	budget("budget.other", op.Budget.Other, np.Budget.Other)
	if !sameModuloYear(op.Purpose, np.Purpose, shift) {
		ch = append(ch, Change{Field: "purpose", Old: strp(op.Purpose), New: strp(np.Purpose)})
	}
	if !sameGoals(op.Goals, np.Goals, shift) {
		ch = append(ch, Change{Field: "goals", Old: strp(strings.Join(op.Goals, "\n")), New: strp(strings.Join(np.Goals, "\n"))})
	}
	ch = append(ch, compareSpending(op, np)...)
	ch = append(ch, compareIndicators(op, np, oldYear, newYear, shift)...)
	return ch
}

func decimalEqual(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	x, e1 := decimal.NewFromString(*a)
	y, e2 := decimal.NewFromString(*b)
	if e1 != nil || e2 != nil {
		return *a == *b
	}
	return x.Equal(y)
}

func sameGoals(a, b []string, shift int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameModuloYear(a[i], b[i], shift) {
			return false
		}
	}
	return true
}

// sameModuloYear reports whether a and b are equal once every year of a is
// moved by shift (so "2025年工作计划" and "2026年工作计划" are the same text a
// year later).
func sameModuloYear(a, b string, shift int) bool {
	if a == b {
		return true
	}
	return shift != 0 && shiftYears(a, shift) == b
}

// shiftYears adds shift to every four-digit plausible year (model.PlausibleYear) in s.
func shiftYears(s string, shift int) string {
	var out strings.Builder
	i := 0
	for i < len(s) {
		if i+4 <= len(s) && isDigit4(s[i:i+4]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
			if model.PlausibleYear(y) {
				y += shift
				out.WriteString(itoa4(y))
				i += 4
				continue
			}
		}
		out.WriteByte(s[i])
		i++
	}
	return out.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigit4(s string) bool {
	for i := 0; i < 4; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func itoa4(y int) string {
	return string([]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}

func compareSpending(op, np *model.Project) []Change {
	var ch []Change
	oldBy := map[string]*string{}
	for _, pt := range op.SpendingPlan.Points {
		oldBy[pt.Period] = pt.Value
	}
	seen := map[string]bool{}
	for _, pt := range np.SpendingPlan.Points {
		seen[pt.Period] = true
		ov, ok := oldBy[pt.Period]
		if !ok || !decimalEqual(ov, pt.Value) {
			ch = append(ch, Change{Field: "spending_plan." + pt.Period, Old: ov, New: pt.Value})
		}
	}
	for _, pt := range op.SpendingPlan.Points {
		if !seen[pt.Period] {
			ch = append(ch, Change{Field: "spending_plan." + pt.Period, Old: pt.Value})
		}
	}
	return ch
}

// family maps both versions of the indicator tree onto one key: 产出指标/
// 成本指标 and 成本指标/经济成本指标 are the same family.
func family(ind *model.Indicator) string {
	if ind.IsCost() {
		return "成本"
	}
	return ind.Level2
}

func compareIndicators(op, np *model.Project, oldYear, newYear, shift int) []Change {
	oi, ni := op.Indicators, np.Indicators
	pair := make([]int, len(ni)) // new → old
	usedOld := make([]bool, len(oi))
	for j := range pair {
		pair[j] = -1
	}
	// pass 1: same family and name; pass 2: same name in another group;
	// pass 3: similar names within a family
	match := func(ok func(o, n *model.Indicator) bool) {
		for j := range ni {
			if pair[j] >= 0 {
				continue
			}
			for i := range oi {
				if !usedOld[i] && ok(&oi[i], &ni[j]) {
					pair[j], usedOld[i] = i, true
					break
				}
			}
		}
	}
	match(func(o, n *model.Indicator) bool { return o.Name == n.Name && family(o) == family(n) })
	match(func(o, n *model.Indicator) bool { return o.Name == n.Name })
	match(func(o, n *model.Indicator) bool {
		return family(o) == family(n) && dice(bigrams(normName(o.Name)), bigrams(normName(n.Name))) >= 0.6
	})
	var ch []Change
	for j := range ni {
		n := &ni[j]
		i := pair[j]
		if i < 0 {
			ch = append(ch, Change{Field: "indicator", Indicator: n.Name, Status: Added, New: strp(n.Value.Raw), Level2: n.Level2})
			continue
		}
		o := &oi[i]
		if o.Value.Raw != n.Value.Raw {
			ch = append(ch, Change{Field: "indicator.value", Indicator: n.Name, Old: strp(o.Value.Raw), New: strp(n.Value.Raw),
				Assessment: Assess(o, n, oldYear, newYear), Level2: n.Level2})
		}
		if o.Name != n.Name {
			ch = append(ch, Change{Field: "indicator.name", Indicator: n.Name, Old: strp(o.Name), New: strp(n.Name), Level2: n.Level2})
		}
		if family(o) != family(n) {
			ch = append(ch, Change{Field: "indicator.level2", Indicator: n.Name, Old: strp(o.Level2), New: strp(n.Level2), Level2: n.Level2})
		}
		if !sameModuloYear(o.Description, n.Description, shift) {
			ch = append(ch, Change{Field: "indicator.description", Indicator: n.Name, Old: strp(o.Description), New: strp(n.Description), Level2: n.Level2})
		}
		if !sameModuloYear(o.Basis, n.Basis, shift) {
			ch = append(ch, Change{Field: "indicator.basis", Indicator: n.Name, Old: strp(o.Basis), New: strp(n.Basis), Level2: n.Level2})
		}
	}
	for i := range oi {
		if !usedOld[i] {
			o := &oi[i]
			ch = append(ch, Change{Field: "indicator", Indicator: o.Name, Status: Removed, Old: strp(o.Value.Raw), Level2: o.Level2})
		}
	}
	return ch
}

// ---- assessment ----

// Assess classifies the change of an indicator's value from o to n:
// Tightened (a harder target: a higher floor, a lower ceiling, an earlier
// deadline), Loosened, or Changed (not comparable: another kind or unit,
// qualitative targets, or a deadline that moved exactly with the budget
// year). Exact targets ("=") count higher as harder, except for cost and
// time indicators, where lower is harder.
func Assess(o, n *model.Indicator, oldYear, newYear int) Assessment {
	a, b := o.Value, n.Value
	if a.Kind != b.Kind {
		return Changed
	}
	switch a.Kind {
	case model.KindQuantity:
		if a.Base == nil || b.Base == nil || a.Base.Unit != b.Base.Unit {
			return Changed
		}
		x, e1 := decimal.NewFromString(a.Base.Number)
		y, e2 := decimal.NewFromString(b.Base.Number)
		if e1 != nil || e2 != nil {
			return Changed
		}
		cmp := y.Cmp(x)
		switch {
		case a.Op.IsFloor() && b.Op.IsFloor():
			if cmp == 0 {
				return opStrictness(a.Op, b.Op, true)
			}
			return higherIsHarder(cmp)
		case a.Op.IsCeiling() && b.Op.IsCeiling():
			if cmp == 0 {
				return opStrictness(a.Op, b.Op, false)
			}
			return higherIsHarder(-cmp)
		case a.Op == model.OpEq && b.Op == model.OpEq:
			if cmp == 0 {
				return Changed
			}
			if lowerIsBetter(n) {
				return higherIsHarder(-cmp)
			}
			return higherIsHarder(cmp)
		}
		return Changed
	case model.KindDeadline:
		da, ea := parseDate(a.Date)
		db, eb := parseDate(b.Date)
		if !ea || !eb {
			return Changed
		}
		// compare relative to each filing's year: 2024年底 in the 2025
		// filing and 2025年底 in the 2026 one are the same target
		if oldYear != 0 && newYear != 0 {
			da = da.AddDate(newYear-oldYear, 0, 0)
		}
		switch {
		case db.Before(da):
			return Tightened
		case db.After(da):
			return Loosened
		}
		return Changed
	}
	return Changed
}

func higherIsHarder(cmp int) Assessment {
	if cmp > 0 {
		return Tightened
	}
	return Loosened
}

// opStrictness compares ops with the same number: ">" is harder than ">=",
// "<" harder than "<=".
func opStrictness(a, b model.Op, floor bool) Assessment {
	if a == b {
		return Changed
	}
	strict := model.OpGT
	if !floor {
		strict = model.OpLT
	}
	if b == strict {
		return Tightened
	}
	return Loosened
}

// lowerIsBetter tells cost and time indicators, where a lower exact target
// is the harder one.
func lowerIsBetter(ind *model.Indicator) bool {
	return ind.IsCost() || ind.IsTimeliness()
}

// ---- project alignment ----

type features struct {
	fullCode  string
	name      grams
	docNo     string
	code      string
	purpose   grams
	indNames  []string // sorted, distinct
	total     decimal.Decimal
	hasTotal  bool
	rawNameNY string
}

func newFeatures(p *model.Project) *features {
	n := normName(p.Name)
	f := &features{fullCode: p.Code, name: bigrams(n), docNo: docNumber(p.Name), code: codeStem(p.Code),
		purpose: bigrams(normName(p.Purpose)), rawNameNY: n}
	seen := map[string]bool{}
	for _, ind := range p.Indicators {
		if !seen[ind.Name] {
			seen[ind.Name] = true
			f.indNames = append(f.indNames, ind.Name)
		}
	}
	sort.Strings(f.indNames)
	if p.Budget.Total != nil {
		if d, err := decimal.NewFromString(*p.Budget.Total); err == nil {
			f.total, f.hasTotal = d, true
		}
	}
	return f
}

// pairScore scores how likely two projects are the same project in two
// years, 0–1: mostly the name with years stripped, then the stable part of
// the code, the indicator names, the purpose and the budget.
func pairScore(a, b *features) float64 {
	name := dice(a.name, b.name)
	if a.rawNameNY == b.rawNameNY && a.rawNameNY != "" {
		name = 1
	}
	if a.docNo != "" && b.docNo != "" && a.docNo != b.docNo {
		name *= 0.5
	}
	code := 0.0
	if a.code != "" && b.code != "" {
		n := commonPrefix(a.code, b.code)
		code = min(float64(n)/8, 1)
	}
	inds := jaccard(a.indNames, b.indNames)
	purpose := dice(a.purpose, b.purpose)
	budget := 0.0
	if a.hasTotal && b.hasTotal && a.total.Equal(b.total) {
		budget = 1
	}
	score := 0.55*name + 0.15*code + 0.15*inds + 0.1*purpose + 0.05*budget
	if a.fullCode != "" && a.fullCode == b.fullCode {
		score += 0.05 // the same code: the same project (also breaks ties in a self-comparison)
	}
	return score
}

// normName strips what changes from year to year: years (2025年度, 【2025】,
// （2025）), white space and punctuation.
func normName(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= '0' && r <= '9' && i+3 < len(rs) && isYearRunes(rs[i:i+4]) && (i == 0 || rs[i-1] < '0' || rs[i-1] > '9') && (i+4 == len(rs) || rs[i+4] < '0' || rs[i+4] > '9') {
			i += 3
			if i+1 < len(rs) && rs[i+1] == '年' {
				i++
				if i+1 < len(rs) && rs[i+1] == '度' {
					i++
				}
			}
			continue
		}
		if strings.ContainsRune(" \t\u3000【】〔〕[]()（）-—、，,。.:：", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isYearRunes(r []rune) bool {
	for _, c := range r {
		if c < '0' || c > '9' {
			return false
		}
	}
	y := int(r[0]-'0')*1000 + int(r[1]-'0')*100 + int(r[2]-'0')*10 + int(r[3]-'0')
	return model.PlausibleYear(y)
}

// docNumber extracts the serial of a document number such as
// 保财社【2025】86号 → "保财社86".
func docNumber(s string) string {
	i := strings.Index(s, "号")
	if i < 0 {
		return ""
	}
	j := i
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if j == i {
		return ""
	}
	k := strings.LastIndexAny(s[:j], "】〕]")
	prefix := ""
	if k >= 0 {
		start := strings.LastIndexAny(s[:k], " （(-")
		prefix = normName(s[start+1 : k+1])
	}
	return prefix + s[j:i]
}

// codeStem is the part of a project code after "P" (the year digits
// before it change every year).
func codeStem(c string) string {
	if i := strings.IndexByte(c, 'P'); i >= 0 {
		return c[i+1:]
	}
	return c
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// grams is a sorted multiset of character bigrams, each packed into a
// uint64 (two runes).
type grams []uint64

// bigrams returns the character bigrams of s (a single character counts as
// its own gram). Character bigrams match Chinese names well without a word
// segmenter.
func bigrams(s string) grams {
	rs := []rune(s)
	if len(rs) == 1 {
		return grams{uint64(rs[0])}
	}
	g := make(grams, 0, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		g = append(g, uint64(rs[i])<<32|uint64(rs[i+1]))
	}
	slices.Sort(g)
	return g
}

// dice is the Dice coefficient of two gram multisets.
func dice(a, b grams) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(common(a, b)) / float64(len(a)+len(b))
}

// jaccard is the Jaccard index of two sorted sets of distinct strings.
func jaccard(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	inter := common(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// common counts the elements two sorted slices share (as multisets).
func common[T cmp.Ordered](a, b []T) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}
