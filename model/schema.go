package model

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of a Document as perfdoc parse
// writes it. It is kept beside the types; a test checks that every JSON
// field of the types is in it and that the seed's output validates.
//
//go:embed schema.json
var Schema []byte
