package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Rules from the third round of real filings (testdata/real 57-75).

// A line that starts with a year is dated, not headed by a unit code.
func TestYearIsNoUnitCode(t *testing.T) {
	_, ok := splitCodeName("2023年龙岩市民族宗教专项资金分配表")
	assert.False(t, ok)
	d, ok := splitCodeName("203001某部门")
	require.True(t, ok)
	assert.Equal(t, "203001", d.Code)
}

// A second header row naming the recipient areas under one target caption
// (区域目标值 over 甲区 | 乙县) gives one region value per area, and is no
// indicator itself.
func TestAreaSubHeader(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"某专项转移支付绩效目标表"},
		[]string{"项目名称", "某补助", "^", "^", "^", "^"},
		[]string{"一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", "^"},
		[]string{"^", "^", "^", "^", "甲区", "乙县"},
		[]string{"产出指标", "数量指标", "补助场所数量", "反映补助场所数量", "5个", "3个"},
		[]string{"效益指标", "社会效益指标", "群众满意度", "反映满意度", ">=90%", ">=90%"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 2)
	assert.Equal(t, "补助场所数量", inds[0].Name)
	var areas []string
	for _, o := range inds[0].OtherValues {
		if o.Role == model.RoleRegion {
			areas = append(areas, o.Label+"="+o.Value.Raw)
		}
	}
	assert.Equal(t, []string{"甲区=5个", "乙县=3个"}, areas)
}

// The cell after 项目名称 is the name even when it reads like a money row
// (…经费补助), and a list table's column caption (金额) is no value.
func TestNameLikeMoneyRow(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目支出绩效目标表"},
		[]string{"项目名称", "宗教管理经费补助", "^", "^"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "补助场所数量", "5个"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, "宗教管理经费补助", doc.Projects[0].Name)
}

// A transfer's page as 57 has it: an attachment list, a signature line and
// an allocation list (序号 | 单位 | 项目 | 金额) before the target table give
// no project, and the target table's name is read as written.
func TestAttachmentLineIsNoProject(t *testing.T) {
	doc := Extract([]layout.Block{
		para(1, "附件:1.2023年某市民族发展专项资金分配表2.专项转移支付绩效目标表"),
		para(2, "某市财政局某市民族与宗教事务局2023年3月13日"),
		para(3, "附件1"),
		para(4, "2023年某市民族发展专项资金分配表"),
		para(5, "单位:万元"),
		tableOf(6,
			[]string{"序号", "单位", "项目", "金额"},
			[]string{"1", "甲县", "某村人饮工程项目", "10"},
		),
		para(20, "附件2"),
		tableOf(21,
			[]string{"专项转移支付绩效目标表"},
			[]string{"项目名称", "某补助", "^", "^"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "补助场所数量", "5个"},
		),
	}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, "某补助", doc.Projects[0].Name)
}

// A self-evaluation's money header led by a group label with its points
// (预算执行情况（10分）) and closed by 预算执行率 | 权重 | 得分 | 原因: the
// 总额 row's adjusted budget is the total (37 and 39 of testdata/real).
func TestMoneyHeaderWithPointsAndReason(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目支出绩效自评表"},
		[]string{"项目名称", "某经费", "^", "^", "^", "^", "^", "^", "^"},
		[]string{"预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"},
		[]string{"^", "总额", "238.93", "251.89", "251.89", "100.00%", "10", "", "预算执行率=执行数/预算数"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值", "完成值"},
		[]string{"产出指标", "数量指标", "发放人数", "10人", "10人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	require.NotNil(t, doc.Projects[0].Budget.Total)
	assert.Equal(t, "251.89", *doc.Projects[0].Budget.Total)
}

// A lone indicator row with no caption row above it (the capture lost it
// and ends after the row) is read when it opens with a level-1 then a
// level-2 label and ends in a typed target (71 of testdata/real); a lone
// row of words is not.
func TestLoneLeveledRow(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"专项资金绩效目标表"},
		[]string{"项目名称", "某专项资金", "^", "^", "^"},
		[]string{"资金总额", "15", "^", "^", "^"},
		[]string{"产出指标", "数量指标", "邀请国际友人涉及国家数量", "邀请国际友人涉及国家数量", "≥3个"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 1)
	assert.Equal(t, "≥3个", inds[0].Value.Raw)
	assert.Equal(t, "数量指标", inds[0].Level2)

	doc = Extract([]layout.Block{tableOf(1,
		[]string{"专项资金绩效目标表"},
		[]string{"项目名称", "某专项资金", "^", "^", "^"},
		[]string{"资金总额", "15", "^", "^", "^"},
		[]string{"产出指标", "数量指标", "说明", "另行通知", "详见附件"},
	)}, layout.DefaultLimits)
	for _, p := range doc.Projects {
		assert.Empty(t, p.Indicators)
	}
}

// A unit written name first, code last is split only under a label that
// names a code too (主管部门(单位)名称及预算编码); under a plain name label the
// digits stay part of the name.
func TestUnitNameThenCode(t *testing.T) {
	for _, tt := range []struct {
		label, val, name, code string
	}{
		{"主管部门(单位)名称及预算编码", "福建省某某厅335301302", "福建省某某厅", "335301302"},
		{"主管部门名称及代码", "某县某局 203001", "某县某局", "203001"},
		{"单位名称", "某县第一中学335301302", "某县第一中学335301302", ""},
		{"主管部门(单位)名称及预算编码", "某县某局12", "某县某局12", ""},
		{"主管部门(单位)名称及预算编码", "335301302", "335301302", ""},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目支出绩效目标表"},
			[]string{"项目名称", "某补助", "^", "^"},
			[]string{tt.label, tt.val, "^", "^"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "补助场所数量", "5个"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.val)
		d := doc.Projects[0].Department
		if d.Name == "" && doc.Projects[0].Implementer != nil {
			d = *doc.Projects[0].Implementer
		}
		assert.Equal(t, tt.name, d.Name, tt.label+" "+tt.val)
		assert.Equal(t, tt.code, d.Code, tt.label+" "+tt.val)
	}
}
