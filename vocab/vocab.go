// Package vocab is perfdoc's vocabulary as data: the taxonomy of
// performance indicators (产出/效益/满意度/成本 at level 1, 数量/质量/时效 …
// at level 2) and the words filings write in their headers — the labels of
// the header block, the columns of the indicator grid, block labels,
// qualifiers, comparators, subtotal and signature words.
//
// The words live in one embedded file, vocabulary.json; Default returns it
// parsed. A user adds a province's words without forking: Parse a file of
// the same shape holding only the additions and Merge it into Default (the
// parser takes the result as its Options.Vocabulary; the CLI's
// --vocabulary flag does this). docs/vocabulary.md describes the file.
package vocab

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed vocabulary.json
var embedded []byte

// Family keys of the taxonomy, the names Go code refers to them by.
const (
	Output       = "output"       // 产出指标
	Benefit      = "benefit"      // 效益指标
	Satisfaction = "satisfaction" // 满意度指标
	Cost         = "cost"         // 成本指标 (level 1 since 2021, level 2 under 产出 before)
	Quantity     = "quantity"     // 数量指标
	Quality      = "quality"      // 质量指标
	Timeliness   = "timeliness"   // 时效指标
)

// Vocabulary is the words perfdoc reads filings by. Keys of labels are in
// label-key form: white space removed, colons and parentheses full-width.
type Vocabulary struct {
	Comment  string   `json:"comment,omitempty"`
	Taxonomy Taxonomy `json:"taxonomy"`
	// HeaderLabels: header-block field → its labels (项目名称 → name).
	HeaderLabels map[string][]string `json:"header_labels"`
	// ColumnLabels: role of a header-block sub-table's column → its labels.
	ColumnLabels map[string][]string `json:"column_labels"`
	// GridLabels: indicator-grid column → its headers, whole.
	GridLabels map[string][]string `json:"grid_labels"`
	// GridContains: grid column → words a header of it contains.
	GridContains map[string][]string `json:"grid_contains"`
	// BlockLabels label a grid in a column left of its levels (绩效指标).
	BlockLabels []string `json:"block_labels"`
	// Qualifiers: sub-header words under a target column (中期 | 年度).
	Qualifiers map[string][]string `json:"qualifiers"`
	// Comparators are the signs of a comparator column (≥, ═, >=).
	Comparators []string `json:"comparators"`
	// Directions: up/down/neutral → the words of a direction column.
	Directions map[string][]string `json:"directions"`
	// Natures are the words of a nature column (定量, 定性).
	Natures []string `json:"natures"`
	// Subtotals mark the subtotal rows of money tables (小计, 合计).
	Subtotals []string `json:"subtotals"`
	// TotalRows mark the total row under a weighted grid (总分).
	TotalRows []string `json:"total_rows"`
	// Signatures label the sign-off row under a table (项目负责人:).
	Signatures []string `json:"signatures"`
	// Units are the measure words of a unit column (%, 个, 万元, 元/吨).
	Units []string `json:"units"`
	// Level2Words are words only a level-2 text holds (数量, 社会, 服务对象):
	// they tell a level-2 column from a level-1 one by its cells.
	Level2Words []string `json:"level2_words"`

	// FundsLabels open the group label over a project's budget rows
	// (项目资金（万元）, 资金情况, 年度预算安排): a label of at most 14
	// characters that starts with one, with no colon.
	FundsLabels []string `json:"funds_labels"`
	// SpendingLabels open the label of a spending plan (资金支出计划).
	SpendingLabels []string `json:"spending_labels"`
	// PartsSuffixes end a total's label that announces its parts in the
	// cell beside it (资金总额及构成, 预算总额及其来源).
	PartsSuffixes []string `json:"parts_suffixes"`
	// MoneyRowSuffixes end the labels of money rows no list names
	// (其中：中央补助, 县级配套资金).
	MoneyRowSuffixes []string `json:"money_row_suffixes"`
	// YearAmountWords are what follows a year in a label of that year's
	// amount (2021年金额, 2022年预算数).
	YearAmountWords []string `json:"year_amount_words"`
	// ChangeWords, in the words before a phrase's amount, state a change
	// or a comparison, not the year's amount (较上年增加20万元).
	ChangeWords []string `json:"change_words"`
	// TitleSuffixes end the titles of target tables (绩效目标表, 自评表).
	TitleSuffixes []string `json:"title_suffixes"`
	// FormWords are a title's core that names the form's kind alone, no
	// project or unit (部门整体支出, 项目支出), after a year and a
	// government level.
	FormWords []string `json:"form_words"`
	// GovernmentLevels are the levels of government a title may name
	// before the form's words (省级, 县级, 本级).
	GovernmentLevels []string `json:"government_levels"`
	// UnitLineLabels open a line above a table that names its unit
	// (编制单位：XX局, 填报单位：).
	UnitLineLabels []string `json:"unit_line_labels"`
	// TotalPrefixes open a cell beside a funds label that writes the
	// total glued to its amount, its parts on the lines after
	// (总额10606.75万元, 合计500), in the order they are tried.
	TotalPrefixes []string `json:"total_prefixes"`
	// GridSuffixes: grid column → words a short grid header (at most six
	// characters) ends with (指标得分 → score, 指标分值 → weight).
	GridSuffixes map[string][]string `json:"grid_suffixes"`
}

// Taxonomy is the tree of indicator families.
type Taxonomy struct {
	Level1 []Family `json:"level1"`
	Level2 []Family `json:"level2"`
}

// Family is one node of the taxonomy. A level text belongs to the family
// when it contains the stem ("社会效益指标" ⊃ 效益).
type Family struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Stem     string `json:"stem"`
	Under    string `json:"under,omitempty"`    // level 2: the level-1 family it sits under
	Required bool   `json:"required,omitempty"` // every project should have one (the audit's rule)
}

var defaultVocab = sync.OnceValue(func() *Vocabulary {
	v, err := Parse(embedded)
	if err != nil {
		panic("vocab: the embedded vocabulary.json: " + err.Error()) // a build defect, caught by the tests
	}
	return v
})

// Default returns the embedded vocabulary. It is shared: do not modify it
// (Merge returns a copy).
func Default() *Vocabulary { return defaultVocab() }

// Parse reads a vocabulary file. Unknown keys are an error, so that a
// misspelt section is not silently ignored.
func Parse(data []byte) (*Vocabulary, error) {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	v := &Vocabulary{}
	if err := dec.Decode(v); err != nil {
		return nil, jsonError(data, err)
	}
	for _, f := range append(slices.Clone(v.Taxonomy.Level1), v.Taxonomy.Level2...) {
		if f.Key == "" || f.Stem == "" {
			return nil, fmt.Errorf("vocabulary: taxonomy family %q needs a key and a stem", f.Name)
		}
	}
	return v, nil
}

// jsonError says where and why a vocabulary file is no vocabulary: a
// syntax or type error with its line and column (1-based), an unknown key
// with the keys a vocabulary has, a file that ends early as such. It
// wraps err.
func jsonError(data []byte, err error) error {
	at := func(off int64) string {
		off = min(max(off, 0), int64(len(data)))
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
		return fmt.Sprintf("line %d, column %d: ", line, col)
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("vocabulary: %s%w", at(se.Offset-1), err) // Offset is past the bad byte
	case errors.As(err, &te):
		return fmt.Errorf("vocabulary: %s%s: want %s, not a JSON %s: %w", at(te.Offset), te.Field, te.Type, te.Value, err)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("vocabulary: the JSON ends early, at line %d: %w", 1+bytes.Count(data, []byte("\n")), err)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		var keys []string
		t := reflect.TypeFor[Vocabulary]()
		for i := range t.NumField() {
			if k, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); k != "" {
				keys = append(keys, k)
			}
		}
		return fmt.Errorf("vocabulary: %w (a vocabulary's keys: %s; see docs/vocabulary.md)", err, strings.Join(keys, ", "))
	}
	return fmt.Errorf("vocabulary: %w", err)
}

// Merge returns a copy of v with the words of extra added: label lists are
// joined, families with a new key appended (a known key keeps v's). v and
// extra are not modified.
func (v *Vocabulary) Merge(extra *Vocabulary) *Vocabulary {
	out := *v
	out.HeaderLabels = mergeMap(v.HeaderLabels, extra.HeaderLabels)
	out.ColumnLabels = mergeMap(v.ColumnLabels, extra.ColumnLabels)
	out.GridLabels = mergeMap(v.GridLabels, extra.GridLabels)
	out.GridContains = mergeMap(v.GridContains, extra.GridContains)
	out.Qualifiers = mergeMap(v.Qualifiers, extra.Qualifiers)
	out.Directions = mergeMap(v.Directions, extra.Directions)
	out.BlockLabels = mergeList(v.BlockLabels, extra.BlockLabels)
	out.Comparators = mergeList(v.Comparators, extra.Comparators)
	out.Natures = mergeList(v.Natures, extra.Natures)
	out.Subtotals = mergeList(v.Subtotals, extra.Subtotals)
	out.TotalRows = mergeList(v.TotalRows, extra.TotalRows)
	out.Signatures = mergeList(v.Signatures, extra.Signatures)
	out.Units = mergeList(v.Units, extra.Units)
	out.Level2Words = mergeList(v.Level2Words, extra.Level2Words)
	out.FundsLabels = mergeList(v.FundsLabels, extra.FundsLabels)
	out.SpendingLabels = mergeList(v.SpendingLabels, extra.SpendingLabels)
	out.PartsSuffixes = mergeList(v.PartsSuffixes, extra.PartsSuffixes)
	out.MoneyRowSuffixes = mergeList(v.MoneyRowSuffixes, extra.MoneyRowSuffixes)
	out.YearAmountWords = mergeList(v.YearAmountWords, extra.YearAmountWords)
	out.ChangeWords = mergeList(v.ChangeWords, extra.ChangeWords)
	out.TitleSuffixes = mergeList(v.TitleSuffixes, extra.TitleSuffixes)
	out.FormWords = mergeList(v.FormWords, extra.FormWords)
	out.GovernmentLevels = mergeList(v.GovernmentLevels, extra.GovernmentLevels)
	out.GridSuffixes = mergeMap(v.GridSuffixes, extra.GridSuffixes)
	out.UnitLineLabels = mergeList(v.UnitLineLabels, extra.UnitLineLabels)
	out.TotalPrefixes = mergeList(v.TotalPrefixes, extra.TotalPrefixes)
	out.Taxonomy.Level1 = mergeFamilies(v.Taxonomy.Level1, extra.Taxonomy.Level1)
	out.Taxonomy.Level2 = mergeFamilies(v.Taxonomy.Level2, extra.Taxonomy.Level2)
	return &out
}

func mergeList(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func mergeMap(a, b map[string][]string) map[string][]string {
	out := make(map[string][]string, len(a)+len(b))
	for k, l := range a {
		out[k] = slices.Clone(l)
	}
	for k, l := range b {
		out[k] = mergeList(out[k], l)
	}
	return out
}

func mergeFamilies(a, b []Family) []Family {
	out := slices.Clone(a)
	for _, f := range b {
		if !slices.ContainsFunc(out, func(g Family) bool { return g.Key == f.Key }) {
			out = append(out, f)
		}
	}
	return out
}

// family returns the family of the taxonomy with key at the level (1 or 2).
func (v *Vocabulary) family(level int, key string) (Family, bool) {
	list := v.Taxonomy.Level1
	if level == 2 {
		list = v.Taxonomy.Level2
	}
	for _, f := range list {
		if f.Key == key {
			return f, true
		}
	}
	return Family{}, false
}

// Stem returns the stem of the level-1 family key, else of the level-2
// one, or "".
func (v *Vocabulary) Stem(key string) string {
	if f, ok := v.family(1, key); ok {
		return f.Stem
	}
	if f, ok := v.family(2, key); ok {
		return f.Stem
	}
	return ""
}

// Name returns the name of the level-1 family key ("产出指标"), else of
// the level-2 one, or "".
func (v *Vocabulary) Name(key string) string {
	if f, ok := v.family(1, key); ok {
		return f.Name
	}
	if f, ok := v.family(2, key); ok {
		return f.Name
	}
	return ""
}

// Level1Is reports whether a level-1 text belongs to the level-1 family key.
func (v *Vocabulary) Level1Is(key, text string) bool {
	f, ok := v.family(1, key)
	return ok && strings.Contains(text, f.Stem)
}

// Level2Is reports whether a level-2 text belongs to the level-2 family key.
func (v *Vocabulary) Level2Is(key, text string) bool {
	f, ok := v.family(2, key)
	return ok && strings.Contains(text, f.Stem)
}

// Required returns the families of a level every project should have, in
// the file's order.
func (v *Vocabulary) Required(level int) []Family {
	list := v.Taxonomy.Level1
	if level == 2 {
		list = v.Taxonomy.Level2
	}
	var out []Family
	for _, f := range list {
		if f.Required {
			out = append(out, f)
		}
	}
	return out
}

// Stems returns the stems of a level's families, in the file's order.
func (v *Vocabulary) Stems(level int) []string {
	list := v.Taxonomy.Level1
	if level == 2 {
		list = v.Taxonomy.Level2
	}
	out := make([]string, 0, len(list))
	for _, f := range list {
		out = append(out, f.Stem)
	}
	return out
}

// IsComparator reports whether s is one of the comparator signs.
func (v *Vocabulary) IsComparator(s string) bool { return slices.Contains(v.Comparators, s) }
