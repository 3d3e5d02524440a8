package extract

import "github.com/perfdoc/perfdoc/model"

// documentYear reads the filing's year: the first "20NN年" of the overview,
// else a year line ("(2022年度)"), else the newest year in the project
// codes (model.CodeYear), else the newest year in the project titles.
func (e *extractor) documentYear() int {
	for _, s := range e.doc.Overview.Sections {
		if y := model.YearIn(s.Heading); y != 0 {
			return y
		}
		for _, p := range s.Paragraphs {
			if y := model.YearIn(p); y != 0 {
				return y
			}
		}
	}
	if e.yearHint != 0 {
		return e.yearHint
	}
	best := 0
	for _, p := range e.doc.Projects {
		best = max(best, model.CodeYear(p.Code))
	}
	if best != 0 {
		return best
	}
	for _, p := range e.doc.Projects {
		best = max(best, model.YearIn(p.Title))
	}
	return best
}
