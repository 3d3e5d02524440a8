package warehouse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIdentityKept: a filing's identity is the one perfdoc gave it before
// Identity gathered its bytes and remembered each type's fields (a
// warehouse holds these ids: another would import every filing again),
// and hashing allocates little.
func TestIdentityKept(t *testing.T) {
	for name, id := range map[string]string{
		"budget-2026.docx": "6424c150052ad62a9c90c821a4a718d542254f5e4d8ce8184cd21d4d646d60d8",
		"budget-2026.html": "6424c150052ad62a9c90c821a4a718d542254f5e4d8ce8184cd21d4d646d60d8",
		"budget-2025.txt":  "f3b755e9fb7d156bf66f33e63fa919c0a37faa0f858cafe197876a031175f7d5",
	} {
		d := golden(t, name)
		assert.Equal(t, id, Identity(d), name)
		assert.Less(t, testing.AllocsPerRun(3, func() { Identity(d) }), 20.0, name)
	}
}
