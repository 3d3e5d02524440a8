package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// Indicators written inside one cell: a 绩效目标 cell that holds the whole
// target set as text, the levels in bracketed captions and one indicator
// a line, its target in parentheses after its name or after a comparator:
//
//	【总体目标】
//	保障机房租赁延续
//	【产出指标-数量指标】
//	指标1:机柜数量(≥77台)
//	【满意度指标】【服务对象满意度指标】
//	群众满意度≥90%

// cellIndicators reads the indicators a cell's text writes out. It
// returns the goals (the text before the first level caption, a caption
// such as 【总体目标】 dropped), the indicators, and the lines it could not
// read; no indicators when the text has no level caption with an
// indicator line under it.
func (e *extractor) cellIndicators(text string, pos model.Pos) (goals string, inds []model.Indicator, rest []string) {
	if !strings.ContainsAny(text, "【[") {
		return text, nil, nil
	}
	var goalLines []string
	l1, l2 := "", ""
	levels := false // a level caption has been read
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		lines = append(lines, e.splitAtCaptions(line)...)
	}
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if caps, tail, ok := bracketCaptions(line); ok {
			var parts []string // the level words of the captions, in order
			for _, c := range caps {
				parts = append(parts, e.captionLevels(c)...)
			}
			isLevel := len(parts) > 0
			switch {
			case len(parts) >= 2:
				l1, l2 = parts[0], parts[1] // 【效益指标-经济效益指标】: the level 1, then the level 2
			case len(parts) == 1:
				if a, b := e.lx.levelsIn(e.lx.key(parts[0])); a && (!b || l1 == "") {
					l1, l2 = parts[0], ""
				} else {
					l2 = parts[0]
				}
			}
			if !isLevel {
				if levels {
					rest = append(rest, line)
				} else if tail != "" {
					goalLines = append(goalLines, tail) // 【总体目标】保障…
				}
				continue
			}
			levels = true
			if tail == "" {
				continue
			}
			line = tail
		}
		if !levels {
			goalLines = append(goalLines, line)
			continue
		}
		name, value, ok := splitNamedTarget(e, line)
		if !ok {
			rest = append(rest, line)
			continue
		}
		inds = append(inds, model.Indicator{Level1: l1, Level2: l2, Name: name,
			Value: model.Value{Raw: value, Kind: model.KindText}, Source: pos})
	}
	if len(inds) == 0 {
		return text, nil, nil
	}
	return strings.Join(goalLines, "\n"), inds, rest
}

// splitAtCaptions cuts line before each bracketed level caption that
// stands inside it (…作用【产出指标-数量指标】指标1:机柜数量(≥77台)【产出指标
// -质量指标】…), so that each caption opens a line of its own. A PDF's text
// layer cannot tell a line break from a wrap where the line fills the cell,
// and joins such lines; the captions still say where the parts begin. A
// bracket that holds no level word (【项目概况】, [2024]) cuts nothing, nor
// does one right after another caption (【产出指标】【数量指标】).
func (e *extractor) splitAtCaptions(line string) []string {
	var out []string
	from := 0
	for i := 1; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '【' && r != '[' {
			i += size
			continue
		}
		close := "】"
		if r == '[' {
			close = "]"
		}
		end := strings.Index(line[i+size:], close)
		head := strings.TrimSpace(line[from:i])
		if end >= 0 && e.levelCaption(line[i+size:i+size+end]) && head != "" && !strings.HasSuffix(head, "】") && !strings.HasSuffix(head, "]") {
			out = append(out, line[from:i])
			from = i
		}
		i += size
	}
	return append(out, line[from:])
}

// levelCaption reports whether a bracketed caption's text names a level
// (产出指标-数量指标, 满意度指标), as cellIndicators reads captions.
func (e *extractor) levelCaption(c string) bool {
	return len(e.captionLevels(c)) > 0
}

// captionLevels are the level words of a bracketed caption's text, in
// order (产出指标-数量指标 → 产出指标, 数量指标): its parts between dashes,
// slashes or enumeration commas that name a level 1 or a level 2.
func (e *extractor) captionLevels(c string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune("-—－–·/、", r) }) {
		if a, b := e.lx.levelsIn(e.lx.key(part)); (a || b) && e.lx.looksLikeLevel(part) {
			out = append(out, strings.TrimSpace(part))
		}
	}
	return out
}

// bracketCaptions reads the bracketed captions that open a line (【产出指标
// -数量指标】, 【产出指标】【数量指标】) and the text after them.
func bracketCaptions(line string) (caps []string, tail string, ok bool) {
	for {
		open, close := "【", "】"
		if strings.HasPrefix(line, "[") {
			open, close = "[", "]"
		}
		if !strings.HasPrefix(line, open) {
			break
		}
		end := strings.Index(line, close)
		if end < 0 {
			break
		}
		caps = append(caps, strings.TrimSpace(line[len(open):end]))
		line = strings.TrimSpace(line[end+len(close):])
	}
	return caps, strings.TrimLeft(line, ":："), len(caps) > 0
}

// splitNamedTarget splits an indicator line into its name and target: the
// text in the parentheses that end the line (机柜数量(≥77台)), else the
// text from the first comparator on (满意度≥90%), else after a colon when
// what follows reads as a target (完成率：100%).
func splitNamedTarget(e *extractor, line string) (name, value string, ok bool) {
	line = strings.TrimRight(line, "。；;，,")
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(line, p[1]) {
			continue
		}
		depth := 0
		for i := len(line) - len(p[1]); i >= 0; {
			r, size := utf8.DecodeLastRuneInString(line[:i])
			if size == 0 {
				break
			}
			i -= size
			switch string(r) {
			case p[1]:
				depth++
			case p[0]:
				if depth == 0 {
					name, value = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+size:len(line)-len(p[1])])
					if name != "" && value != "" {
						return name, value, true
					}
					return "", "", false
				}
				depth--
			}
		}
	}
	if i := strings.IndexFunc(line, normalize.IsSign); i > 0 {
		name, value = strings.TrimRight(strings.TrimSpace(line[:i]), ":："), strings.TrimSpace(line[i:])
		if name != "" && e.lx.looksLikeValue(value) {
			return name, value, true
		}
	}
	if i := strings.LastIndexAny(line, ":："); i > 0 {
		_, size := utf8.DecodeRuneInString(line[i:])
		name, value = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+size:])
		if name != "" && value != "" && e.lx.looksLikeValue(value) {
			return name, value, true
		}
	}
	return "", "", false
}
