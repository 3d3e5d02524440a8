package normalize

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
)

// The lexicon: read-only tables of comparator words, units and qualitative
// verbs. Keys are in folded form (half-width, simplified).

// opWord is a comparator word or sign and the op it means.
type opWord struct {
	word string
	op   model.Op
}

// opTable is a table of comparator words with the bytes they start with,
// which longestOp asks first.
type opTable struct {
	words  []opWord
	starts [256]bool
}

func newOpTable(words []opWord) *opTable {
	t := &opTable{words: words}
	for _, w := range words {
		t.starts[w.word[0]] = true
	}
	return t
}

// The comparator tables as longestOp reads them.
var (
	prefixOpTable = newOpTable(prefixOps)
	suffixOpTable = newOpTable(suffixOps)
	signOpTable   = newOpTable(signOps)
)

// prefixOps are comparator words and signs (signOps) that stand before a
// number; the longest match wins.
var prefixOps = append([]opWord{
	{"大于或等于", ">="}, {"大于等于", ">="}, {"小于或等于", "<="}, {"小于等于", "<="},
	{"高于或等于", ">="}, {"低于或等于", "<="}, {"不低于", ">="}, {"不少于", ">="}, {"不小于", ">="},
	{"不高于", "<="}, {"不超过", "<="}, {"不多于", "<="}, {"不大于", "<="}, {"不超出", "<="},
	{"至少", ">="}, {"最少", ">="}, {"最多", "<="}, {"最高", "<="}, {"最低", ">="},
	{"超过", ">"}, {"高于", ">"}, {"大于", ">"}, {"多于", ">"}, {"超出", ">"},
	{"低于", "<"}, {"少于", "<"}, {"小于", "<"}, {"不满", "<"}, {"不足", "<"}, {"未满", "<"}, {"不到", "<"},
	{"控制在", "<="}, {"达到", ">="}, {"等于", "="}, {"为", "="},
}, signOps...)

// comparatorWords are the comparator words of prefixOps that, written alone
// in a cell, are a comparator whatever the column's caption (a 指标方向
// column of 大于等于 | 小于等于 | 等于 beside 目标值 | 计量单位): the words
// of comparison only. Words that read as a comparator only before a number
// (为, 达到, 控制在, 最高, 至少, 不足) are left out: alone in a cell they may
// be a description or a direction.
var comparatorWords = aloneOps(prefixOps, func(w string) bool {
	switch w {
	case "至少", "最少", "最多", "最高", "最低", "超出", "不满", "不足", "未满", "不到", "控制在", "达到", "为":
		return false
	}
	return w[0] >= utf8.RuneSelf && w != "≥" && w != "≤" // no sign
})

// ComparatorWord returns the op of a cell that is one comparator word and
// nothing else (大于等于 → >=, 等于 → =), and false for any other text (a
// sign, 正向, 提高, 大于等于98%). A target written with the word before its
// number (大于等于98%) types with that op.
func ComparatorWord(s string) (model.Op, bool) {
	op, ok := comparatorWords[s]
	return op, ok
}

// postfixComparatorWords are the comparator words of suffixOps that,
// written alone in a cell, are a comparator that follows the number and
// unit (a 目标方向 column of 以上 | 以下 beside 指标值 | 计量单位 reads
// 120公里以上). 内 and (含) are left out: alone in a cell they compare
// nothing.
var postfixComparatorWords = aloneOps(suffixOps, func(w string) bool {
	return w != "内" && w != "(含)" && w != "(含本数)"
})

// aloneOps maps the words of table that keep says stand alone in a cell
// to their ops.
func aloneOps(table []opWord, keep func(string) bool) map[string]model.Op {
	m := map[string]model.Op{}
	for _, w := range table {
		if keep(w.word) {
			m[w.word] = w.op
		}
	}
	return m
}

// PostfixComparatorWord returns the op of a cell that is one comparator
// word written after a number and nothing else (以上 → >=, 以内 → <=), and
// false for any other text (大于等于, ≥, 95%以上, 内). A target written
// with the word after its number and unit (120公里以上) types with that op.
func PostfixComparatorWord(s string) (model.Op, bool) {
	op, ok := postfixComparatorWords[s]
	return op, ok
}

// CutPostfixComparator cuts from the end of s the longest comparator word
// that follows a number and returns what is before it and the word's op
// (95以上 → 95, >=; 1万元以内（含） → 1万元, <=), the word read as s writes
// it (full-width parentheses too); false where s ends with none or is
// nothing but the word. The word itself is s[len(before):].
func CutPostfixComparator(s string) (before string, op model.Op, ok bool) {
	for _, form := range postfixComparatorForms {
		if len(form.word) < len(s) && strings.HasSuffix(s, form.word) {
			return s[:len(s)-len(form.word)], form.op, true
		}
	}
	return s, "", false
}

// postfixComparatorForms are the words of postfixComparatorWords as a
// filing writes them, with ASCII and with full-width parentheses
// ((含) → （含）), with their ops, longest first.
var postfixComparatorForms = func() []opWord {
	parens := strings.NewReplacer("(", "（", ")", "）")
	var forms []opWord
	for w, op := range postfixComparatorWords {
		forms = append(forms, opWord{w, op})
		if f := parens.Replace(w); f != w {
			forms = append(forms, opWord{f, op})
		}
	}
	slices.SortFunc(forms, func(a, b opWord) int { return cmp.Or(len(b.word)-len(a.word), strings.Compare(a.word, b.word)) })
	return forms
}()

// suffixOps are comparator words that follow the number and unit.
var suffixOps = []opWord{
	{"及以上", ">="}, {"或以上", ">="}, {"以上", ">="},
	{"及以下", "<="}, {"或以下", "<="}, {"以下", "<="},
	{"以内", "<="}, {"之内", "<="}, {"内", "<="}, {"以下(含)", "<="}, {"以上(含)", ">="},
	{"(含)", ""}, {"(含本数)", ""}, {"以上(含本数)", ">="}, {"以下(含本数)", "<="},
}

// countUnits maps a written unit of counted things (folded) to its
// normalized form: the units one of which may name another in
// parentheses as the same count (台（套）, 人（次）).
var countUnits = map[string]string{
	"人": "人", "人次": "人次", "名": "名", "户": "户", "户次": "户次", "个": "个", "个次": "个次", "家": "家", "家次": "家次",
	"所": "所", "座": "座", "间": "间", "件": "件", "件次": "件次", "起": "起", "次": "次", "场": "场", "场次": "场次",
	"期": "期", "期次": "期次", "份": "份", "台": "台", "台次": "台次", "台套": "台套", "种": "种", "篇": "篇", "条": "条",
	"辆": "辆", "头": "头", "只": "只", "株": "株", "例": "例", "组": "组", "项": "项", "批": "批", "批次": "批次",
	"套": "套", "本": "本", "册": "册", "部": "部", "处": "处", "支": "支", "队": "队", "张": "张", "块": "块",
	"栋": "栋", "幢": "幢", "盏": "盏", "棵": "棵", "把": "把", "架": "架", "艘": "艘", "口": "口", "眼": "眼", "宗": "宗",
	"类": "类", "门": "门", "节": "节", "课时": "课时", "学时": "学时", "班": "班", "班次": "班次", "车次": "车次",
	"村": "村", "个村": "个村", "镇": "镇", "乡": "乡", "社区": "社区", "床": "床", "张床": "张床", "人天": "人天", "人月": "人月",
	"篇次": "篇次", "条次": "条次", "片": "片", "箱": "箱", "袋": "袋", "盒": "盒", "瓶": "瓶", "剂": "剂", "单": "单", "笔": "笔",
	"所学校": "所", "个点": "个", "个项目": "个", "个单位": "个", "家单位": "家", "名学生": "名", "人员": "人",
}

// units maps a written unit (folded) to its normalized form: countUnits
// and those below. Scaled forms (万元, 万亩, 万人次) are composed by the
// scanner from 万/亿 and the unit.
var units = func() map[string]string {
	m := map[string]string{
		// money
		"元": "元", "万元": "万元", "亿元": "亿元", "千元": "千元", "百元": "百元", "圆": "元",
		// percentages and scores
		"%": "%", "百分比": "%", "‰": "‰", "个百分点": "个百分点", "百分点": "个百分点", "分": "分", "星": "星", "级": "级", "倍": "倍",
		// area
		"平方米": "平方米", "平米": "平方米", "㎡": "平方米", "m2": "平方米", "m²": "平方米", "平方": "平方米",
		"平方公里": "平方公里", "平方千米": "平方公里", "km2": "平方公里", "km²": "平方公里", "亩": "亩", "公顷": "公顷",
		// length
		"米": "米", "m": "米", "公里": "公里", "千米": "公里", "km": "公里", "厘米": "厘米", "cm": "厘米", "毫米": "毫米", "mm": "毫米",
		// mass and volume
		"公斤": "公斤", "千克": "公斤", "kg": "公斤", "吨": "吨", "t": "吨", "克": "克", "g": "克", "斤": "斤",
		"立方米": "立方米", "m3": "立方米", "m³": "立方米", "方": "立方米", "升": "升", "l": "升", "L": "升",
		// energy
		"千瓦": "千瓦", "kw": "千瓦", "千瓦时": "千瓦时", "kwh": "千瓦时", "度": "千瓦时", "兆瓦": "兆瓦",
		"kW": "千瓦", "KW": "千瓦", "kWh": "千瓦时", "KWH": "千瓦时", "kVA": "kVA", "KVA": "kVA", "kva": "kVA", "千伏安": "千伏安",
		// bandwidth and storage
		"M": "M", "Mbps": "Mbps", "Mb": "Mb", "MB": "MB", "G": "G", "Gbps": "Gbps", "GB": "GB", "TB": "TB", "兆": "M",
		// time
		"年": "年", "个月": "个月", "月": "月", "天": "天", "日": "日", "工作日": "工作日", "个工作日": "个工作日",
		"小时": "小时", "h": "小时", "分钟": "分钟", "秒": "秒", "周": "周", "个周": "周", "星期": "周", "季度": "季度", "个季度": "季度",
		"学期": "学期", "学年": "学年", "周岁": "周岁", "岁": "岁", "年度": "年度",
	}
	for k, u := range countUnits {
		m[k] = u
	}
	return m
}()

// moneyFactor gives the factor of a money unit to 元.
var moneyFactor = map[string]int64{"元": 1, "千元": 1000, "百元": 100, "万元": 10000, "亿元": 100000000}

// YuanFactor returns how many 元 one of a money unit is (万元 → 10000), and
// false for a unit that is no money.
func YuanFactor(unit string) (int64, bool) {
	f, ok := moneyFactor[unit]
	return f, ok
}

// maxUnitLen is the longest key of units in bytes.
var maxUnitLen = func() int {
	n := 0
	for k := range units {
		if len(k) > n {
			n = len(k)
		}
	}
	return n
}()

// verb is a qualitative verb and the direction it gives a value.
type verb struct {
	word string
	dir  model.Direction
}

// verbs maps qualitative verbs to their direction, checked longest first.
var verbs = []verb{
	{"不降低", "maintain"}, {"不下降", "maintain"}, {"不减少", "maintain"}, {"不低于上年", "maintain"},
	{"有所下降", "reduce"}, {"有所降低", "reduce"}, {"有所减少", "reduce"},
	{"保持稳定", "maintain"}, {"持续保障", "maintain"}, {"保持", "maintain"}, {"稳定", "maintain"}, {"维持", "maintain"},
	{"持续", "maintain"}, {"保障", "maintain"}, {"巩固", "maintain"}, {"正常运行", "maintain"}, {"正常运转", "maintain"},
	{"下降", "reduce"}, {"降低", "reduce"}, {"减少", "reduce"}, {"减轻", "reduce"}, {"缩短", "reduce"}, {"缩小", "reduce"},
	{"压减", "reduce"}, {"压缩", "reduce"}, {"遏制", "reduce"}, {"节约", "reduce"}, {"控制", "reduce"},
	{"提高", "improve"}, {"提升", "improve"}, {"增加", "improve"}, {"增长", "improve"}, {"加强", "improve"}, {"改善", "improve"},
	{"增强", "improve"}, {"优化", "improve"}, {"扩大", "improve"}, {"上升", "improve"}, {"好转", "improve"}, {"完善", "improve"},
	{"促进", "improve"}, {"强化", "improve"}, {"加快", "improve"}, {"推进", "improve"}, {"推动", "improve"}, {"发展", "improve"},
	{"改进", "improve"}, {"丰富", "improve"}, {"拓展", "improve"}, {"深化", "improve"}, {"壮大", "improve"}, {"进步", "improve"},
	{"按标准发放", "meet"}, {"足额发放", "meet"}, {"按时发放", "meet"}, {"及时发放", "meet"}, {"按标准", "meet"}, {"达标", "meet"},
	{"合规", "meet"}, {"合格", "meet"}, {"及时", "meet"}, {"按时", "meet"}, {"按期", "meet"}, {"已完成", "meet"}, {"完成", "meet"},
	{"优良", "meet"}, {"优秀", "meet"}, {"良好", "meet"}, {"符合", "meet"}, {"满足", "meet"}, {"达到", "meet"}, {"规范", "meet"},
	{"准确", "meet"}, {"到位", "meet"}, {"有效", "meet"}, {"全覆盖", "meet"}, {"全部", "meet"}, {"满意", "meet"}, {"通过", "meet"},
	{"明显", "improve"}, {"显著", "improve"}, {"高于上年", "improve"}, {"优于上年", "improve"}, {"好于上年", "improve"},
	{"未发生", "meet"}, {"未出现", "meet"},
	{"按计划", "meet"}, {"按进度", "meet"}, {"如期", "meet"}, {"充分", "meet"}, {"明确", "meet"}, {"合理", "meet"},
	{"健全", "meet"}, {"完整", "meet"}, {"高效", "meet"}, {"安全", "meet"}, {"正常", "meet"}, {"顺利", "meet"},
	{"杜绝", "meet"}, {"零事故", "meet"}, {"零投诉", "meet"}, {"无事故", "meet"}, {"无投诉", "meet"}, {"无重大", "meet"}, {"无违规", "meet"}, {"零发生", "meet"}, {"确保", "meet"}, {"落实", "meet"},
}

// verbsByFirst is verbs by their first character, in verbs' order.
var verbsByFirst = func() map[rune][]verb {
	m := map[rune][]verb{}
	for _, vb := range verbs {
		r, _ := utf8.DecodeRuneInString(vb.word)
		m[r] = append(m[r], vb)
	}
	return m
}()

// verbStarts is a filter of the characters some verb starts with, by
// their low 16 bits: a character whose bit is clear starts none, and
// qualitative asks verbsByFirst only for the others (most characters of
// a name start no verb).
var verbStarts = func() (bits [1 << 16 / 64]uint64) {
	for r := range verbsByFirst {
		bits[r&0xffff/64] |= 1 << (r & 63)
	}
	return bits
}()

// mayStartVerb reports whether r may start a verb: false only where no
// verb starts with r.
func mayStartVerb(r rune) bool { return verbStarts[r&0xffff/64]&(1<<(r&63)) != 0 }

// rank orders the directions of a value's verbs: the strongest decides.
var rank = map[model.Direction]int{model.DirReduce: 4, model.DirImprove: 3, model.DirMaintain: 2, model.DirMeet: 1}

// exactWords are qualitative only as the whole value: "是", but not
// "无法量化".
var exactWords = map[string]model.Direction{"是": "meet", "否": "meet", "无": "meet", "有": "meet",
	"优": "meet", "良": "meet", "好": "meet", "较好": "meet", "优秀": "meet", "达到": "meet"}

// modifiers that turn a maintaining or meeting verb into an improving one
// ("进一步保障", "进一步加强").
var improveModifiers = []string{"进一步", "逐步", "稳步", "不断", "显著", "明显", "大幅", "大力", "全面", "切实", "有所", "更加", "持续"}

// traditional folds the traditional characters that occur in units and
// numerals to simplified ones.
var traditional = map[rune]rune{
	'萬': '万', '億': '亿', '圓': '元', '個': '个', '張': '张', '臺': '台', '項': '项', '間': '间', '場': '场',
	'輛': '辆', '噸': '吨', '畝': '亩', '頃': '顷', '戶': '户', '裡': '里', '於': '于', '內': '内',
	'門': '门', '節': '节', '類': '类', '組': '组', '條': '条', '筆': '笔', '處': '处', '隊': '队', '塊': '块',
	'棟': '栋', '對': '对', '歲': '岁', '週': '周', '時': '时', '鐘': '钟', '達': '达', '標': '标', '準': '准',
	'兩': '两', '點': '点', '線': '线', '縣': '县', '鎮': '镇', '鄉': '乡', '學': '学', '課': '课',
	'種': '种', '頭': '头', '隻': '只', '車': '车', '級': '级', '數': '数', '額': '额', '費': '费',
	'資': '资', '經': '经', '補': '补', '貼': '贴', '發': '发', '務': '务', '區': '区', '並': '并',
	'僅': '仅', '過': '过', '滿': '满', '較': '较', '進': '进', '長': '长', '穩': '稳', '護': '护', '證': '证',
	'積': '积', '開': '开', '關': '关', '應': '应', '無': '无',
}
