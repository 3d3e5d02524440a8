package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// FlagSet is a flag.FlagSet that knows its command: it prints help with
// examples on stdout when asked (--help, perfdoc help CMD) and on stderr
// after a usage error, and reports bad flags in one line. Its messages
// name the command as users type it, "perfdoc CMD", whichever program
// runs it (as git-commit says "usage: git commit").
type FlagSet struct {
	*flag.FlagSet
	e                        *Env
	name, synopsis, examples string
}

// NewFlags makes the flag set of a subcommand. synopsis is the usage line
// without "perfdoc "; examples are indented lines of commands.
func NewFlags(e *Env, name, synopsis, examples string) *FlagSet {
	fs := &FlagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), e: e, name: name, synopsis: synopsis, examples: examples}
	fs.SetOutput(e.Stderr)
	fs.Usage = func() { fs.help(e.Stderr) }
	return fs
}

// Env is the surroundings of the command the flags are for.
func (fs *FlagSet) Env() *Env { return fs.e }

// help writes the usage line, the options and the examples to w.
func (fs *FlagSet) help(w io.Writer) {
	fmt.Fprintf(w, "Usage: perfdoc %s\n\nOptions:\n", fs.synopsis)
	writeOptions(w, fs.FlagSet)
	if fs.examples != "" {
		fmt.Fprintf(w, "\nExamples:\n%s", fs.examples)
	}
}

// ParseFlags parses args and returns -1 to go on, or an exit code: 0 after
// printing help on stdout, 2 after a usage error (one line naming the flag,
// then the usage on stderr). Flags may follow the arguments; "--" ends
// them.
func ParseFlags(fs *FlagSet, args []string) int {
	fs.SetOutput(io.Discard) // the flag package's own messages; ours follow
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(interleave(fs.FlagSet, args))
	fs.Usage = usage
	fs.SetOutput(fs.e.Stderr)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		fs.help(fs.e.Stdout)
		return ExitOK
	}
	fmt.Fprintf(fs.e.Stderr, "perfdoc %s: %s\n", fs.name, Sanitize(flagError(fs.FlagSet, err, args)))
	fs.usageHint()
	return ExitUsage
}

// UsageError reports a usage problem found after parsing (a missing
// argument, a bad combination) and returns ExitUsage.
func (fs *FlagSet) UsageError(format string, args ...any) int {
	fmt.Fprintf(fs.e.Stderr, "perfdoc %s: %s\n", fs.name, Sanitize(fmt.Sprintf(format, args...)))
	fs.usageHint()
	return ExitUsage
}

func (fs *FlagSet) usageHint() {
	fmt.Fprintf(fs.e.Stderr, "Usage: perfdoc %s\nRun \"perfdoc help %s\" for options and examples.\n", fs.synopsis, fs.name)
}

// interleave moves flags that follow positional arguments to the front, so
// that "perfdoc diff a.docx b.docx --format json" works as users expect.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && (a[1] < '0' || a[1] > '9') { // "-5%" is a value, not a flag
			flags = append(flags, a)
			if takesValue(fs, a) {
				if i+1 == len(args) {
					return flags // its value missing: the flag package says so
				}
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

// takesValue reports whether the flag argument a ("-o", "--format") is
// followed by its value as the next argument: a known flag that is not
// boolean and has no "=value" of its own.
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	bf, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !bf.IsBoolFlag()
}

// OutputFormat is the format a command writes: format, unless the
// --format flag was not given and out, the -o file, ends in an extension
// byExt names ("diff.html" → html), so that -o findings.xlsx writes a
// workbook rather than text under a workbook's name. An explicit --format
// always wins.
func (fs *FlagSet) OutputFormat(format, out string, byExt map[string]string) string {
	if out == "" || out == "-" {
		return format
	}
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "format" })
	if f, ok := byExt[strings.ToLower(filepath.Ext(out))]; ok && !given {
		return f
	}
	return format
}
