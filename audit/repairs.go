package audit

import (
	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// repair is one of the warnings normalize leaves on a value it repaired or
// guessed, as a Phrase: its diagnostic (code and arguments) put into words
// by diag's catalogue in the language asked for.
type repair model.Diagnostic

// In puts the warning into words in lang.
func (r repair) In(lang Lang) string {
	if _, ok := diag.Lookup(r.Code); !ok && lang != English {
		return phrases["repaired"].In(lang) // never a code in a Chinese message
	}
	return diag.Render(diag.Lang(lang), r.Code, r.Args)
}

// uncoded is a value's warning without a diagnostic (a value made by
// outside code): English says it as it is, Chinese as a plain "read as
// guessed".
type uncoded string

// In puts the warning into words in lang.
func (u uncoded) In(lang Lang) string {
	if lang == English {
		return string(u)
	}
	return phrases["repaired"].In(lang)
}

// repairs are a value's warnings as clauses: by their diagnostics when
// there is one for each warning, else by their words.
func repairs(v *model.Value) Clauses {
	if len(v.Diagnostics) == len(v.Warnings) {
		c := make(Clauses, len(v.Diagnostics))
		for i, d := range v.Diagnostics {
			c[i] = repair(d)
		}
		return c
	}
	c := make(Clauses, len(v.Warnings))
	for i, w := range v.Warnings {
		c[i] = uncoded(w)
	}
	return c
}
