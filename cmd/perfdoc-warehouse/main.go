// Command perfdoc-warehouse runs perfdoc's storage commands: import (an
// archive of filings into SQLite, PostgreSQL, Parquet, CSV or JSONL) and
// search (the warehouse's full-text index). perfdoc runs it for "perfdoc
// import" and "perfdoc search", as git runs git-*, so that the storage
// libraries start only in the processes that use them; it can also be run
// directly ("perfdoc-warehouse import …"). Run "perfdoc-warehouse help"
// for usage.
package main

import (
	"github.com/perfdoc/perfdoc/internal/cli"
)

func main() { cli.Main(program) }

const usage = `perfdoc-warehouse — perfdoc's storage commands (perfdoc import and perfdoc search run it)

Usage:
  perfdoc-warehouse import --to WAREHOUSE [--format sqlite|postgres|parquet|csv|jsonl] [--workers N] PATH...
  perfdoc-warehouse search WAREHOUSE QUERY
  perfdoc-warehouse help [COMMAND]
  perfdoc-warehouse --version

Run "perfdoc help COMMAND" (or "perfdoc COMMAND --help") for a command's
options and examples; the other commands (parse, value, diff, check,
schema) are perfdoc's.
`

// program is perfdoc-warehouse with its commands.
var program = &cli.Program{Name: "perfdoc-warehouse", Usage: usage, Commands: map[string]cli.Command{
	"import": cmdImport,
	"search": cmdSearch,
}}
