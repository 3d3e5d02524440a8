// Command perfdoc reads Chinese budget performance-target filings
// (绩效目标表) and turns them into typed JSON; it also diffs two years and
// audits a filing. Its import and search run perfdoc-warehouse, the
// program that links the storage libraries (see warehouse.go). Run
// "perfdoc help" for usage.
package main

import (
	"github.com/perfdoc/perfdoc/internal/cli"
)

func main() { cli.Main(newProgram(warehouseHelper)) }

// exitUnread is check's status when a file could not be read, so that
// "could not read" and "found errors" differ.
const exitUnread = 3

const usage = `perfdoc — read budget performance-target filings (绩效目标表) into typed data
perfdoc — 读取预算绩效目标表，得到准确、有类型的数据；对比两个年度，审核申报

常用（报告与提示默认为中文，--lang en 为英文）:
  perfdoc diff 上年.docx 本年.docx                  两个年度的绩效目标对比（--format html -o 对比.html）
  perfdoc check --previous 上年.docx 本年.docx      审核本年申报（错误、警告、提示）
  perfdoc parse 申报.docx -o 申报.json              解析为 JSON
  perfdoc serve                                     本机网页：拖入两个文件，查看对比与审核

Usage:
  perfdoc parse  [--from text|docx|html|doc|xlsx|xls|pdf] [--year N] [-o FILE] [--format json|jsonl] FILE...|-
  perfdoc value  [--year N] [--context LEVEL2] [VALUE...]
  perfdoc diff   [--format text|json|markdown|html|xlsx] OLD NEW
  perfdoc check  [--format text|json|xlsx] [--previous FILE] FILE...
  perfdoc import --to WAREHOUSE [--format sqlite|postgres|parquet|csv|jsonl] [--workers N] PATH...
  perfdoc search [--format text|json] [--limit N] WAREHOUSE QUERY...
  perfdoc serve  [--addr 127.0.0.1:8080] [--token TOKEN] [--workers N]   (a web page: drop two filings, read the report)
  perfdoc schema
  perfdoc help [COMMAND]
  perfdoc --version

Run "perfdoc help COMMAND" (or "perfdoc COMMAND --help") for a command's
options and examples. NO_COLOR=1 turns colour off in terminal reports.
import and search run perfdoc-warehouse, installed beside perfdoc
(from a clone of perfdoc: go install ./cmd/...).
`

// newProgram is perfdoc with its commands; import and search run the
// program h finds.
func newProgram(h helper) *cli.Program {
	return &cli.Program{Name: "perfdoc", Usage: usage, Commands: map[string]cli.Command{
		"parse":  cmdParse,
		"value":  cmdValue,
		"diff":   cmdDiff,
		"check":  cmdCheck,
		"schema": cmdSchema,
		"serve":  cmdServe,
		"import": h.command("import"),
		"search": h.command("search"),
	}}
}
