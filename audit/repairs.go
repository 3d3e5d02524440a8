package audit

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// repair is one of the warnings normalize leaves on a value it repaired or
// guessed (model.Value.Warnings, in English), as a Phrase: English is the
// warning itself, Chinese its translation by repairWords, or a plain
// "read as guessed" for a warning this table does not know yet (never
// English in a Chinese message). TestRepairWords produces every warning
// normalize writes and holds the table in step with it.
type repair string

// repairWord translates one of normalize's warnings: a pattern over the
// English text and the Chinese format of its submatches (quoted ones
// unquoted).
type repairWord struct {
	re *regexp.Regexp
	zh string
}

// repairWords returns the translations, compiled on first use: as a
// package variable they cost every process that links audit — every
// perfdoc start — 0.2 ms and 1 000 allocations before main.
var repairWords = sync.OnceValue(func() []repairWord {
	return []repairWord{
		{regexp.MustCompile(`^white space inside the value removed$`), "删除了数值中的空格"},
		{regexp.MustCompile(`^bare (\S+) read as (\S+) \(money indicator\)$`), "金额指标中单独的“%s”按“%s”读取"},
		{regexp.MustCompile(`^左右 \(about\) read as =$`), "“左右”按“=”读取"},
		{regexp.MustCompile(`^doubled text (".*") dropped$`), "删去了重复的“%s”"},
		{regexp.MustCompile(`^range minimum is above its maximum$`), "区间下限大于上限"},
		{regexp.MustCompile(`^unit (.+) taken from the indicator name (".*")$`), "单位%s取自指标名称“%s”"},
		{regexp.MustCompile(`^comparator (\S+) and unit (.+) taken from the indicator name (".*")$`), "比较符%s和单位%s取自指标名称“%s”"},
		{regexp.MustCompile(`^period (".*"): its end taken as the deadline$`), "时段“%s”以其截止日为完成时限"},
		{regexp.MustCompile(`^(.+) read as an Excel date serial: (\S+)$`), "“%s”按电子表格的日期序号读作%s"},
		{regexp.MustCompile(`^deadline names no year and the document year is unknown$`), "完成时限未写年份，文件年度也不明"},
		{regexp.MustCompile(`^words after the value \((.*)\) left out$`), "数值后的“%s”未计入"},
		{regexp.MustCompile(`^the name (".*") before the value left out$`), "数值前的名称“%s”未计入"},
	}
})

// ops writes comparators as the filings do.
var ops = strings.NewReplacer(">=", "≥", "<=", "≤")

// In puts the warning into words in lang.
func (r repair) In(lang Lang) string {
	if lang == English {
		return string(r)
	}
	if zh, ok := r.chinese(); ok {
		return zh
	}
	return phrases["repaired"].In(lang)
}

// chinese translates the warning by repairWords.
func (r repair) chinese() (string, bool) {
	for _, w := range repairWords() {
		m := w.re.FindStringSubmatch(string(r))
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, s := range m[1:] {
			if u, err := strconv.Unquote(s); err == nil && len(s) > 1 && s[0] == '"' {
				s = u
			}
			args[i] = ops.Replace(s)
		}
		return Msg{Text: Text{ZH: w.zh}, Args: args}.In(Chinese), true
	}
	return "", false
}

// repairs are a value's warnings as clauses.
func repairs(warnings []string) Clauses {
	c := make(Clauses, len(warnings))
	for i, w := range warnings {
		c[i] = repair(w)
	}
	return c
}
