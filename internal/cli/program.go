package cli

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes every command shares. A command may add its own (check's 3,
// diff's 4).
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// Command runs one subcommand with its arguments (those after its name)
// and returns the exit status. Asked for "--help", it prints its help on
// stdout and returns ExitOK.
type Command func(e *Env, args []string) int

// Program is a command-line program made of subcommands.
type Program struct {
	// Name is the program's name in its version line and its top-level
	// messages ("perfdoc", "perfdoc-warehouse").
	Name string
	// Usage is the top-level help: the commands and their synopses.
	Usage string
	// Commands maps each subcommand's name to its function.
	Commands map[string]Command
}

// Main runs p as the process: its arguments, streams and environment, and
// exits with its status.
func Main(p *Program) {
	os.Exit(p.Run(NewEnv(os.Stdin, os.Stdout, os.Stderr), os.Args[1:]))
}

// Run is the whole program: it returns the exit status. Everything written
// to e.Stdout passes through a checked writer, so that a failed write (a
// full disk, a closed pipe) makes the status non-zero whatever the command
// did with the error.
func (p *Program) Run(e *Env, args []string) int {
	out := &checkedWriter{w: e.Stdout}
	e.Stdout = out
	code := p.dispatch(e, args)
	if out.err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc: writing output: %v\n", out.err)
		if code == ExitOK {
			code = ExitFail
		}
	}
	return code
}

func (p *Program) dispatch(e *Env, args []string) int {
	if len(args) == 0 {
		io.WriteString(e.Stderr, p.Usage)
		return ExitUsage
	}
	if cmd, ok := p.Commands[args[0]]; ok {
		return cmd(e, args[1:])
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" && !isHelp(args[1]) {
			cmd, ok := p.Commands[args[1]]
			if !ok {
				fmt.Fprintf(e.Stderr, "%s help: unknown command %s%s\n\n%s", p.Name, Quote(args[1]), p.didYouMean(args[1]), p.Usage)
				return ExitUsage
			}
			return cmd(e, []string{"--help"})
		}
		io.WriteString(e.Stdout, p.Usage)
		return ExitOK
	case "version", "-version", "--version":
		fmt.Fprintln(e.Stdout, VersionString(p.Name))
		return ExitOK
	}
	fmt.Fprintf(e.Stderr, "%s: unknown command %s%s\n\n%s", p.Name, Quote(args[0]), p.didYouMean(args[0]), p.Usage)
	return ExitUsage
}

// isHelp reports whether arg asks for help itself: "perfdoc help --help"
// and "perfdoc help help" print the usage, as "perfdoc help" does.
func isHelp(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help":
		return true
	}
	return false
}

// didYouMean is "; did you mean "parse"?" when name is close to a command
// (Nearest), else "".
func (p *Program) didYouMean(name string) string {
	names := []string{"help", "version"}
	for n := range p.Commands {
		names = append(names, n)
	}
	if s := Nearest(name, names); s != "" {
		return "; did you mean " + Quote(s) + "?"
	}
	return ""
}

// version is the release, set at build time with -ldflags
// "-X github.com/perfdoc/perfdoc/internal/cli.version=v1.2.3" (one
// setting for both programs); empty means the module's version.
var version = ""

// VersionString is "NAME VERSION (GOVERSION)": the -ldflags version, or the
// module's version when installed with go install, or "(devel)", with the
// commit it was built from when known. Programs built from one checkout
// say the same after their names.
func VersionString(name string) string {
	v, gov := version, ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = bi.Main.Version
		}
		gov = bi.GoVersion
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if gov != "" {
		return name + " " + v + " (" + gov + ")"
	}
	return name + " " + v
}
