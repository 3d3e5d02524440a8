package parser

import (
	"errors"
	"fmt"
)

// ErrBadDOC means a Word 97–2003 document could not be read.
var ErrBadDOC = errors.New("unreadable DOC")

func readDOC(data []byte, lim Limits) ([]Block, error) {
	if _, err := openOLE(data); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("%w: not read yet", ErrBadDOC)
}
