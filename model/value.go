package model

import (
	"bytes"
	"unicode/utf8"
)

// Kind classifies an indicator value.
type Kind string

// The value kinds of CONTRACT.md.
const (
	KindQuantity    Kind = "quantity"
	KindRange       Kind = "range"
	KindDeadline    Kind = "deadline"
	KindQualitative Kind = "qualitative"
	KindClassified  Kind = "classified"
	KindText        Kind = "text"
)

// Comparators of a quantity.
const (
	OpEq = "="
	OpGE = ">="
	OpLE = "<="
	OpGT = ">"
	OpLT = "<"
)

// Directions of a qualitative target.
const (
	DirImprove  = "improve"
	DirReduce   = "reduce"
	DirMaintain = "maintain"
	DirMeet     = "meet"
)

// Quantity is a number with its unit; numbers are decimal strings.
type Quantity struct {
	Number string `json:"number"`
	Unit   string `json:"unit"`
}

// Value is a typed indicator value. Raw is always the trimmed cell text.
// Which other fields are set depends on Kind:
//
//	quantity:    Op, Number, Unit, Base
//	range:       Min, Max, Unit, Base (Base holds the minimum; BaseMax the maximum)
//	deadline:    Date (ISO 8601, the last day of the period named)
//	qualitative: Direction (may be empty)
//
// Warnings says what was repaired or guessed.
type Value struct {
	Raw       string    `json:"raw"`
	Kind      Kind      `json:"kind"`
	Op        string    `json:"op,omitempty"`
	Number    string    `json:"number,omitempty"`
	Min       string    `json:"min,omitempty"`
	Max       string    `json:"max,omitempty"`
	Unit      string    `json:"unit,omitempty"`
	Base      *Quantity `json:"base,omitempty"`
	BaseMax   *Quantity `json:"base_max,omitempty"`
	Date      string    `json:"date,omitempty"`
	Direction string    `json:"direction,omitempty"`
	Warnings  []string  `json:"warnings,omitempty"`
}

// MarshalJSON writes exactly the fields of the value's kind, in a fixed
// order, so that a quantity without a unit still carries "unit": "".
func (v Value) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(96 + len(v.Raw))
	b.WriteString(`{"raw":`)
	writeString(&b, v.Raw)
	b.WriteString(`,"kind":`)
	writeString(&b, string(v.Kind))
	switch v.Kind {
	case KindQuantity:
		b.WriteString(`,"op":`)
		writeString(&b, v.Op)
		b.WriteString(`,"number":`)
		writeString(&b, v.Number)
		b.WriteString(`,"unit":`)
		writeString(&b, v.Unit)
		writeQuantity(&b, "base", v.Base)
	case KindRange:
		b.WriteString(`,"min":`)
		writeString(&b, v.Min)
		b.WriteString(`,"max":`)
		writeString(&b, v.Max)
		b.WriteString(`,"unit":`)
		writeString(&b, v.Unit)
		writeQuantity(&b, "base", v.Base)
		writeQuantity(&b, "base_max", v.BaseMax)
	case KindDeadline:
		b.WriteString(`,"date":`)
		writeString(&b, v.Date)
	case KindQualitative:
		if v.Direction != "" {
			b.WriteString(`,"direction":`)
			writeString(&b, v.Direction)
		}
	}
	if len(v.Warnings) > 0 {
		b.WriteString(`,"warnings":[`)
		for i, w := range v.Warnings {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(&b, w)
		}
		b.WriteByte(']')
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeQuantity(b *bytes.Buffer, key string, q *Quantity) {
	if q == nil {
		return
	}
	b.WriteString(`,"` + key + `":{"number":`)
	writeString(b, q.Number)
	b.WriteString(`,"unit":`)
	writeString(b, q.Unit)
	b.WriteByte('}')
}

// writeString writes s as a JSON string. Unlike encoding/json's default it
// leaves <, > and & alone: values such as "<1件" stay readable.
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(s[start:i])
			b.WriteString(`\ufffd`)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b.WriteString(s[start:i])
			b.WriteString(`\u202`)
			b.WriteByte(hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
