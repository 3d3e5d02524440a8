package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/realscore"
	"github.com/perfdoc/perfdoc/model"
)

// structuralDirs are the corpora the structural mutations run on: the
// build half (all of testdata/real) and the spent held-out sets. The fresh
// held-out set is never read here.
var structuralDirs = []string{"real", "real-heldout", "real-heldout3", "real-heldout4", "real-heldout5", "real-heldout6"}

func structuralFilings(t *testing.T) []string {
	var out []string
	for _, d := range structuralDirs {
		fs, err := realscore.Filings(filepath.Join("..", "testdata", d))
		require.NoError(t, err)
		out = append(out, fs...)
	}
	return out
}

// TestSMRoundTrip: the page model writes every filing back as it was: the
// text export byte for byte, the HTML to the same score.
func TestSMRoundTrip(t *testing.T) {
	for _, dir := range structuralFilings(t) {
		h, err := os.ReadFile(filepath.Join(dir, "filing.html"))
		require.NoError(t, err)
		x, err := os.ReadFile(filepath.Join(dir, "filing.txt"))
		require.NoError(t, err)
		p := readSMPage(string(h))
		assert.Equal(t, string(x), p.text(), "%s: text export", filepath.Base(dir))
	}
}

// structuralFloors hold each structural mutation, by form, at what this
// version reaches over all its parses: fields matched (of the expected
// ones), the most extra indicators, levels right and actual/weight/score
// cells right. Raise the first, third and fourth and lower the second as
// the extractor improves; move them to the measured numbers when filings
// are added to testdata/real. Last moved when the sixth round's build-half
// filings landed (new filings, not a regression: 151, a glued Chongqing
// department-wide self-evaluation, adds fields and one extra indicator to
// every mutation that keeps its grid). Moved again for gatherA's
// build-half filings 117-121 (new filings, not a regression): their grids
// add fields to every mutation and extras in swap-values-blank (109 -> 116
// in HTML, 108 -> 115 in text) and short-header (7 -> 8, 3 -> 4).
// Moved again for gatherB's 153 and 155 (new filings, not a regression):
// 153, a Fujian department-wide self-evaluation whose target column
// 绩效目标值 is split under unknown captions, reads its two indicators with
// a bare "=" as target: 2 extra in split-unknown and
// split-unknown-unit-first, to remove. Moved again for gatherA's 125 and
// 127 (Shanxi self-evaluations; new filings, not a regression): fields,
// levels and cells added to every mutation, no extra; 129 and 131 add a
// budget field to three mutations. Moved again for gatherB's 165 (a
// Jiangxi department-wide self-evaluation; new filing, not a regression):
// 16 fields and 48 cells to every mutation that keeps its grid, and 3
// extra in swap-values-blank (53 -> 56 in HTML, 52 -> 55 in text).
// Raised when a money header's caption over the rows' labels was read
// (资金来源 | 年初预算数 | 全年预算数): 159's budget, one field in the
// mutations that keep its grid.
// Raised when category columns became level 1 (指标分类 | 指标 | 目标值: 157 read,
// 3 fields to every mutation that keeps its grid; a level-1 caption over
// categories read as names no longer pushes a text export's header one
// column right).
// Raised when a goals caption over one text a row beside an empty target
// column was read as the target (指标类型 | 指标名称 | 绩效目标 | 绩效标准: 155's five
// sentence targets in every mutation that keeps its grid).
// Raised when a column of a few groups left of level 2 became level 1
// (分解目标 | 自评权重 | 二级指标 over 管理指标 | 30 | 预算编审管理: 165's 16 levels in every
// mutation that keeps its grid).
// Raised when a self-evaluation's weight and score captions with the unit
// of their points (指标权重(分), 指标得分(分)) and its results past the adjusted
// target were read (151's 51 cells in every mutation that keeps its grid).
// span-once txt fields 7 down and extras 6 down: 151 with 指标性质 over two
// columns, its captions now known and a column off the cells they name, is
// no grid (it read 7 of 17 by a misaligned reading, with 6 wrong targets
// such as 90%定量指标).
// Raised when a unit cell that is no unit word was no longer appended to a
// value carrying its own unit (151's 2200篇 beside tot扁: one field more,
// one extra fewer, in every mutation that keeps its grid).
// Raised when money captions naming the total were read (119's 合计（万元）,
// 153's 小计③=①+② among captions numbered for their formulas): their
// budgets in every mutation that keeps their grids.
// Raised when level labels in every row left of level 2 became level 1
// (项目完成指标 | 效益指标 | 满意度指标), as a grouping column's labels that read as
// words of a target (项目完成指标) now do.
// Raised when the results past the targets were found across an empty
// column under a target caption's span (151's 17 actual cells where 年初指标值
// or 调整指标值 spans two columns).
// Raised when the results past the targets were found across the target's
// parts (指标性质 between 年初指标值 and 调整指标值: 151's 17 actual cells in swap-
// values).
// Raised when a goals caption over the targets counted its texts against
// the named rows, not every row (155 read with a blank row amid its rows
// or a signature row under them).
// Moved for gatherC's seventh-round build-half filings (new filings, not a
// regression): 171 (a Chuzhou 人社局 self-evaluation, budget only) adds its
// budget to every mutation that keeps its money grid.
// Moved again for gatherC's 173 (new filing, not a regression: a glued
// central 申报表 with 指标 | 指标内容 | 指标值 and no level 2): its 12 fields and
// levels in the mutations that keep its grid and reach its columns.
// Moved again for gatherC's 177 (new filing, not a regression: a county
// 医保局's transfer self-evaluation, amounts with 万 in the cells): its
// budget, indicator, level and actual in every mutation that keeps its grid.
// Moved again for gatherC's 179 (new filing, not a regression: a Yunnan
// city self-evaluation with points in its level-1 cells and empty rows after
// each block): its fields, levels and cells in every mutation that keeps its
// grid, and its one extra (the 总分(100分) | 100 | 自评等级 | 优 row read as an
// indicator, to remove) in each; more in swap-levels, swap-values and the
// span mutations (4 → 5 or 7 → 12 in HTML).
// Moved when the spent real-heldout5 and real-heldout6 joined structuralDirs
// (new filings, not a regression): fields, levels and cells added to every
// mutation; extras up in swap-values-blank (10 -> 35 html, 10 -> 28 txt),
// span-caption txt (12 -> 13), span-once txt (34 -> 35), span-once-bare txt
// (25 -> 28), to remove.
// Moved for gatherD's seventh-round 203 (a Shanghai sports centre's
// self-evaluation, two projects; new filing, not a regression): fields,
// levels and cells added to every mutation that keeps its grid, no extra.
// Raised when a monitoring table's results caption (半年度指标执行情况) was
// read as the results (162's actual cell, one cell in every mutation that
// keeps its grid).
// Moved again (extras only, to the measured numbers) after the total row
// with its points (总分(100分) | 100 | 自评等级 | 优, 179) stopped being
// read as an indicator: one to five fewer extra per mutation; the
// headless worded-target rule (205) moves none of these numbers. Levels
// raised when a lone level-1 word left of the level 2 became a level 1
// (span-once/txt 3600 -> 3641, span-once-bare/txt 3667 -> 3690).
// swap-values-blank/txt extras 28 -> 27 when a money-unit line run on
// from the grid (207101某法院 | 单位:万元) with its label in the name's
// place stopped naming an indicator (120's text export).
// swap-values-blank/html extras 35 -> 27 when a caption above a
// headerless reading that spans its column as the cells under it do (得分
// with colspan 4 over the points) vetoed a target read from under it
// (164's eight rows whose points were their targets).
// swap-values-blank extras 27 -> 23 (html and txt), fields 1456 -> 1468
// and 1445 -> 1457, levels and cells up, when the results' echo found a
// blank-captioned target column of words and counts content reads as
// names (130's 550万粒 | 是; 164's sentences), no longer the points beside.
// swap-values-blank extras 23 -> 17, fields 1468 -> 1474 html and
// 1457 -> 1463 txt, when a blank-captioned column of targets right of the
// names with a level word among them (持续影响) was read as the target
// (120's six indicators read without their targets).
// span-caption/html and span-once/html extras 7 -> 4 when a row as wide
// as the header whose cells span other columns (一级指标 over two columns,
// a sentence over the name and the target) was read by position: the
// sentence spans both, no indicator (04's three 效益 rows).
// span-once/txt extras 35 -> 20, span-caption/txt 13 -> 9, short-header/txt
// 2 -> 1 when a level label in the name's column beside an empty level-2
// cell (效益指标 | | 社会效益指标 | ≥75%: a row a column off) stopped
// naming an indicator (LEVEL-AS-NAME; 85, 04, 102, 15, 28, 57, 130).
// Moved for gatherH's eighth-round 241 (a Sichuan region self-evaluation
// of the inclusive-finance fund, weights in percent; new filing, not a
// regression): fields, levels and cells added to every mutation that keeps
// its grid; span-once-bare/txt reads 69 of its 70 new fields, one extra.
// Moved for gatherE's 211 (a Yunnan district self-evaluation; new filing,
// not a regression): 7 fields, levels and 21 cells in every mutation that
// keeps its grid, no extra.
// span-once-bare/txt extras 29 -> 15, fields 4946 -> 4961, levels 3903 ->
// 3927, cells 5986 -> 6019, and span-once/txt extras 20 -> 18, levels
// 3857 -> 3862 (floors moved to the measured numbers), when a short row's
// span was put over a blank caption's column empty in every row as wide
// as the header (a hollow column: 三级指标 | (blank) over a name printed
// once across both) rather than at the row's end (01's sign read as the
// description, 08's and 154's weights, 130's points and 103's result read
// as targets, 24's basis joined to its target; 54's description as the
// name).
// Moved again for gatherE's 217 (a Xiao county town's self-evaluation, ★
// rows with weight and score but no target over sub-rows with targets;
// new filing, not a regression) and the round's filings landed since:
// fields, levels and cells added to every mutation that keeps their
// grids, no extra.
// span-once-bare/txt extras 15 -> 10, fields 5041 -> 5052, levels 3990 ->
// 4069, cells 6091 -> 6113, when a text header one cell longer than its
// rows whose one blank caption stands right of a caption (一级指标 | (blank)
// | 二级指标) lost that blank, its captions then over their columns (17's
// targets read without their signs and units, 119's and 85's level
// labels and 58's description read as names; 85's satisfaction row,
// whose level-1 cell spans both, now reads its level label as the name
// under 一级指标, as span-once does).
// span-once/txt extras 18 -> 15 and span-once-bare/html 7 -> 6 when a
// target cell holding a unit and no number (%) stopped taking the unit
// column's cell after it, a text that is no unit (59's two-row grid a
// column off: 数量指标 = %猪肉产量稳定率).
// swap-values-blank/txt extras 17 -> 15, fields 1542 -> 1552, levels 1168
// -> 1178, when a column of numbers under a blank caption left of the
// level columns stopped being read as the target by content (54's unit
// codes, 505006, in a wide table's first column; its targets now read).
// swap-levels/txt extras 4 -> 2 when a short row whose one text spans
// both level columns and the name's (98's 偏差大或目标未完成原因分析 | 无 and
// 改进措施及结果应用方案 | 无 under the total) stopped naming an indicator.
// span-once-bare/txt extras 10 -> 9, fields 5052 -> 5053, levels 4069 ->
// 4071, cells 6113 -> 6116, when a hollow column was found under one
// full row too (153's two-row grid: its level-1 label no longer spans
// the level 2, its level-2 label no longer names the indicator).
// span-once/txt extras 15 -> 14 and span-once-bare/txt 9 -> 8 when a
// level label longer than the taxonomy's words that ends with a level-2
// family's name (社会公众或服务对象满意度指标) in the name's column beside
// an empty level-2 cell stopped naming an indicator (85, LEVEL-AS-NAME).
// swap-values-blank extras 17 -> 10 in HTML and 15 -> 8 in text, fields
// 1553 -> 1560 and 1552 -> 1559, levels 1180 -> 1187 and 1178 -> 1185,
// when a blank-captioned column of level labels between the target and
// the descriptions named the indicators, the descriptions keeping their
// caption (122's 数量指标 | 质量指标 under a blanked 指标名称 right of its
// blanked 指标值).
// swap-values-blank/txt extras 8 -> 7, fields 1559 -> 1569, levels 1185 ->
// 1195, when a column of names left of the level columns stopped naming
// the indicators by content (54's projects, 学生伙食费, in a wide table's
// second column; its names, right of the levels, now read).
// split-unknown and split-unknown-unit-first extras 2 -> 0, fields 611 ->
// 613, levels 524 -> 526, cells 678 -> 684 (html and txt), when the
// numbers' column beside the unit column under unknown captions was read
// as the target though its numbers run on row by row (153's 9 | 10 under
// 数值, a self-evaluation's 评分标准 right of them: its two indicators were
// read with an empty target, not 9个 and 10场).
// span-once-bare/html extras 6 -> 4, fields 5064 -> 5066, levels 4106 ->
// 4112, when a row as long as its header whose cells span other columns
// (59: 一级指标 over the block label and the level 1, the name spanning a
// blank caption's column) was read by the cells' positions, not by index
// (its block label read as the level 1 and its level 2 as the name,
// 数量指标=≥95%).
// span-caption/txt fields 5122 -> 5155, levels 4073 -> 4081, cells 5984 ->
// 5990, and span-once/txt extras 14 -> 11, fields 4894 -> 4927, levels
// 3925 -> 3932, when a span reading of a text header one cell short that
// scores no more than 0 was taken where it scores more than the blank
// caption put before the header and the frame's first column is empty in
// every row as wide as the frame (42's self-evaluation under 分值, 实际完成值
// or 得分 spanning: 1 of 10 fields to 10; 166's; 05's 半年 | 全年 targets,
// its names no longer the level 2). One parse reads less: 162 span-caption
// 一级指标 (2 -> 1 fields, 1 -> 0 cells), where neither reading is right.
// span-caption/txt extras 9 -> 4, fields 5155 -> 5161, levels 4081 ->
// 4087, span-once/txt extras 11 -> 8, fields 4927 -> 4931, levels 3932 ->
// 3936, when that span reading was taken too where the blank reading's
// first caption stands over an empty column (83: 一级指标 over its level-2
// labels and the empty column its span covers; its descriptions no longer
// name the indicators, its rows a cell short left unread).
// Moved again for gatherN's 301 (a university teaching centre's 2018
// evaluation notice; new filing, not a regression): 9 fields and 9 levels
// to every mutation that keeps its grid, and its score block's two
// label | points pairs as 2 extra in each where the extras floor moved
// (swap-levels, swap-values, swap-values-blank). The fields, levels and
// cells moved with it also count the ninth round's build-half filings
// landed before (273, 281, 291, 293), which the floors had not yet
// counted.
// swap-values-blank/html extras 10 -> 7 when a grid named by its levels
// (no name column) stopped reading a row whose one text spans the level-2
// cell and the target (39's 评价结论 | 存在问题 | 改进措施 rows, a sentence
// over the rest of the row, read as level, name and target).
// swap-values-blank extras 7 -> 6 (html and txt), fields 1596 -> 1597 and
// 1605 -> 1606 (the floors, behind the build half's new filings, moved to
// the measured numbers), when bare numbers under a blank caption stopped
// being the target beside a blank-captioned column of typed targets (19's
// 10 | ≤65万元: the points, then the target).
// span-once/txt and span-once-bare/txt extras 18 -> 15, fields, levels
// and cells +3 each, when a 二级指标 column of short names beside sentence
// descriptions read as the names with half of them shaped as level labels,
// not a third (105's two rows of one width, 资金到位率 | 预算支出进度: its
// descriptions had named the indicators, 指标内容 with no 三级指标).
// span-caption/txt extras 14 -> 13, fields 5301 -> 5302, span-over/txt
// extras 2 -> 1, fields 163 -> 164, levels +1 each, when a text-export
// row one cell longer than its header whose last columns are recipient
// areas read its areas from its end (57's 三级指标 printed once over two
// columns: its first area's target was the description).
// swap-values-blank extras 6 -> 5 (html and txt; the floors, behind the
// build half's new filings, moved to the measured numbers, fields 1620 and
// 1629 unchanged by it) when a row of a grid named by its levels holding
// an unread text between the level 2 and the target stopped being named
// by the level label (39's 经济成本指标 | ≤ | 成本控制数 | 30, its sign and
// name captions blank: LEVEL-NAME-UNDECIDED, the row unrecognized).
// swap-values-blank extras 10 -> 6 (html and txt), fields 1604 -> 1608
// and 1613 -> 1617, cells 1462 -> 1464 and 1481 -> 1483, when a blank caption
// over short words in exactly the rows whose target is a bare number, a
// unit word among them, was read as the unit (101's 人数 | % beside 80 |
// 95, its qualitative rows empty in both: read as descriptions or left,
// the targets without their units).
// swap-values and swap-values-blank extras 8 -> 6 and 6 -> 4 (html and
// txt), cells up in every mutation, when a caption naming what was done
// beside the target's (301's 预算设定指标值 | 项目完成指标值) was read as the
// actual instead of a second target; the fields, levels and cells moved
// with it also count the build-half filings landed before (221, 311, 341).
// Extras moved to the measured numbers (2 fewer in every parse of 301: 4
// in swap-levels, 2 in swap-values and swap-values-blank, 2 to 10 in the
// rest) when no row named by points was read as an indicator (301's score
// block under its grid, 考核节点进度完成率 | 10分 | 项目采购节约率 | 10分: 10分
// and 9分 named two); fields, levels and cells unchanged by it.
// span-once-bare/txt extras 5 -> 4, fields 5213 -> 5214, levels +1, when
// a text export's header with one blank caption past its first cell and an
// areas' row under it, one cell wider than every row under it, marked the
// blank column hollow (57's 一级指标 | (blank): its 质量指标 row, the level-1
// cell merged down, read its level 2 in the blank column, its name as the
// level 2 and its description as the name).
// Moved to the measured numbers again when g11f's 461 landed (new filing,
// not a regression): its two 定性 rows, whose 度量单位 cell "无" says there
// is no unit, read "保障无" for 保障: 2 extra in every parse of its grid.
// Moved to the measured numbers when g11j's 501 landed (new filing, not a
// regression): a 2011-template scoring grid (一级指标 | 分值 | 二级指标 | 分值 |
// 三级指标 | 分值 | 得分, no target column) whose eleven scored rows are read
// as indicators with their points as targets: 11 extra in every parse of
// its grid (the fields floors also catch up with filings landed since
// they were set, 511's budget among them).
// Moved to the measured numbers when a 度量单位 cell saying there is no unit
// (无: noUnitMark) was no longer joined to the target: 461's two 定性 rows
// read 保障, 2 fields more and 2 extras fewer in every parse of its grid.
// Extras moved back down to the measured numbers when a scoring sheet's
// target column under a caption of points (501's 分值 again: targetUnderPoints,
// SCORING-GRID) stopped being read: 501's eleven extras gone in every
// parse of its grid; fields, levels and cells unchanged.
var structuralFloors = map[string][4]int{
	"swap-levels/html": {1882, 2, 1598, 1646}, "swap-levels/txt": {1882, 2, 1598, 1646},
	"swap-values/html": {2640, 2, 2083, 3427}, "swap-values/txt": {2636, 2, 2079, 3423},
	"swap-values-blank/html": {1688, 11, 1291, 1535}, "swap-values-blank/txt": {1697, 11, 1299, 1554},
	"split/html": {699, 0, 594, 723}, "split/txt": {699, 0, 594, 723},
	"split-unknown/html": {664, 0, 573, 716}, "split-unknown/txt": {664, 0, 573, 716},
	"split-unit-first/html": {699, 0, 594, 723}, "split-unit-first/txt": {699, 0, 594, 723},
	"split-unknown-unit-first/html": {664, 0, 573, 716}, "split-unknown-unit-first/txt": {664, 0, 573, 716},
	"short-header/html": {1273, 1, 993, 1486}, "short-header/txt": {1265, 1, 965, 1483},
	"unmerge-repeat/html": {848, 1, 749, 693}, "unmerge-repeat/txt": {848, 1, 749, 693},
	"unmerge-empty/html": {848, 1, 749, 693}, "unmerge-empty/txt": {848, 1, 749, 693},
	"sign-row/html": {1307, 1, 1039, 1493}, "sign-row/txt": {1307, 1, 1039, 1493},
	"subtotal-row/html": {1054, 1, 849, 934}, "subtotal-row/txt": {1054, 1, 849, 934},
	"blank-row/html": {1286, 1, 1025, 1466}, "blank-row/txt": {1286, 1, 1025, 1466},
	"span-caption/html": {5815, 4, 4714, 6715}, "span-caption/txt": {5648, 8, 4516, 6464},
	"span-once/html": {5540, 4, 4530, 6427}, "span-once/txt": {5369, 8, 4305, 6187},
	"span-once-bare/html": {5539, 4, 4527, 6427}, "span-once-bare/txt": {5527, 4, 4478, 6417},
	"span-over/html": {175, 3, 151, 57}, "span-over/txt": {166, 6, 142, 57},
	"title-row/html": {1306, 1, 1039, 1484}, "title-row/txt": {1306, 1, 1039, 1484},
	"money-span/html": {278, 0, 217, 591}, "money-span/txt": {276, 0, 217, 591},
	"split-words/html": {699, 0, 594, 723}, "split-words/txt": {699, 0, 594, 723},
	"split-unknown-words/html": {664, 0, 573, 716}, "split-unknown-words/txt": {664, 0, 573, 716},
	"split-words-unit-first/html": {699, 0, 594, 723}, "split-words-unit-first/txt": {699, 0, 594, 723},
	"split-unknown-words-unit-first/html": {664, 0, 573, 716}, "split-unknown-words-unit-first/txt": {664, 0, 573, 716},
	"split-postfix/html": {699, 0, 594, 723}, "split-postfix/txt": {699, 0, 594, 723},
	"split-unknown-postfix/html": {664, 0, 573, 716}, "split-unknown-postfix/txt": {664, 0, 573, 716},
}

type smScore struct {
	mutationScore
	baseMatched, baseExtra int
}

// add counts one mutated parse (sc) against its unmutated one (b).
func (s *smScore) add(sc, b realscore.Score) {
	mm, n := sc.Fields()
	bm, _ := b.Fields()
	s.matched += mm
	s.expected += n
	s.extra += sc.ExtraCount()
	s.levels += sc.Levels
	s.levelsExp += sc.LevelsExp
	s.cells += sc.Cells
	s.cellsExp += sc.CellsExp
	s.parses++
	s.baseMatched += bm
	s.baseExtra += b.ExtraCount()
}

// TestStructuralMutations rewrites the indicator grids of the real filings
// of testdata/real and the spent held-out sets (every filing, every
// grid, one mutation at a time) and scores each parse, HTML and text
// export, against the filing's truth: the layouts of templates nobody here
// has seen differ in more than their captions (issue 21). The mutations:
//
//   - swap-levels, swap-values: two neighbouring captions swapped with their
//     columns (计量单位 before 指标值, 权重 before 指标值, 三级 before 二级);
//     swap-values-blank: the same with both captions blank, for the pairs
//     whose content tells them apart (names and targets, targets and units,
//     signs and targets; not the target and the result, the weight and the
//     score, nor 备注);
//   - split, split-unknown: the target column split into comparator |
//     number | unit (≥ | 95 | %), under 指标性质 | 指标值 | 计量单位 or under
//     比较 | 数值 | 单位; split-unit-first, split-unknown-unit-first: the
//     same with the unit first (计量单位 | 指标性质 | 指标值, family 3);
//     split-words, split-unknown-words and their -unit-first: the same
//     split with each sign written as a word (≥ → 大于等于, Inner
//     Mongolia's 指标方向 column) under 指标方向 | 目标值 | 计量单位 or
//     比较 | 数值 | 单位, the comparator first or after the unit (目标值 |
//     计量单位 | 指标方向); scored with the words read back as the signs the
//     truth holds (smSignsBack). Before comparator words counted as a
//     comparator: 505 (470 unknown) of 643 fields, 138 (136) extra;
//     split-postfix, split-unknown-postfix: the same split with the
//     comparator written after the number and unit as the word that
//     follows a number (98 | % | 以上, ≤ → 以下; =, >, < stay signs) under
//     指标值 | 计量单位 | 目标方向 or 数值 | 单位 | 比较, scored with the
//     words read back as signs (smPostfixBack). Before such words counted
//     as a comparator: 510 (475 unknown) of 643 fields, 133 (131) extra
//     (the words read as descriptions, the targets typed =);
//   - short-header: the header one cell short (family 5), every caption a
//     column left of its cells;
//   - unmerge-repeat, unmerge-empty: level cells merged down written once per
//     row, repeated or empty below;
//   - sign-row, subtotal-row, blank-row: a signature row (项目负责人: |
//     财务负责人:) and a 合计 row after the grid, an empty row amid it;
//   - span-caption, span-once, span-once-bare, span-over, title-row: column
//     spans a text export prints once (spanmut_test.go): a caption over its
//     column and an empty one beside it; the same with the first cell under
//     it spanning both (a name, or a level label merged down, with colspan
//     2 in one place only), under the spanning caption or a blank one of
//     its own; a caption over its column and the next, whose caption is
//     lost (三级指标 over the names and their descriptions, 指标值 over the
//     target and its unit); a title row spanning the grid above its header;
//     money-span: the first money row's label over its column and an empty
//     one (年度资金总额 with colspan 2 in its row only). The HTML keeps the
//     spans; what the text export reads less is what it loses.
//
// A grid that goes on in the next table (a page break: no header, the same
// width) is rewritten there too, and the rows after a grid go after its
// last table. Each is held at its floor (structuralFloors); the log names
// every parse that reads less than the unmutated filing.
//
// What is left, and why:
//   - short-header, levels: a level-1 column whose caption was lost is
//     read by content where its texts are shaped as level labels, some the
//     taxonomy's (项目完成指标 | 项目效益指标), else left unread, its level
//     empty, never wrong; so are the level 2 and the result cells of
//     a text export whose two-row header is two cells short (20, 42: read
//     by content, no header).
//   - short-header, extras (to remove): 83, whose header is already one
//     level off its columns (二级指标 | 绩效标准 over names | descriptions)
//     and loses a caption, reads descriptions as names; 57's text export
//     (areas in one column each) reads descriptions as names. 101, a flat
//     list (指标 | 指标权重 | 计量单位 | 指标性质 | 指标值) that loses
//     指标权重, now reads its 定性 rows' column as the nature.
//   - swap-values-blank (to improve): a header whose target and name
//     captions are both blank is a grid where it names both levels and
//     content finds the names and, between them and the levels, the
//     targets (35, 32, 51), or where it names a self-evaluation's results,
//     whose echo then finds the target (46, 56, 77, 91, 45, 165); where
//     nothing echoes, the rows read by content alone put no target under
//     得分 (107) and leave a weight and its full score (8 | 8) unread.
//     A blank unit column filled only beside the bare-number targets
//     (101's 人数 | % in two rows of five) is the unit; bare numbers
//     beside typed targets (19's 10 | ≤65万元) are not the target; a
//     conclusion row under a grid named by its levels (39's 评价结论 |
//     a sentence over the rest) is no indicator; nor is a row of a grid
//     named by its levels with an unread text between the level and the
//     target (39's 成本控制数 under a blank caption, a cost name content
//     reads as a level word). Left: 1 extra in each form, the unmutated
//     filings' (57's area row, below).
//   - span-caption, span-once, span-once-bare, span-over, text exports
//     (to remove; 3, 5, 5 and 1 extra, 4, 4, 4 and 1 of them the
//     unmutated filings', 57's area row whose areas differ, read with the
//     first area's target as the design says): 105's grid of three rows whose first two print
//     the level-1 span once reads its names under 二级指标 from those two
//     rows (one of two shaped as a level label, 预算支出进度, is no longer
//     too many), and 57's with a blank caption beside 一级指标 over an areas'
//     row marks that column hollow (span-once-bare); 57 (1 in span-once), a transfer
//     table whose areas' targets stand in columns of their own: a row one
//     cell longer than its header reads its areas from its end (span-
//     caption, span-over), but where the span is the description's or
//     the level 1's the rows are read as aligned (alignShort) with the
//     description as the name;
//     162 (1 in span-caption), whose 备注 spans an empty column as the
//     block label's column is empty too: the search puts the span over
//     the block's, every caption then a column left (its span reading
//     scores below 0 and is refused; where its 一级指标 spans, the span
//     reading taken over the empty first column reads one field and one
//     cell less than the blank reading did, the one parse that fell when
//     the span reading was preferred there).
//   - span-once-bare, HTML (4, all of them the unmutated filings').
//   - split-unknown: 44's grid (序号 | 三级指标 | 比较 | 数值 | 单位) is no
//     grid by its header alone (a name and a unit caption) and is not read,
//     no value in a wrong field.
func TestStructuralMutations(t *testing.T) {
	scores := map[string]*smScore{}
	for _, dir := range structuralFilings(t) {
		truth, err := realscore.ReadTruth(filepath.Join(dir, "truth.json"))
		require.NoError(t, err)
		h, err := os.ReadFile(filepath.Join(dir, "filing.html"))
		require.NoError(t, err)
		p := readSMPage(string(h))
		base := map[string]realscore.Score{}
		for _, form := range realscore.Forms {
			page := string(h)
			if form == "txt" {
				page = p.text()
			}
			doc, err := Parse([]byte(page), Options{Path: filepath.Join(dir, "filing."+form)})
			if err != nil {
				doc = nil
			}
			base[form] = realscore.Compare(truth, doc)
		}
		for _, g := range p.grids() {
			for _, m := range structMutations {
				pages, labels := m.apply(p, g)
				for i, q := range pages {
					for _, form := range realscore.Forms {
						page := q.html()
						if form == "txt" {
							page = q.text()
						}
						path := filepath.Join(dir, "filing."+form)
						doc, err := Parse([]byte(page), Options{Path: path})
						if err != nil {
							doc = nil
						}
						if wordsMutation(m.name) {
							smSignsBack(doc)
						}
						if postfixMutation(m.name) {
							smPostfixBack(doc)
						}
						sc := realscore.Compare(truth, doc)
						k := m.name + "/" + form
						s := scores[k]
						if s == nil {
							s = &smScore{}
							scores[k] = s
						}
						b := base[form]
						bm, _ := b.Fields()
						mm, n := sc.Fields()
						if mm < bm || sc.ExtraCount() > b.ExtraCount() || sc.Levels < b.Levels || sc.Cells < b.Cells {
							t.Logf("%s %s %s: %d/%d fields (base %d), %d extra (base %d), levels %d/%d, cells %d/%d %v",
								filepath.Base(dir), k, labels[i], mm, n, bm, sc.ExtraCount(), b.ExtraCount(), sc.Levels, sc.LevelsExp, sc.Cells, sc.CellsExp, extrasOf(sc))
							if os.Getenv("SM_DUMP") != "" {
								os.WriteFile(fmt.Sprintf("/tmp/smdump-%s-%s-%s-t%dr%d.%s", filepath.Base(dir), m.name, labels[i], g.table, g.head, form), []byte(page), 0o644)
							}
						}
						s.add(sc, b)
					}
				}
			}
		}
	}
	var names []string
	for _, m := range structMutations {
		names = append(names, m.name)
	}
	checkMutationFloors(t, names, scores, structuralFloors, 22)
}

// checkMutationFloors logs each mutation's score in both forms and checks
// it against its floor: fields, levels and cells right no fewer, extra
// indicators no more (TestStructuralMutations, TestLayoutMutations).
func checkMutationFloors(t *testing.T, names []string, scores map[string]*smScore, floors map[string][4]int, width int) {
	t.Helper()
	for _, name := range names {
		for _, form := range realscore.Forms {
			k := name + "/" + form
			s := scores[k]
			if !assert.NotNil(t, s, "%s: no parse", k) {
				continue
			}
			t.Logf("%-*s %4d/%4d fields (unmutated %4d), %3d extra (unmutated %2d), levels %d/%d, cells %d/%d, %d parses",
				width, k, s.matched, s.expected, s.baseMatched, s.extra, s.baseExtra, s.levels, s.levelsExp, s.cells, s.cellsExp, s.parses)
			fl, ok := floors[k]
			if !assert.True(t, ok, "%s: no floor", k) {
				continue
			}
			assert.GreaterOrEqual(t, s.matched, fl[0], "%s: fields matched fell below the floor", k)
			assert.LessOrEqual(t, s.extra, fl[1], "%s: more extra indicators than before", k)
			assert.GreaterOrEqual(t, s.levels, fl[2], "%s: levels right fell below the floor", k)
			assert.GreaterOrEqual(t, s.cells, fl[3], "%s: cells right fell below the floor", k)
		}
	}
}

func extrasOf(s realscore.Score) []string {
	var out []string
	for _, x := range s.Extras {
		out = append(out, x.Name+"="+x.Raw)
	}
	return out
}

// TestStructMutationHelpers checks the mutations on a small grid: each
// rewrites the grid as its comment says and leaves the rest alone.
func TestStructMutationHelpers(t *testing.T) {
	page := `<p>表</p><table border="1"><tr><td>项目名称</td><td colspan="4">某项目</td></tr>` +
		`<tr><td rowspan="3">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>` +
		`<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>` +
		`<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr></table>`
	p := readSMPage(page)
	gs := p.grids()
	require.Len(t, gs, 1)
	assert.Equal(t, smGrid{table: 0, head: 1, body: 2, end: 4, caps: gs[0].caps,
		roles: []string{"", "level1", "level2", "name", "value"}}, gs[0])
	body := func(q smPage) string {
		h := q.html()
		return h[strings.Index(h, "\n")+1 : strings.Index(h, "</table>")]
	}
	want := map[string][]string{
		"swap-levels": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>二级指标</td><td>一级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td>数量指标</td><td rowspan=\"2\">产出指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>三级指标</td><td>二级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>户数</td><td>数量指标</td><td>≥10户</td></tr>\n<tr><td>合格率</td><td>质量指标</td><td>100%</td></tr>\n",
		},
		"swap-values": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标值</td><td>三级指标</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>≥10户</td><td>户数</td></tr>\n<tr><td>质量指标</td><td>100%</td><td>合格率</td></tr>\n",
		},
		"split-unknown": {
			"<tr><td>项目名称</td><td colspan=\"6\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>比较</td><td>数值</td><td>单位</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥</td><td>10</td><td>户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td></td><td>100</td><td>%</td></tr>\n",
		},
		"split-words-unit-first": {
			"<tr><td>项目名称</td><td colspan=\"6\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>目标值</td><td>计量单位</td><td>指标方向</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>10</td><td>户</td><td>大于等于</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100</td><td>%</td><td></td></tr>\n",
		},
		"split-postfix": {
			"<tr><td>项目名称</td><td colspan=\"6\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td><td>目标方向</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>10</td><td>户</td><td>以上</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100</td><td>%</td><td></td></tr>\n",
		},
		"short-header": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">绩效指标</td><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
		},
		"unmerge-repeat": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td>产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>产出指标</td><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
		},
		"unmerge-empty": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td>产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td></td><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
		},
		"subtotal-row": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n<tr><td colspan=\"4\">合计</td><td></td></tr>\n",
		},
		"span-caption": {
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td colspan=\"2\">一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td></td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td></td><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td colspan=\"2\">二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td></td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td></td><td>合格率</td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td colspan=\"2\">三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td></td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td></td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td colspan=\"2\">指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td><td></td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td><td></td></tr>\n",
		},
		"span-once": {
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td colspan=\"2\">一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\" colspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td colspan=\"2\">二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td colspan=\"2\">数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td></td><td>合格率</td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td colspan=\"2\">三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td colspan=\"2\">户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td></td><td>100%</td></tr>\n",
			"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td colspan=\"2\">指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td colspan=\"2\">≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td><td></td></tr>\n",
		},
		"title-row": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td colspan=\"5\">年度绩效指标</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
		},
		"blank-row": {
			"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"4\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"3\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td></td><td></td><td></td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n",
		},
	}
	for _, m := range structMutations {
		pages, _ := m.apply(p, gs[0])
		if w, ok := want[m.name]; ok {
			var got []string
			for _, q := range pages {
				got = append(got, body(q))
			}
			assert.Equal(t, w, got, m.name)
		}
		for _, q := range pages {
			assert.True(t, strings.HasPrefix(q.html(), "<p>表</p><table border=\"1\">\n"), m.name)
		}
	}
	// the words read back as signs only where a cell of their own wrote them
	doc := &model.Document{Projects: []model.Project{{Indicators: []model.Indicator{
		{Value: model.Value{Raw: "大于等于10户"}, ValueParts: []model.LabeledText{{Text: "大于等于"}, {Text: "10"}, {Text: "户"}}},
		{Value: model.Value{Raw: "大于等于10户"}, ValueParts: []model.LabeledText{{Text: "大于等于10户"}}},
		{Value: model.Value{Raw: "10户大于"}, ValueParts: []model.LabeledText{{Text: "10户"}, {Text: "大于"}}},
	}}}}
	smSignsBack(doc)
	var raws []string
	for _, ind := range doc.Projects[0].Indicators {
		raws = append(raws, ind.Value.Raw)
	}
	assert.Equal(t, []string{"≥10户", "大于等于10户", "10户大于"}, raws)
	smSignsBack(nil)
	// the words after the number read back as signs before it, only where
	// a cell of their own wrote them
	doc = &model.Document{Projects: []model.Project{{Indicators: []model.Indicator{
		{Value: model.Value{Raw: "10户以上"}, ValueParts: []model.LabeledText{{Text: "10"}, {Text: "户"}, {Text: "以上"}}},
		{Value: model.Value{Raw: "10户以上"}, ValueParts: []model.LabeledText{{Text: "10户以上"}}},
		{Value: model.Value{Raw: "以下10户"}, ValueParts: []model.LabeledText{{Text: "以下"}, {Text: "10户"}}},
	}}}}
	smPostfixBack(doc)
	raws = nil
	for _, ind := range doc.Projects[0].Indicators {
		raws = append(raws, ind.Value.Raw)
	}
	assert.Equal(t, []string{"≥10户", "10户以上", "以下10户"}, raws)
	smPostfixBack(nil)
	assert.Equal(t, "表\n\t项目名称\n\t某项目\n\n\t绩效指标\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t\n\t产出指标\n\t数量指标\n\t户数\n\t≥10户\n\n\t\n\t\n\t质量指标\n\t合格率\n\t100%\n\n\n", p.text())
}
