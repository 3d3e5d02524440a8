package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// A grid header one cell short of its rows (issue 21, family 5): the
// block label 绩效指标 starts on the first row under the header, or the
// header lost its first caption; every caption stands one column left of
// the cells it names (一级指标 over the block label, 二级指标 over the
// level-1 words, 指标值 over the names). The captions name what the columns
// right of them hold: the header moves one column right, in HTML (grid
// positions) and in a text export (none), and the column left without a
// caption is read by its content.
func TestHeaderOneCellShort(t *testing.T) {
	want := []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "效益指标/社会效益指标/受益人数=1200人"}
	fromHTML := func(page string) []layout.Block {
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		return blocks
	}
	for _, tc := range []struct {
		name   string
		blocks []layout.Block
		want   []string // when not the three indicators above
	}{
		{"html, label down", fromHTML(`<table>
<tr><td>项目名称</td><td colspan="4">某道路工程</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="3">绩效指标</td><td rowspan="2">产出指标</td><td>数量指标</td><td>新建道路</td><td>2km</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>≥95%</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>受益人数</td><td>1200人</td></tr>
</table>`), nil},
		{"html, first caption lost", fromHTML(`<table>
<tr><td>项目名称</td><td colspan="3">某道路工程</td></tr>
<tr><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>新建道路</td><td>2km</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>≥95%</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>受益人数</td><td>1200人</td></tr>
</table>`), nil},
		{"html, first caption lost, captions over mixed columns", fromHTML(`<table>
<tr><td>项目名称</td><td colspan="4">某道路工程</td></tr>
<tr><td>二级指标</td><td>指标内容</td><td>指标值</td><td>备注</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>新建道路</td><td>2km</td><td></td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>≥95%</td><td></td></tr>
<tr><td>效益指标</td><td>社会公众或服务对象满意度指标</td><td>受益人数</td><td>1200人</td><td></td></tr>
<tr><td>效益指标</td><td>环境效益指标</td><td>道路扬尘</td><td>明显减少,群众出行更方便</td><td></td></tr>
</table>`), []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%",
			"效益指标/社会公众或服务对象满意度指标/受益人数=1200人", "效益指标/环境效益指标/道路扬尘=明显减少,群众出行更方便"}},
		{"html, first caption lost, the target column mixed", fromHTML(`<table>
<tr><td>项目名称</td><td colspan="4">某扶助项目</td></tr>
<tr><td>绩效指标</td><td>二级指标</td><td>三级指标</td><td>指标值(包含数字及文字描述)</td></tr>
<tr><td rowspan="6">绩效指标</td><td rowspan="4">项目完成<br/>指标</td><td>数量指标</td><td>对符合政策的家庭进行扶助</td><td>63人</td></tr>
<tr><td rowspan="2">时效指标</td><td>项目实施时间</td><td>2021年1月-12月</td></tr>
<tr><td>资金拨付</td><td>12月底到位</td></tr>
<tr><td>成本指标</td><td>成本控制</td><td>严格按照预算标准1000元/人兑付补助</td></tr>
<tr><td rowspan="2">项目效益<br/>指标</td><td>社会效益<br/>指标</td><td>促进人口与经济、社会协调发展</td><td>100%</td></tr>
<tr><td>可持续影响<br/>指标</td><td>实现社会稳定和谐发展</td><td>长期</td></tr>
</table>`), []string{"项目完成指标/数量指标/对符合政策的家庭进行扶助=63人", "项目完成指标/时效指标/项目实施时间=2021年1月-12月", "项目完成指标/时效指标/资金拨付=12月底到位",
			"项目完成指标/成本指标/成本控制=严格按照预算标准1000元/人兑付补助", "项目效益指标/社会效益指标/促进人口与经济、社会协调发展=100%", "项目效益指标/可持续影响指标/实现社会稳定和谐发展=长期"}},
		{"html, first caption lost beside the block label", fromHTML(`<table>
<tr><td>项目名称</td><td colspan="4">某道路工程</td></tr>
<tr><td rowspan="4">绩效指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>新建道路</td><td>2km</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>≥95%</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>受益人数</td><td>1200人</td></tr>
</table>`), nil},
		{"text, first caption lost", []layout.Block{tableOf(1,
			[]string{"项目名称", "某道路工程"},
			[]string{"二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "新建道路", "2km"},
			[]string{"", "质量指标", "验收合格率", "≥95%"},
			[]string{"效益指标", "社会效益指标", "受益人数", "1200人"},
		)}, nil},
	} {
		doc := Extract(tc.blocks, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		if tc.want != nil {
			assert.Equal(t, tc.want, got, tc.name)
			continue
		}
		assert.Equal(t, want, got, tc.name)
	}
}

// A target written in cells under captions no vocabulary holds (比较 |
// 数值 | 单位, or 单位 | 比较 | 数值: issue 21 families 2 and 3): the column
// right of the names beside the unit column, or beside an open column of
// signs beside it, holds the numbers; a column of typed targets right of
// the names under a blank caption is the target over a captioned one that
// holds none (绩效标准 | 计划标准), on either side of it; where no caption
// names a target, the numbers' column is the target whatever it holds
// (sentences where no number is written), and a column of numbers that
// run on row by row (9 | 10) there counts no rows.
func TestNumbersBeforeUnitColumn(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"beside a standard's column", [][]string{
			{"一级指标", "二级指标", "三级指标", "比较", "数值", "单位", "绩效标准"},
			{"产出指标", "数量指标", "配备车辆数", "", "10", "辆", "计划标准"},
			{"", "", "风炮射程", "≥", "80", "M", "计划标准"},
			{"", "质量指标", "空气质量", "", "优良", "", "历史标准"},
			{"", "成本指标", "预算成本", "≤", "250", "万元", "计划标准"},
		}, []string{"配备车辆数=10辆", "风炮射程=≥80M", "空气质量=优良", "预算成本=≤250万元"}},
		{"the unit first, beside a standard's column", [][]string{
			{"一级指标", "二级指标", "三级指标", "单位", "比较", "数值", "绩效标准"},
			{"产出指标", "数量指标", "配备车辆数", "辆", "", "10", "计划标准"},
			{"", "", "风炮射程", "M", "≥", "80", "计划标准"},
			{"", "质量指标", "空气质量", "", "", "优良", "历史标准"},
			{"", "成本指标", "预算成本", "万元", "≤", "250", "计划标准"},
		}, []string{"配备车辆数=10辆", "风炮射程=≥80M", "空气质量=优良", "预算成本=≤250万元"}},
		{"typed targets under a blank caption, left of a standard's column", [][]string{
			{"一级指标", "二级指标", "三级指标", "", "", "绩效标准"},
			{"产出指标", "数量指标", "补助人数", "250人", "实际发放解困工资人数", "计划标准"},
			{"", "质量指标", "补贴覆盖率", "100%", "对符合条件的对象发放解困工资的覆盖率", "历史标准"},
			{"", "", "对象合规率", "100%", "补贴对象合规率", "计划标准"},
			{"", "时效指标", "完成及时率", "≥95%", "各项工作按计划及时完成", "计划标准"},
		}, []string{"补助人数=250人", "补贴覆盖率=100%", "对象合规率=100%", "完成及时率=≥95%"}},
		{"numbers that run on row by row, no signs", [][]string{
			{"一级指标", "二级指标", "三级指标", "比较", "数值", "单位", "实际完成值", "评分标准"},
			{"产出指标", "数量指标", "抽查台站个数", "", "9", "个", "9个", "达9个得6分,少一个扣1分"},
			{"", "", "宣传活动场数", "", "10", "场", "11场", "达10场得6分,少一场扣1分"},
		}, []string{"抽查台站个数=9个", "宣传活动场数=10场"}},
		{"the unit first, numbers that run on", [][]string{
			{"一级指标", "二级指标", "三级指标", "单位", "比较", "数值", "实际完成值", "评分标准"},
			{"产出指标", "数量指标", "抽查台站个数", "个", "", "9", "9个", "达9个得6分,少一个扣1分"},
			{"", "", "宣传活动场数", "场", "", "10", "11场", "达10场得6分,少一场扣1分"},
		}, []string{"抽查台站个数=9个", "宣传活动场数=10场"}},
		{"no target caption", [][]string{
			{"绩效指标", "一级指标", "二级指标", "三级指标", "比较", "数值", "单位"},
			{"", "产出指标", "成本指标", "成本控制", "", "按照资金测算控制各项成本。", ""},
			{"", "", "时效指标", "完成时限", "", "2021年12月底完成项目规划相关工作。", ""},
			{"", "", "数量指标", "补贴面积", "", "对2400平方米体育场馆补贴5万元。", ""},
			{"", "", "质量指标", "开放质量", "", "全面落实开放工作。", ""},
			{"", "效益指标", "社会效益指标", "全民健身", "", "有效提高全民健康水平。", ""},
			{"", "满意度指标", "服务对象满意度指标", "群众满意率", "", "95", "%以上"},
		}, []string{"成本控制=按照资金测算控制各项成本。", "完成时限=2021年12月底完成项目规划相关工作。", "补贴面积=对2400平方米体育场馆补贴5万元。", "开放质量=全面落实开放工作。", "全民健身=有效提高全民健康水平。", "群众满意率=95%以上"}},
	} {
		rows := append([][]string{{"项目名称", "某项目"}}, tc.rows...)
		page := "<table>"
		for _, r := range rows {
			page += "<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>"
		}
		blocks, err := html.Read([]byte(page+"</table>"), layout.DefaultLimits)
		require.NoError(t, err)
		for form, b := range map[string][]layout.Block{"text": {tableOf(1, rows...)}, "html": blocks} {
			doc := Extract(b, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1, tc.name)
			var got []string
			for _, ind := range doc.Projects[0].Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
			assert.Equal(t, tc.want, got, "%s (%s)", tc.name, form)
		}
	}
}

// The profile of a grid's columns stops at its last total row (合计 |
// 100): a self-evaluation's tail (评价结论 | …, 存在问题 | …) does not outnumber
// its rows, even where one row stands before the total. In a text export,
// where columns are the rows' usual length, a header one cell short over
// one or two indicator rows and three rows of tail is then read one column
// right.
func TestShortHeaderProfileBeforeTail(t *testing.T) {
	header := []string{"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"}
	tail := [][]string{{"合计", "100"}, {"评价结论", "项目实施取得成效。"}, {"存在问题", "无。"}, {"改进措施", "无。"}}
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"two indicator rows", [][]string{
			{"绩效指标", "产出指标", "数量指标", "发放覆盖率", "=", "100", "%", "100%", "60", "60"},
			{"", "效益指标", "社会效益指标", "足额保障率", "≥", "95", "%", "100%", "30", "30"},
		}, []string{"产出指标/数量指标/发放覆盖率==100%", "效益指标/社会效益指标/足额保障率=≥95%"}},
		{"one indicator row", [][]string{
			{"绩效指标", "产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90"},
		}, []string{"产出指标/经济成本指标/成本控制数=≤30万元"}},
	} {
		rows := append([][]string{{"项目名称", "某项目"}, header}, tc.rows...)
		doc := Extract([]layout.Block{tableOf(1, append(rows, tail...)...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}

// A text export of a grid whose target column stands before the names
// (指标值 | 三级指标): a row whose one text spans the name and the target
// prints it once after its level 2, so the level 2 stands under the target
// caption. A level label of the taxonomy is never a target: the row is no
// indicator.
func TestLevelLabelIsNoTarget(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某造林工程"},
		[]string{"绩效指标", "一级指标", "二级指标", "指标值", "三级指标"},
		[]string{"", "产出指标", "数量指标", "80000", "造林面积(亩)"},
		[]string{"", "", "质量指标", "85%", "苗木成活率"},
		[]string{"", "效益指标", "社会效益指标", "132", "受益人数(人)"},
		[]string{"", "", "可持续影响 指标 (必填)", "提高森林生态系统服务功能,显著改善生态环境。"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"造林面积(亩)=80000", "苗木成活率=85%", "受益人数(人)=132"}, got)
}

// A two-row header one cell short where the reader gives positions (the
// block label 绩效指标 starts on the first row under it): both rows stand
// one column left of the columns they name. Once the first row is moved
// right, the second (the halves of the target caption: 2021年实际实现值 |
// 预期2022年实现值) is its second row, no indicator.
func TestShortTwoRowHeaderHalves(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="6">某培训班</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">指标标准或依据</td></tr>
<tr><td>2021年实际实现值</td><td>预期2022年实现值</td></tr>
<tr><td rowspan="3">绩效指标</td><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人次</td><td></td><td>280人次</td><td></td></tr>
<tr><td>质量指标</td><td>培训完成率</td><td></td><td>100%</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td></td><td>≥95%</td><td></td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"产出指标/数量指标/培训人次=280人次", "产出指标/质量指标/培训完成率=100%", "满意度指标/服务对象满意度指标/学员满意度=≥95%"}, got)
}

// A row one cell longer than its header in a text export: its cells from
// the target column on are joined as a target split into sign | number |
// unit only when they are such (≥ | 95 | %, or ≥ | 95%); a text beside a
// target (就业人数 | 80人) is never glued into one target.
func TestSplitValueJoinsSignsNumbersUnits(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某培训班"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人次", "≥", "280", "人次"},
		[]string{"产出指标", "质量指标", "培训完成率", "≥", "95%"},
		[]string{"满意度指标", "服务对象满意度指标", "学员满意度", "95%"},
		[]string{"效益指标", "社会效益指标", "带动就业", "就业人数", "80人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.NotContains(t, got, "带动就业=就业人数80人") // (the row stays one cell too long: no sure target)
	assert.Subset(t, got, []string{"培训人次=≥280人次", "培训完成率=≥95%", "学员满意度=95%"})
}

// A text export of a two-row header two cells short of its rows: the block
// label 绩效指标 starts on the first row under it, and the target caption
// spans two columns but prints once. No caption names the column under
// it, three contradict theirs (一级指标 over the block label, 二级指标 over
// level-1 words, 三级指标 over level-2 words): the row is no header, and
// the rows are read by what they hold (before: 数量指标 = 主体班培训人次, each
// row's level 2 as its name and its name as its target).
func TestContradictedHeaderReadByContent(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某培训班"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值", "指标标准或依据"},
		[]string{"", "", "", "2021年实际实现值", "预期2022年实现值", ""},
		[]string{"绩效指标", "产出指标", "数量指标", "主体班培训人次", "", "280人次", ""},
		[]string{"", "", "", "授课人次", "", "25人次", ""},
		[]string{"", "", "质量指标", "培训完成率", "", "100%", ""},
		[]string{"", "", "时效指标", "及时完成率", "", "100%", ""},
		[]string{"", "满意度指标", "服务对象满意度指标", "学员满意度", "", "≥95%", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	// (the block label's row is read too, its label's column holding no
	// indicator's cells: TestHeadlessBlockLabelFirst; before, the rows
	// before the first that opened with level labels were left unread)
	assert.Equal(t, []string{"主体班培训人次=280人次", "授课人次=25人次", "培训完成率=100%", "及时完成率=100%", "学员满意度=≥95%"}, got)
}

// A transfer table's header one cell short (the block label 绩效指标 starts
// on the first row under it), the target caption spanning one column per
// recipient area over a second row that names them: the second row stands
// one column left of the areas' columns as the first stood left of its
// own, so the areas are read one column right — each indicator's targets
// per area, never the areas' numbers glued into one target (2312222).
func TestShortHeaderAreaColumns(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="7">宗教管理经费</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td rowspan="2">指标解释</td><td colspan="3">区域目标值</td></tr>
<tr><td>新罗区</td><td>永定区</td><td>上杭县</td></tr>
<tr><td rowspan="2">绩效指标</td><td rowspan="2">产出指标</td><td>数量指标</td><td>补助县数量</td><td>反映补助县数量情况</td><td>2</td><td>3</td><td>1</td></tr>
<tr><td>质量指标</td><td>资金使用合规性</td><td>反映资金使用合规情况</td><td>&gt;=95%</td><td>&gt;=95%</td><td>&gt;=95%</td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		for _, x := range ind.OtherValues {
			got = append(got, "  "+x.Label+"="+x.Value.Raw)
		}
	}
	assert.Equal(t, []string{"数量指标/补助县数量=2", "  新罗区=2", "  永定区=3", "  上杭县=1",
		"质量指标/资金使用合规性=>=95%", "  新罗区=>=95%", "  永定区=>=95%", "  上杭县=>=95%"}, got)
}

// 指标值说明 explains the target, as 指标值内容 does: a description column,
// not a second target column; where the target's caption is blank, the
// numbers beside the unit are the target, never the explanations.
func TestTargetExplanationIsDescription(t *testing.T) {
	for _, tc := range []struct {
		name string
		head []string
		want []string
	}{
		{"captioned target", []string{"一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明"},
			[]string{"在职职工人数==116人 (该指标值数据合理)", "退休职工人数==81人 (该指标值数据合理)"}},
		{"blank target caption", []string{"一级指标", "二级指标", "三级指标", "计算符号", "", "度量单位", "指标值说明"},
			[]string{"在职职工人数==116人 (该指标值数据合理)", "退休职工人数==81人 (该指标值数据合理)"}},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某林场补助"},
			tc.head,
			[]string{"产出指标", "数量指标", "在职职工人数", "=", "116", "人", "该指标值数据合理"},
			[]string{"", "", "退休职工人数", "=", "81", "人", "该指标值数据合理"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Name+"="+ind.Value.Raw+" ("+ind.Description+")")
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}

// A self-evaluation's header that names its levels and its result but
// leaves the target's and the names' captions blank (一级指标 | 二级指标 |
// | | 实际完成指标值) is a grid header where content finds the names and the
// targets (here the targets left of the names) — no grid, and nothing
// read, where it does not; by content alone (no header) the rows were
// not read.
func TestSelfEvalHeaderWithoutTargetCaption(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="6">食品安全监管补助</td></tr>
<tr><td rowspan="8">年度绩效指标完成情况</td><td>一级指标</td><td>二级指标</td><td></td><td></td><td>实际完成指标值</td><td>50</td></tr>
<tr><td rowspan="5">产出指标</td><td rowspan="4">质量指标</td><td>已完成</td><td>指标1:食品安全监管人员培训</td><td>已完成</td><td>5</td></tr>
<tr><td>100%</td><td>指标2:违法案件查办率</td><td>100%</td><td>4</td></tr>
<tr><td>100%</td><td>指标3:食品经营环节风险分级</td><td>100%</td><td>5</td></tr>
<tr><td>已完成</td><td>指标4:开展食品安全宣传周等科普宣传活动</td><td>已完成</td><td>3</td></tr>
<tr><td>时效指标</td><td>2021年12月31日</td><td>指标1:食品监管专项工作整体完成时间</td><td>2021年12月31日</td><td>5</td></tr>
<tr><td rowspan="2">效益指标</td><td rowspan="2">社会效益指标</td><td>0次</td><td>指标1:辖区内重大食品安全监管责任事故发生数</td><td>0次</td><td>3</td></tr>
<tr><td>逐步提高</td><td>指标2:辖区内公众食品安全科普知识素养</td><td>逐步提高</td><td>3</td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		s := ind.Name + "=" + ind.Value.Raw
		if ind.Actual != nil {
			s += " | " + ind.Actual.Raw
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"指标1:食品安全监管人员培训=已完成 | 已完成", "指标2:违法案件查办率=100% | 100%",
		"指标3:食品经营环节风险分级=100% | 100%", "指标4:开展食品安全宣传周等科普宣传活动=已完成 | 已完成",
		"指标1:食品监管专项工作整体完成时间=2021年12月31日 | 2021年12月31日",
		"指标1:辖区内重大食品安全监管责任事故发生数=0次 | 0次", "指标2:辖区内公众食品安全科普知识素养=逐步提高 | 逐步提高"}, got)

	// the same rows under the same header with a column of scores for the
	// targets' content cannot tell: no grid, not a value in a wrong field
	doc = Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "村级补助"},
		[]string{"一级指标", "二级指标", "", "", "实际完成值", "分值", "得分"},
		[]string{"产出指标(50分)", "数量指标", "=8个", "补助村(社区)数量", "8", "10", "10"},
		[]string{"", "", "=42个", "保障村干部人数", "42", "10", "10"},
		[]string{"", "质量指标", "合规", "补助资格合规性", "达成预期指标", "10", "10"},
		[]string{"", "", "严格执行相关制度规定", "经费审批流程规范性", "达成预期指标", "10", "10"},
		[]string{"", "成本指标", "≤202.6万元", "项目总成本", "132.9", "10", "9"},
	)}, layout.DefaultLimits)
	for _, p := range doc.Projects {
		assert.Empty(t, p.Indicators)
	}
}

// A unit with its magnitude (万立方米), one per another (人/天, 元/吨) or one
// naming another in parentheses (台（套）) is a unit when its parts are
// units of the vocabulary; a magnitude alone, a part missing or words are
// not.
func TestUnitWordsComposed(t *testing.T) {
	v := vocab.Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"人", true}, {"万立方米", true}, {"人/天", true}, {"元/吨", true}, {"万元/人", true},
		{"万", false}, {"万万人", false}, {"人/", false}, {"/天", false}, {"人/天/次", false}, {"加快进度", false},
		{"台（套）", true}, {"人（次）", true}, {"百分点", true}, {"个百分点", true},
		{"台（", false}, {"（套）", false}, {"台（加快）", false}, {"台（套）（件）", false}, {"台（套/次）", false},
	} {
		assert.Equal(t, tc.want, isUnitWord(v, tc.word), tc.word)
	}
}

// A target written in cells whose captions are blank, the unit column
// beside the numbers on either side (人 | 116, 116 | 人/天): the column of
// units is the unit by its content, and the numbers beside it the target —
// also numbers that add up to 100, which beside their units are no
// weights.
func TestBlankNumbersBesideUnits(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"units left of the numbers", [][]string{
			{"一级指标", "二级指标", "三级指标", "计算符号", "", "", "指标值说明"},
			{"产出指标", "数量指标", "保障在职职工人数", "=", "人", "116", "该指标值数据合理"},
			{"", "", "林木采伐监管", "=", "万立方米", "6", "该指标值数据合理"},
			{"", "", "湿地保有量", "=", "公顷", "4900", "该指标值数据合理"},
			{"", "质量指标", "工资发放准确性", "≥", "%", "95", "该指标值数据合理"},
		}, []string{"保障在职职工人数==116人", "林木采伐监管==6万立方米", "湿地保有量==4900公顷", "工资发放准确性=≥95%"}},
		{"numbers adding up to 100 beside units per day", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标性质", "", "", "权重(%)"},
			{"产出指标", "成本指标", "检查差旅费", "", "人/天", "70", "20"},
			{"", "", "培训费", "", "人/天", "20", "30"},
			{"", "时效指标", "完成时限", "", "年", "1", "20"},
			{"", "数量指标", "召开全体会议", "", "次", "9", "30"},
		}, []string{"检查差旅费=70人/天", "培训费=20人/天", "完成时限=1年", "召开全体会议=9次"}},
	} {
		rows := append([][]string{{"项目名称", "某项目"}}, tc.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}

// A text export of a two-row header that lost its spans: the first row is
// four cells short of the rows, the second as wide as they are names the
// parts of the captions that span (预期指标值 over 符号 | (number) |
// 单位(文字描述), 自评得分 over three score columns). The groups of the
// second row's captions spread the first row over the rows' columns; the
// target is read from its sign, number and unit (before: no header, the
// rows read by content, each description a weight and each sign a target).
func TestHeaderSpreadBySubRow(t *testing.T) {
	cases := []struct {
		name string
		sub  []string
		want []string
	}{
		{"sign, blank, unit with a gloss", []string{"", "", "", "", "", "符号", "", "单位(文字描述)", "", "", "单项指标得分", "权重占比(%)", "单项指标折算得分"},
			[]string{"覆盖率=>=98%(百分比)", "满意度=>=95%(百分比)"}},
		{"sign, blank, plain unit", []string{"", "", "", "", "", "符号", "", "单位", "", "", "得分", "权重", "折算得分"},
			[]string{"覆盖率=>=98%(百分比)", "满意度=>=95%(百分比)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某津贴"},
				[]string{"四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "单项指标实际完成值", "单项指标完成情况", "自评得分"},
				tc.sub,
				[]string{"", "产出指标", "质量指标", "覆盖率", "享受补贴人数占申报对象的比例", ">=", "98", "%(百分比)", "100%", "完成", "25.00", "25.00", "6.25"},
				[]string{"", "满意度指标", "服务对象满意度指标", "满意度", "对象的满意程度", ">=", "95", "%(百分比)", "100%", "完成", "10.00", "10.00", "1.00"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []string
			for _, ind := range doc.Projects[0].Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// A header that names a standard (绩效标准) and right of it the year's
// target (全年绩效目标, 当年预期实现值): the year's column is the target,
// the standard its basis (before: the standard was the target). Without a
// caption of the year, the standard stays the target.
func TestYearTargetOverStandard(t *testing.T) {
	cases := []struct {
		caption   string
		wantValue string
		wantBasis string
	}{
		{"全年绩效目标", "困难台胞432人", "每人每月200元"},
		{"当年预期实现值", "困难台胞432人", "每人每月200元"},
		{"备注", "每人每月200元", ""},
	}
	for _, tc := range cases {
		t.Run(tc.caption, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某补贴"},
				[]string{"一级指标", "二级指标", "三级指标", "绩效标准", tc.caption},
				[]string{"产出指标", "数量指标", "补助受益人数", "每人每月200元", "困难台胞432人"},
				[]string{"产出指标", "质量指标", "发放率", "100%", "100%"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			require.Len(t, doc.Projects[0].Indicators, 2)
			ind := doc.Projects[0].Indicators[0]
			assert.Equal(t, tc.wantValue, ind.Value.Raw)
			assert.Equal(t, tc.wantBasis, ind.Basis)
		})
	}
}

// A text export of a header one cell short of its rows, whose second
// caption spans the level-2 words and a column of slot labels (评价指标
// over 成本目标 | 目标1): the captions right of the slots stand over the
// columns they name, the slots are no field (before: every caption one
// column left, the names read as targets). A column of distinct words is
// no slot column.
func TestSlotColumnUnderSpanningCaption(t *testing.T) {
	cases := []struct {
		name  string
		slots [3]string
		want  []string
	}{
		{"slots", [3]string{"目标1", "目标2", "目标1"}, []string{"发放补贴=按实际情况发放", "开展活动=100%", "受益人数=432人"}},
		{"slots of tasks", [3]string{"任务1", "任务2", "任务1"}, []string{"发放补贴=按实际情况发放", "开展活动=100%", "受益人数=432人"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"专项名称", "某补贴"},
				[]string{"绩效目标", "评价指标", "绩效内容", "绩效标准", "全年绩效目标"},
				[]string{"投入", "成本目标", tc.slots[0], "发放补贴", "100%", "按实际情况发放"},
				[]string{"", "", tc.slots[1], "开展活动", "100%", "100%"},
				[]string{"产出", "数量目标", tc.slots[2], "受益人数", "每人每月200元", "432人"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []string
			for _, ind := range doc.Projects[0].Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
				assert.NotContains(t, tc.slots[:], ind.Level2) // the slots are no level
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestSlotLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		word string
		ok   bool
	}{
		{"目标1", "目标", true}, {"任务12", "任务", true}, {"目标", "", false}, {"100", "", false},
		{"成本目标", "", false}, {"a1", "", false}, {"目标123", "", false},
	} {
		w, ok := slotLabel(tc.in)
		assert.Equal(t, tc.word, w, tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
	}
}

// A header whose level-1 caption (评价指标) stands over level-2 words and
// whose caption left of it (绩效目标, else a project's goals) over level-1
// words: the left column is level 1, the captioned one level 2 (before:
// level 1 held 成本目标 and the goals 投入, 产出). Where the left column
// holds no level-1 word, nothing moves.
func TestLevelsLeftOfLevel2(t *testing.T) {
	cases := []struct {
		name  string
		left  [2]string
		want  []string
		goals bool
	}{
		{"old tree", [2]string{"投入", "产出"}, []string{"投入/成本目标", "产出/数量目标"}, false},
		{"no level words", [2]string{"甲", "乙"}, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"专项名称", "某补贴"},
				[]string{"绩效目标", "评价指标", "绩效内容", "绩效标准", "全年绩效目标"},
				[]string{tc.left[0], "成本目标", "发放补贴", "100%", "按实际情况发放"},
				[]string{tc.left[1], "数量目标", "受益人数", "每人每月200元", "432人"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []string
			for _, ind := range doc.Projects[0].Indicators {
				got = append(got, ind.Level1+"/"+ind.Level2)
			}
			if tc.want != nil {
				assert.Equal(t, tc.want, got)
			}
			assert.NotContains(t, doc.Projects[0].Goals, "产出")
			assert.NotContains(t, doc.Projects[0].Goals, "投入")
		})
	}
}

// A text export's header whose caption spans two columns of its rows (a
// column span printed once, issue 21): the rows are a cell wider than the
// header, and each caption must stand over the column it names — 二级指标
// over the level-2 labels and the empty column beside them, 指标值 over the
// targets and an empty column, 三级指标 over the names and their
// descriptions — so that no later cell of a row is read one column off
// (before, the descriptions were read as the targets, the level-1 labels
// lost or the level-2 labels read as level 1).
func TestCaptionSpanningColumnsInText(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"level 2 over two columns", [][]string{
			{"项目名称", "某道路工程"},
			{"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
			{"", "产出指标", "数量指标", "", "新建道路", "2km"},
			{"", "", "质量指标", "", "验收合格率", "≥95%"},
			{"", "效益指标", "社会效益指标", "", "受益人数", "1200人"},
		}, []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "效益指标/社会效益指标/受益人数=1200人"}},
		{"the target over two columns, notes after", [][]string{
			{"项目名称", "某道路工程"},
			{"一级指标", "二级指标", "三级指标", "指标值", "备注"},
			{"产出指标", "数量指标", "新建道路", "2km", "", ""},
			{"", "质量指标", "验收合格率", "≥95%", "", "抽检"},
			{"效益指标", "社会效益指标", "受益人数", "1200人", "", ""},
		}, []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "效益指标/社会效益指标/受益人数=1200人"}},
		{"a self-evaluation's level 1 over two columns", [][]string{
			{"项目名称", "某道路工程"},
			{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
			{"产出指标", "", "数量指标", "新建道路", "2km", "2km", "50", "50"},
			{"", "", "质量指标", "验收合格率", "≥95%", "98%", "30", "30"},
			{"效益指标", "", "社会效益指标", "受益人数", "1200人", "1250人", "20", "18"},
		}, []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "效益指标/社会效益指标/受益人数=1200人"}},
		{"level 3 over the names and their descriptions", [][]string{
			{"项目名称", "某道路工程"},
			{"一级指标", "二级指标", "三级指标", "指标值"},
			{"产出指标", "数量指标", "新建道路", "反映新建道路的长度", "2km"},
			{"", "质量指标", "验收合格率", "反映工程验收的合格情况", "≥95%"},
			{"效益指标", "社会效益指标", "受益人数", "反映受益群众的人数", "1200人"},
		}, []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "效益指标/社会效益指标/受益人数=1200人"}},
	} {
		doc := Extract([]layout.Block{tableOf(1, tc.rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}

// A text export's rows one cell longer than its header, or the header one
// cell short of them (issue 21): a level label spans its column and an
// empty one in some rows, and the header with them, while the other rows
// write the empty cell. Where most rows are as wide as the header, each
// longer row is read by what its cells hold, the empty cell beside the
// label (alignLong); where as many or more are the wider, the header is
// spread over them (spanHeader) and each shorter row reads its label over
// the caption and the merged part of its span, not a label starting on
// that part (alignShort). Before, the rows were read by position, the
// level-2 labels as level 1, or each name as its level 2.
func TestRowsOneCellApartFromHeader(t *testing.T) {
	head := [][]string{{"项目名称", "某道路工程"}, {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"}}
	spanning := [][]string{
		{"", "产出指标", "数量指标", "新建道路", "2km"},
		{"", "", "质量指标", "验收合格率", "≥95%"},
		{"", "", "时效指标", "完工时间", "2025年年底前"},
	}
	apart := [][]string{
		{"", "效益指标", "", "社会效益指标", "受益人数", "1200人"},
		{"", "", "", "可持续影响指标", "道路使用年限", "≥20年"},
		{"", "满意度指标", "", "服务对象满意度指标", "群众满意度", "≥90%"},
	}
	want := []string{"产出指标/数量指标/新建道路=2km", "产出指标/质量指标/验收合格率=≥95%", "产出指标/时效指标/完工时间=2025年年底前",
		"效益指标/社会效益指标/受益人数=1200人", "效益指标/可持续影响指标/道路使用年限=≥20年", "满意度指标/服务对象满意度指标/群众满意度=≥90%"}
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"most rows as wide as the header", append(append(append([][]string{}, head...), append(spanning, []string{"", "", "成本指标", "工程造价", "≤500万元"})...), apart...),
			append(append(append([]string{}, want[:3]...), "产出指标/成本指标/工程造价=≤500万元"), want[3:]...)},
		{"as many rows a cell wider", append(append(append([][]string{}, head...), spanning...), apart...), want},
	} {
		doc := Extract([]layout.Block{tableOf(1, tc.rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
		assert.Contains(t, warnings(doc), "what the cells hold", tc.name)
	}
}

// A text export's header a cell short of its rows where two readings of
// its spans fit the rows equally well, both better than a blank column
// before the first caption (a department-wide self-evaluation with its
// unit caption spanning an empty column, and a tail of number columns
// under captions perfdoc does not know): no one reading is best, so the
// row is no header and no row is read under it (before, the blank column
// moved every caption a column right: the units read as the names).
func TestSpanReadingsTiedNoHeader(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某中心运行经费"},
		[]string{"绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "年成值全完值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"},
		[]string{"", "财政供养人员控制率", "%", "", "定量指标", "100%", "", "92%", "100%", "2", "2", "否"},
		[]string{"", "三公经费变动率", "%", "", "", "", "", "", "100%", "2", "2", "否"},
		[]string{"", "基础信息完善", "%", "", "", "100%", "", "100%", "100%", "1", "1", "否"},
		[]string{"", "预算完成率", "%", "", "", "70%", "", "76%", "100%", "2", "2", "是"},
		[]string{"", "预算调整率", "%", "", "", "3%", "", "0", "100%", "2", "2", "否"},
	)}, layout.DefaultLimits)
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			assert.NotEqual(t, "%", ind.Name, "a unit read as a name")
		}
	}
}

// A row as long as its header whose cells span other columns than the
// header's (一级指标 over a block label's column and the level 1; the
// name spanning a blank caption's column) is read by the cells' positions
// where it covers the header's columns: each column's cell is the one
// standing under it, not the one at its caption's index (before, the
// block label read as the level 1, the level 1 as the level 2 and the
// level 2 as the name).
func TestRowSpansOtherThanHeader(t *testing.T) {
	for _, tc := range []struct {
		name string
		page string
		want []string
	}{
		{"a level-1 caption over the block label, a name over a blank caption", `<table><tr><td>项目名称</td><td colspan="6">某项目</td></tr>` +
			`<tr><td colspan="2">一级指标</td><td>二级指标</td><td>三级指标</td><td></td><td>单位</td><td>指标值</td></tr>` +
			`<tr><td rowspan="2">绩效指标</td><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td colspan="2">猪肉产量稳定率</td><td>%</td><td>≥95%</td></tr>` +
			`<tr><td>能繁母猪稳定率</td><td></td><td>%</td><td>90%</td></tr></table>`,
			[]string{"产出指标/数量指标/猪肉产量稳定率=≥95%", "产出指标/数量指标/能繁母猪稳定率=90%"}},
		{"the same spans in the header and the rows", `<table><tr><td>项目名称</td><td colspan="4">某项目</td></tr>` +
			`<tr><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td>指标值</td></tr>` +
			`<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td colspan="2">猪肉产量稳定率</td><td>≥95%</td></tr>` +
			`<tr><td>能繁母猪稳定率</td><td></td><td>90%</td></tr></table>`,
			[]string{"产出指标/数量指标/猪肉产量稳定率=≥95%", "产出指标/数量指标/能繁母猪稳定率=90%"}},
	} {
		blocks, err := html.Read([]byte(tc.page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}
