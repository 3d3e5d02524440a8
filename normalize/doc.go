// Package normalize turns the raw text of an indicator value into a typed
// model.Value.
package normalize

import "github.com/perfdoc/perfdoc/model"

// Document types every indicator value of doc in place.
func Document(doc *model.Document) {
}
