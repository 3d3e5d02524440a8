// Package diff compares two parsed filings of one budget unit, usually two
// years apart: it aligns their projects and indicators and classifies what
// changed. Rendering is the report package's.
//
// Files:
//
//	result.go      the result types and their JSON (Result, Project, Change)
//	compare.go     Compare: alignment, then the changes within each pair
//	align.go       project alignment: certain pairs first, then scoring and assignment of the rest
//	score.go       the pair score (year-stripped names as character bigrams, code stem, indicator names, …)
//	assign.go      the assignment problem (Hungarian algorithm)
//	project.go     the changes within a pair: budget, purpose, goals, spending plan
//	indicators.go  indicator matching within a pair
//	assess.go      Assess: tightened, loosened, changed or rolled forward
//	sanity.go      CheckPair: whether two filings should be compared at all
package diff
