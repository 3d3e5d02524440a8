package audit

import (
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/model"
)

// Lang is the language findings and rationales are put into words in.
// The zero value is Chinese.
type Lang string

// Languages of the messages.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// Text is one sentence (or phrase) in Chinese and in English. Both are fmt
// formats that take the same arguments; where the word order differs they
// number them (%[2]s). Data quoted from a filing (names, values, amounts
// with their unit) goes in as arguments and is never translated.
type Text struct {
	ZH, EN string
}

// In returns the text in lang: English for English, else Chinese.
func (t Text) In(lang Lang) string {
	if lang == English {
		return t.EN
	}
	return t.ZH
}

// Phrase is an argument of a message that is itself put into words in the
// message's language: a Text, a Msg, a List, Clauses.
type Phrase interface {
	In(lang Lang) string
}

// Msg is a message before it is put into words: a Text and its arguments.
// Arguments that are a Phrase are put into the same language; any other
// (a name, a value, an amount, a number) is printed as it is.
type Msg struct {
	// Key names the text: the rule id, and "/variant" for a rule that
	// says more than one thing ("PLAN-END/amount").
	Key  string
	Text Text
	Args []any
}

// In puts the message into words in lang.
func (m Msg) In(lang Lang) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		if p, ok := a.(Phrase); ok {
			a = p.In(lang)
		}
		args[i] = a
	}
	return fmt.Sprintf(m.Text.In(lang), args...)
}

// List is an enumeration: "1, 3 and 4" in English, "1、3、4" in Chinese.
type List []any

// In puts the list into words in lang.
func (l List) In(lang Lang) string {
	s := words(l, lang)
	if lang != English {
		return strings.Join(s, "、")
	}
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// Clauses are reasons or statements one after the other: "a; b" in
// English, "a；b" in Chinese.
type Clauses []any

// In puts the clauses into words in lang.
func (c Clauses) In(lang Lang) string {
	if lang == English {
		return strings.Join(words(c, lang), "; ")
	}
	return strings.Join(words(c, lang), "；")
}

func words(items []any, lang Lang) []string {
	s := make([]string, len(items))
	for i, it := range items {
		if p, ok := it.(Phrase); ok {
			s[i] = p.In(lang)
		} else {
			s[i] = fmt.Sprint(it)
		}
	}
	return s
}

// RuleTexts are what a rule says in both languages: why it exists, and its
// messages by variant ("" for a rule's one message).
type RuleTexts struct {
	Rationale Text
	Messages  map[string]Text
}

// RationaleIn returns the rule's rationale in lang: its Texts' when it has
// them, else its plain Rationale.
func (r *Rule) RationaleIn(lang Lang) string {
	if r.Texts != nil && r.Texts.Rationale.In(lang) != "" {
		return r.Texts.Rationale.In(lang)
	}
	return r.Rationale
}

// MessageIn returns the finding's message in lang: its Msg put into words
// when it has one, else its plain Message (a rule of outside code that
// says one thing in every language).
func (f *Finding) MessageIn(lang Lang) string {
	if f.Msg == nil {
		return f.Message
	}
	return f.Msg.In(lang)
}

// In returns a copy of the report whose messages are in lang.
func (r *Report) In(lang Lang) *Report {
	out := *r
	out.Findings = make([]Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Message = f.MessageIn(lang)
		out.Findings[i] = f
	}
	return &out
}

// Say makes a finding of the rule about project p (nil for the whole
// document) and, when ind is not nil, its indicator, whose message is the
// rule's text of that variant ("" for its one message) with args, in
// Config.Lang; Finding.MessageIn puts it into the other language. It
// points at the indicator, else at the project.
func (c *Context) Say(p *model.Project, ind *model.Indicator, variant string, args ...any) Finding {
	pos, name := model.Pos{}, ""
	if p != nil {
		pos = p.Source
	}
	if ind != nil {
		pos, name = ind.Source, ind.Name
	}
	return c.SayAt(p, name, pos, variant, args...)
}

// SayAt is Say with an explicit indicator name and position.
func (c *Context) SayAt(p *model.Project, indicator string, pos model.Pos, variant string, args ...any) Finding {
	m := c.Msg(variant, args...)
	f := c.FindingAt(p, indicator, pos, "%s", m.In(c.Config.Lang))
	f.Msg = &m
	return f
}

// Msg returns the rule's text of that variant with args, to stand as an
// argument of another of its messages (a reason among several). A variant
// the rule has no text for says the rule's rationale instead.
func (c *Context) Msg(variant string, args ...any) Msg {
	key := c.Rule.ID
	if variant != "" {
		key += "/" + variant
	}
	var t Text
	var ok bool
	if c.Rule.Texts != nil {
		t, ok = c.Rule.Texts.Messages[variant]
	}
	if !ok {
		return Msg{Key: key, Text: Text{ZH: "%s", EN: "%s"}, Args: []any{rationale{c.Rule}}}
	}
	return Msg{Key: key, Text: t, Args: args}
}

// rationale is a rule's rationale as a Phrase.
type rationale struct{ r *Rule }

func (r rationale) In(lang Lang) string { return r.r.RationaleIn(lang) }
