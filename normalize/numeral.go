package normalize

import "strings"

// chineseDigit gives the value of a Chinese digit character.
var chineseDigit = map[rune]int64{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	'壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
}

// chineseUnit gives the multiplier of a Chinese numeral unit character.
var chineseUnit = map[rune]int64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

// ChineseNumeral reads a Chinese numeral at the start of s and returns its
// value and the number of bytes read (0 when s starts with none): "十二"
// is 12, "一百零五" 105, "两千" 2000.
func ChineseNumeral(s string) (int64, int) { return parseChineseNumeral(s) }

// parseChineseNumeral reads a Chinese numeral at the start of s ("三",
// "十二", "一百零五", "两千", "一万二千", "三亿零五万") and returns its
// value and the number of bytes read. It reads no 万/亿 scale after the
// numeral's end, so that "3万" and "二十万" keep the scale for the unit;
// inside a numeral, 万 and 亿 group.
//
// Only a well-formed numeral is a number: the whole run of numeral
// characters at the start of s must be one ("两千两千", "一万二千一万二千"
// and "九九九" are not), else it returns 0, 0. A well-formed numeral is
// below 10^16, so its value never wraps.
func parseChineseNumeral(s string) (int64, int) {
	end := 0
	yi, wan := false, false // 亿 read; 万 read after it
	anyWan := false         // any grouping 万 read
	for i, r := range s {
		if isNumeralRune(r) {
			end = i + len(string(r))
			continue
		}
		if r == '万' || r == '亿' {
			// a grouping 万 only when more numeral follows ("一万二千"),
			// or when it ends the part below a 亿 ("一亿零五万" is
			// 100 050 000)
			rest := s[i+len(string(r)):]
			if next, ok := firstRune(rest); ok && isNumeralRune(next) {
				yi, wan = yi || r == '亿', wan || (yi && r == '万')
				anyWan = anyWan || r == '万'
				continue
			}
			switch {
			case r == '万' && yi && !wan:
				end = i + len(string(r))
			case r == '万' && anyWan, r == '亿' && yi:
				// a scale after a numeral that has that place already:
				// "一万一万", "一亿一亿"
				return 0, 0
			}
		}
		break
	}
	if end == 0 {
		return 0, 0
	}
	v, ok := numeralValue(s[:end])
	if !ok {
		return 0, 0
	}
	return v, end
}

func isNumeralRune(r rune) bool {
	_, d := chineseDigit[r]
	_, u := chineseUnit[r]
	return d || u
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// numeralValue reads a whole numeral: [high 亿] [high 万] section, each
// part once and in that order (a 亿 part may hold its own 万).
func numeralValue(s string) (int64, bool) {
	if hi, lo, ok := strings.Cut(s, "亿"); ok {
		h, ok1 := wanValue(hi, false)
		l, ok2 := lowerPart(lo, 100000000, func(s string) (int64, bool) { return wanValue(s, true) })
		return h*100000000 + l, ok1 && ok2 && h > 0
	}
	return wanValue(s, false)
}

// wanValue reads [high 万] section; lower tells that it follows a 亿.
func wanValue(s string, lower bool) (int64, bool) {
	if hi, lo, ok := strings.Cut(s, "万"); ok {
		h, ok1 := section(hi, lower)
		if lo == "" {
			return h * 10000, ok1 && h > 0 // "一亿零五万"
		}
		l, ok2 := lowerPart(lo, 10000, func(s string) (int64, bool) { return section(s, true) })
		return h*10000 + l, ok1 && ok2 && h > 0
	}
	return section(s, lower)
}

// lowerPart reads what follows a 万 or 亿 of the given scale: a bare
// digit is the next lower place ("一万二" is 12 000), anything else a
// numeral of its own below the scale ("一万零二" is 10 002).
func lowerPart(s string, scale int64, read func(string) (int64, bool)) (int64, bool) {
	if r, ok := firstRune(s); ok && len(string(r)) == len(s) {
		if d, ok := chineseDigit[r]; ok && d > 0 {
			return d * scale / 10, true
		}
	}
	v, ok := read(s)
	return v, ok && v < scale
}

// section reads a numeral below 10 000: digit–unit terms with falling
// units (千, 百, 十), 零 marking a skipped place, a leading 十 standing
// for 一十 (a lone unit for one of it), and a last digit that is the units or, right after a unit
// without 零, the next lower place ("一百五" is 150). A lower section
// (after 万 or 亿) may start with 零.
func section(s string, lower bool) (int64, bool) {
	if s == "" {
		return 0, false
	}
	var total int64
	last := int64(10000) // the last unit read
	pending := int64(-1) // a digit waiting for its unit
	zero := false        // 零 read since the last term
	first := true
	for _, r := range s {
		if u, ok := chineseUnit[r]; ok {
			switch {
			case u >= last:
				return 0, false
			case pending < 0 && first && (u == 10 || len(s) == len(string(r))):
				pending = 1 // "十二" is 12; "百分之百" is 100
			case pending < 0:
				return 0, false
			}
			total += pending * u
			last, pending, zero, first = u, -1, false, false
			continue
		}
		d := chineseDigit[r]
		if d == 0 {
			// 零: alone, between places, or starting a lower section
			if pending >= 0 || zero || (first && !lower && len(s) > len(string(r))) {
				return 0, false
			}
			zero, first = true, false
			continue
		}
		if pending >= 0 {
			return 0, false // two digits in a row: "九九" is no number
		}
		pending, first = d, false
	}
	switch {
	case pending >= 0 && last < 10000 && last > 10 && !zero:
		total += pending * last / 10
	case pending >= 0:
		total += pending
	case zero && total > 0:
		return 0, false // a trailing 零: "一百零"
	}
	return total, true
}
