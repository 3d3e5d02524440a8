package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Help lists options as the synopsis writes them (--format, -o FILE), not
// as Go's flag package does (-format value).
func TestHelpGNUStyle(t *testing.T) {
	p := &Program{Name: "toy", Usage: "Usage: toy show\n", Commands: map[string]Command{
		"show": func(e *Env, args []string) int {
			fs := NewFlags(e, "show", "show [--format text|json] [-o FILE] FILE", "")
			fs.Choice("format", "output", "text", "json")
			fs.String("o", "", "write to `FILE` instead of stdout")
			fs.Bool("force", false, "compare anyway")
			fs.Int64("max-size", 5, "largest input, in `bytes`")
			fs.Year("year", "the budget year")
			return ParseFlags(fs, args)
		},
	}}
	code, out, _ := run(p, "show", "--help")
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, `Usage: perfdoc show [--format text|json] [-o FILE] FILE

Options:
  -o FILE              write to FILE instead of stdout
  --force              compare anyway
  --format text|json   output (default: text)
  --max-size BYTES     largest input, in bytes (default: 5)
  --year N             the budget year
  -h, --help           show this help
`, out)
	assert.NotContains(t, out, "value")

	// an unknown option is echoed as typed, with the nearest known one
	code, _, errs := run(p, "show", "--bogus", "x")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "perfdoc show: unknown option --bogus\n")
	_, _, errs = run(p, "show", "-bogus", "x")
	assert.Contains(t, errs, "perfdoc show: unknown option -bogus\n")
	_, _, errs = run(p, "show", "--fromat=json", "x")
	assert.Contains(t, errs, "perfdoc show: unknown option --fromat; did you mean --format?\n")
	_, _, errs = run(p, "show", "--year", "abc", "x")
	assert.Contains(t, errs, `perfdoc show: invalid value "abc" for --year: `)
	_, _, errs = run(p, "show", "x", "--format")
	assert.Contains(t, errs, "perfdoc show: --format needs a value\n")
}

// A mistyped command gets a suggestion; a word far from every command
// does not.
func TestDidYouMean(t *testing.T) {
	p := &Program{Name: "toy", Usage: "Usage: toy parse|diff|check\n", Commands: map[string]Command{
		"parse": nil, "diff": nil, "check": nil, "import": nil,
	}}
	for typed, want := range map[string]string{
		"pars": `; did you mean "parse"?`, "prase": `; did you mean "parse"?`, "dif": `; did you mean "diff"?`,
		"chekc": `; did you mean "check"?`, "imprt": `; did you mean "import"?`, "hlep": `; did you mean "help"?`,
		"imp": `; did you mean "import"?`, "zzz": "", "serve": "", "x": "",
	} {
		code, _, errs := run(p, typed)
		assert.Equal(t, ExitUsage, code)
		assert.Contains(t, errs, `toy: unknown command "`+typed+`"`+want+"\n", typed)
	}
	_, _, errs := run(p, "help", "dif")
	assert.Contains(t, errs, `toy help: unknown command "dif"; did you mean "diff"?`)
}

func TestLevenshtein(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"parse", "parse", 0}, {"pars", "parse", 1}, {"prase", "parse", 1}, {"chekc", "check", 1}, {"kitten", "sitting", 3}, {"检查", "检察", 1}, {"", "abc", 3}} {
		assert.Equal(t, tt.d, levenshtein(tt.a, tt.b), tt.a+"/"+tt.b)
	}
}
