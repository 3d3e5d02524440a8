package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/vocab"
)

// TestLexiconBuiltOncePerVocabulary: the documents of one command share
// its vocabulary's lexicon; another vocabulary gets its own.
func TestLexiconBuiltOncePerVocabulary(t *testing.T) {
	extra, err := vocab.Parse([]byte(`{"header_labels": {"code": ["工程序号"]}}`))
	require.NoError(t, err)
	a := vocab.Default().Merge(extra)
	b := vocab.Default().Merge(extra)
	assert.Same(t, lexiconFor(a), lexiconFor(a), "one vocabulary, one lexicon")
	la := lexiconFor(a)
	assert.NotSame(t, la, lexiconFor(b), "another vocabulary, another lexicon")
	assert.Same(t, defaultLexicon(), lexiconFor(nil))
}
