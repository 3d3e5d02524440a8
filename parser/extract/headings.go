package extract

// headings.go: what a paragraph between tables says of the tables around
// it — a page mark a grid goes on across, a heading that ends a grid or a
// self-evaluation, a form's name, an attachment list's entries.

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// gridApart notes that a paragraph stands between the grid's last table
// and the next: a heading, a note, any text but the marks a page break
// prints (a page number, 续表). A grid goes on in the next table only
// across a page break (a table of the same width and no header of its
// own, right after it or after such marks): a table after a paragraph
// (二、2022年绩效目标 under a self-evaluation's grid, then the next year's
// targets with no header) is another table, read by its own rows, never
// under the grid's captions (its second target column no result).
func (e *extractor) gridApart(text string) {
	if e.ps.grid != nil && !pageMark(text) {
		e.ps.apart = true
	}
}

// pageMark reports whether a line is one a page break prints between two
// parts of a table: a page number (3, - 3 -, 第3页, 第3页 共9页, 3/9) or a
// continuation mark (续表, （续表）, 续上表, 接上表).
func pageMark(text string) bool {
	t := strings.Map(func(r rune) rune {
		switch {
		case isSpace(r):
			return -1
		case r >= '0' && r <= '9', r >= '０' && r <= '９':
			return '#'
		}
		return r
	}, text)
	for strings.Contains(t, "##") {
		t = strings.ReplaceAll(t, "##", "#")
	}
	t = strings.Trim(t, "-–—－()（）[]【】")
	switch t {
	case "#", "第#页", "#/#", "第#页共#页", "第#页/共#页", "共#页第#页", "续表", "续上表", "接上表", "续前表":
		return true
	}
	return false
}

// noteHeading remembers whether the last title or heading names a
// self-evaluation: a line that names a form or a report (…表, …报告),
// short and no sentence, says 自评 or does not (2021年项目支出绩效自评报告,
// 项目支出绩效目标表); a heading of the targets that names no
// self-evaluation and no completion (二、2022年绩效目标, （一）项目绩效目标,
// not 绩效目标完成情况) ends one, the targets under it set, not measured.
// The title in a table's first row is such a line too (singleCellRow).
// A 表 or 报告 inside the short label of a form's field (填表人：张三,
// 填表单位：某局, 报告日期：2022年5月18日, 发表时间：…) names no form: such
// a line, as other paragraphs, leaves it as it was.
func (e *extractor) noteHeading(text string) {
	if utf8.RuneCountInString(text) > 60 || strings.ContainsAny(text, "。；;") {
		return
	}
	switch {
	case namesForm(text):
		e.selfEvalHeading = strings.Contains(text, "自评")
	case strings.Contains(text, "目标") && !strings.Contains(text, "自评") && !strings.Contains(text, "完成"):
		e.selfEvalHeading = false
	}
}

// namesForm reports whether text holds 表 or 报告 outside the labels of
// fields: a label is the text before a colon, up to 8 runes, with text
// after the colon, and not a table's or an attachment's number (表1：,
// 附表2：, 附件：, whose title follows).
func namesForm(text string) bool {
	if !strings.Contains(text, "表") && !strings.Contains(text, "报") {
		return false // most lines: nothing to keep apart (what is kept is text's own characters)
	}
	rest := strings.ReplaceAll(text, ":", "：")
	var kept strings.Builder
	for {
		label, after, ok := strings.Cut(rest, "：")
		if !ok {
			kept.WriteString(rest)
			break
		}
		l := strings.TrimFunc(label, isSpace)
		if i := strings.LastIndexFunc(l, isSpace); i >= 0 {
			// 浏览次数： 发表时间：…: the label after the last value
			kept.WriteString(l[:i])
			l = strings.TrimFunc(l[i:], isSpace)
		}
		if !fieldLabel(l) || strings.TrimFunc(after, isSpace) == "" {
			kept.WriteString(l)
		}
		kept.WriteString(" ")
		rest = after
	}
	t := kept.String()
	return strings.Contains(t, "表") || strings.Contains(t, "报告")
}

// fieldLabel tells a short label of a form's field (填表人, 报告日期) from
// the number of a table or an attachment (表1, 附表2, 附件) that a title
// follows.
func fieldLabel(l string) bool {
	n := utf8.RuneCountInString(l)
	if n == 0 || n > 8 {
		return false
	}
	t := strings.TrimRightFunc(l, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' || isSpace(r) })
	switch t {
	case "表", "附表", "附件", "续表":
		return false
	}
	return true
}

// selfEvaluation tells a table read under a self-evaluation: the last
// heading names one, or the project's title does, or its grid so far has
// results beside the targets.
func (e *extractor) selfEvaluation() bool {
	return e.selfEvalHeading || e.cur != nil && strings.Contains(e.cur.Title, "自评") || e.ps.selfEval
}

// attachmentListEntry reports whether a title numbered idx continues a
// notice's list of attachments: the paragraphs just before it are the
// entries numbered idx-1 down to 1, the first opened by 附件, with a colon
// before its number (附件：1.…, 附件:1、…) or the number glued to it
// (附件1.…分配表 / 2.…绩效目标表, 附件1：…).
func (e *extractor) attachmentListEntry(idx int) bool {
	want := idx - 1
	for i := len(e.recent) - 1; i >= 0 && want >= 1; i-- {
		t := e.recent[i].text
		rest, opened := strings.CutPrefix(t, "附件")
		if opened {
			t = strings.TrimLeftFunc(rest, isSpace)
			if r, ok := strings.CutPrefix(t, "："); ok {
				t = r
			} else if r, ok := strings.CutPrefix(t, ":"); ok {
				t = r
			}
		}
		if n := attachmentNumber(strings.TrimLeftFunc(t, isSpace), opened); n != want {
			return false
		}
		if opened {
			return want == 1
		}
		want--
	}
	return false
}

// attachmentNumber is the number of an attachment-list entry: a list
// number (1. 1、 （1）), or, in the line that opens the list with 附件, a
// number and a colon (附件1：…). 0 when there is none.
func attachmentNumber(t string, opened bool) int {
	if n, _ := layout.ListNumber(t); n != 0 || !opened {
		return n
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || !(strings.HasPrefix(t[i:], "：") || strings.HasPrefix(t[i:], ":")) {
		return 0
	}
	n := 0
	for _, c := range t[:i] {
		n = n*10 + int(c-'0')
	}
	return n
}
