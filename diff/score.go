package diff

import (
	"cmp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// features are what the pair score reads of a project, computed once.
type features struct {
	fullCode string
	nameKey  string // the name with years, spaces and punctuation stripped
	name     grams
	docNo    string
	code     string // the code's stable stem
	purpose  grams
	indNames []int32 // interned indicator names, sorted, distinct
	total    decimal.Decimal
	hasTotal bool
}

// interner numbers strings, so that sets of names compare as integers.
type interner map[string]int32

func (in interner) id(s string) int32 {
	if id, ok := in[s]; ok {
		return id
	}
	id := int32(len(in))
	in[s] = id
	return id
}

func newFeatures(p *model.Project, names interner) features {
	n := normName(p.Name)
	if n == "" {
		n = strings.TrimSpace(p.Name) // a name of punctuation (":)") or a year alone: itself, not nothing
	}
	f := features{fullCode: p.Code, nameKey: n, name: bigrams(n), docNo: docNumber(p.Name), code: codeStem(p.Code),
		purpose: bigrams(normName(p.Purpose))}
	f.indNames = make([]int32, 0, len(p.Indicators))
	for i := range p.Indicators {
		f.indNames = append(f.indNames, names.id(p.Indicators[i].Name))
	}
	slices.Sort(f.indNames)
	f.indNames = slices.Compact(f.indNames)
	if p.Budget.Total != nil {
		if d, err := decimal.NewFromString(*p.Budget.Total); err == nil {
			f.total, f.hasTotal = d, true
		}
	}
	return f
}

// pairScore scores how likely two projects are the same project in two
// years, 0–1 (a shared full code may add 0.05 more): mostly the name with
// years stripped, then the stable part of the code, the indicator names,
// the purpose and the budget.
func pairScore(a, b *features) float64 {
	name := dice(a.name, b.name)
	if a.nameKey == b.nameKey && a.nameKey != "" {
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

// jaccard is the Jaccard index of two sorted sets of distinct elements.
func jaccard[T cmp.Ordered](a, b []T) float64 {
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
