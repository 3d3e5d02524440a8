package extract

import (
	"maps"
	"slices"
	"sync"

	"github.com/perfdoc/perfdoc/model"

	"github.com/perfdoc/perfdoc/vocab"
)

// lexicon is the vocabulary (package vocab) as the extractor looks words
// up: each word list as a map to the field, role or column it names.
type lexicon struct {
	v            *vocab.Vocabulary
	header       map[string]field
	columns      map[string]colRole
	grid         map[string]gridColumn
	gridContains map[gridColumn][]string
	block        map[string]bool
	qualifiers   map[string]gridColumn
	comparators  map[string]bool
	subtotals    map[string]bool
	totalRows    map[string]bool
	signatures   map[string]bool
	level1Words  []string // stems of the level-1 families
	level2Words  []string // stems of the level-2 families

	// word lists the label and title rules read (vocab's fields of the
	// same names)
	fundsLabels      []string
	spendingLabels   []string
	partsSuffixes    []string
	moneyRowSuffixes []string
	yearAmountWords  map[string]bool
	changeWords      []string
	titleSuffixes    []string
	formWordSet      map[string]bool
	governmentLevels []string
	unitLineLabels   []string
	totalPrefixes    []string
	gridSuffixes     map[gridColumn][]string // of short headers (at most six characters)

	memo *lexiconMemo // nil in the shared lexicon; see forDocument
}

// lexiconMemo holds what the rules of lookupLabel and gridLabel found for
// the keys one document asked about, the kinds valueKind typed its texts
// as, and the label keys that took a copy to make: a document asks about
// the same cells again and again (each row is tried as a grid header, and
// again as the row under the one before). The rules, the typing and the
// keying are pure functions of the text.
type lexiconMemo struct {
	labels map[string]foundLabel
	grid   map[string]gridColumn
	kinds  map[string]model.Kind // valueKind's
	keys   map[string]string     // key's, of texts labelKey copies
	header [2]lastRow            // mayBeGridHeader's last two answers
	older  int                   // the one of them to give up next
}

// remembered returns f(key) as a map of a lexiconMemo keeps it: f is
// asked once per key, its answer kept while the map holds fewer than
// maxClasses keys and the key is no longer than maxMemoKey (past them f is
// asked each time). f must be a pure function of key.
func remembered[V any](m map[string]V, key string, f func(string) V) V {
	if len(key) > maxMemoKey {
		return f(key)
	}
	if v, seen := m[key]; seen {
		return v
	}
	v := f(key)
	if len(m) < maxClasses {
		m[key] = v
	}
	return v
}

type foundLabel struct {
	f    field
	unit string
	ok   bool
}

// forDocument returns a copy of lx that remembers what its rules found,
// for one extractor: the shared lexicon is read by documents at once and
// holds no memo.
func (lx *lexicon) forDocument() *lexicon {
	c := *lx
	c.memo = &lexiconMemo{labels: map[string]foundLabel{}, grid: map[string]gridColumn{}, kinds: map[string]model.Kind{},
		keys: map[string]string{}}
	return &c
}

// The vocabulary's names of fields, sub-table roles and grid columns.
var (
	fieldNames = map[string]field{
		"code": fCode, "name": fName, "unit_name": fUnitName, "unit_code": fUnitCode, "department": fDepartment,
		"implementer": fImplementer, "total": fTotal, "project_total": fProjectTotal, "fiscal": fFiscal, "other": fOther,
		"budget_item": fBudgetItem, "budget_group": fBudgetGroup, "purpose": fPurpose, "goals": fGoals,
		"long_goals": fLongGoals, "goal_result": fGoalResult, "category": fCategory, "period": fPeriod,
		"attribute": fAttribute,
	}
	roleNames = map[string]colRole{
		"budget": rBudget, "initial": rInitial, "executed": rExecuted, "money_aux": rMoneyAux, "goal": rGoal,
		"long_goal": rLongGoal, "goal_result": rGoalResult, "table": rTable,
		"row_label": rRowLabel,
	}
	columnNames = map[string]gridColumn{
		"level1": cLevel1, "level2": cLevel2, "name": cName, "description": cDesc, "value": cValue, "basis": cBasis,
		"nature": cNature, "direction": cDirection, "unit": cUnit, "weight": cWeight, "actual": cActual,
		"score": cScore, "reason": cReason, "notes": cNotes, "half_year": cHalfYear, "long_term": cLongTerm,
		"last_year": cLastYear,
	}
)

// newLexicon indexes a vocabulary. Words under a name the extractor does
// not know are ignored.
func newLexicon(v *vocab.Vocabulary) *lexicon {
	lx := &lexicon{
		v: v, header: map[string]field{}, columns: map[string]colRole{}, grid: map[string]gridColumn{},
		gridContains: map[gridColumn][]string{}, qualifiers: map[string]gridColumn{},
		block: set(v.BlockLabels), comparators: set(v.Comparators), subtotals: set(v.Subtotals),
		totalRows: set(v.TotalRows), signatures: set(v.Signatures),
		level1Words: v.Stems(1), level2Words: v.Stems(2),
		fundsLabels: v.FundsLabels, spendingLabels: v.SpendingLabels, partsSuffixes: v.PartsSuffixes,
		moneyRowSuffixes: v.MoneyRowSuffixes, yearAmountWords: set(v.YearAmountWords), changeWords: v.ChangeWords,
		titleSuffixes: v.TitleSuffixes, formWordSet: set(v.FormWords), governmentLevels: v.GovernmentLevels,
		unitLineLabels: v.UnitLineLabels, totalPrefixes: v.TotalPrefixes,
		gridSuffixes: map[gridColumn][]string{},
	}
	for name, words := range v.HeaderLabels {
		if f, ok := fieldNames[name]; ok {
			for _, w := range words {
				lx.header[w] = f
			}
		}
	}
	for name, words := range v.ColumnLabels {
		if r, ok := roleNames[name]; ok {
			for _, w := range words {
				lx.columns[w] = r
			}
		}
	}
	for name, words := range v.GridLabels {
		if c, ok := columnNames[name]; ok {
			for _, w := range words {
				lx.grid[w] = c
			}
		}
	}
	for name, words := range v.GridContains {
		if c, ok := columnNames[name]; ok {
			lx.gridContains[c] = words
		}
	}
	for name, words := range v.GridSuffixes {
		if c, ok := columnNames[name]; ok {
			lx.gridSuffixes[c] = words
		}
	}
	for name, words := range v.Qualifiers {
		if c, ok := columnNames[name]; ok {
			for _, w := range words {
				lx.qualifiers[w] = c
			}
		}
	}
	return lx
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var defaultLexicon = sync.OnceValue(func() *lexicon { return newLexicon(vocab.Default()) })

// lastLexicon is the lexicon of the last vocabulary other than the default:
// a command reads all its files with one vocabulary, so its lexicon is
// built once, not once per document.
var lastLexicon struct {
	sync.Mutex
	v  *vocab.Vocabulary
	lx *lexicon
}

// lexiconFor returns the lexicon of v, the default one for nil. A
// vocabulary is not to be changed once a document has been read with it.
func lexiconFor(v *vocab.Vocabulary) *lexicon {
	if v == nil || v == vocab.Default() {
		return defaultLexicon()
	}
	lastLexicon.Lock()
	defer lastLexicon.Unlock()
	if lastLexicon.v != v {
		lastLexicon.v, lastLexicon.lx = v, newLexicon(v)
	}
	return lastLexicon.lx
}

// keyedLists are the vocabulary's keyed word lists, each with the names
// its keys may take.
func keyedLists(v *vocab.Vocabulary) []struct {
	name  string
	m     map[string][]string
	names []string
} {
	fields, roles, columns := slices.Sorted(maps.Keys(fieldNames)), slices.Sorted(maps.Keys(roleNames)), slices.Sorted(maps.Keys(columnNames))
	return []struct {
		name  string
		m     map[string][]string
		names []string
	}{
		{"header_labels", v.HeaderLabels, fields}, {"column_labels", v.ColumnLabels, roles},
		{"grid_labels", v.GridLabels, columns}, {"grid_contains", v.GridContains, columns},
		{"grid_suffixes", v.GridSuffixes, columns}, {"qualifiers", v.Qualifiers, columns},
	}
}

// UnknownKeys lists, sorted, the keys of v's keyed word lists that name no
// field, sub-table role or grid column the extractor knows, as
// "header_labels.codez": words under such a key are ignored (newLexicon),
// so a vocabulary file that has one holds a typo.
func UnknownKeys(v *vocab.Vocabulary) []string {
	var out []string
	for _, l := range keyedLists(v) {
		for k := range l.m {
			if !slices.Contains(l.names, k) {
				out = append(out, l.name+"."+k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// KnownKeys lists, sorted, the keys a keyed word list of the vocabulary
// may have (list: "header_labels", "grid_labels" …); nil for a list
// that is not keyed.
func KnownKeys(list string) []string {
	for _, l := range keyedLists(&vocab.Vocabulary{}) {
		if l.name == list {
			return l.names
		}
	}
	return nil
}
