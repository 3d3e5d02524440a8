package parser

import (
	"errors"
	"fmt"

	"github.com/perfdoc/perfdoc/model"
)

// ErrBadXLS means an Excel 97–2003 workbook could not be read.
var ErrBadXLS = errors.New("unreadable XLS")

func readXLS(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	return nil, nil, fmt.Errorf("%w: not read yet", ErrBadXLS)
}
