// Command perfdoc reads Chinese budget performance-target filings
// (绩效目标表) and turns them into typed JSON; it also diffs two years,
// audits a filing and bulk-imports archives. Run "perfdoc help" for usage.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes. check adds exitUnread so that "could not read" and "found
// errors" differ.
const (
	exitOK     = 0
	exitFail   = 1
	exitUsage  = 2
	exitUnread = 3
)

const usage = `perfdoc — read budget performance-target filings (绩效目标表) into typed data

Usage:
  perfdoc parse  [--from text|docx|html|doc|xlsx|xls] [--year N] [-o FILE] [--format json|jsonl] FILE...|-
  perfdoc value  [--year N] [--context LEVEL2] [VALUE...]
  perfdoc diff   [--format text|json|markdown|html|xlsx] OLD NEW
  perfdoc check  [--format text|json|xlsx] [--previous FILE] FILE...
  perfdoc import --to WAREHOUSE [--format sqlite|postgres|parquet|csv|jsonl] [--workers N] PATH...
  perfdoc search WAREHOUSE QUERY
  perfdoc schema
  perfdoc help [COMMAND]
  perfdoc --version

Run "perfdoc help COMMAND" (or "perfdoc COMMAND --help") for a command's
options and examples. NO_COLOR=1 turns colour off in terminal reports.
`

// version is the release, set at build time with
// -ldflags "-X main.version=v1.2.3"; empty means the module's version.
var version = ""

// commands maps each subcommand to its function.
var commands = map[string]func(*env, []string) int{
	"parse":  cmdParse,
	"value":  cmdValue,
	"diff":   cmdDiff,
	"check":  cmdCheck,
	"import": cmdImport,
	"search": cmdSearch,
	"schema": cmdSchema,
}

// run is the whole program: it returns the exit status. Everything written
// to stdout passes through a checked writer, so that a failed write (a full
// disk, a closed pipe) makes the status non-zero.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newEnv(stdin, stdout, stderr).run(args)
}

func (e *env) run(args []string) int {
	out := &checkedWriter{w: e.stdout}
	e.stdout = out
	code := e.dispatch(args)
	if out.err != nil {
		fmt.Fprintf(e.stderr, "perfdoc: writing output: %v\n", out.err)
		if code == exitOK {
			code = exitFail
		}
	}
	return code
}

func (e *env) dispatch(args []string) int {
	if len(args) == 0 {
		io.WriteString(e.stderr, usage)
		return exitUsage
	}
	if cmd, ok := commands[args[0]]; ok {
		return cmd(e, args[1:])
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			cmd, ok := commands[args[1]]
			if !ok {
				fmt.Fprintf(e.stderr, "perfdoc help: unknown command %s\n\n%s", quote(args[1]), usage)
				return exitUsage
			}
			return cmd(e, []string{"--help"})
		}
		io.WriteString(e.stdout, usage)
		return exitOK
	case "version", "-version", "--version":
		fmt.Fprintln(e.stdout, versionString())
		return exitOK
	}
	fmt.Fprintf(e.stderr, "perfdoc: unknown command %s\n\n%s", quote(args[0]), usage)
	return exitUsage
}

// versionString is "perfdoc VERSION (GOVERSION)": the -ldflags version, or
// the module's version when installed with go install, or "(devel)".
func versionString() string {
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
		return "perfdoc " + v + " (" + gov + ")"
	}
	return "perfdoc " + v
}
