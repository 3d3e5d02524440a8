package realscore

import (
	"fmt"
	"io"
	"strings"
)

// Totals sums the scores of one form.
type Totals struct {
	Form                        string
	Filings, Errors             int
	FieldsMatched, FieldsExp    int // indicators + budget totals (score.py's fields)
	Matched, Indicators, Output int
	Levels, LevelsExp           int
	Placed, PlacedExp           int
	Cells, CellsExp             int
	Budgets, BudgetsExp         int
	Units, UnitsExp             int
	Names, NamesExp             int
}

// Extras is the number of parsed indicators that match no expected one.
func (t *Totals) Extras() int { return t.Output - t.Matched }

// Recall is FieldsMatched / FieldsExp (1 when nothing is expected).
func (t *Totals) Recall() float64 { return ratio(t.FieldsMatched, t.FieldsExp) }

// Precision is Matched / Output (1 when the parser gave nothing).
func (t *Totals) Precision() float64 { return ratio(t.Matched, t.Output) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Sum returns the totals per form: those of Forms first, in their order
// (totals of nothing where no score is of that form), then any other form
// in the order of its first score.
func Sum(scores []Score) []Totals {
	out := make([]Totals, len(Forms))
	for i, f := range Forms {
		out[i].Form = f
	}
	for _, s := range scores {
		known := false
		for _, t := range out {
			known = known || t.Form == s.Form
		}
		if !known {
			out = append(out, Totals{Form: s.Form})
		}
	}
	for i := range scores {
		s := &scores[i]
		for j := range out {
			t := &out[j]
			if t.Form != s.Form {
				continue
			}
			t.Filings++
			if s.Err != "" {
				t.Errors++
			}
			m, e := s.Fields()
			t.FieldsMatched += m
			t.FieldsExp += e
			t.Matched += s.Matched
			t.Indicators += s.Indicators
			t.Output += s.Output
			t.Levels += s.Levels
			t.LevelsExp += s.LevelsExp
			t.Placed += s.Placed
			t.PlacedExp += s.PlacedExp
			t.Cells += s.Cells
			t.CellsExp += s.CellsExp
			t.Budgets += s.Budgets
			t.BudgetsExp += s.BudgetsExp
			t.Units += s.Units
			t.UnitsExp += s.UnitsExp
			t.Names += s.Names
			t.NamesExp += s.NamesExp
		}
	}
	return out
}

func frac(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", a, b)
}

// WriteTable prints one line per filing and form (as score.py does, plus
// the extra, placement, cells and unit columns) and the totals. verbose
// adds, under each line, the missed indicators, the extras and the wrong
// levels, placements, cells, budgets and units.
func WriteTable(w io.Writer, scores []Score, verbose bool) error {
	var b strings.Builder
	row := "%-38s %-4s %-8s %-5s %-7s %-5s %-7s %-5s %-5s %-6s %-4s %-4s %-4s %s\n"
	hdr := fmt.Sprintf(row, "filing", "fmt", "projects", "names", "ind", "extra", "lvl", "proj", "cells", "budget", "unit", "bare", "alt", "error")
	b.WriteString(hdr)
	b.WriteString(strings.Repeat("-", len([]rune(strings.TrimRight(hdr, "\n")))) + "\n")
	for i := range scores {
		s := &scores[i]
		fmt.Fprintf(&b, row, s.Filing, s.Form, fmt.Sprintf("%d/%d", s.ProjectsGot, s.ProjectsExp),
			frac(s.Names, s.NamesExp), frac(s.Matched, s.Indicators), fmt.Sprint(s.ExtraCount()),
			frac(s.Levels, s.LevelsExp), frac(s.Placed, s.PlacedExp), frac(s.Cells, s.CellsExp),
			frac(s.Budgets, s.BudgetsExp), frac(s.Units, s.UnitsExp), blankZero(s.Bare), blankZero(s.Alt), s.Err)
		if !verbose {
			continue
		}
		for _, m := range s.Missed {
			if len(m.Got) > 0 {
				fmt.Fprintf(&b, "      missed: %s = %s   (parser: %s)\n", m.Name, m.Want, strings.Join(m.Got, " | "))
			} else {
				fmt.Fprintf(&b, "      missed: %s = %s\n", m.Name, m.Want)
			}
		}
		for _, x := range s.Extras {
			fmt.Fprintf(&b, "      extra:  %s = %s   (project %d)\n", x.Name, x.Raw, x.Project+1)
		}
		for _, d := range s.Details {
			fmt.Fprintf(&b, "      wrong:  %s\n", d)
		}
	}
	tt := Sum(scores)
	if len(tt) > len(Forms) {
		// other forms only: leave out the standard forms no score has
		var kept []Totals
		for _, t := range tt {
			if t.Filings > 0 {
				kept = append(kept, t)
			}
		}
		tt = kept
	}
	for _, t := range tt {
		fmt.Fprintf(&b, "%s: recall %d/%d fields (%.1f %%), precision %d/%d indicators (%.1f %%, %d extra), levels %s, projects %s, cells %s, budgets %s, units %s, names %s, parse errors %d/%d\n",
			t.Form, t.FieldsMatched, t.FieldsExp, 100*t.Recall(), t.Matched, t.Output, 100*t.Precision(), t.Extras(),
			frac(t.Levels, t.LevelsExp), frac(t.Placed, t.PlacedExp), frac(t.Cells, t.CellsExp),
			frac(t.Budgets, t.BudgetsExp), frac(t.Units, t.UnitsExp), frac(t.Names, t.NamesExp), t.Errors, t.Filings)
	}
	var fields, extras []string
	for _, t := range tt {
		fields = append(fields, fmt.Sprintf("%d/%d (%s)", t.FieldsMatched, t.FieldsExp, t.Form))
		extras = append(extras, fmt.Sprintf("%d (%s)", t.Extras(), t.Form))
	}
	fmt.Fprintf(&b, "real filings: fields matched %s; extra indicators %s\n", strings.Join(fields, ", "), strings.Join(extras, ", "))
	_, err := io.WriteString(w, b.String())
	return err
}

func blankZero(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}
