// Command perfdoc reads Chinese budget performance-target filings
// (绩效目标表) and turns them into typed JSON; it also diffs two years,
// audits a filing and bulk-imports archives. Run "perfdoc help" for usage.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

const usage = `perfdoc — read budget performance-target filings (绩效目标表) into typed data

Usage:
  perfdoc parse  [--from text|docx|html] [--year N] [-o FILE] [--format json|jsonl] FILE...|-
  perfdoc value  [--year N] [--context LEVEL2] [VALUE...]
  perfdoc diff   [--format text|json|markdown|html] OLD NEW
  perfdoc check  [--format text|json] FILE...
  perfdoc import --to WAREHOUSE [--format sqlite|parquet|csv|jsonl] [--workers N] PATH...
  perfdoc schema

Run "perfdoc COMMAND --help" for a command's options and examples.
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		io.WriteString(stderr, usage)
		return exitUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "parse":
		return cmdParse(env, args[1:])
	case "value":
		return cmdValue(env, args[1:])
	case "diff":
		return cmdDiff(env, args[1:])
	case "check":
		return cmdCheck(env, args[1:])
	case "import":
		return cmdImport(env, args[1:])
	case "schema":
		return cmdSchema(env, args[1:])
	case "help", "-h", "--help":
		io.WriteString(stdout, usage)
		return exitOK
	}
	io.WriteString(stderr, "perfdoc: unknown command \""+args[0]+"\"\n\n"+usage)
	return exitUsage
}

// env carries the process's streams to a subcommand.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}
