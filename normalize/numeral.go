package normalize

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
// "十二", "一百零五", "两千", "一万二千") and returns its value and the
// number of bytes read. It reads no 万/亿 scale after a bare digit run so
// that "3万" stays a scale for the unit; inside a numeral, 万 and 亿 group.
func parseChineseNumeral(s string) (int64, int) {
	var total, section, digit int64
	seen := false
	n := 0
	for i, r := range s {
		if d, ok := chineseDigit[r]; ok {
			digit = d
			seen = true
			n = i + len(string(r))
			continue
		}
		if u, ok := chineseUnit[r]; ok {
			if digit == 0 && !seen {
				digit = 1 // "十二" is 12
			}
			section += digit * u
			digit = 0
			seen = true
			n = i + len(string(r))
			continue
		}
		if (r == '万' || r == '亿') && seen && i+len(string(r)) < len(s) {
			// a grouping 万 only when more numeral follows ("一万二千")
			rest := s[i+len(string(r)):]
			next := []rune(rest)[0]
			_, d := chineseDigit[next]
			_, u := chineseUnit[next]
			if !d && !u {
				break
			}
			scale := int64(10000)
			if r == '亿' {
				scale = 100000000
			}
			total = (total + section + digit) * scale
			section, digit = 0, 0
			n = i + len(string(r))
			continue
		}
		break
	}
	if !seen {
		return 0, 0
	}
	return total + section + digit, n
}
