package diff

import (
	"fmt"

	"github.com/perfdoc/perfdoc/model"
)

// Problem is a reason why two filings should not be compared as two years
// of one budget unit. Kind is stable; Message is for people.
type Problem struct {
	Kind    ProblemKind `json:"kind"`
	Message string      `json:"message"`
	zh      string      // Message in Chinese
}

// Chinese is the problem's message in Chinese (Message is English).
func (p Problem) Chinese() string {
	if p.zh == "" {
		return p.Message
	}
	return p.zh
}

// ProblemKind names a Problem.
type ProblemKind string

// Kinds of Problem.
const (
	// OtherDepartment: the filings name different departments (by code,
	// or by name when a code is missing).
	OtherDepartment ProblemKind = "other_department"
	// YearsReversed: OLD's budget year is after NEW's.
	YearsReversed ProblemKind = "years_reversed"
	// SameYear: both filings are for the same budget year.
	SameYear ProblemKind = "same_year"
	// NoProjects: a filing holds no project table.
	NoProjects ProblemKind = "no_projects"
)

// CheckPair lists what makes old and new an unlikely pair: different
// departments, reversed or equal years, a filing without projects. An empty
// list means the pair looks right; an unknown department or year is not a
// problem.
func CheckPair(old, new *model.Document) []Problem {
	var ps []Problem
	if !SameDepartment(old.Department, new.Department) {
		ps = append(ps, Problem{OtherDepartment, fmt.Sprintf("the filings are of different departments: %s and %s",
			deptLabel(old.Department), deptLabel(new.Department)),
			fmt.Sprintf("两份文件属于不同部门：%s 与 %s", deptLabel(old.Department), deptLabel(new.Department))})
	}
	if old.Year != 0 && new.Year != 0 {
		switch {
		case old.Year > new.Year:
			ps = append(ps, Problem{YearsReversed, fmt.Sprintf("OLD is for %d, after NEW (%d): the files may be in the wrong order", old.Year, new.Year),
				fmt.Sprintf("上年文件为%d年，晚于本年文件（%d年）：两个文件的顺序可能颠倒了", old.Year, new.Year)})
		case old.Year == new.Year:
			ps = append(ps, Problem{SameYear, fmt.Sprintf("both filings are for %d", old.Year), fmt.Sprintf("两份文件都是%d年的", old.Year)})
		}
	}
	for _, side := range []struct {
		name, zh string
		d        *model.Document
	}{{"OLD", "上年文件", old}, {"NEW", "本年文件", new}} {
		if len(side.d.Projects) == 0 {
			ps = append(ps, Problem{NoProjects, fmt.Sprintf("%s (%s) holds no project", side.name, side.d.Source.Path),
				fmt.Sprintf("%s（%s）没有项目", side.zh, side.d.Source.Path)})
		}
	}
	return ps
}

// SameDepartment reports whether a and b may be the same department: their
// codes agree when both have one, else their names when both have one.
func SameDepartment(a, b model.Department) bool {
	if a.Code != "" && b.Code != "" {
		return a.Code == b.Code
	}
	if a.Name != "" && b.Name != "" {
		return a.Name == b.Name
	}
	return true
}

func deptLabel(d model.Department) string {
	switch {
	case d.Code != "" && d.Name != "":
		return d.Code + " " + d.Name
	case d.Code != "":
		return d.Code
	case d.Name != "":
		return d.Name
	}
	return "(unknown)"
}
