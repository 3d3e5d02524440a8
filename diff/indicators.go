package diff

import (
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// family maps both versions of the indicator tree onto one key: cost at
// level 2 under output (older tree) and cost at level 1 (newer tree) are
// the same family.
func family(ind *model.Indicator) string {
	if ind.IsCost() {
		return vocab.Cost
	}
	return ind.Level2
}

// AlignIndicators pairs the indicators of two versions of a project: for
// each indicator of np, the index of its counterpart in op, or -1. It
// matches the same family and name first, then the same name in another
// group, then similar names within a family; each old indicator is used
// once. Compare reports changes over these pairs.
func AlignIndicators(op, np *model.Project) []int {
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
	return pair
}

func compareIndicators(op, np *model.Project, oldYear, newYear, shift int) []Change {
	oi, ni := op.Indicators, np.Indicators
	pair := AlignIndicators(op, np)
	usedOld := make([]bool, len(oi))
	for _, i := range pair {
		if i >= 0 {
			usedOld[i] = true
		}
	}
	var ch []Change
	for j := range ni {
		n := &ni[j]
		i := pair[j]
		if i < 0 {
			ch = append(ch, Change{Field: "indicator", Indicator: n.Name, Status: Added, New: strp(n.Value.Raw), Level2: n.Level2})
			continue
		}
		o := &oi[i]
		if o.Value.Raw != n.Value.Raw && !Equivalent(o.Value, n.Value) {
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
