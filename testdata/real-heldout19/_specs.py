# Hand transcription of the HELD-OUT half of gatherQ's part of the ninth round of
# real filings (issue 21: the even numbers from 330 on, see testdata/real/_build.py).
# Restored mirror captures (testdata/real/_restore.py) are transcribed from their
# restored.txt, plain simplified pages from source.txt: every string is copied from
# that file.  Not for tuning: these filings are scored once, at the end, by the lead.
# Nothing is invented; cut-offs, inferences and (for restored pages) the characters
# OpenCC could have chosen otherwise are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 330
_N330 = "重点改善提升历史文化名镇名村和传统村落"
FILINGS.append(dict(
    dir="330-sanming-shaxian-lishi-wenhua-mingcun-2022",
    html_title="专项转移支付绩效目标表",
    blocks=[
        ("p", "- 索 引 号:SM10109-0200-2022-10132\n- 备注/文号:沙财(建)指〔2022〕33号\n- 发布机构:沙县区财政局\n- 公文生成日期:2022-04-11"),
        ("p", "夏茂镇财政所:"),
        ("p", "根据《福建省财政厅 福建省住房和城乡建设厅关于下达2022年重点改善提升历史文化街区名镇名村传统村落和历史建筑修缮保护利用省级补助资金"
              "的通知》(闽财建指〔2022〕11号)和《三明市沙县区住房和城乡建设局关于要求拨付2022年重点改善提升历史文化街区名镇名村传统村落省级补助"
              "资金的函》,现下达你单位2022年重点改善提升历史文化名镇名村传统村落省级补助资金350万元,专项用于夏茂镇李窠村,款列“2120201城乡社区"
              "规划管理”,政府预算支出经济分类科目“50302基础设施建设”,指标来源省财政厅。有关事项要求如下:"),
        ("p", "一、根据《福建省财政厅福建省住房和城乡建设厅关于印发<福建省城乡人居环境建设专项资金管理办法>的通知》(闽财建〔2021〕10号),请你单位"
              "加强与区住建部门和区财政部门沟通,加快项目进度,及时拨付资金,防止资金滞留。"),
        ("p", "二、请加强对资金使用的监督管理,严格按照附件要求,对历史文化名镇名村和传统村落,做好绩效管理工作,切实提高财政资金使用效益。"),
        ("p", "附件:专项转移支付绩效目标表"),
        ("p", "三明市沙县区财政局\n三明市沙县区住房和城乡建设局\n2022年4月11日"),
        ("table", [
            ["", C("附件", cs=8)],
            ["", C("专项转移支付绩效目标表", cs=8)],
            ["", "项目名称", C(_N330, cs=7)],
            ["", "省级财政部门", C("福建省财政厅", cs=3), "省级主管部门", C("福建省住房和城乡建设厅", cs=3)],
            ["", "市县财政部门", C("沙县区财政局", cs=3), "市县主管部门", C("沙县区住房和城乡建设局", cs=3)],
            ["", C("资金情况 (万元)", rs=2), "年度资金总额", C("350", cs=6)],
            ["", "其中:省级资金", C("350", cs=6)],
        ]),
    ],
    truth={"projects": [P(_N330, None, "350", "万元", [])]},
    notes="""
Place: 沙县区 (Shaxian district, Sanming, FUJIAN), district level: the district finance bureau and 住房和城乡建设局 passing a provincial
subsidy for historic towns, villages and traditional villages down to 夏茂镇 (a township's finance office), "专项用于夏茂镇李窠村"; year
2022 (沙财(建)指〔2022〕33号, 公文生成日期 2022-04-11, signed 2022年4月11日). A plain simplified page on the district's own site
(fjsx.gov.cn), not a mirror; found by a simplified query on the fund's form words. The same district as 215 (2023 地质灾害 fund, the
Fujian 专项资金绩效目标表 with 补助区域); this notice's form is the other Fujian transfer form, 专项转移支付绩效目标表 with 省级财政部门 |
省级主管部门 / 市县财政部门 | 市县主管部门 (the rows of the central 区域绩效目标表 one level down); a housing-and-construction fund for
historic villages is new.
Template kind: a transfer notice (下达 … 省级补助资金的通知) with one attachment, 专项转移支付绩效目标表: 附件 and the caption inside the
grid, 项目名称 / 省级财政部门 | 省级主管部门 / 市县财政部门 | 市县主管部门 / 资金情况 (万元) 年度资金总额 | 其中:省级资金 …, then (beyond the
capture) the targets and the indicators.
Layout features: the department rows in label | value | label | value pairs; the money labelled 年度资金总额 (no colon) beside a row
label 资金情况 (万元) that spans the money rows, the year's money repeated on 其中:省级资金 and in the notice's prose (350万元); an EMPTY
FIRST COLUMN on every row (the capture starts each row with a lone "|").
Truth: one fund, name = 项目名称 as written ("重点改善提升历史文化名镇名村和传统村落", shorter than the notice's fund name, which adds
"街区" and "历史建筑修缮保护利用"); budget 350 万元 (年度资金总额, equal to 其中:省级资金 and to the notice's 350万元; unit from "资金情况
(万元)"). No indicators: the capture stops inside the money block.
Truncation: the capture stops after "其中:省级资金 | 350 |" and part of that row's filler; any further money rows (其他资金), the
年度目标 and the whole indicator block are beyond the capture and left out.
Left out: the page's metadata list prints "有效性" four times with four different values (有效, 有效, 失效, 废止: the site's template
prints every choice); those four lines are left out, the other four metadata lines are kept as one paragraph.
Reconstruction: the capture prints each cell as "text |" on its own line, each row opening with a lone "|" line and the slots a row
does not start as runs of "|" (seven after 附件 and after the caption, six after the name, four after each department row, five
after the first money row): a grid of NINE columns, the first one empty on every row (read as an empty leading column, INFERRED —
the lone "|" could also belong to the previous row's filler; the counts add up to nine either way). Spans are INFERRED from those
counts: 附件, the caption and the name over the remaining width, each department value over three columns (the split of the four
spare slots between the two values is a guess), 资金情况 (万元) down the two captured money rows (it may span more rows beyond the
capture), the amounts over six columns. The last row's filler is cut by the capture (four "|" where five are expected).
""",
))
