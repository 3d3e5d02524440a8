package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Paragraphs outside tables: project titles (with their numbering and
// lines they were broken over), year lines, the unit line between a title
// and its table, and part 1 of a filing, the overview.

// recent is a paragraph placed since the last table, remembered so that a
// title broken over several lines can take its first lines back.
type recent struct {
	text  string
	pos   model.Pos
	unrec int // index in Unrecognized, or -1
	sec   int // index of the overview section, or -1
	para  int // index in the section's paragraphs
}

func (e *extractor) paragraph(p *layout.Paragraph) {
	text := layout.Clean(e.cap(p.Text, p.Pos))
	if text == "" {
		return
	}
	if p.Furniture {
		e.unrecognized(text, p.Pos) // a page header or footer
		return
	}
	e.gridApart(text)
	e.noteHeading(text)
	pending := e.pendingAmount // kept only where a year or unit line follows it
	e.pendingAmount = nil
	if idx, title, ok := e.lx.projectTitle(text); ok {
		if e.attachmentListEntry(idx) {
			// the notice's list of the attachments that follow
			// (附件：1.…分配表 / 2.…绩效目标表): the table comes later
			// under its own heading
			e.placeUnrecognized(text, p.Pos)
			return
		}
		if idx == 0 {
			title = e.joinTitleLines(title)
		}
		att := attachmentMark(text)
		if e.cur != nil && e.ps.rows == 0 && e.ps.titled && idx == 0 && !(att > 0 && e.ps.attachment > 0 && att != e.ps.attachment) {
			// a second title line before any table: the form's name under
			// the page's ("附件1", "项目支出绩效自评表"); a title of another
			// attachment (附件1：甲… then 附件2：乙…) opens its own, the
			// first, with no table under it, naming none
			e.unrecognized(text, p.Pos)
			return
		}
		e.startProject(idx, title, p.Pos, true)
		e.ps.attachment = att
		return
	}
	if y, ok := yearLine(text); ok {
		if e.yearHint == 0 {
			e.yearHint = y
		}
		e.pendingAmount = pending
		return
	}
	if e.cur != nil {
		e.betweenTables(text, p.Pos)
		return
	}
	if e.lx.moneyUnitLabel(text) {
		// 单位：元 above a table whose first row is its title: the unit of
		// the project the table opens
		_, e.pendingUnit, _ = strings.Cut(labelKey(text), "：")
		e.pendingAmount = pending
	} else if len(e.doc.Projects) == 0 {
		// 年度资金总额：35万元 right above the first table, whose first
		// rows are its title: the heading's amount line of the project
		// the table opens (startProject)
		e.pendingAmount = e.lx.readAmountLine(text, p.Pos)
	}
	e.overview(text, p)
}

// betweenTables reads a paragraph between the tables of a project: a unit
// line written as a paragraph, else unplaced text (kept as recent, for a
// title broken over lines to take back).
func (e *extractor) betweenTables(text string, pos model.Pos) {
	if e.ps.rows > 0 && e.lx.moneyUnitLabel(text) {
		// after the project's rows: it may head the next project's table
		_, e.pendingUnit, _ = strings.Cut(labelKey(text), "：")
		e.pendingRows = e.ps.rows
	}
	if e.unitLine(text, pos) || e.amountLine(text, pos) {
		return
	}
	if e.ps.rows == 0 && e.cur.Name == "" {
		if val := e.nameLine(text); val != "" {
			// 项目名称：某工程 under the form's title, before its
			// table: the header block written as label lines
			e.cur.Name, e.lineNamed = val, e.cur
			return
		}
	}
	e.placeUnrecognized(text, pos)
}

func (e *extractor) placeUnrecognized(text string, pos model.Pos) {
	e.recent = append(e.recent, recent{text: text, pos: pos, unrec: len(e.doc.Unrecognized), sec: -1})
	e.unrecognized(text, pos)
}

// overview places a paragraph of part 1: the title, section headings and
// their paragraphs.
func (e *extractor) overview(text string, p *layout.Paragraph) {
	ov := &e.doc.Overview
	switch {
	case ov.Title == "" && len(ov.Sections) == 0 && strings.Contains(text, "整体绩效目标") && utf8.RuneCountInString(text) <= 20:
		ov.Title = text
	case isSectionHeading(text):
		ov.Sections = append(ov.Sections, model.Section{Heading: text, Paragraphs: []string{}})
		e.section = &ov.Sections[len(ov.Sections)-1]
		e.recent = nil
	case isPartMarker(text) || isAttachmentMarker(text):
		e.placeUnrecognized(text, p.Pos)
	default:
		e.coverLine(text, p.Pos)
		if e.section == nil {
			if ov.Title == "" && len(ov.Sections) == 0 && (p.Level > 0 || utf8.RuneCountInString(text) <= 12) {
				e.placeUnrecognized(text, p.Pos)
				return
			}
			ov.Sections = append(ov.Sections, model.Section{Paragraphs: []string{}})
			e.section = &ov.Sections[len(ov.Sections)-1]
		}
		e.section.Paragraphs = append(e.section.Paragraphs, text)
		e.recent = append(e.recent, recent{text: text, pos: p.Pos, unrec: -1, sec: len(ov.Sections) - 1, para: len(e.section.Paragraphs) - 1})
	}
}

// nameLine reads a label line of a project name label and its value
// after a colon (项目名称：某补贴): the value short and no sentence. It
// gives "" for any other line. (A cover's label lines, a colon or a run of
// spaces after the label, are coverLabel's.)
func (e *extractor) nameLine(text string) string {
	label, val, ok := strings.Cut(strings.ReplaceAll(text, ":", "："), "：")
	if !ok {
		return ""
	}
	val = layout.Clean(val)
	if f, _, known := e.lx.lookupLabel(labelKey(label)); !known || f != fName || val == "" {
		return ""
	}
	if n := utf8.RuneCountInString(val); n > 40 || strings.ContainsAny(val, "。；;：:") {
		return ""
	}
	return val
}

// joinTitleLines prepends to an unnumbered title the lines it was broken
// over: the paragraphs just before it that read as fragments of a title
// (short, no sentence end, not an attachment marker). They are taken back
// from where they were placed.
func (e *extractor) joinTitleLines(title string) string {
	k := len(e.recent)
	for k > 0 && isTitleFragment(e.recent[k-1].text) && k > len(e.recent)-3 {
		k--
	}
	if k == len(e.recent) {
		return title
	}
	var b strings.Builder
	for _, r := range e.recent[k:] {
		b.WriteString(r.text)
	}
	// take back from the end, last first, only what is still last in place
	for i := len(e.recent) - 1; i >= k; i-- {
		r := e.recent[i]
		switch {
		case r.unrec >= 0 && r.unrec == len(e.doc.Unrecognized)-1:
			e.doc.Unrecognized = e.doc.Unrecognized[:r.unrec]
		case r.sec >= 0 && r.sec == len(e.doc.Overview.Sections)-1:
			s := &e.doc.Overview.Sections[r.sec]
			if r.para != len(s.Paragraphs)-1 {
				return title
			}
			s.Paragraphs = s.Paragraphs[:r.para]
			if len(s.Paragraphs) == 0 && s.Heading == "" {
				e.doc.Overview.Sections = e.doc.Overview.Sections[:r.sec]
				e.section = nil
			}
		default:
			return title
		}
	}
	e.recent = e.recent[:k]
	return b.String() + title
}

// isTitleFragment tells a line of a title broken over several paragraphs.
func isTitleFragment(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 || isAttachmentMarker(s) || isPartMarker(s) || isSectionHeading(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。；;：:，,！!？?", last)
}

// isSectionHeading matches "一、总体绩效目标": Chinese numerals and "、".
func isSectionHeading(s string) bool {
	i := strings.Index(s, "、")
	if i <= 0 || utf8.RuneCountInString(s) > 30 {
		return false
	}
	for _, r := range s[:i] {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// isPartMarker matches "第一部分", "第二部分" and the heading of part 2.
func isPartMarker(s string) bool {
	return (strings.HasPrefix(s, "第") && strings.HasSuffix(s, "部分") && utf8.RuneCountInString(s) <= 6) ||
		s == "预算项目绩效目标" || s == "项目绩效目标" || s == "项目支出绩效目标"
}

// isAttachmentMarker matches "附件", "附件1", "附件2:", "附表1", and a
// sheet's number alone ("表十二", "表3").
func isAttachmentMarker(s string) bool {
	for _, p := range []string{"附件", "附表", "表"} {
		if strings.HasPrefix(s, p) {
			rest := strings.TrimRight(s[len(p):], ":：.、 ")
			if len(rest) <= 9 && strings.Trim(rest, "0123456789一二三四五六七八九十") == "" && (rest != "" || p != "表") {
				return true
			}
		}
	}
	return false
}

// projectTitle recognises a target table's title ("1.XXX绩效目标表",
// "XXX绩效目标申报表（2022年度）", "项目支出绩效自评表") and returns its number
// (0 when it has none) and the title without the number.
// Its words are the vocabulary's title_suffixes.
func (lx *lexicon) projectTitle(s string) (int, string, bool) {
	t := strings.TrimRightFunc(s, isSpace)
	if utf8.RuneCountInString(t) > 200 || strings.ContainsAny(t, "\n，。；") && !strings.HasSuffix(t, "。") {
		return 0, "", false
	}
	t = stripAttachment(t)
	n, rest := layout.ListNumber(t)
	if strings.HasSuffix(rest, "。") {
		if n == 0 {
			return 0, "", false // a sentence that ends with 申报表, not a title
		}
		rest = strings.TrimRight(rest, "。")
	}
	if strings.ContainsAny(rest, "，。；") || namesTwoTables(rest) {
		return 0, "", false
	}
	core := trimTitleTail(rest)
	for _, suf := range lx.titleSuffixes {
		if strings.HasSuffix(core, suf) {
			return n, rest, true
		}
	}
	return 0, "", false
}

// namesTwoTables tells a list of attachments written on one line: a
// table's name, then the next one's number ("…资金分配表2.项目绩效目标表",
// "…安排表 2、…绩效目标表"): no title.
func namesTwoTables(s string) bool {
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "表")
		if k < 0 {
			return false
		}
		if strings.HasSuffix(s[:i+k], "附") {
			i += k + len("表")
			continue // 附表2.: the attachment's own number
		}
		i += k + len("表")
		rest := strings.TrimLeftFunc(s[i:], isSpace)
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && n <= 2 && (strings.HasPrefix(rest[n:], ".") || strings.HasPrefix(rest[n:], "、") || strings.HasPrefix(rest[n:], "．")) {
			return true
		}
	}
	return false
}

// attachmentMark is the number of the attachment marker a title line
// opens with, as stripAttachment reads it (附件2：…, 附表3 …), or 0.
func attachmentMark(s string) int {
	for _, p := range []string{"附件", "附表"} {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		n, i := 0, 0
		for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
			n = n*10 + int(rest[i]-'0')
			i++
		}
		return n
	}
	return 0
}

// stripAttachment drops an attachment marker before a title: "附表1:…",
// "附件2 …".
func stripAttachment(s string) string {
	for _, p := range []string{"附件", "附表"} {
		if !strings.HasPrefix(s, p) {
			continue
		}
		i := len(p)
		for i < len(s) && (s[i] >= '0' && s[i] <= '9') {
			i++
		}
		rest := s[i:]
		for _, sep := range []string{"：", ":", "、", " ", "\u3000"} {
			if strings.HasPrefix(rest, sep) {
				return strings.TrimLeftFunc(rest[len(sep):], isSpace)
			}
		}
	}
	return s
}

// trimTitleTail drops what may follow a title: "（2022年度）", "(修改)".
func trimTitleTail(s string) string {
	for {
		t := strings.TrimRightFunc(s, isSpace)
		if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
			return t
		}
		i := strings.LastIndexAny(t, "(（")
		if i < 0 {
			// "2019年度)" without its opening parenthesis
			return t
		}
		inner := t[i:]
		if utf8.RuneCountInString(inner) > 14 {
			return t
		}
		s = t[:i]
	}
}

// yearLine reads a line that only names the year: "(2022年度)", "2019年度)",
// "（2021年）", "2023年度".
func yearLine(s string) (int, bool) {
	t := strings.Trim(s, "()（） \u3000")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "度"), "年")
	if len(t) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return 0, false
		}
		y = y*10 + int(t[i]-'0')
	}
	if !model.PlausibleYear(y) || !strings.Contains(s, "年") {
		return 0, false
	}
	return y, true
}
