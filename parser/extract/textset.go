package extract

import "iter"

// textSetFew is how many distinct texts a textSet keeps in place before
// it needs a map: most columns of a grid hold a few distinct texts
// (levels, units, signs), and a map of them was the profile's one
// allocation a column, and its growth the next.
const textSetFew = 8

// textSet is the distinct texts of a column's cells (profile.distinct):
// the first textSetFew in place, searched one by one, and all of them in
// a map once there are more.
type textSet struct {
	few  [textSetFew]string
	n    int // texts in few, while many is nil
	many map[string]bool
}

// add adds t to the set.
func (s *textSet) add(t string) {
	if s.many != nil {
		s.many[t] = true
		return
	}
	for _, x := range s.few[:s.n] {
		if x == t {
			return
		}
	}
	if s.n < textSetFew {
		s.few[s.n] = t
		s.n++
		return
	}
	s.many = make(map[string]bool, 2*textSetFew)
	for _, x := range s.few {
		s.many[x] = true
	}
	s.many[t] = true
	s.few, s.n = [textSetFew]string{}, 0
}

// len is the number of distinct texts.
func (s *textSet) len() int {
	if s.many != nil {
		return len(s.many)
	}
	return s.n
}

// all yields each distinct text once, in no order the callers rely on.
func (s *textSet) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		if s.many != nil {
			for t := range s.many {
				if !yield(t) {
					return
				}
			}
			return
		}
		for _, t := range s.few[:s.n] {
			if !yield(t) {
				return
			}
		}
	}
}
