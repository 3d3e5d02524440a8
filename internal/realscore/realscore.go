// Package realscore scores the extractor on real filings: folders named
// NN-place-topic holding filing.html, filing.txt and a hand transcription
// truth.json (see testdata/real and the shared fixtures' README for the
// conventions).
//
// The matching rules are those of the shared score.py: an expected
// indicator matches a parsed one with the same name and the same raw value,
// white space ignored, anywhere in the document, and one parsed indicator
// matches at most one expected one; a budget total matches as a decimal,
// commas ignored. On top of that recall, a Score also counts
//
//   - precision: every parsed indicator that matches no expected one (a
//     wrong value, or an indicator that is not in the filing) is an extra;
//   - levels: level1 and level2 of the matched indicators, where the truth
//     gives them;
//   - placement: for a filing with several projects, whether each matched
//     indicator sits in the project it belongs to;
//   - cells: actual, weight and score where the truth gives them;
//   - the money unit where the truth gives one;
//   - parse errors, which are reported (everything of that file then counts
//     as missed), never skipped.
//
// The package does not import the parser: callers pass a Parser, so the
// parser's own tests can use it.
package realscore

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/perfdoc/perfdoc/model"
)

// Parser reads one filing; path names it in errors.
type Parser func(data []byte, path string) (*model.Document, error)

// Forms are the two renderings of every filing, in scoring order.
var Forms = []string{"html", "txt"}

// Truth is a filing's hand transcription (truth.json).
type Truth struct {
	Projects []TruthProject `json:"projects"`
}

// TruthProject is one expected project (or department, for a
// department-wide table). Nil fields are not scored.
type TruthProject struct {
	Name        *string          `json:"name"`
	Code        *string          `json:"code"`
	BudgetTotal *string          `json:"budget_total"`
	MoneyUnit   *string          `json:"money_unit"`
	Indicators  []TruthIndicator `json:"indicators"`
}

// TruthIndicator is one expected indicator: the level cells as written
// (filled down), the name, the target value as written, and the raw cells
// of the row (op, value, unit, actual, weight, score, half_year, regions,
// description ...).
type TruthIndicator struct {
	Level1     *string        `json:"level1"`
	Level2     *string        `json:"level2"`
	Name       string         `json:"name"`
	Value      string         `json:"value"`
	ValueCells map[string]any `json:"value_cells,omitempty"`
}

// ReadTruth reads and checks a truth.json: it must parse, and every
// indicator must have a name and a value.
func ReadTruth(path string) (*Truth, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t Truth
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for pi, p := range t.Projects {
		for ii, ind := range p.Indicators {
			if norm(ind.Name) == "" || norm(ind.Value) == "" {
				return nil, fmt.Errorf("%s: project %d indicator %d has no name or no value", path, pi+1, ii+1)
			}
		}
	}
	return &t, nil
}

// Miss is an expected indicator the parser did not give, with the raw
// values the parser gave for that name.
type Miss struct {
	Name, Want string
	Got        []string
}

// Extra is a parsed indicator that matches no expected one.
type Extra struct {
	Project   int // parsed project index, from 0
	Name, Raw string
}

// Score is one filing in one form.
type Score struct {
	Filing, Form string
	// Err is the parse error, empty when the file parsed.
	Err string

	ProjectsExp, ProjectsGot int
	NamesExp, Names          int // project names right (truth names that are not null)
	Indicators, Matched      int // expected indicators, matched ones
	Output                   int // indicators the parser gave
	LevelsExp, Levels        int // matched indicators whose truth gives levels; levels right
	PlacedExp, Placed        int // matched indicators of multi-project truths; in the right project
	CellsExp, Cells          int // actual/weight/score cells expected; right (on matched indicators)
	BudgetsExp, Budgets      int // budget totals expected; right
	UnitsExp, Units          int // money units expected; right
	Bare, Alt                int // diagnostics, as in score.py

	Missed  []Miss
	Extras  []Extra
	Details []string // wrong levels, placements, cells, budgets and units, one line each
}

// Fields returns the recall fields matched and expected: indicators plus
// budget totals, as score.py counts them.
func (s *Score) Fields() (matched, expected int) {
	return s.Matched + s.Budgets, s.Indicators + s.BudgetsExp
}

// ExtraCount is the number of parsed indicators that match no expected one.
func (s *Score) ExtraCount() int { return s.Output - s.Matched }

// Filings lists the filing folders of dir (NN-name or NNN-name, holding
// truth.json), in the order of their numbers (99 before 100).
func Filings(dir string) ([]string, error) {
	var out []string
	for _, pat := range []string{"[0-9][0-9]-*", "[0-9][0-9][0-9]-*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat, "truth.json"))
		if err != nil {
			return nil, err
		}
		for _, p := range m {
			out = append(out, filepath.Dir(p))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := Number(filepath.Base(out[i])), Number(filepath.Base(out[j]))
		if a != b {
			return a < b
		}
		return out[i] < out[j]
	})
	return out, nil
}

// ScoreFiling parses one filing folder in both forms and scores each. An
// unreadable file or truth is an error; a parse error is not (it is in the
// Score).
func ScoreFiling(dir string, parse Parser) ([]Score, error) {
	return ScoreFilingForms(dir, Forms, nil, parse)
}

// Locator names the file of one form of the filing in folder dir (the
// folder's filing.FORM when it is nil). It lets forms rendered elsewhere —
// a DOCX or PDF converted from filing.html into a scratch tree — be scored
// against the folder's truth.json.
type Locator func(dir, form string) string

// ScoreFilingForms is ScoreFiling for the given forms, each file found by
// locate (nil: the folder's filing.FORM).
func ScoreFilingForms(dir string, forms []string, locate Locator, parse Parser) ([]Score, error) {
	t, err := ReadTruth(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, err
	}
	out := make([]Score, 0, len(forms))
	for _, form := range forms {
		path := filepath.Join(dir, "filing."+form)
		if locate != nil {
			path = locate(dir, form)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		doc, perr := parse(data, path)
		if perr != nil {
			doc = nil
		}
		s := Compare(t, doc)
		s.Filing, s.Form = filepath.Base(dir), form
		if perr != nil {
			s.Err = firstLine(perr.Error())
		}
		out = append(out, s)
	}
	return out, nil
}

// ScoreDirs scores every filing folder of the given directories.
func ScoreDirs(dirs []string, parse Parser) ([]Score, error) {
	return ScoreDirsFrom(dirs, 0, parse)
}

// ScoreDirsFrom scores the filing folders of the given directories whose
// number (the NN of NN-name) is at least from: 17 scores only the second
// corpus, leaving out the shared 01-16.
func ScoreDirsFrom(dirs []string, from int, parse Parser) ([]Score, error) {
	return ScoreDirsForms(dirs, from, Forms, nil, parse)
}

// ScoreDirsForms is ScoreDirsFrom for the given forms, each file found by
// locate (nil: the folder's filing.FORM).
func ScoreDirsForms(dirs []string, from int, forms []string, locate Locator, parse Parser) ([]Score, error) {
	var out []Score
	for _, d := range dirs {
		fs, err := Filings(d)
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return nil, fmt.Errorf("%s: no filing folders (NN-name/truth.json)", d)
		}
		for _, f := range fs {
			if Number(filepath.Base(f)) < from {
				continue
			}
			ss, err := ScoreFilingForms(f, forms, locate, parse)
			if err != nil {
				return nil, err
			}
			out = append(out, ss...)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no filing folders numbered %d or more", strings.Join(dirs, ", "), from)
	}
	return out, nil
}

// Number reads the number of a filing folder named NN-name or NNN-name (0
// when it has none): 101 for "101-chongqing-...".
func Number(base string) int {
	n := 0
	for _, r := range base {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
