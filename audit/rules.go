package audit

// Catalogue returns the rules perfdoc check runs, in the order the README
// lists them; each call returns a fresh slice, so callers may append their
// own rules. Ids are stable.
func Catalogue() []Rule {
	return []Rule{
		{"CLASSIFIED", Info, "a 涉密 project's targets are withheld; it is reported once and skipped by the other rules", checkClassified},
		{"BUDGET-SUM", Error, "the total budget must equal fiscal plus other funds (预算数 = 财政资金 + 其他资金)", EachProject(checkBudgetSum)},
		{"BUDGET-MISSING", Error, "a project without a total budget cannot be checked or funded", EachProject(checkBudgetMissing)},
		{"PLAN-DECREASING", Error, "the spending plan is cumulative: a later point cannot be below an earlier one", EachProject(checkPlanDecreasing)},
		{"PLAN-END", Error, "by the year's last point the plan must spend the whole budget (or 100%); judged from the values, whatever the label says", EachProject(checkPlanEnd)},
		{"PLAN-LABEL", Info, "a spending-plan label that says % over values that are amounts misleads readers", EachProject(checkPlanLabel)},
		{"COST-OVER-BUDGET", Error, "a cost indicator's amount (a ceiling or an exact figure) cannot exceed the project's whole budget", EachProject(checkCostOverBudget)},
		{"COST-NO-AMOUNT", Warning, "a cost indicator says what a unit of output costs; 按标准发放 or a date says neither", EachProject(checkCostNoAmount)},
		{"UNIT-COST-OVER-BUDGET", Warning, "a unit cost (元/人, 人均… 万元) times the planned volume of the same project should fit in the budget", EachProject(checkUnitCostOverBudget)},
		{"UNIT-COST-UNDER-BUDGET", Warning, "planned volumes at planned unit costs far below the budget (under half) leave the money unexplained: a rate per month, an understated volume", EachProject(checkUnitCostUnderBudget)},
		{"PER-HEAD-IS-BUDGET", Warning, "a per-head cost (元/人, or 人均/每人 … in the name) at least the whole budget while more than one head is planned is the total written as a rate", EachProject(checkPerHeadIsBudget)},
		{"VALUE-REPAIRED", Warning, "a value perfdoc had to repair (doubled text, stray spaces) should be corrected at the source", EachProject(checkValueRepaired)},
		{"VALUE-UNTYPED", Warning, "output targets should be measurable: a value that is no number, range, deadline or known target word cannot be assessed", EachProject(checkValueUntyped)},
		{"RATE-OVER-100", Error, "a rate (…率) above 100% is impossible and usually a lost sign (292% for ≥92%)", EachProject(checkRateOver100)},
		{"FAMILY-MISSING", Warning, "every project needs output (产出), effect (效益) and satisfaction (满意度) indicators", EachProject(checkFamilyMissing)},
		{"SUBFAMILY-MISSING", Info, "output indicators should cover quantity, quality, timeliness and cost (cost may be its own level 1 since 2021)", EachProject(checkSubfamilyMissing)},
		{"QUANTITY-ONLY-RATE", Warning, "数量指标 count what the money buys; a completion rate as the only one counts nothing", EachProject(checkQuantityOnlyRate)},
		{"GOAL-DUPLICATE", Warning, "a goal repeated word for word adds nothing and usually hides a copy-paste slip", EachProject(checkGoalDuplicate)},
		{"INDICATOR-DUPLICATE", Warning, "one name twice under one level 2: the same target counted twice, or two items that need names of their own", EachProject(checkIndicatorDuplicate)},
		{"CODE-DUPLICATE", Error, "a project code identifies one project; two projects with one code break every later lookup", checkCodeDuplicate},
		{"TARGET-SHARED", Warning, "one outcome (效益, e.g. 城镇新增就业人数 2400人) claimed by several projects is counted several times", checkTargetShared},
		{"PRIOR-YEAR-PROJECT", Warning, "a project with last year's code, a name of last year or last year's work plan as its basis is carried over or copied: its targets should be this year's", EachProject(checkPriorYearProject)},
		{"DEADLINE-OUTSIDE-YEAR", Warning, "a deadline outside the budget year is either already past or beyond the money's life", EachProject(checkDeadlineOutsideYear)},
		{"SATISFACTION-LOW", Warning, "satisfaction targets below the floor (default 80%) are too weak to mean anything", EachProject(checkSatisfactionLow)},
		{"TARGET-LOOSENED", Warning, "with --previous: a target easier than last year's (as perfdoc diff assesses it) needs a reason", checkTargetLoosened},
		{"TARGET-BELOW-ACTUAL", Warning, "with --previous self-evaluation: a target set below what was already achieved asks for less than last year's result", checkTargetBelowActual},
		{"TARGET-MISSED", Warning, "a target whose actual result (自评 实际完成值) falls short, in the filing or in --previous: the next targets and the money should answer for it", checkTargetMissed},
	}
}
