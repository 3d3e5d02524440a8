package warehouse

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
)

// Hit is one searchable text that matched a query, with where it belongs:
// the document, the project (0: none) and the indicator (0: the text is
// the project's own — its name, purpose or a goal).
type Hit struct {
	DocumentID    string `json:"document_id"`
	Year          *int64 `json:"year"` // nil: unknown
	Department    string `json:"department"`
	Path          string `json:"path"`
	Project       int64  `json:"project"`
	ProjectCode   string `json:"project_code"`
	ProjectName   string `json:"project_name"`
	Indicator     int64  `json:"indicator,omitempty"`
	IndicatorName string `json:"indicator_name,omitempty"`
	Field         string `json:"field"`
	Text          string `json:"text"`
}

// A Query is words cut by the segmenter that built the index: every group
// must match, any word of a group will do. A word of one character matches
// the words that start with it.
type Query [][]string

const searchSelect = `SELECT s.document_id, d.year, COALESCE(d.department_name, ''), d.path, s.project, COALESCE(p.code, ''), COALESCE(p.name, ''),
	s.indicator, COALESCE(i.name, ''), s.field, s.text, count(*) OVER ()
FROM search s JOIN documents d ON d.id = s.document_id
LEFT JOIN projects p ON p.document_id = s.document_id AND p.project = s.project
LEFT JOIN indicators i ON i.document_id = s.document_id AND i.project = s.project AND i.indicator = s.indicator
WHERE %s
ORDER BY d.year, d.department_name, d.path, s.project, s.indicator, s.field
LIMIT %d`

// ftsQuery renders q in FTS5's syntax.
func ftsQuery(q Query) string {
	var groups []string
	for _, g := range q {
		var alts []string
		for _, w := range g {
			term := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
			if utf8.RuneCountInString(w) == 1 {
				term += "*"
			}
			alts = append(alts, term)
		}
		if len(alts) > 0 {
			groups = append(groups, "("+strings.Join(alts, " OR ")+")")
		}
	}
	return "tokens : (" + strings.Join(groups, " AND ") + ")"
}

// tsQuery renders q as a PostgreSQL tsquery literal.
func tsQuery(q Query) string {
	var groups []string
	for _, g := range q {
		var alts []string
		for _, w := range g {
			term := "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(w) + "'"
			if utf8.RuneCountInString(w) == 1 {
				term += ":*"
			}
			alts = append(alts, term)
		}
		if len(alts) > 0 {
			groups = append(groups, "("+strings.Join(alts, " | ")+")")
		}
	}
	return strings.Join(groups, " & ")
}

// scanHits reads the hits and the number of matches before the limit.
func scanHits(next func() bool, scan func(...any) error) ([]Hit, int, error) {
	var out []Hit
	total := 0
	for next() {
		var h Hit
		if err := scan(&h.DocumentID, &h.Year, &h.Department, &h.Path, &h.Project, &h.ProjectCode, &h.ProjectName,
			&h.Indicator, &h.IndicatorName, &h.Field, &h.Text, &total); err != nil {
			return nil, 0, err
		}
		out = append(out, h)
	}
	return out, total, nil
}

// Search returns up to limit texts that match q, ordered by year,
// department, document, project and indicator, and how many match in all.
func (s *SQLite) Search(ctx context.Context, q Query, limit int) ([]Hit, int, error) {
	if len(q) == 0 {
		return nil, 0, nil
	}
	start := time.Now()
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(searchSelect, "search MATCH ?", limit), ftsQuery(q))
	if err != nil {
		return nil, 0, s.explain(err, start)
	}
	defer rows.Close()
	hits, total, err := scanHits(rows.Next, rows.Scan)
	if err == nil {
		err = rows.Err()
	}
	return hits, total, err
}

// Search returns up to limit texts that match q, ordered by year,
// department, document, project and indicator, and how many match in all.
func (p *Postgres) Search(ctx context.Context, q Query, limit int) ([]Hit, int, error) {
	if len(q) == 0 {
		return nil, 0, nil
	}
	rows, err := p.conn.Query(ctx, fmt.Sprintf(searchSelect, "s.tsv @@ $1::tsquery", limit), tsQuery(q))
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	hits, total, err := scanHits(rows.Next, rows.Scan)
	if err == nil {
		err = rows.Err()
	}
	return hits, total, err
}

// metaSQL is the warehouse-wide settings table of the SQL sinks.
const metaSQL = `CREATE TABLE IF NOT EXISTS perfdoc_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`

// SetMeta records a warehouse-wide setting (such as the segmenter its
// search index was built with).
func (p *Postgres) SetMeta(ctx context.Context, key, value string) error {
	_, err := p.conn.Exec(ctx, `INSERT INTO perfdoc_meta (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// Meta reads a warehouse-wide setting; "" when unset.
func (p *Postgres) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := p.conn.QueryRow(ctx, `SELECT value FROM perfdoc_meta WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, err
}
