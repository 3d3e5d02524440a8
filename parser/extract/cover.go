package extract

// cover.go: the label lines of a report's cover, before any table
// (部门(单位)名称：某中心, 预 算 编 码： 212001, 项目名称 某补贴): the project's
// name the cover gives a table that names none, and the one project of a
// report whose capture holds its cover and no target table.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// coverBlock is what a report's cover names in label lines before any
// table: the project's name and code, the unit's name and code, each from
// the first line that gives it.
type coverBlock struct {
	name, code string           // 项目名称, 项目编码
	unit       model.Department // 部门(单位)名称, 部门预算编码
	unitLabel  string           // the unit name's label as written (部门(单位)名称)
	nameLabel  string           // the project name's label as written
	pos        model.Pos        // the line that names the project or the unit, the first that does
	form       bool             // a line before it names a performance form (…绩效评价自评报告)
	tables     int              // tables met since the document began
	only       bool             // the document is read as its cover alone: every table's cells unrecognized
}

// names tells a cover that can make a report's project (coverProject): a
// title naming a performance form, then a label line naming the project
// or its unit.
func (c *coverBlock) names() bool {
	return c.form && (c.name != "" || c.unit.Name != "")
}

// coverLine reads a paragraph of the overview, before any project and any
// table, as a cover's label line (coverLabel), or notes a title naming a
// performance form above such lines. fillIdentity gives the cover's
// project name to the first project when its tables name none;
// coverProject makes the project of a report whose tables open none.
func (e *extractor) coverLine(text string, pos model.Pos) {
	c := &e.cover
	if len(e.doc.Projects) > 0 || c.tables > 0 {
		return
	}
	cf, ok := e.lx.coverLabel(text)
	if !ok {
		if c.pos == (model.Pos{}) && namesPerformanceForm(text) {
			c.form = true
		}
		return
	}
	switch {
	case cf.f == fName && c.name == "":
		c.name, c.nameLabel = cf.value, cf.label
	case cf.f == fCode && c.code == "":
		c.code = cf.value
		return
	case cf.f == fUnitName && c.unit.Name == "":
		c.unit.Name, c.unitLabel = cf.value, cf.label
	case cf.f == fUnitCode && c.unit.Code == "":
		c.unit.Code = cf.value
		return
	default:
		return
	}
	if c.pos == (model.Pos{}) {
		c.pos = pos
	}
}

// namesPerformanceForm tells a title line that names a performance form
// or report (…绩效目标表, …整体支出绩效评价自评报告): 绩效, and 表 or 报告
// outside the labels of fields (namesForm); no sentence.
func namesPerformanceForm(text string) bool {
	return strings.Contains(text, "绩效") && namesForm(text) && utf8.RuneCountInString(text) <= 60 &&
		!strings.ContainsAny(text, "。；;，,")
}

// coverField is a cover label line as coverLabel reads it.
type coverField struct {
	f     field
	label string // the label as written, trimmed (部门(单位)名称, 预 算 编 码)
	value string
}

// coverLabel reads a label line of a report's cover: a label of the
// project's or the unit's name or code (项目名称, 项目编码, 部门(单位)名称,
// 单位名称（盖章）, 部门预算编码, spaced out as 预 算 编 码 or not) opening
// the line, then a colon (full or half width) or a run of spaces and tabs,
// and the value on the same line. The value ends at the line's end or at
// the next label (单位名称：某局  联系人：张三); it is never a sentence, never
// blank, never a label itself, and a name holds a Chinese character, a
// code only letters, digits and dashes with a digit among them.
func (lx *lexicon) coverLabel(text string) (coverField, bool) {
	label, rest, ok := lx.cutCoverLabel(text)
	if !ok {
		return coverField{}, false
	}
	f, _, _ := lx.lookupLabel(labelKey(label))
	val, ok := lx.coverValue(rest)
	if !ok {
		return coverField{}, false
	}
	switch f {
	case fName, fUnitName:
		ok = coverName(val)
	default:
		ok = coverCode(val)
	}
	return coverField{f: f, label: layout.Clean(label), value: val}, ok
}

// coverFieldOf tells the fields a cover's label line may give.
func coverFieldOf(f field) bool {
	return f == fName || f == fCode || f == fUnitName || f == fUnitCode
}

// cutCoverLabel splits a line into its opening label and the rest: at its
// first colon when what stands before it is a label of coverFieldOf, else
// at the first run of white space before which the line reads as such a
// label (预 算 编 码    212001: the label spaced out).
func (lx *lexicon) cutCoverLabel(text string) (label, rest string, ok bool) {
	if i := strings.IndexAny(text, ":："); i >= 0 {
		label = text[:i]
		_, n := utf8.DecodeRuneInString(text[i:])
		f, _, known := lx.lookupLabel(labelKey(label))
		return label, text[i+n:], known && coverFieldOf(f) && strings.TrimFunc(label, isSpace) != ""
	}
	for i, r := range text {
		if !isSpace(r) || i == 0 {
			continue
		}
		label = text[:i]
		if f, _, known := lx.lookupLabel(labelKey(label)); known && coverFieldOf(f) {
			return label, text[i:], true
		}
		if utf8.RuneCountInString(label) > 24 {
			break
		}
	}
	return "", "", false
}

// coverValue is the value of a cover label line: the text after the label
// up to the next label (a run of white space, then a word that is a label
// of the form or of a signature, with a colon after it or a value), white
// space trimmed. It reports false for a blank value, a sentence or a clause
// (punctuation, a colon no known label stands before), a value over forty
// characters, and a value that is itself a label.
func (lx *lexicon) coverValue(rest string) (string, bool) {
	segs := spaceFields(rest)
	keep := len(segs)
	for k := 1; k < len(segs); k++ {
		head, _, colon := strings.Cut(strings.ReplaceAll(rest[segs[k][0]:segs[k][1]], ":", "："), "：")
		if (colon || k < len(segs)-1) && lx.anyLabel(head) {
			keep = k
			break
		}
	}
	if keep == 0 {
		return "", false
	}
	val := layout.Clean(rest[:segs[keep-1][1]]) // the value's own spacing kept
	if val == "" || utf8.RuneCountInString(val) > 40 || strings.ContainsAny(val, "。；;，,：:！!？?") || lx.anyLabel(val) {
		return "", false
	}
	return val, true
}

// spaceFields are the byte ranges of s's runs of characters between runs
// of white space.
func spaceFields(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch {
		case isSpace(r) && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		case !isSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// anyLabel tells a text that is a label as the vocabulary writes it whole:
// of the header block (预算编码, 项目名称), or of a signature line (联系人,
// 填报日期; a seal mark after it or not). The header's rules by a label's
// shape are not asked: they read a name such as 低保专项 as a money row's.
func (lx *lexicon) anyLabel(s string) bool {
	key := labelKey(s)
	if key == "" {
		return false
	}
	bare := strings.TrimSuffix(withoutSeal(key+"："), "：")
	_, whole := lx.header[bare]
	return whole || lx.signatures[bare]
}

// coverName tells a value that can name a project or a unit: it holds a
// Chinese character and says no none (无, 不涉及, a dash).
func coverName(v string) bool {
	return strings.IndexFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 && !noneName(v)
}

// coverCode tells a value that can be a code: letters, digits, dashes and
// dots, a digit among them, at most 32 characters.
func coverCode(v string) bool {
	if len(v) > 32 || !strings.ContainsAny(v, "0123456789") {
		return false
	}
	for _, r := range v {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// coverProject makes the one project of a report whose tables opened
// none, from its cover: a title naming a performance form, then label
// lines naming the project or the unit (and their codes) before any table
// (the Hunan 部门(单位)整体支出绩效评价自评报告 captured up to its 基本概况
// or income table). Its name is the cover's project name, else the unit's
// (a department-wide report names the unit); it has no indicator, and
// COVER-ONLY says so, naming the label of the line that named it. A
// cover with no such title, or naming no project or unit, makes none: the
// document holds no target table.
func (e *extractor) coverProject() {
	c := &e.cover
	if len(e.doc.Projects) > 0 || e.cur != nil || !c.names() {
		return
	}
	e.startProject(0, "", c.pos, false)
	p := e.cur
	p.Name, p.Code, p.Department = c.name, c.code, c.unit
	label := c.nameLabel
	if c.name == "" {
		// a department-wide report names its unit (as fillIdentity names
		// a table's project by its 部门(单位)名称)
		p.Name, e.ps.unitName = c.unit.Name, true
		label = c.unitLabel
	}
	e.warn(c.pos, diag.CoverOnly, p.Index, label)
	e.finishProject()
}
