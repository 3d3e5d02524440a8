package ocr

import (
	"context"
	"errors"
	"image"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// failingSource is a scan whose every page fails to decode; page 1 fails
// only after another page has been asked for, so that a later page's
// error always comes first in time.
type failingSource struct {
	pages int
	once  sync.Once
	other chan struct{}
}

func (s *failingSource) Pages() int { return s.pages }

func (s *failingSource) Page(i int) (*image.Gray, error) {
	if i == 0 {
		<-s.other
	} else {
		s.once.Do(func() { close(s.other) })
	}
	return nil, errors.New("no image on the page")
}

// TestReadReportsFirstFailingPage: when several pages fail, the error is
// the first page's, whichever worker failed first — the same file gives
// the same error on every run.
func TestReadReportsFirstFailingPage(t *testing.T) {
	for run := range 20 {
		src := &failingSource{pages: 8, other: make(chan struct{})}
		_, err := Read(context.Background(), src, Options{Workers: 8})
		require.Error(t, err)
		require.Equal(t, "page 1: no image on the page", err.Error(), "run %d", run)
	}
}
