package main

import (
	"fmt"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/model"
)

func cmdSchema(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "schema", "schema", "  perfdoc schema > perfdoc-document.schema.json\n")
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	if _, err := e.Stdout.Write(model.Schema); err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc schema: %v\n", err)
		return cli.ExitFail
	}
	return cli.ExitOK
}
