// Package serve is perfdoc serve: a local web page on which an auditor
// drops last year's and this year's filing and reads the diff report with
// the new filing's check findings, or drops one filing and reads its check,
// and the small HTTP API the page uses. The API answers what the command
// line answers: /api/diff?format=json the bytes of perfdoc diff --format
// json, /api/check those of perfdoc check --format json, /api/parse those
// of perfdoc parse (both call internal/run).
//
// Safety: uploads are held in memory only and dropped after the request;
// no name a client sends touches the file system (it only labels the
// filing); the readers' per-document limits apply; request bodies are
// capped (413); a bounded number of requests parse at once and a bounded
// number wait, the rest get 503 with Retry-After; every API call is a
// POST, refused when its Origin (or Sec-Fetch-Site) says another site sent
// it, and on a loopback address when its Host is not a loopback name (DNS
// rebinding); a shared server asks for a token. The page loads nothing from
// anywhere: its style and script are embedded, its script runs under a
// per-response nonce, and every text from a filing reaches it as text,
// never as markup.
//
// Files:
//
//	server.go   Config, Server: routes, headers, the Host, Origin and token checks, Run
//	api.go      the three API handlers: uploads, parameters, rendering
//	errors.go   API errors: {"error": {"code", "message"}} and their statuses
//	gate.go     the bound on requests parsing and waiting
//	page.go     the page: template, nonce, language
//	web/        the page's HTML, style and script (embedded)
package serve
