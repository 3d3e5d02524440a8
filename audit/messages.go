package audit

import (
	"sync"

	"github.com/perfdoc/perfdoc/vocab"
)

// The words of the catalogue: every rule's rationale and messages, in
// Chinese and English side by side, keyed by rule id and variant. A
// message's two texts take the same arguments (the rule passes them once,
// to Context.Say); Chinese numbers them where its word order differs.
// Chinese uses the filings' own terms (预算数, 财政资金, 资金支出计划,
// 指标值, 成本指标, 年度目标 …); English keeps a Chinese term where a
// reviewer would search the filing for it. TestTexts holds both languages
// in step.

// family is the name of an indicator family as the vocabulary writes it
// (产出指标): the catalogue names families through the vocabulary, which
// holds the words in one place.
func family(key string) string { return vocab.Default().Name(key) }

// ruleTexts returns the texts of the catalogue's rules, by rule id, made
// on first use: a command that audits nothing (parse, import without
// --check) does not build them at start-up.
var ruleTexts = sync.OnceValue(func() map[string]*RuleTexts {
	return map[string]*RuleTexts{
		"CLASSIFIED": {
			Rationale: Text{
				ZH: "涉密项目的绩效指标不公开：只报告一次，其他规则不再审核",
				EN: "a 涉密 project's targets are withheld; it is reported once and skipped by the other rules"},
			Messages: map[string]Text{"": {
				ZH: "绩效指标涉密未公开，不予审核",
				EN: "indicators withheld as 涉密; not audited"}},
		},
		"BUDGET-SUM": {
			Rationale: Text{
				ZH: "预算数应等于财政资金与其他资金之和（预算数 = 财政资金 + 其他资金）",
				EN: "the total budget must equal fiscal plus other funds (预算数 = 财政资金 + 其他资金)"},
			// total, money unit, fiscal and other (with the unit), their sum
			Messages: map[string]Text{"": {
				ZH: "预算数%[1]s%[2]s不等于财政资金%[3]s与其他资金%[4]s之和%[5]s%[2]s",
				EN: "budget total %[1]s%[2]s is not fiscal %[3]s + other %[4]s = %[5]s%[2]s"}},
		},
		"BUDGET-MISSING": {
			Rationale: Text{
				ZH: "未填预算数的项目既无法审核，也无从安排资金",
				EN: "a project without a total budget cannot be checked or funded"},
			Messages: map[string]Text{"": {
				ZH: "未填预算数",
				EN: "no budget total (预算数)"}},
		},
		"PLAN-DECREASING": {
			Rationale: Text{
				ZH: "资金支出计划是累计数：后一期不能低于前一期",
				EN: "the spending plan is cumulative: a later point cannot be below an earlier one"},
			// earlier value, its period, later value, its period, the plan's unit
			Messages: map[string]Text{"": {
				ZH: "资金支出计划从%[2]s的%[1]s%[5]s降至%[4]s的%[3]s%[5]s",
				EN: "spending plan falls from %[1]s%[5]s (%[2]s) to %[3]s%[5]s (%[4]s)"}},
		},
		"PLAN-END": {
			Rationale: Text{
				ZH: "资金支出计划到最后一期应支出全部预算数（或100%）；按所填数值判断，不论栏目如何标注",
				EN: "by the year's last point the plan must spend the whole budget (or 100%); judged from the values, whatever the label says"},
			Messages: map[string]Text{
				// period
				"blank": {
					ZH: "资金支出计划最后一期（%s）未填",
					EN: "spending plan has no value for its last period %s"},
				// value, period
				"percent": {
					ZH: "资金支出计划截至%[2]s为%[1]s%%，未达到100%%",
					EN: "spending plan ends at %[1]s%% (%[2]s), not at 100%%"},
				// value, money unit, period, budget
				"amount": {
					ZH: "资金支出计划截至%[3]s累计%[1]s%[2]s，与预算数%[4]s%[2]s不符",
					EN: "spending plan ends at %[1]s%[2]s (%[3]s), budget %[4]s%[2]s"},
			},
		},
		"PLAN-LABEL": {
			Rationale: Text{
				ZH: "资金支出计划栏目标明为百分比，所填却是金额，容易误导读者",
				EN: "a spending-plan label that says % over values that are amounts misleads readers"},
			// label, unit of the values
			Messages: map[string]Text{"": {
				ZH: "栏目“%s”标明为百分比，所填却是以%s计的累计金额",
				EN: "label %q says %% but the values are cumulative amounts in %s"}},
		},
		"COST-OVER-BUDGET": {
			Rationale: Text{
				ZH: "成本指标的金额（上限或确数）不能超过项目全部预算数",
				EN: "a cost indicator's amount (a ceiling or an exact figure) cannot exceed the project's whole budget"},
			// value, budget with unit
			Messages: map[string]Text{"": {
				ZH: "成本指标值%s超过项目预算数%s",
				EN: "cost %s is above the project budget %s"}},
		},
		"COST-NO-AMOUNT": {
			Rationale: Text{
				ZH: "成本指标应说明单位产出花费多少；“按标准发放”或一个日期都说明不了",
				EN: "a cost indicator says what a unit of output costs; 按标准发放 or a date says neither"},
			// value
			Messages: map[string]Text{"": {
				ZH: "成本指标值“%s”不是金额",
				EN: "cost indicator with no amount: %q"}},
		},
		"UNIT-COST-OVER-BUDGET": {
			Rationale: Text{
				ZH: "单位成本（元/人、人均……万元）乘以本项目的计划数量，应在预算数之内",
				EN: "a unit cost (元/人, 人均… 万元) times the planned volume of the same project should fit in the budget"},
			// unit cost, volume, the volume's indicator, product, budget
			Messages: map[string]Text{"": {
				ZH: "%[1]s × %[2]s（%[3]s）= %[4]s，超过预算数%[5]s",
				EN: "%[1]s × %[2]s (%[3]s) = %[4]s, above the budget %[5]s"}},
		},
		"UNIT-COST-UNDER-BUDGET": {
			Rationale: Text{
				ZH: "计划数量乘以单位成本远低于预算数（不足一半），资金去向说不清：可能把月标准写成了年标准，或少填了数量",
				EN: "planned volumes at planned unit costs far below the budget (under half) leave the money unexplained: a rate per month, an understated volume"},
			// total, its terms, share in percent, budget
			Messages: map[string]Text{"": {
				ZH: "成本指标合计%[1]s（%[2]s），仅占预算数%[4]s的%[3]s%%",
				EN: "the cost indicators account for %[1]s (%[2]s), %[3]s%% of the budget %[4]s"}},
		},
		"PER-HEAD-IS-BUDGET": {
			Rationale: Text{
				ZH: "人均成本（元/人，或名称含人均、每人……）不低于全部预算数，而计划人数多于一人，多是把总额写成了人均",
				EN: "a per-head cost (元/人, or 人均/每人 … in the name) at least the whole budget while more than one head is planned is the total written as a rate"},
			// per head or household (a phrase), value, budget, heads planned, their unit
			Messages: map[string]Text{"": {
				ZH: "%[1]s成本%[2]s不低于项目全部预算数%[3]s，而计划数量为%[4]s%[5]s",
				EN: "%[1]s cost %[2]s is at least the whole budget %[3]s, with %[4]s%[5]s planned"}},
		},
		"VALUE-REPAIRED": {
			Rationale: Text{
				ZH: "指标值须经修正才能读取（文字重复、多余空格、单独的“万”），应在原表中改正",
				EN: "a value perfdoc had to repair (doubled text, stray spaces) should be corrected at the source"},
			// value, what was repaired (clauses)
			Messages: map[string]Text{"": {
				ZH: "指标值“%s”不规范（%s）",
				EN: "value %q: %s"}},
		},
		"VALUE-UNTYPED": {
			Rationale: Text{
				ZH: "产出指标应可衡量：既非数值、区间、时限，也非常见目标用语的指标值无法考核",
				EN: "output targets should be measurable: a value that is no number, range, deadline or known target word cannot be assessed"},
			Messages: map[string]Text{
				"blank": {
					ZH: "未填指标值",
					EN: "no value"},
				// value
				"": {
					ZH: "指标值“%s”无法衡量",
					EN: "value %q is not measurable"},
			},
		},
		"RATE-OVER-100": {
			Rationale: Text{
				ZH: "比率（……率）超过100%不可能，多是丢了符号（把≥92%写成292%）",
				EN: "a rate (…率) above 100% is impossible and usually a lost sign (292% for ≥92%)"},
			// value
			Messages: map[string]Text{"": {
				ZH: "指标值%s超过100%%",
				EN: "rate %s is above 100%%"}},
		},
		"FAMILY-MISSING": {
			Rationale: Text{
				ZH: "每个项目都应有" + family(vocab.Output) + "、" + family(vocab.Benefit) + "和" + family(vocab.Satisfaction),
				EN: "every project needs output (产出), effect (效益) and satisfaction (满意度) indicators"},
			// 产出, 效益 or 满意度
			Messages: map[string]Text{"": {
				ZH: "缺少%s指标",
				EN: "no %s指标"}},
		},
		"SUBFAMILY-MISSING": {
			Rationale: Text{
				ZH: "产出指标应涵盖数量、质量、时效和成本指标（2021年起成本指标可作为一级指标）",
				EN: "output indicators should cover quantity, quality, timeliness and cost (cost may be its own level 1 since 2021)"},
			// the missing level-2 families (a list)
			Messages: map[string]Text{"": {
				ZH: "产出指标下缺少%s",
				EN: "no %s"}},
		},
		"QUANTITY-ONLY-RATE": {
			Rationale: Text{
				ZH: "数量指标应计量资金购买的产出；只有一个完成率，什么也没有计量",
				EN: "数量指标 count what the money buys; a completion rate as the only one counts nothing"},
			// value
			Messages: map[string]Text{"": {
				ZH: "数量指标只有一个比率（%s），未计量资金购买的产出",
				EN: "the only 数量指标 is a rate (%s): it counts nothing the money buys"}},
		},
		"GOAL-DUPLICATE": {
			Rationale: Text{
				ZH: "逐字重复的年度目标没有增加内容，多是复制粘贴的疏漏",
				EN: "a goal repeated word for word adds nothing and usually hides a copy-paste slip"},
			// goal numbers (a list), goal
			Messages: map[string]Text{"": {
				ZH: "年度目标第%s条内容相同：“%s”",
				EN: "goals %s are the same text: %q"}},
		},
		"INDICATOR-DUPLICATE": {
			Rationale: Text{
				ZH: "同一二级指标下同名指标出现两次：要么同一目标重复计算，要么两项内容需要各自命名",
				EN: "one name twice under one level 2: the same target counted twice, or two items that need names of their own"},
			Messages: map[string]Text{
				// name, times, level 2, value
				"same": {
					ZH: "%[3]s下指标“%[1]s”出现%[2]d次，指标值均为%[4]s，重复计算",
					EN: "indicator %[1]q appears %[2]d times under %[3]s with the same target %[4]s: counted twice"},
				// count, level 2, name, values (a list)
				"different": {
					ZH: "%[2]s下有%[1]d个指标都名为“%[3]s”，指标值分别为%[4]s，应各自命名",
					EN: "%[1]d indicators under %[2]s are all named %[3]q, with targets %[4]s: give each item its own name"},
			},
		},
		"CODE-DUPLICATE": {
			Rationale: Text{
				ZH: "项目编码唯一标识一个项目；两个项目共用一个编码，此后的查询都会出错",
				EN: "a project code identifies one project; two projects with one code break every later lookup"},
			// code, the first project's number
			Messages: map[string]Text{"": {
				ZH: "项目编码%s与第%d个项目的编码相同",
				EN: "project code %s is also the code of project %d"}},
		},
		"TARGET-SHARED": {
			Rationale: Text{
				ZH: "同一效益（如城镇新增就业人数2400人）由多个项目填报，被重复计算",
				EN: "one outcome (效益, e.g. 城镇新增就业人数 2400人) claimed by several projects is counted several times"},
			// name, value, the other projects' numbers (a list), how many claim it
			Messages: map[string]Text{"": {
				ZH: "第%[3]s个项目也填报了%[1]s %[2]s，同一效益计算了%[4]d次",
				EN: "%[1]s %[2]s is also claimed by projects %[3]s: one outcome counted %[4]d times"}},
		},
		"PRIOR-YEAR-PROJECT": {
			Rationale: Text{
				ZH: "项目编码或名称属于以前年度，或以上年工作计划为指标值确定依据，是结转或照抄的项目：其指标应为本年度的",
				EN: "a project with last year's code, a name of last year or last year's work plan as its basis is carried over or copied: its targets should be this year's"},
			Messages: map[string]Text{
				// the filing's year, the reasons (clauses of the variants below)
				"": {
					ZH: "%d年绩效目标表中的以前年度项目：%s",
					EN: "a project of an earlier year in the %d filing: %s"},
				// code, its year
				"code": {
					ZH: "项目编码%s为%d年的编码",
					EN: "code %s is of %d"},
				// the year in the name
				"name": {
					ZH: "项目名称写的是%d年",
					EN: "the name says %d年"},
				// indicators, their basis
				"plan": {
					ZH: "%d个指标以“%s”为指标值确定依据",
					EN: "%d indicators rest on %q"},
			},
		},
		"DEADLINE-OUTSIDE-YEAR": {
			Rationale: Text{
				ZH: "完成时限不在预算年度内：要么已经过去，要么超出资金的使用期限",
				EN: "a deadline outside the budget year is either already past or beyond the money's life"},
			// value, date, budget year
			Messages: map[string]Text{"": {
				ZH: "完成时限%s（%s）不在预算年度%d年内",
				EN: "deadline %s (%s) is outside the budget year %d"}},
		},
		"SATISFACTION-LOW": {
			Rationale: Text{
				ZH: family(vocab.Satisfaction) + "低于下限（默认80%）过于宽松，失去意义",
				EN: "satisfaction targets below the floor (default 80%) are too weak to mean anything"},
			// value, floor in percent
			Messages: map[string]Text{"": {
				ZH: family(vocab.Satisfaction) + "值%s低于下限%s%%",
				EN: "satisfaction target %s is below %s%%"}},
		},
		"TARGET-LOOSENED": {
			Rationale: Text{
				ZH: "对照上年绩效目标表：比上年放松的指标值（与年度对比的判断相同）需要说明理由",
				EN: "with --previous: a target easier than last year's (as perfdoc diff assesses it) needs a reason"},
			// last year (a phrase), old value, new value
			Messages: map[string]Text{"": {
				ZH: "指标值较上年%s放松，由%s改为%s",
				EN: "target loosened since last year's filing%s: %s → %s"}},
		},
		"TARGET-DROPPED": {
			Rationale: Text{
				ZH: "对照上年绩效目标表：本年删除的上年指标（与年度对比的判断相同：删除即放松风险）需要说明理由",
				EN: "with --previous: a target of last year's filing that this year's drops (perfdoc diff's 删除, a loosening risk) needs a reason"},
			// last year (a phrase), last year's value
			Messages: map[string]Text{"": {
				ZH: "上年%s的指标值%s本年已删除（放松风险）",
				EN: "target %[2]s of last year's filing%[1]s dropped (a loosening risk)"}},
		},
		"TARGET-BELOW-ACTUAL": {
			Rationale: Text{
				ZH: "对照上年自评表：指标值比上年实际完成值还宽松，要求低于已取得的成绩",
				EN: "with --previous self-evaluation: a target set below what was already achieved asks for less than last year's result"},
			// value, last year's actual result, last year (a phrase)
			Messages: map[string]Text{"": {
				ZH: "指标值%[1]s的要求低于上年%[3]s实际完成值%[2]s",
				EN: "target %[1]s asks less than last year's actual result %[2]s%[3]s"}},
		},
		"TARGET-MISSED": {
			Rationale: Text{
				ZH: "实际完成值（自评表）未达到指标值，无论在本文件还是上年文件中：下一年的指标和资金安排都应对此作出回应",
				EN: "a target whose actual result (自评 实际完成值) falls short, in the filing or in --previous: the next targets and the money should answer for it"},
			Messages: map[string]Text{
				// actual, value
				"": {
					ZH: "实际完成值%s未达到指标值%s",
					EN: "actual %s misses the target %s"},
				// last year's value, last year (a phrase), actual
				"last-year": {
					ZH: "上年%[2]s指标值%[1]s未完成，实际完成值为%[3]s",
					EN: "last year's target %[1]s%[2]s was missed: actual %[3]s"},
			},
		},
	}
})

// phrases are words the rules share, put into a message as arguments.
var phrases = map[string]Text{
	"blank":     {ZH: "（空）", EN: "(blank)"},
	"year":      {ZH: "（%d年）", EN: " (%d)"},
	"per-head":  {ZH: "人均", EN: "per-head"},
	"per-house": {ZH: "户均", EN: "per-household"},
	"repaired":  {ZH: "已按推断读取", EN: "repaired"},
}

// phrase returns a shared phrase with its arguments.
func phrase(key string, args ...any) Phrase {
	return Msg{Key: "phrase/" + key, Text: phrases[key], Args: args}
}
