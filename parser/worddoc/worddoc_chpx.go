package worddoc

import (
	"encoding/binary"
	"sort"

	"github.com/perfdoc/perfdoc/parser/internal/office"
)

// chpxRun is the character properties the DOC reader uses for the
// characters at stream offsets [fc, fcEnd).
type chpxRun struct {
	fc, fcEnd int
	deleted   bool // a tracked deletion (sprmCFRMarkDel): dropped, as w:del is
	symbol    rune // the character a Symbol-font character (sprmCSymbol) stands for
}

// Character sprms.
const (
	sprmCFRMarkDel = 0x0800
	sprmCSymbol    = 0x6A09
)

// readCHPX reads the character-property runs from the FKP pages the
// PlcBteChpx lists, ordered by offset, keeping only runs that matter.
func readCHPX(wd, plc []byte) ([]chpxRun, error) {
	pages, err := fkpPages(wd, plc, "character")
	if err != nil {
		return nil, err
	}
	var runs []chpxRun
	for _, page := range pages {
		crun := int(page[511])
		if 5*crun+4 > 511 {
			continue
		}
		for j := 0; j < crun; j++ {
			b := int(page[4*(crun+1)+j]) * 2
			if b == 0 || b >= 511 {
				continue
			}
			cb := int(page[b])
			if b+1+cb > 511 {
				continue
			}
			r := chpxRun{fc: int(binary.LittleEndian.Uint32(page[4*j:])), fcEnd: int(binary.LittleEndian.Uint32(page[4*j+4:]))}
			r.read(page[b+1 : b+1+cb])
			if r.deleted || r.symbol != 0 {
				runs = append(runs, r)
			}
		}
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs, nil
}

// read takes the sprms of one character-property list.
func (r *chpxRun) read(g []byte) {
	for len(g) >= 2 {
		sprm := binary.LittleEndian.Uint16(g)
		g = g[2:]
		size := sprmSize(sprm, g)
		if size < 0 || size > len(g) {
			return
		}
		op := g[:size]
		g = g[size:]
		switch sprm {
		case sprmCFRMarkDel:
			r.deleted = op[0] == 1 || op[0] == 0x81
		case sprmCSymbol:
			c := rune(binary.LittleEndian.Uint16(op[2:]))
			if c < 0x100 {
				c |= 0xF000
			}
			r.symbol = symbolRune(c)
		}
	}
}

// symbolRune maps a Symbol-font character (U+F020–U+F0FF, as Word stores
// it) to Unicode with the DOCX reader's table; 0 when it has no mapping.
func symbolRune(c rune) rune {
	if s, ok := office.Symbols[uint64(c)]; ok {
		return []rune(s)[0]
	}
	return 0
}

// chpxAt returns the character properties at stream offset fc; hint is
// the index found last (offsets mostly rise), updated in place.
func chpxAt(runs []chpxRun, fc int, hint *int) *chpxRun {
	if i := *hint; i < len(runs) && runs[i].fc <= fc && fc < runs[i].fcEnd {
		return &runs[i]
	}
	i := sort.Search(len(runs), func(i int) bool { return runs[i].fcEnd > fc })
	if i < len(runs) && runs[i].fc <= fc {
		*hint = i
		return &runs[i]
	}
	return nil
}
