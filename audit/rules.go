package audit

// Catalogue returns the rules perfdoc check runs, in the order docs/check-rules.md
// lists them; each call returns a fresh slice, so callers may append their
// own rules. Ids are stable. Their rationales and messages, in Chinese and
// English, are in messages.go.
func Catalogue() []Rule {
	return []Rule{
		rule("CLASSIFIED", Info, checkClassified),
		rule("BUDGET-SUM", Error, EachProject(checkBudgetSum)),
		rule("BUDGET-MISSING", Error, EachProject(checkBudgetMissing)),
		rule("PLAN-DECREASING", Error, EachProject(checkPlanDecreasing)),
		rule("PLAN-END", Error, EachProject(checkPlanEnd)),
		rule("PLAN-LABEL", Info, EachProject(checkPlanLabel)),
		rule("COST-OVER-BUDGET", Error, EachProject(checkCostOverBudget)),
		rule("COST-NO-AMOUNT", Warning, EachProject(checkCostNoAmount)),
		rule("UNIT-COST-OVER-BUDGET", Warning, EachProject(checkUnitCostOverBudget)),
		rule("UNIT-COST-UNDER-BUDGET", Warning, EachProject(checkUnitCostUnderBudget)),
		rule("PER-HEAD-IS-BUDGET", Warning, EachProject(checkPerHeadIsBudget)),
		rule("VALUE-REPAIRED", Warning, EachProject(checkValueRepaired)),
		rule("VALUE-UNTYPED", Warning, EachProject(checkValueUntyped)),
		rule("RATE-OVER-100", Error, EachProject(checkRateOver100)),
		rule("FAMILY-MISSING", Warning, EachProject(checkFamilyMissing)),
		rule("SUBFAMILY-MISSING", Info, EachProject(checkSubfamilyMissing)),
		rule("QUANTITY-ONLY-RATE", Warning, EachProject(checkQuantityOnlyRate)),
		rule("GOAL-DUPLICATE", Warning, EachProject(checkGoalDuplicate)),
		rule("INDICATOR-DUPLICATE", Warning, EachProject(checkIndicatorDuplicate)),
		rule("CODE-DUPLICATE", Error, checkCodeDuplicate),
		rule("TARGET-SHARED", Warning, checkTargetShared),
		rule("PRIOR-YEAR-PROJECT", Warning, EachProject(checkPriorYearProject)),
		rule("DEADLINE-OUTSIDE-YEAR", Warning, EachProject(checkDeadlineOutsideYear)),
		rule("SATISFACTION-LOW", Warning, EachProject(checkSatisfactionLow)),
		rule("TARGET-LOOSENED", Warning, checkTargetLoosened),
		rule("TARGET-DROPPED", Warning, checkTargetDropped),
		rule("TARGET-BELOW-ACTUAL", Warning, checkTargetBelowActual),
		rule("TARGET-MISSED", Warning, checkTargetMissed),
	}
}

// rule makes a catalogue entry with its texts (ruleTexts()[id]); Rationale
// is the English one.
func rule(id string, sev Severity, check func(c *Context) []Finding) Rule {
	t := ruleTexts()[id]
	r := Rule{ID: id, Severity: sev, Check: check, Texts: t}
	if t != nil {
		r.Rationale = t.Rationale.EN
	}
	return r
}
