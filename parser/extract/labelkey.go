package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
)

// Label-key form: a cell's text as the vocabulary's tables are looked up
// by (white space gone, colons and parentheses full-width, a required
// field's mark dropped), and the parts of a key taken off or read: the
// money unit in parentheses, every parenthesized part, the first one's
// words.

// labelKey is a label with all white space removed, a trailing colon and
// a required field's mark (*) dropped and ASCII colons and parentheses made
// full-width, for looking up
// the synonym tables. Most labels need no change and are returned without
// copying.
func labelKey(s string) string {
	s = trimMarks(s) // a required field's mark (一级指标*, *项目名称)
	if !needsKeying(s) {
		return strings.TrimSuffix(s, "：")
	}
	return keyCopy(s)
}

// key is labelKey(s), the keys that take a copy (a colon, a parenthesis or
// white space to change: 年度资金总额:, 项目资金 (万元)) made once per
// document: the rules key the same labels of a filing again and again.
func (lx *lexicon) key(s string) string {
	s = trimMarks(s)
	if !needsKeying(s) {
		return strings.TrimSuffix(s, "：")
	}
	if lx.memo == nil {
		return keyCopy(s)
	}
	return remembered(lx.memo.keys, s, keyCopy)
}

// keyCopy is labelKey of a text (its marks trimmed) that needs keying.
func keyCopy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isSpace(r) || unicode.IsSpace(r):
		case r == ':':
			b.WriteRune('：')
		case r == '(':
			b.WriteRune('（')
		case r == ')':
			b.WriteRune('）')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSuffix(strings.Trim(strings.TrimSuffix(b.String(), "："), "*＊"), "：")
}

// needsKeying reports whether s holds a character labelKey changes: an
// ASCII colon or parenthesis, or white space (normalize.IsSpace). It reads
// bytes, not characters: each such character is one ASCII byte or a
// sequence starting with a lead byte, which no character of another
// sequence holds.
func needsKeying(s string) bool {
	for i := 0; i < len(s); i++ {
		switch keyingBytes[s[i]] {
		case keyed:
			return true
		case keyedLead:
			// most characters after these lead bytes (（ and ： among
			// them) have a second byte no white space has
			if i+1 == len(s) || normalize.SpaceByte(s[i+1])&normalize.SpaceSecond == 0 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[i:]); normalize.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// keyingBytes tells needsKeying, by byte, the bytes labelKey changes
// (keyed) and the lead bytes of the white space it drops beyond ASCII
// (keyedLead): one look-up a byte instead of a comparison with each.
var keyingBytes = func() (t [256]uint8) {
	for _, b := range []byte(":()") {
		t[b] = keyed
	}
	for b := range 256 {
		switch {
		case normalize.SpaceByte(byte(b))&normalize.SpaceFirst == 0:
		case b < utf8.RuneSelf:
			t[b] = keyed // ASCII white space
		default:
			t[b] = keyedLead
		}
	}
	return t
}()

// The classes of keyingBytes.
const (
	keyed     = 1
	keyedLead = 2
)

// trimMarks trims the marks of a required field (* and ＊) off both ends
// of s, as strings.Trim(s, "*＊") does, without decoding s when neither
// end can hold one (most labels).
func trimMarks(s string) string {
	if s == "" {
		return s
	}
	// * is one byte; ＊ (U+FF0A) is EF BC 8A
	if first, last := s[0], s[len(s)-1]; first != '*' && first != 0xEF && last != '*' && last != 0x8A {
		return s
	}
	return strings.Trim(s, "*＊")
}

// moneyUnitIn returns the money unit a label names in parentheses
// (项目资金（万元） → 万元), or "". The unit may follow other words in
// parentheses (部门（单位）总体资金（万元） → 万元).
func moneyUnitIn(key string) string {
	return findParenthesized(key, func(u string) bool { return moneyUnits[u] })
}

// labeledUnitIn returns the money unit a label names in parentheses after a
// unit label (项目金额（单位：元） → 元, 资金总额（金额单位：万元） → 万元;
// moneyUnitLabels) and the label without those parentheses, or "".
func labeledUnitIn(key string) (unit, stem string) {
	u := findParenthesized(key, func(u string) bool { return unitAfterLabel(u) != "" })
	if u == "" {
		return "", ""
	}
	return unitAfterLabel(u), strings.Replace(key, "（"+u+"）", "", 1)
}

// unitAfterLabel is the money unit a text names after a unit label (单位：元,
// 金额单位：万元 → 元, 万元), or "".
func unitAfterLabel(s string) string {
	for _, pre := range moneyUnitLabels {
		if v, ok := strings.CutPrefix(s, pre); ok && moneyUnits[v] {
			return v
		}
	}
	return ""
}

// findParenthesized returns the first text in parentheses in key, in
// order, that ok accepts, or "": the walk moneyUnitIn and labeledUnitIn
// share.
func findParenthesized(key string, ok func(string) bool) string {
	for rest := key; ; {
		u := parenthesized(rest)
		if ok(u) {
			return u
		}
		j := strings.Index(rest, "）")
		if j < 0 || u == "" && !strings.Contains(rest[:j], "（") {
			return ""
		}
		rest = rest[j+len("）"):]
	}
}

// stripUnit removes a parenthesized money unit from a label key:
// 下达中央预算内投资（万元） → 下达中央预算内投资.
func stripUnit(key string) string {
	if u := moneyUnitIn(key); u != "" {
		return strings.Replace(key, "（"+u+"）", "", 1)
	}
	return key
}

// unparen drops full-width parentheses, keeping the words inside.
var unparen = strings.NewReplacer("（", "", "）", "")

// stripPoints removes the points a level label ends with: 产出指标40分 →
// 产出指标 (a self-evaluation's block and its share of the score).
func stripPoints(key string) string {
	rest, ok := strings.CutSuffix(key, "分")
	if !ok {
		return key
	}
	trimmed := strings.TrimRight(rest, "0123456789.")
	if trimmed == rest || trimmed == "" {
		return key
	}
	return trimmed
}

// stripParens removes every full-width parenthesized part of a label key:
// 中期目标（2021年－2023年） → 中期目标. The text kept is a slice of key
// where it is one piece (most keys: the parentheses close the key), else
// the pieces joined.
func stripParens(key string) string {
	if !strings.Contains(key, "（") {
		return key
	}
	var buf [4]string
	pieces := buf[:0] // the runs of key outside parentheses, in order
	depth, from := 0, -1
	for i, r := range key {
		if r == utf8.RuneError {
			return stripParensRunes(key) // each invalid byte becomes U+FFFD, as decoding writes it
		}
		switch {
		case r == '（':
			depth++
		case r == '）' && depth > 0:
			depth--
		case depth == 0:
			if from < 0 {
				from = i
			}
			continue
		}
		if from >= 0 {
			pieces = append(pieces, key[from:i])
			from = -1
		}
	}
	if from >= 0 {
		pieces = append(pieces, key[from:])
	}
	switch len(pieces) {
	case 0:
		return ""
	case 1:
		return pieces[0]
	}
	return strings.Join(pieces, "")
}

// stripParensRunes is stripParens rune by rune, for a key that is not
// valid UTF-8.
func stripParensRunes(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	depth := 0
	for _, r := range key {
		switch {
		case r == '（':
			depth++
		case r == '）' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parenthesized returns the text inside the first full-width parentheses.
func parenthesized(s string) string {
	i := strings.Index(s, "（")
	j := strings.Index(s, "）")
	if i < 0 || j < i {
		return ""
	}
	return s[i+len("（") : j]
}
