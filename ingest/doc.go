// Package ingest runs bulk imports: it walks inputs (following symbolic
// links once, refusing named pipes and devices, capping file sizes), reads
// and hashes each file once, parses it with N workers, turns each filing
// into flat rows under its content identity, and commits them to a
// warehouse sink in batches, in walk order. It sits between the command
// line and the parser and warehouse packages; a sink never sees a file.
//
// Files:
//
//	input.go   ReadFile, ReadAll, QuotePath: safe reading of one input (ingest/input)
//	walk.go    Walker: the file walk, DefaultInclude
//	ingest.go  Import, Options, Summary, sharding
//	work.go    one file: read, hash, parse, identity, findings, search rows
//	commit.go  results in walk order, batches, commits, counts
package ingest
