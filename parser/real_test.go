package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

// The real filings of testdata/real (sixteen from eleven provinces, copied
// from the shared fixtures with their hand transcriptions) scored the way
// the shared score.py scores them: an expected indicator matches a parsed
// one with the same name and the same raw value, white space ignored,
// anywhere in the document; a budget total matches as a decimal.

type realTruth struct {
	Projects []struct {
		Name        *string `json:"name"`
		BudgetTotal *string `json:"budget_total"`
		Indicators  []struct {
			Level1 *string `json:"level1"`
			Level2 *string `json:"level2"`
			Name   string  `json:"name"`
			Value  string  `json:"value"`
		} `json:"indicators"`
	} `json:"projects"`
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}

// scoreReal returns the fields matched and expected of one filing.
func scoreReal(truth *realTruth, d *model.Document) (matched, expected int, missed []string) {
	pool := map[[2]string]int{}
	for _, p := range d.Projects {
		for _, i := range p.Indicators {
			pool[[2]string{squeeze(i.Name), squeeze(i.Value.Raw)}]++
		}
	}
	for ti, tp := range truth.Projects {
		for _, ti := range tp.Indicators {
			expected++
			k := [2]string{squeeze(ti.Name), squeeze(ti.Value)}
			if pool[k] > 0 {
				pool[k]--
				matched++
			} else {
				missed = append(missed, ti.Name+" = "+ti.Value)
			}
		}
		if tp.BudgetTotal == nil {
			continue
		}
		expected++
		want, _ := decimal.NewFromString(strings.ReplaceAll(*tp.BudgetTotal, ",", ""))
		if ti < len(d.Projects) {
			if got := d.Projects[ti].Budget.Total; got != nil {
				if g, err := decimal.NewFromString(strings.ReplaceAll(*got, ",", "")); err == nil && g.Equal(want) {
					matched++
					continue
				}
			}
		}
		missed = append(missed, "budget "+*tp.BudgetTotal)
	}
	return matched, expected, missed
}

// TestRealFilings parses every real filing as HTML and as a text export and
// holds the fields matched to the level this version reaches (all 142); a
// change that loses one fails here and names it.
func TestRealFilings(t *testing.T) {
	// The sixteen shared filings (01-16); the second corpus (17 and up) is
	// scored by internal/realscore.
	all, err := filepath.Glob(filepath.Join("..", "testdata", "real", "[0-9][0-9]-*"))
	require.NoError(t, err)
	var dirs []string
	for _, d := range all {
		if b := filepath.Base(d); b[:2] <= "16" {
			dirs = append(dirs, d)
		}
	}
	require.Len(t, dirs, 16)
	total := map[string][2]int{}
	for _, dir := range dirs {
		var truth realTruth
		data, err := os.ReadFile(filepath.Join(dir, "truth.json"))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &truth))
		for _, form := range []string{"html", "txt"} {
			name := filepath.Join("real", filepath.Base(dir), "filing."+form)
			d := parseFile(t, name)
			m, n, missed := scoreReal(&truth, d)
			assert.Empty(t, missed, "%s: missed", name)
			tt := total[form]
			total[form] = [2]int{tt[0] + m, tt[1] + n}
		}
	}
	for _, form := range []string{"html", "txt"} {
		assert.Equal(t, [2]int{142, 142}, total[form], "real filings (%s): fields matched", form)
	}
}
