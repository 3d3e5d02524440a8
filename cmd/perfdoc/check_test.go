package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "check", "--format", "json", seedTxt)
	var r struct {
		Findings []map[string]any `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.NotEmpty(t, r.Findings)
	assert.Equal(t, exitFail, code, "the seed has error findings")

	code, out, _ = runCmd(t, "", "check", "--disable", "COST-OVER-BUDGET", seedTxt)
	assert.Equal(t, exitOK, code)
	assert.NotContains(t, out, " COST-OVER-BUDGET ")
	assert.Contains(t, out, "0 errors")

	code, _, errs := runCmd(t, "", "check", "--disable", "NOPE", seedTxt)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "no rule")

	code, out, _ = runCmd(t, "", "check", "--rules")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "BUDGET-SUM")
}
