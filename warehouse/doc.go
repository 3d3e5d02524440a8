// Package warehouse flattens parsed documents into keyed tables and writes
// them to a sink — an embedded SQLite database (the default), PostgreSQL,
// Parquet files partitioned by year, CSV or JSONL — each with a commit
// protocol: a batch of documents becomes visible whole or not at all,
// after a kill, a full disk or a failed rename, and a rerun completes an
// import with no duplicate and no loss. The SQL sinks commit a
// transaction; the file sinks write each commit into a folder of its own
// (DIR/commit-000001/…) and publish it with one rename, so that a reader
// that globs DIR/commit-*/TABLE… never sees part of a commit. It imports
// only the model; the ingest package walks, parses and feeds it.
//
// Tables and keys:
//
//	documents      id (the filing's content identity, see Identity)
//	sources        sha256, path (every file that carries a document)
//	projects       document_id, project (1-based position in the document)
//	indicators     document_id, project, indicator (1-based position)
//	spending_plan  document_id, project, point
//	goals          document_id, project, goal
//	findings       document_id, finding (import --check)
//	search         full-text index of names, purposes, goals, descriptions (SQL sinks)
//	import_errors  path, sha256, error
//
// Amounts and numbers are exact decimal text, never floats; a blank cell is
// NULL, and so is a position the input does not have (source_line of a
// DOCX).
//
// Files:
//
//	rows.go          row types, Flatten
//	table.go         table and column descriptions, by name
//	identity.go      Identity: the content hash of a filing
//	sink.go          Sink, Batch, Known, Committed
//	sqlite*.go       SQLite
//	postgres*.go     PostgreSQL
//	commitdir.go     the file sinks' commit folders: staging, one rename, lock
//	legacy.go        the file sinks' layout before commit folders, migrated
//	parquet*.go      Parquet lake
//	files*.go        CSV and JSONL; SafeCell
//	search.go        full-text queries over SQLite and PostgreSQL
//	fs.go, lock_*.go the file system sinks work through; folder locks
package warehouse
