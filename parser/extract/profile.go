package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// The second opinion on a grid's columns: what their cells hold. The grid
// header gives each column a role by its words (grid.go); the rows under
// it, read before any of them is placed, give each column a profile —
// comparator signs, unit words, level words of the taxonomy, numbers that
// add up to 100, typed values, names. Where the two disagree, content wins
// when it is unambiguous (with a warning naming the column); where neither
// decides, the column's cells stay unrecognized.

// content is what a column's cells hold, as far as they tell.
type content int

const (
	ctNone       content = iota // mixed or too few cells: content does not decide
	ctEmpty                     // no text in any row (blank or merged down)
	ctBlock                     // one block label over the rows (绩效指标)
	ctComparator                // comparator signs only (≥, ═, >=)
	ctDirection                 // direction words (正向, 反向)
	ctUnit                      // measure words (%, 个, 元/吨)
	ctLevel1                    // level-1 words of the taxonomy
	ctLevel2                    // level-2 words
	ctWeight                    // bare numbers adding up to a multiple of 100
	ctNumber                    // bare numbers
	ctValue                     // typed targets (≥95%, 2024年底前)
	ctName                      // texts, mostly distinct
	ctSerial                    // row numbers (1 2 3, ① ② ③)
	ctNature                    // nature words (定量, 定性), or them among comparator signs
)

func (c content) String() string {
	return [...]string{"mixed", "empty", "a block label", "comparator signs", "direction words", "units",
		"level-1 labels", "level-2 labels", "weights", "numbers", "targets", "names", "row numbers", "nature words"}[c]
}

// key names the content in a warning: a term of diag's catalogue.
func (c content) key() string {
	return [...]string{"mixed", "empty", "block_label", "comparators", "directions", "units",
		"level1_labels", "level2_labels", "weights", "numbers", "targets", "names", "row_numbers", "nature_words"}[c]
}

// profile counts what one column's cells hold.
type profile struct {
	cells, comparators, directions, natures, units, level1, level2, levels, labels, numbers, values, typed, serial, block int
	distinct                                                                                                              textSet
	sum                                                                                                                   numberSum
	lastSerial                                                                                                            int
	decided                                                                                                               content // 1 + decide's reading once frame.content asked; 0 before, and after add
}

// cellClass is what one cell's text tells about its column, the same
// wherever the text stands: profileRows reads a grid's rows again for each
// header row it tries, so a document's texts are classed once each
// (extractor.classOf).
type cellClass struct {
	placeholder bool // a template's empty slot (……, 指标2)
	comparator  bool
	direction   bool
	nature      bool // 定量, 定性
	unit        bool
	serial      int // a row number, else 0
	number      bool
	num         fixedNumber // the number, when number
	block       bool
	l1, l2      bool       // level words of the taxonomy
	labelShaped bool       // shaped as a level label (监督检查指标)
	kind        model.Kind // what the text types as, when it holds no level words
}

// classify reads text (already trimmed) as profile.add counts it. Only
// what add reads is filled: a comparator's class holds nothing else.
func classify(lx *lexicon, text string) cellClass {
	var c cellClass
	if text == "" || isPlaceholderName(text) {
		c.placeholder = true
		return c
	}
	key := lx.key(text)
	switch {
	case lx.isComparator(key):
		c.comparator = true
		return c
	case isDirectionWord(lx.v, key):
		c.direction = true
		return c
	case slices.Contains(lx.v.Natures, key):
		c.nature = true
		return c
	case isUnitWord(lx.v, key):
		c.unit = true
		return c
	}
	c.serial = serialNumber(key)
	if d, ok := smallDecimal(key); ok {
		c.number, c.num = true, newFixedNumber(d)
		return c
	}
	if lx.isBlockLabel(key) {
		c.block = true
		return c
	}
	c.l1, c.l2 = levelWords(lx.v, key)
	c.labelShaped = c.l1 || c.l2 || lx.looksLikeLevel(text)
	if !c.l1 && !c.l2 {
		c.kind = lx.valueKind(text)
	}
	return c
}

// maxClasses bounds the entries of an extractor's memos (classOf,
// lexiconMemo), maxMemoKey the length of their keys: past them a text is
// read each time it is seen, so a memo holds at most 4 MB.
const (
	maxClasses = 1 << 14
	maxMemoKey = 256
)

// classSlab is how many classes classOf allocates at once, at most.
const classSlab = 64

// classOf returns the class of text, classed once per document. The
// classes kept are allocated several at a time (e.slab), as many as half
// those kept so far, 8 to classSlab: a document classes hundreds of
// texts, and no class changes once made.
func (e *extractor) classOf(text string) *cellClass {
	if c, ok := e.classes[text]; ok {
		return c
	}
	if len(e.classes) >= maxClasses || len(text) > maxMemoKey {
		c := classify(e.lx, text)
		return &c
	}
	if e.classes == nil {
		e.classes = map[string]*cellClass{}
	}
	if len(e.slab) == 0 {
		e.slab = make([]cellClass, min(max(len(e.classes)/2, 8), classSlab))
	}
	kept := &e.slab[0]
	e.slab = e.slab[1:]
	*kept = classify(e.lx, text)
	e.classes[text] = kept
	return kept
}

// add counts one cell's text (already trimmed; "" is a blank or merged
// cell) by its class.
func (p *profile) add(text string, c *cellClass) {
	if c.placeholder {
		return // a template's empty slot (……, 指标2) tells nothing
	}
	p.decided = 0
	p.cells++
	p.distinct.add(text)
	switch {
	case c.comparator:
		p.comparators++
		return
	case c.direction:
		p.directions++
		return
	case c.nature:
		p.natures++
		return
	case c.unit:
		p.units++
		return
	}
	if n := c.serial; n > 0 {
		if n == p.lastSerial+1 {
			p.serial++
		}
		p.lastSerial = n
	}
	if c.number {
		p.numbers++
		p.sum.add(c.num)
		return
	}
	if c.block {
		p.block++
		return
	}
	if c.l1 {
		p.level1++
	}
	if c.l2 {
		p.level2++
	}
	if c.l1 || c.l2 {
		p.levels++
	}
	if c.labelShaped {
		p.labels++ // a level label, or shaped as one (监督检查指标)
	}
	if !c.l1 && !c.l2 {
		switch c.kind {
		case "", model.KindText:
		case model.KindQualitative: // 有效减轻, but also 群众满意度: a target or a name
			p.values++
		default:
			p.values++
			p.typed++
		}
	}
}

// decide reads the profile: the content when most cells agree, else ctNone.
func (p *profile) decide() content {
	n := p.cells
	if n == 0 {
		return ctEmpty
	}
	most := func(k int) bool { return k > 0 && k*10 >= n*9 } // 90 %
	switch {
	case most(p.comparators) || p.comparators*3 >= n*2 && p.numbers+p.typed == 0:
		// signs, or two thirds signs among short words and no
		// number (≥ | 是/否 | ≤): the comparator column
		return ctComparator
	case most(p.directions):
		return ctDirection
	case p.natures > 0 && n >= 2 && p.natures+p.comparators == n:
		// 定量, 定性, or them among the signs of the quantitative rows
		// (≤ | 定性), in two cells or more: the nature column
		return ctNature
	case most(p.units), p.units >= 3 && p.units*4 >= n*3 && p.units+p.numbers+p.typed == n:
		// units, or three quarters units and the rest numbers (a
		// spreadsheet's date serial 44,561 where a date was the unit)
		return ctUnit
	case p.block == n:
		return ctBlock
	case most(p.serial + 1):
		if p.serial+1 >= n && n >= 2 {
			return ctSerial
		}
	}
	switch {
	case most(p.numbers):
		if p.numbers == n && p.sum.positiveHundreds() {
			return ctWeight
		}
		return ctNumber
	case most(p.level1) && p.level2 < p.level1:
		return ctLevel1
	case most(p.level2) && p.level1 < p.level2:
		return ctLevel2
	case most(p.values + p.numbers):
		return ctValue
	case (n-p.typed-p.numbers-p.levels)*4 >= n*3 && p.distinct.len()*2 > n:
		// mostly texts that are no target, number or level ("群众满意度"
		// among names holds a level word; "2024年底前完成" reads as a date)
		return ctName
	}
	return ctNone
}

// levelWords tells whether a short label carries the level-1 or level-2
// words of the taxonomy ("产出指标"; "数量指标", "社会效益指标"). A label
// with words of both (the cost and satisfaction families) counts for both.
func levelWords(v *vocab.Vocabulary, key string) (l1, l2 bool) {
	key = stripPoints(stripParens(key))
	if utf8.RuneCountInString(key) > 12 || !strings.HasSuffix(key, "指标") && utf8.RuneCountInString(key) > 6 {
		return false, false
	}
	for _, w := range v.Level2Words {
		if strings.Contains(key, w) {
			return false, true
		}
	}
	for _, f := range v.Taxonomy.Level1 {
		if strings.Contains(key, f.Stem) {
			l1 = true
		}
	}
	for _, f := range v.Taxonomy.Level2 {
		if strings.Contains(key, f.Stem) {
			l2 = true
		}
	}
	return l1, l2
}

// levelsIn is levelWords with lx's vocabulary. It keeps no memo:
// levelWords allocates nothing, and a map of its answers cost more
// (BenchmarkExtract 4765 → 4750 allocs/op, 797 → 770 kB/op without it).
func (lx *lexicon) levelsIn(key string) (l1, l2 bool) {
	return levelWords(lx.v, key)
}

func isDirectionWord(v *vocab.Vocabulary, key string) bool {
	for _, l := range v.Directions {
		for _, w := range l {
			if key == w {
				return true
			}
		}
	}
	return false
}

func isUnitWord(v *vocab.Vocabulary, key string) bool {
	if utf8.RuneCountInString(key) > 6 {
		return false
	}
	for _, u := range v.Units {
		if key == u {
			return true
		}
	}
	// a unit with its magnitude (万立方米, 千瓦), or one per another (人/次,
	// 元/吨): each part a unit of the vocabulary
	for _, m := range []string{"万", "千", "百", "亿"} {
		if rest, ok := strings.CutPrefix(key, m); ok && rest != "" && !strings.HasPrefix(rest, m) && isUnitWord(v, rest) {
			return true
		}
	}
	if a, b, ok := strings.Cut(key, "/"); ok && a != "" && b != "" && !strings.Contains(b, "/") {
		return isUnitWord(v, a) && isUnitWord(v, b)
	}
	// one unit naming another in parentheses as the same count (台（套）,
	// 人（次）): each a unit of the vocabulary
	if a, b, ok := strings.Cut(key, "（"); ok && a != "" && strings.HasSuffix(b, "）") {
		b = strings.TrimSuffix(b, "）")
		return b != "" && !strings.ContainsAny(a+b, "（）/") && isUnitWord(v, a) && isUnitWord(v, b)
	}
	return false
}

// serialNumber reads a row number: "1", "12", "①".
func serialNumber(key string) int {
	if r, size := utf8.DecodeRuneInString(key); size == len(key) && r >= '①' && r <= '⑳' {
		return int(r-'①') + 1
	}
	if len(key) == 0 || len(key) > 3 {
		return 0
	}
	n := 0
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return 0
		}
		n = n*10 + int(key[i]-'0')
	}
	return n
}
