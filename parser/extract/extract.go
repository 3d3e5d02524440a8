// Package extract is the one extractor: it turns the neutral layout (package
// layout) into a model.Document. It knows the structure of the filings and
// nothing of their formats; its parts live in files of one concern each:
//
//	extract.go    the walk over blocks, shared helpers
//	modes.go      the modes a table row is read in, a state machine
//	labels.go     the synonym tables (header labels, sub-table columns)
//	gridlabels.go the grid's column headers: whole captions, the target's and the results' shapes
//	labelkey.go   label-key form: a cell's text as the tables are looked up by
//	titles.go     titles, year lines, part markers; the overview
//	cover.go      a report's cover: its label lines, the project of a report with no target table
//	headings.go   paragraphs between tables: page marks, headings ending a grid, attachment lists
//	amountline.go a budget label and its amount as a paragraph, kept for the table it belongs to
//	project.go    starting, finishing and classifying projects
//	header.go     the header block: labels and their values
//	setfield.go   what a label's value sets: money unit, unit and code, budget total and items
//	columns.go    header-block sub-tables read by column
//	moneyrows.go  the rows under a money header: amounts, expenses, total and parts
//	moneycaptions.go a money header's captions (unknown ones kept, formula numbers, money units)
//	moneyparts.go an amount over the parts that add up to it read as the total
//	amount.go     amounts, the unit line, codes before names
//	spending.go   the spending plan
//	grid.go       the indicator grid's header: recognised, entered, left
//	headerless.go a grid read with no header: its first row's level labels, its columns by content
//	gridcells.go  where a grid's columns fall in a row narrower or wider than the header
//	hollowcols.go a text export's header cells inside a caption's span (spanned, hollow)
//	gridheader.go the grid header's row read by its captions
//	gridrow.go    indicator rows: a row's labels, its indicator, the shapes that make it none
//	filldown.go   level labels filled down over merged or empty cells, held for the next indicator
//	wideproject.go a wide table's project cells, a subtotal row undone
//	notindicator.go the rows that are no indicator by their cells (a total, a note, a score block)
//	rowtarget.go  a row's target decided: rows with none, a target the name writes
//	rowblocks.go  the other indicators of a row: side by side, a mid-term block's, numbered lines
//	checkbudget.go a checklist's budget read from its total's caption and amount
//	rowwords.go   what a row's cells say of it: a total, a placeholder, a dash, a level label
//	rowvalue.go   a row's values: the target composed from its parts, areas, extra values
//	subheader.go  the header's second row (qualifiers, split captions, areas)
//	bounds.go     a target caption over 下限 | 上限: one target, the range the bounds make
//	longsection.go a long-term grid under its section row (中长期绩效指标): none of the year's indicators
//	joinvalue.go  a target split across cells joined into one
//	numbering.go  list numbering and goals
//	year.go       the document's year
//	align.go      a short row of a text export aligned to its header
//	lexicon.go    the vocabulary's words as the extractor looks them up
//	profile.go    what each grid column holds (signs, units, levels, numbers)
//	numbersum.go  a column's numbers summed exactly (weights adding up to 100)
//	textset.go    a column's distinct texts, a few kept in place before a map
//	periods.go    captions naming a part of the year or a bound, never the target
//	gridcols.go   the grid's first pass: the rows under the header profiled
//	shortheader.go a header one cell short, or a text header that lost its spans
//	spanheader.go a text header short of its rows: every reading of its spans weighed
//	placement.go  the header's column roles checked against the profiles, one rule a step
//	placetargets.go placement's rules for the target (beside the unit, echoed by the results)
//	placenames.go placement's rules for the levels and the names
//	columntests.go what placement's rules ask of a column (a caption above, names only, its neighbours)
//	headless.go   a grid with no header read: its columns of targets by content
//	headlesscols.go the tests a headerless grid's columns are put to (target and weight, areas, self-evaluation)
//	treetable.go  a tree in one column (unit, project, levels, indicators)
//	listtable.go  a list table beside the target tables (序号 | 名称 | 金额), a list of projects
//	cellind.go    indicators written inside one cell (【产出指标-数量指标】 指标1:…(≥77台))
//	rownumbers.go a financial form's numbering (a 行次 column, a 列次 row) taken out of a table before it is read
package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

type extractor struct {
	lim     layout.Limits
	lx      *lexicon
	doc     *model.Document
	cur     *model.Project
	section *model.Section
	ps      projectState

	yearHint int // a year line such as "(2022年度)"
	// pendingUnit is the money unit of a unit line read before any
	// project or after a project's rows (单位：元 above a table whose first
	// row is its title), for the next project to start when no row was
	// read since (pendingRows: the project's rows then)
	pendingUnit string
	pendingRows int
	// pendingAmount is an amount line (年度资金总额：35万元) that stands
	// right above the document's first table, before any project, with at
	// most a year or unit line after it; tableAmount holds it while that
	// table is read, for the first project the table opens (the form's
	// heading's amount: settleAmountLine decides)
	pendingAmount, tableAmount *lineAmount
	// selfEvalHeading tells that the last title or heading before this
	// table names a self-evaluation (…自评表, …自评报告)
	selfEvalHeading bool
	cover           coverBlock      // what a report's cover names in label lines before any table (cover.go)
	lineNamed       *model.Project  // the project a label line under the form's title named (项目名称：某工程), before its table's rows
	recent          []recent        // paragraphs placed since the last table
	above           [][]layout.Cell // the rows before this one in the same table
	listLeft        int             // rows of a list table still to pass over (listtable.go)
	readAhead       int             // rows a reader of this table has read ahead, to pass over (labelsover.go)
	plist           []projCol       // the columns of a list of projects being read (listtable.go)
	captions        []layout.Cell   // a wide table's captions over its grid header (captionsOverGrid)
	vetoed          int             // 1 + the row of this table whose captions contradicted a reading by content, or 0
	undecided       int             // 1 + the last row of this table in a headerless grid content could not read (targetPlan.undecided), or 0
	rest            [][]layout.Cell // the rows after this one in the same table
	trace           func(mode)      // told each mode a row is read in (tests)

	classes  map[string]*cellClass // the cells' texts classed (profile.go)
	slab     []cellClass           // room for the next classes kept
	body     bodyMemo              // the rows under this one as the grid rules read them (gridcols.go)
	marks    rowMarks              // what gridBody found of each row of this table
	listCols []projCol             // projectListCaptions' room for the columns of the row it reads
	// columnHeader's room for a row's caption cells and their keys: a
	// header reader keeps neither past the row it reads, and most rows
	// asked are no column header.
	captionRoom struct {
		idx  []int
		keys []string
	}
}

// projectState is what the extractor remembers while reading one project.
type projectState struct {
	lastField    field
	lastTotal    field // which label gave Budget.Total: fTotal or fProjectTotal
	totalLabel   string
	totalPos     model.Pos
	totalTable   *colHeader // the money sub-table whose total row gave Budget.Total, nil for none
	totalsDiffer bool       // two totals of the year disagreed: the total stays blank
	purposeGroup bool       // the budget rows sit under 预算规模及资金用途
	goalsCell    int        // the cell index of the goals (or long-term goals) a label read in its row (年度绩效目标 | 目标1：…), 0 for none: further goals under the label spanning down stand there
	periods      []period
	spendPos     model.Pos
	cols         *colHeader
	grid         *gridState
	level1       string
	level2       string
	tables       int
	rows         int            // table rows read into the project
	unitName     bool           // the identity came from a 部门（单位）名称 label
	titled       bool           // the project was started by a title
	attachment   int            // the attachment number its title line opened with (附件2：…), or 0
	apart        bool           // a paragraph that is no page mark followed the grid's last table: the next table is another (gridApart)
	selfEval     bool           // the grid has results beside the targets
	regions      bool           // the grid has one value column per recipient area
	transfer     bool           // the header names the recipient (下达地方或单位)
	lineUnit     bool           // the money unit came from a unit line (单位：元), not a label beside the amounts
	amountLine   *lineAmount    // the amount a line of the form's heading wrote (金额:100 万元)
	grants       []pendingGrant // grant captions and their amounts (补助金额 | 280万元), for settleGrant
}

// Extract turns the layout of a filing into a document. It never fails:
// what it cannot place goes to Unrecognized, what it guesses to Warnings.
// Values stay untyped (Raw only); see normalize.Document. A zero field of
// lim means its default, as for Parse.
func Extract(blocks []layout.Block, lim layout.Limits) *model.Document {
	return ExtractWith(blocks, lim, nil)
}

// ExtractWith is Extract with the words of vocabulary v (nil: the default
// vocabulary, see package vocab).
func ExtractWith(blocks []layout.Block, lim layout.Limits, v *vocab.Vocabulary) *model.Document {
	e := newExtractor(lim, v)
	e.walk(blocks)
	if len(e.doc.Projects) == 0 && e.cover.names() {
		// a report whose tables open no project, its cover naming it:
		// read again with every table's cells unrecognized (what a table
		// began and dropped is not lost), the cover the one project
		e = newExtractor(lim, v)
		e.cover.only = true
		e.walk(blocks)
		e.coverProject()
	}
	e.finishDocument()
	return e.doc
}

// walk reads the blocks in order and finishes the last project.
func (e *extractor) walk(blocks []layout.Block) {
	for _, b := range blocks {
		if b.Para != nil {
			e.paragraph(b.Para)
		} else if b.Table != nil {
			e.table(b.Table)
		}
	}
	e.finishProject()
}

func newExtractor(lim layout.Limits, v *vocab.Vocabulary) *extractor {
	return &extractor{lim: lim.WithDefaults(), lx: lexiconFor(v).forDocument(), doc: &model.Document{
		SchemaVersion: model.SchemaVersion,
		Projects:      []model.Project{},
		Unrecognized:  []model.Unrecognized{},
		Warnings:      []model.Warning{},
		Overview:      model.Overview{Sections: []model.Section{}},
	}}
}

func (e *extractor) unrecognized(text string, pos model.Pos) {
	e.doc.Unrecognized = append(e.doc.Unrecognized, model.Unrecognized{Text: text, Source: pos})
}

// warn adds the warning of code, its arguments in the order the catalogue
// declares them (package diag).
func (e *extractor) warn(pos model.Pos, code string, args ...any) {
	e.doc.Warnings = append(e.doc.Warnings, diag.New(pos, code, args...))
}

// cap cuts text longer than lim.MaxCell, with a warning.
func (e *extractor) cap(s string, pos model.Pos) string {
	if e.lim.MaxCell > 0 && len(s) > e.lim.MaxCell {
		cut := e.lim.MaxCell
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		e.warn(pos, diag.TextCut, len(s), e.lim.MaxCell)
		return s[:cut]
	}
	return s
}

// text returns a cell's trimmed text, cut to the cell limit.
func (e *extractor) text(c *layout.Cell) string {
	return layout.Clean(e.cap(c.Text, c.Pos))
}

// unplaced puts every non-empty cell of row not marked in used into
// Unrecognized.
func (e *extractor) unplaced(row []layout.Cell, used []bool) {
	for i := range row {
		if used != nil && used[i] {
			continue
		}
		if s := layout.Clean(row[i].Text); s != "" {
			e.unrecognized(s, row[i].Pos)
		}
	}
}

// ---- tables ----

func (e *extractor) table(t *layout.Table) {
	e.recent = nil
	e.cover.tables++
	if e.cover.only {
		for _, row := range t.Rows {
			e.unplaced(row, nil)
		}
		return
	}
	e.tableAmount, e.pendingAmount = e.pendingAmount, nil
	defer func() { e.tableAmount = nil }()
	if e.cur != nil {
		e.ps.tables++
		e.ps.cols = nil
		if e.ps.tables == 1 && e.cur.Source.Line == 0 && t.Pos.Table != 0 && e.ps.rows == 0 {
			e.cur.Source = model.Pos{Page: t.Pos.Page, Sheet: t.Pos.Sheet, Cell: t.Pos.Cell, Table: t.Pos.Table, Row: 1}
		}
	}
	if e.ps.apart {
		e.endGrid() // a paragraph set the grid apart: another table (gridApart)
		e.ps.apart = false
	}
	e.listLeft, e.plist, e.captions, e.vetoed, e.readAhead, e.undecided = 0, nil, nil, 0, 0, 0
	t, taken := e.withoutNumbering(t)
	e.warnLevelPrefixes(t)
	e.marks.start(t.Rows)
	defer e.marks.start(nil)
	if tr := e.findTreeTable(t); tr != nil {
		for ri := range t.Rows {
			e.doc.Unrecognized = append(e.doc.Unrecognized, taken[ri]...)
		}
		e.treeRows(t, tr)
		e.rest, e.above = nil, nil
		return
	}
	for ri, row := range t.Rows {
		e.doc.Unrecognized = append(e.doc.Unrecognized, taken[ri]...)
		e.rest, e.above = t.Rows[ri+1:], t.Rows[:ri]
		e.row(row, ri == 0)
	}
	e.rest, e.above = nil, nil
}

// prevRow returns the row before this one in the same table, nil for its
// first row.
func (e *extractor) prevRow() []layout.Cell {
	if len(e.above) == 0 {
		return nil
	}
	return e.above[len(e.above)-1]
}

// soleText returns the text of a row's only non-empty cell and how many
// non-empty cells the row has.
func soleText(row []layout.Cell) (string, int) {
	var only string
	n := 0
	for i := range row {
		if s := layout.Clean(row[i].Text); s != "" {
			only = s
			n++
		}
	}
	return only, n
}

// singleCellRow handles a row with one text: a title in the table's first
// row, a year line, an attachment marker. It reports whether it did.
func (e *extractor) singleCellRow(s string, row []layout.Cell) bool {
	pos := firstPos(row)
	idx, title, ok := e.lx.projectTitle(s)
	if ok {
		e.noteHeading(s) // the table's own title is the latest heading
	}
	if ok && (e.cur == nil || e.ps.rows > 0 || e.ps.tables > 1 || !e.ps.titled) {
		if e.cur != nil && e.ps.rows == 0 && !e.ps.titled {
			e.cur.Title, e.ps.titled = title, true
			return true
		}
		e.startProject(idx, title, pos, true)
		return true
	}
	if y, ok := yearLine(s); ok {
		if e.yearHint == 0 {
			e.yearHint = y
		}
		return true
	}
	if isAttachmentMarker(s) {
		e.unrecognized(s, pos)
		return true
	}
	if e.cur != nil && e.ps.rows == 0 && e.ps.grid == nil && isProseLine(s) && !e.lx.rowHasLabel(row) {
		// the page's introductory sentence in the table's first row (…
		// 纳入预算绩效管理的项目1个，项目名称为某补贴，绩效目标详见附件。):
		// no label of the form and no row of the project its title
		// opened, so the form's own title row under it opens no second
		e.unrecognized(s, pos)
		return true
	}
	if e.cur == nil && e.lx.moneyUnitLabel(s) {
		// 金额单位：元 in a row of its own above the form's labels, before
		// any project: the unit of the project the table opens, as the
		// same line written as a paragraph above the table (titles.go)
		_, e.pendingUnit, _ = strings.Cut(labelKey(s), "：")
		e.unrecognized(s, pos)
		return true
	}
	return false
}

// isProseLine tells a sentence of running text: longer than any label of
// the form, in clauses parted by a comma or semicolon, and ended by a full
// stop (…的项目1个，项目名称为某补贴，项目绩效目标详见附件。).
func isProseLine(s string) bool {
	if utf8.RuneCountInString(s) < 30 || !strings.HasSuffix(s, "。") {
		return false
	}
	return strings.ContainsAny(strings.TrimSuffix(s, "。"), "，,；;")
}

func firstPos(row []layout.Cell) model.Pos {
	for i := range row {
		if layout.Clean(row[i].Text) != "" {
			return row[i].Pos
		}
	}
	if len(row) > 0 {
		return row[0].Pos
	}
	return model.Pos{}
}

// tableSource is where a project that starts at this row points: the line
// of a text export, else the table and row.
func tableSource(row []layout.Cell) model.Pos {
	p := row[0].Pos
	if p.Line > 0 {
		return model.Pos{Line: p.Line}
	}
	return model.Pos{Page: p.Page, Sheet: p.Sheet, Cell: p.Cell, Table: p.Table, Row: p.Row}
}

// rowHasLabel reports whether a row holds a header-block label.
func (lx *lexicon) rowHasLabel(row []layout.Cell) bool {
	for i := range row {
		if row[i].Text == "" || len(row[i].Text) > 120 {
			continue
		}
		if _, _, ok := lx.lookupLabel(lx.key(row[i].Text)); ok {
			return true
		}
		if _, _, _, ok := lx.splitLabelValue(row[i].Text); ok {
			return true
		}
	}
	return false
}

// startsProject reports whether row opens another project's header: it
// names a project (项目名称, 项目编码, 部门（单位）名称) while the current one
// already has that field, or already has indicators.
func (e *extractor) startsProject(row []layout.Cell) bool {
	if e.cur == nil {
		return false
	}
	for i := range row {
		if row[i].Text == "" || len(row[i].Text) > 60 {
			continue
		}
		switch f := e.lx.identityLabel(row[i].Text); f {
		case fName, fCode, fUnitName:
			p := e.cur
			if len(p.Indicators) > 0 || (f == fName && p.Name != "" && !e.nameFromLine()) || (f == fCode && p.Code != "") ||
				(f == fUnitName && e.ps.unitName && !sameUnitAgain(row, i, p.Department.Name)) {
				return true
			}
		}
	}
	return false
}

// nameFromLine tells a current project named by a label line under the
// form's title (项目名称：某工程) whose table has read no row yet: the
// table's own 项目名称 row names the same project (it is the form's field,
// and wins), no second one.
func (e *extractor) nameFromLine() bool {
	return e.lineNamed != nil && e.lineNamed == e.cur && e.ps.rows == 0
}

// sameUnitAgain tells a unit-name row that repeats the unit the project
// already names (部门名称 | 某馆, then 单位名称 | 某馆): the same project's
// second label, not a new project.
func sameUnitAgain(row []layout.Cell, i int, unit string) bool {
	for _, c := range row[i+1:] {
		if s := layout.Clean(c.Text); s != "" {
			return unit != "" && s == unit
		}
	}
	return false
}

// identityLabel tells the labels that name a project (项目名称, 项目编码,
// 部门（单位）名称), cheaply: most cells it is asked about are no label.
func (lx *lexicon) identityLabel(text string) field {
	key := lx.key(text)
	if f, ok := lx.header[key]; ok {
		return f
	}
	if !strings.HasSuffix(key, "名称") && !strings.HasSuffix(key, "编码") && !strings.HasSuffix(key, "代码") && !strings.Contains(key, "（") {
		return fNone
	}
	f, _, _ := lx.lookupLabel(key)
	return f
}

// cellCol is the 1-based grid column of row[i]: its position where the
// reader knows it, else its place in the row.
func cellCol(row []layout.Cell, i int) int {
	if c := row[i].Pos.Col; c > 0 {
		return c
	}
	return i + 1
}

// cellSpan is the number of grid columns row[i] covers.
func cellSpan(row []layout.Cell, i int) int {
	if row[i].Pos.Col > 0 && row[i].ColSpan > 1 {
		return row[i].ColSpan
	}
	return 1
}

// compactLabel removes the white space inside a level label that a
// typesetter or a line break put between its characters: "产 出 指 标" →
// "产出指标", "经济效益\n指标" → "经济效益指标". Spaces between two ASCII
// letters or digits stay.
func compactLabel(s string) string {
	if !strings.ContainsFunc(s, isSpace) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = true
			continue
		}
		if pending && prev < utf8.RuneSelf && r < utf8.RuneSelf && isAlnum(prev) && isAlnum(r) {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// labelText is a label as kept beside its value: compacted, without the
// colon after it.
func labelText(s string) string {
	return strings.TrimRight(compactLabel(s), ":：")
}

func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// signatureRow tells the sign-off row under a table: a signature label
// with its colon (项目负责人： | 财务负责人：), or every text of the row a
// signature label with the name after its colon (项目负责人:查小兵 |
// 财务负责人:唐勇), or a stamp's place (财政绩效管理科室（盖章） 年 月 日, any
// of sealMarks).
func (e *extractor) signatureRow(row []layout.Cell) bool {
	pairs, texts := 0, 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" {
			continue
		}
		texts++
		if key := e.lx.key(s); holdsSeal(key) || strings.HasSuffix(key, "年月日") {
			pairs++ // a stamp and its blank date
			continue
		}
		if strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：") {
			if e.lx.signatures[e.lx.key(s)] {
				return true
			}
			continue
		}
		if k := strings.IndexAny(s, ":："); k > 0 && utf8.RuneCountInString(s) <= 30 && e.lx.signatures[e.lx.key(s[:k])] {
			pairs++
		}
	}
	return pairs > 0 && pairs == texts
}

// foreignHeader tells the first row of a table after a grid that heads
// another table (序号 | 学校名称 | 学段 | 资助人数): every cell filled with a
// short text that is no level label, target or number.
func (e *extractor) foreignHeader(row []layout.Cell) bool {
	if len(row) < 3 {
		return false
	}
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged || utf8.RuneCountInString(s) > 16 {
			return false
		}
		key := labelKey(s)
		if l1, l2 := levelWords(e.lx.v, key); l1 || l2 || e.lx.looksLikeLevel(s) || e.lx.looksLikeValue(s) || decimalPrefix(key) > 0 {
			return false
		}
		if c := e.lx.gridLabel(key); c == cLevel1 || c == cLevel2 || c == cName || c == cValue {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool { return normalize.IsSpace(r) }
