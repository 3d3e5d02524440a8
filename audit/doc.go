// Package audit holds the rule catalogue of perfdoc check: each rule has a
// stable id, a severity, a one-line rationale and one check function over
// a parsed document. Rules read the document; they never change it and do
// no I/O, so that Check can run inside any pipeline (perfdoc check, import
// --check).
//
// Outside code adds rules of its own: a Rule with a Check function that
// receives a *Context (the document, the configuration, the comparison with
// last year's filing) and returns findings made with Context.Finding;
// EachProject runs a check over every project that is not classified. Pass
// append(audit.Catalogue(), yourRule) as Config.Rules (see the example).
//
// Files:
//
//	audit.go            Severity, Finding, Report, Config, Rule, Context, Check
//	rules.go            the catalogue, in the README's order
//	rules_money.go      budget, spending plan, cost indicators
//	rules_values.go     single values: repaired, untyped, rates, deadlines, satisfaction
//	rules_structure.go  indicator families, duplicates, shared targets, carried-over projects
//	rules_years.go      against last year's filing: loosened, below last year's actual, missed
//	helpers.go          amounts in 元, unit costs and their volumes
package audit
