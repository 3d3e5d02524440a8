// Package audit holds the rule catalogue of perfdoc check: each rule has a
// stable id, a severity, a one-line rationale and one check function over
// a parsed document. Rules read the document; they never change it and do
// no I/O, so that Check can run inside any pipeline (perfdoc check, import
// --check).
//
// Every rule states each message once per language, with the same
// arguments: its Texts hold a Chinese and an English fmt format per
// message variant, and Context.Say makes a finding that carries the
// message before it is put into words (Finding.Msg) besides its text in
// Config.Lang (Finding.Message, Chinese by default); Finding.MessageIn and
// Report.In say it in the other language. Data quoted from the filing
// (names, values, amounts with their unit) is never translated.
//
// Outside code adds rules of its own: a Rule with a Check function that
// receives a *Context (the document, the configuration, the comparison with
// last year's filing) and returns findings made with Context.Finding (a
// plain message, the same in every language) or Context.Say (with Texts);
// EachProject runs a check over every project that is not classified. Pass
// append(audit.Catalogue(), yourRule) as Config.Rules (see the examples).
//
// Files:
//
//	audit.go            Severity, Finding, Report, Config, Rule, Context, Check
//	text.go             Lang, Text, Msg, List, Clauses; Say, MessageIn: messages in two languages
//	messages.go         every rule's rationale and messages, Chinese and English side by side
//	repairs.go          normalize's value warnings in Chinese (VALUE-REPAIRED)
//	rules.go            the catalogue, in docs/check-rules.md's order
//	rules_money.go      budget, spending plan, cost indicators
//	rules_values.go     single values: repaired, untyped, rates, deadlines, satisfaction
//	rules_structure.go  indicator families, duplicates, shared targets, carried-over projects
//	rules_years.go      against last year's filing: loosened, below last year's actual, missed
//	helpers.go          amounts in 元, unit costs and their volumes
package audit
