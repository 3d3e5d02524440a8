package numfmt

// builtin holds the codes of the built-in number formats (ECMA-376 Part 1,
// 18.8.30) as a Chinese (zh-CN) Excel shows them: the short date 14 and
// date-time 22 as yyyy/m/d (2025/12/31), the currency formats 5–8 and
// 42/44 in yuan, and the locale's dates and times 27–36 and 50–58. Ids
// 12 and 13 (fractions) are General.
var builtin = map[int]string{
	0:  "General",
	1:  "0",
	2:  "0.00",
	3:  "#,##0",
	4:  "#,##0.00",
	5:  `"¥"#,##0;"¥"\-#,##0`,
	6:  `"¥"#,##0;[Red]"¥"\-#,##0`,
	7:  `"¥"#,##0.00;"¥"\-#,##0.00`,
	8:  `"¥"#,##0.00;[Red]"¥"\-#,##0.00`,
	9:  "0%",
	10: "0.00%",
	11: "0.00E+00",
	12: "General",
	13: "General",
	14: "yyyy/m/d",
	15: "d-mmm-yy",
	16: "d-mmm",
	17: "mmm-yy",
	18: "h:mm AM/PM",
	19: "h:mm:ss AM/PM",
	20: "h:mm",
	21: "h:mm:ss",
	22: "yyyy/m/d h:mm",
	27: `yyyy"年"m"月"`,
	28: `m"月"d"日"`,
	29: `m"月"d"日"`,
	30: "m/d/yy",
	31: `yyyy"年"m"月"d"日"`,
	32: `h"时"mm"分"`,
	33: `h"时"mm"分"ss"秒"`,
	34: `上午/下午h"时"mm"分"`,
	35: `上午/下午h"时"mm"分"ss"秒"`,
	36: `yyyy"年"m"月"`,
	37: "#,##0 ;(#,##0)",
	38: "#,##0 ;[Red](#,##0)",
	39: "#,##0.00;(#,##0.00)",
	40: "#,##0.00;[Red](#,##0.00)",
	41: `_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)`,
	42: `_ "¥"* #,##0_ ;_ "¥"* \-#,##0_ ;_ "¥"* "-"_ ;_ @_ `,
	43: `_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`,
	44: `_ "¥"* #,##0.00_ ;_ "¥"* \-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ `,
	45: "mm:ss",
	46: "[h]:mm:ss",
	47: "mm:ss.0",
	48: "##0.0E+0",
	49: "@",
	50: `yyyy"年"m"月"`,
	51: `m"月"d"日"`,
	52: `yyyy"年"m"月"`,
	53: `m"月"d"日"`,
	54: `m"月"d"日"`,
	55: `上午/下午h"时"mm"分"`,
	56: `上午/下午h"时"mm"分"ss"秒"`,
	57: `yyyy"年"m"月"`,
	58: `m"月"d"日"`,
}

// Builtin returns the code of built-in format id, and whether there is
// one. A workbook's own code for an id comes first: see Formats.
func Builtin(id int) (string, bool) {
	code, ok := builtin[id]
	return code, ok
}

// Formats are one workbook's number formats by id, each parsed once: the
// workbook's own codes, then the built-in ones; an unknown id is General.
type Formats struct {
	custom map[int]string
	parsed map[int]*Format
}

// NewFormats makes the formats of a workbook that defines custom (codes
// by id; nil for none).
func NewFormats(custom map[int]string) *Formats {
	return &Formats{custom: custom, parsed: map[int]*Format{}}
}

// Get returns the format of id.
func (fs *Formats) Get(id int) *Format {
	if f, ok := fs.parsed[id]; ok {
		return f
	}
	code, ok := fs.custom[id]
	if !ok {
		code, _ = Builtin(id)
	}
	f := Parse(code)
	fs.parsed[id] = f
	return f
}
