package main

import (
	"fmt"

	"github.com/perfdoc/perfdoc/model"
)

func cmdSchema(e *env, args []string) int {
	fs := newFlags(e, "schema", "schema", "  perfdoc schema > perfdoc-document.schema.json\n")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if _, err := e.stdout.Write(model.Schema); err != nil {
		fmt.Fprintf(e.stderr, "perfdoc schema: %v\n", err)
		return exitFail
	}
	return exitOK
}
