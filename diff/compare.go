package diff

import "github.com/perfdoc/perfdoc/model"

// DefaultThreshold is the pair score under which two projects are not the
// same project (Options.Threshold).
const DefaultThreshold = 0.45

// Compare aligns the projects of old and new and lists their changes. The
// result lists NEW's projects in order (matched or added), then OLD's
// projects that found no partner (removed).
func Compare(old, new *model.Document, opts Options) *Result {
	if opts.Threshold == 0 {
		opts.Threshold = DefaultThreshold
	}
	res := &Result{
		Old:      Side{Path: old.Source.Path, Year: old.Year, Department: old.Department, OCR: old.Source.OCR},
		New:      Side{Path: new.Source.Path, Year: new.Year, Department: new.Department, OCR: new.Source.OCR},
		Projects: make([]Project, 0, max(len(old.Projects), len(new.Projects))),
	}
	pairs := align(old.Projects, new.Projects, opts.Threshold)
	matchedOld := make([]bool, len(old.Projects))
	for _, pr := range pairs {
		if pr.old >= 0 {
			matchedOld[pr.old] = true
		}
	}
	yearShift := new.Year - old.Year
	for j, pr := range pairs {
		np := &new.Projects[j]
		if pr.old < 0 {
			res.Projects = append(res.Projects, Project{Status: Added, New: ref(np), Changes: []Change{}, newP: np})
			res.Summary.Added++
			continue
		}
		op := &old.Projects[pr.old]
		ch := compareProjects(op, np, old.Year, new.Year, yearShift)
		res.Projects = append(res.Projects, Project{Status: Matched, Old: ref(op), New: ref(np), Score: round3(min(pr.score, 1)), Changes: ch, oldP: op, newP: np})
		res.Summary.Matched++
		if len(ch) > 0 {
			res.Summary.Changed++
		}
	}
	for i := range old.Projects {
		if !matchedOld[i] {
			op := &old.Projects[i]
			res.Projects = append(res.Projects, Project{Status: Removed, Old: ref(op), Changes: []Change{}, oldP: op})
			res.Summary.Removed++
		}
	}
	var olds, news []*model.Project
	for i := range old.Projects {
		olds = append(olds, &old.Projects[i])
	}
	for i := range new.Projects {
		news = append(news, &new.Projects[i])
	}
	res.Summary.Budget = budgetTotals(olds, news)
	for i := range res.Projects {
		p := &res.Projects[i]
		for k := range p.Changes {
			res.Summary.Indicators.count(p.Changes[k])
			unitsOf(&p.Changes[k], p.oldP, p.newP)
		}
	}
	return res
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func ref(p *model.Project) *ProjectRef {
	r := p.Ref()
	return &r
}

func strp(s string) *string { return &s }
