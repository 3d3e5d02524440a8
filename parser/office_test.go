package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/worddoc"
)

// officeFiles lists the workbooks and Word 97 documents of testdata/office.
func officeFiles(t *testing.T) []string {
	var names []string
	for _, pat := range []string{"*.xlsx", "*.xls", "*.doc"} {
		m, err := filepath.Glob(filepath.Join("..", "testdata", "office", pat))
		require.NoError(t, err)
		for _, p := range m {
			names = append(names, "office/"+filepath.Base(p))
		}
	}
	require.NotEmpty(t, names, "no test material in testdata/office")
	return names
}

// TestOfficeGolden parses every file of testdata/office and compares the
// JSON with NAME.golden.json; -update rewrites them.
func TestOfficeGolden(t *testing.T) {
	for _, name := range officeFiles(t) {
		t.Run(name, func(t *testing.T) {
			got := marshal(t, parseFile(t, name))
			golden := filepath.Join("..", "testdata", name+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./parser -update")
			if string(got) != string(want) {
				t.Errorf("%s differs from %s; run go test ./parser -update and review the diff\n%s", name, golden, firstDiff(got, want))
			}
		})
	}
}

// TestOfficeReference: the full filings in testdata/office (the seed and
// the 2025 filing as workbooks and Word 97 documents) give every field of
// the hand-made reference reading.
func TestOfficeReference(t *testing.T) {
	for _, name := range officeFiles(t) {
		base := filepath.Base(name)
		ref := ""
		switch {
		case strings.HasPrefix(base, "budget-2026"):
			ref = "reference-2026.json"
		case strings.HasPrefix(base, "budget-2025"):
			ref = "reference-2025.json"
		default:
			continue
		}
		t.Run(name, func(t *testing.T) {
			var got, want any
			require.NoError(t, json.Unmarshal(marshal(t, parseFile(t, name)), &got))
			data, err := os.ReadFile(filepath.Join("..", "testdata", ref))
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(data, &want))
			var bad []string
			n := compareRef(got, want, "$", &bad)
			assert.Empty(t, bad, "%s vs %s: %d of %d fields differ", name, ref, len(bad), n)
		})
	}
}

// projectsOnly keeps what a workbook without the overview can agree on
// with the DOCX: the department and the projects, sources aside.
func projectsOnly(d *model.Document) *model.Document {
	c := stripSources(d)
	return &model.Document{SchemaVersion: c.SchemaVersion, Year: c.Year, Department: c.Department, Projects: c.Projects}
}

// TestOfficeAgreesWithDOCX: a filing's workbook forms give the same
// projects as its DOCX, and its Word 97 form the same document, sources
// aside. (The workbooks hold amounts as
// numbers with the decimals they were written with, so even "3.00" agrees.)
func TestOfficeAgreesWithDOCX(t *testing.T) {
	for _, name := range officeFiles(t) {
		base := filepath.Base(name)
		year := ""
		switch {
		case strings.HasPrefix(base, "budget-2026-"):
			year = "2026"
		case strings.HasPrefix(base, "budget-2025-"):
			year = "2025"
		default:
			continue
		}
		t.Run(name, func(t *testing.T) {
			want, got := parseFile(t, "budget-"+year+".docx"), parseFile(t, name)
			if filepath.Ext(name) == ".doc" {
				// a Word 97 document holds the overview too: all of it agrees
				want, got = stripSources(want), stripSources(got)
			} else {
				want, got = projectsOnly(want), projectsOnly(got)
			}
			if a, b := marshal(t, got), marshal(t, want); string(a) != string(b) {
				t.Errorf("%s and budget-%s.docx differ:\n%s", name, year, firstDiff(a, b))
			}
		})
	}
}

// TestWorkbookProvenance: cells of a workbook name their sheet and cell.
func TestWorkbookProvenance(t *testing.T) {
	doc := parseFile(t, "office/budget-2026-sheets.xlsx")
	p := doc.Projects[2]
	require.NotEmpty(t, p.Indicators)
	assert.Equal(t, model.Pos{Sheet: "3", Cell: "E10", Table: 3, Row: 9, Col: 5}, p.Indicators[0].Source)
	assert.Equal(t, `sheet "3", cell E10`, p.Indicators[0].Source.String())
}

// TestDOCRevisionsAndSymbols: text deleted with tracked changes is dropped
// and a Symbol-font sign reads as the sign (revisions-symbol.doc is
// LibreOffice's save of revisions-symbol.fodt beside it).
func TestDOCRevisionsAndSymbols(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "office", "units", "revisions-symbol.doc"))
	require.NoError(t, err)
	blocks, err := worddoc.Read(data, layout.DefaultLimits)
	require.NoError(t, err)
	var texts []string
	for _, b := range blocks {
		if b.Para != nil && b.Para.Text != "" {
			texts = append(texts, b.Para.Text)
		}
	}
	assert.Equal(t, []string{"一：新值", "二：≥90%"}, texts)
}

// TestTinyDOC: the hand-built streams the DOC fuzz targets start from
// read as meant.
func TestTinyDOC(t *testing.T) {
	s := officetest.TinyDOC()
	doc, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: s[0]}, officetest.Stream{Name: "1Table", Data: s[1]})
	blocks, err := worddoc.Read(doc, layout.DefaultLimits)
	require.NoError(t, err)
	require.Len(t, blocks, 2)
	assert.Equal(t, "1.x绩效目标表", blocks[0].Para.Text)
	tb := blocks[1].Table
	require.NotNil(t, tb)
	require.Len(t, tb.Rows, 2)
	assert.Equal(t, "项目名称", tb.Rows[0][0].Text)
	assert.Equal(t, 2, tb.Rows[0][0].RowSpan)
	assert.Equal(t, "甲", tb.Rows[0][1].Text)
	assert.True(t, tb.Rows[1][0].Merged)
	assert.Equal(t, "乙", tb.Rows[1][1].Text)
}
