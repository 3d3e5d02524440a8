package cli

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// OptionName is a flag as users type it and as help and messages show it,
// in the GNU and gh style: "-o" for a one-letter flag, "--format" for the
// others. (The flag package accepts one dash or two either way.)
func OptionName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// optionArg is the placeholder of a flag's value in help: the choices of a
// Choice ("text|json|xlsx"), the back-quoted word of its usage in upper
// case (`FILE`, `bytes` → BYTES), N for a number, else the flag's name in
// upper case; "" for a boolean flag.
func optionArg(f *flag.Flag) (arg, usage string) {
	if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
		_, usage = flag.UnquoteUsage(f)
		return "", usage
	}
	if c, ok := f.Value.(*choiceValue); ok {
		usage = strings.ReplaceAll(f.Usage, "`", "")
		if i := strings.LastIndex(usage, " ("); i >= 0 && strings.HasSuffix(usage, ")") {
			usage = usage[:i] // the choices are in the placeholder
		}
		return strings.Join(c.choices, "|"), usage
	}
	name, usage := flag.UnquoteUsage(f)
	if strings.Contains(f.Usage, "`") {
		return strings.ToUpper(name), usage
	}
	switch f.Value.(type) {
	case *intValue, *yearValue:
		return "N", usage
	}
	switch name {
	case "int", "uint", "int64", "uint64", "float", "duration":
		return "N", usage
	}
	return strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_")), usage
}

// writeOptions lists the flags as GNU programs and gh do:
//
//	--format text|json|xlsx   output (default: text)
//	-o FILE                   write to FILE instead of stdout
//	-h, --help                show this help
//
// one-letter flags first, then the others in alphabetical order, the
// descriptions aligned (a long option's description goes on the next
// line).
func writeOptions(w io.Writer, fs *flag.FlagSet) {
	type line struct{ left, usage string }
	var lines []line
	var flags []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	sort.SliceStable(flags, func(i, j int) bool {
		a, b := len(flags[i].Name) == 1, len(flags[j].Name) == 1
		if a != b {
			return a
		}
		return flags[i].Name < flags[j].Name
	})
	for _, f := range flags {
		arg, usage := optionArg(f)
		left := OptionName(f.Name)
		if arg != "" {
			left += " " + arg
		}
		if d := f.DefValue; d != "" && d != "0" && d != "false" && !strings.Contains(usage, "default") {
			usage += " (default: " + d + ")"
		}
		lines = append(lines, line{left, usage})
	}
	lines = append(lines, line{"-h, --help", "show this help"})
	width := 0
	for _, l := range lines {
		if n := len(l.left); n > width && n <= 28 {
			width = n
		}
	}
	for _, l := range lines {
		if len(l.left) > width {
			fmt.Fprintf(w, "  %s\n  %s   %s\n", l.left, strings.Repeat(" ", width), l.usage)
			continue
		}
		fmt.Fprintf(w, "  %-*s   %s\n", width, l.left, l.usage)
	}
}

// flagError rewrites an error of the flag package in the GNU style: the
// option as the user typed it ("--bogus", not "-bogus"), and the nearest
// known option when one is close.
func flagError(fs *flag.FlagSet, err error, args []string) string {
	msg := err.Error()
	typed := func(name string) string {
		for _, a := range args {
			if a == "--" {
				break
			}
			if strings.HasPrefix(a, "-") && strings.SplitN(strings.TrimLeft(a, "-"), "=", 2)[0] == name {
				return strings.SplitN(a, "=", 2)[0]
			}
		}
		return OptionName(name)
	}
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: -"):
		name := strings.TrimPrefix(msg, "flag provided but not defined: -")
		out := "unknown option " + typed(name)
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if s := Nearest(name, names); s != "" {
			out += "; did you mean " + OptionName(s) + "?"
		}
		return out
	case strings.HasPrefix(msg, "flag needs an argument: -"):
		name := strings.TrimPrefix(msg, "flag needs an argument: -")
		return typed(name) + " needs a value"
	case strings.HasPrefix(msg, "invalid value ") || strings.HasPrefix(msg, "invalid boolean value "):
		// invalid value "x" for flag -name: why
		if i := strings.Index(msg, " for flag -"); i >= 0 {
			rest := msg[i+len(" for flag -"):]
			name, why, _ := strings.Cut(rest, ": ")
			return msg[:i] + " for " + typed(name) + ": " + why
		}
	}
	return msg
}

// Nearest returns the candidate closest to s by edit distance
// (levenshtein, over characters) when it is close enough to be a typo —
// at most 1 edit for a word of up to 4 characters, 2 for longer ones — or
// a candidate that s is a prefix of; else "". Ties go to the first in
// sorted order.
func Nearest(s string, candidates []string) string {
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	max := 2
	if len([]rune(s)) <= 4 {
		max = 1
	}
	best, bestD := "", max+1
	for _, c := range sorted {
		if d := levenshtein(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" {
		return best
	}
	if len(s) >= 2 {
		for _, c := range sorted {
			if strings.HasPrefix(c, s) {
				return c
			}
		}
	}
	return ""
}

// levenshtein is the edit distance between a and b, in characters, a
// swap of two neighbours counting as one edit (optimal string alignment:
// "hlep" is one edit from "help", as git's suggestions count it).
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
