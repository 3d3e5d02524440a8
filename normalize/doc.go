// Package normalize turns the raw text of an indicator value into a typed
// model.Value: a hand-written scanner over a lexicon (comparator words,
// units, qualitative verbs), with decimal arithmetic only.
//
// Files: value.go (the scanner: quantities, ranges, qualitative targets),
// number.go (numbers and their thousands separators), date.go
// (deadlines), numeral.go (Chinese numerals), lexicon.go (the read-only
// tables).
package normalize
