package worddoc

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// papxProps are the paragraph properties the DOC reader uses.
type papxProps struct {
	inTable bool // sprmPFInTable, or a table depth (sprmPItap) ≥ 1
	ttp     bool // the paragraph ends a table row (sprmPFTtp / sprmPFInnerTtp)
	itap    int  // table depth
	level   int  // heading level from the outline level, 0 for body text
	tap     *docTAP
}

// docTAP is a table row's layout from the row end's properties: the cell
// boundaries (twips) and each cell's merge flags.
type docTAP struct {
	bounds []int
	hmerge []int // per cell: 0 none, 1 first of a horizontal merge, 2 merged into the previous
	vmerge []int // per cell: 0 none, 1 continues the cell above, 3 restarts
}

// papxRun is the paragraph properties of the paragraphs whose marks lie in
// stream offsets [fc, fcEnd).
type papxRun struct {
	fc, fcEnd int
	props     papxProps
}

// readPAPX reads every paragraph-property run from the FKP pages that the
// PlcBtePapx lists, ordered by offset.
func readPAPX(wd, plc, dataStream []byte) ([]papxRun, error) {
	pages, err := fkpPages(wd, plc, "paragraph") // none: everything is body text
	if err != nil {
		return nil, err
	}
	var runs []papxRun
	for _, page := range pages {
		runs = append(runs, fkpRuns(page, dataStream)...)
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fc < runs[j].fc })
	return runs, nil
}

// fkpPages returns the distinct 512-byte FKP pages a PlcBteChpx or
// PlcBtePapx lists, in its order; what names the properties in errors.
func fkpPages(wd, plc []byte, what string) ([][]byte, error) {
	if len(plc) < 4 || (len(plc)-4)%8 != 0 {
		return nil, nil
	}
	n := (len(plc) - 4) / 8
	pages := make([][]byte, 0, n)
	seen := map[uint32]bool{}
	for i := 0; i < n; i++ {
		pn := binary.LittleEndian.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF
		if seen[pn] {
			continue
		}
		seen[pn] = true
		off := int(pn) * 512
		if off+512 > len(wd) {
			return nil, fmt.Errorf("%w: %s properties page %d lies outside the WordDocument stream", ErrBadDOC, what, pn)
		}
		pages = append(pages, wd[off:off+512])
	}
	return pages, nil
}

// fkpRuns reads one 512-byte PAPX FKP.
func fkpRuns(page, dataStream []byte) []papxRun {
	crun := int(page[511])
	if 4*(crun+1)+13*crun > 511 {
		return nil
	}
	out := make([]papxRun, 0, crun)
	for i := 0; i < crun; i++ {
		r := papxRun{fc: int(binary.LittleEndian.Uint32(page[4*i:])), fcEnd: int(binary.LittleEndian.Uint32(page[4*i+4:]))}
		if b := int(page[4*(crun+1)+13*i]) * 2; b > 0 && b < 511 {
			cb := int(page[b])
			start, size := b+1, 2*cb-1
			if cb == 0 && b+1 < 511 {
				start, size = b+2, 2*int(page[b+1])
			}
			if size >= 2 && start+size <= 511 {
				r.props = parseGrpprl(page[start+2:start+size], dataStream) // after the style index
			}
		}
		out = append(out, r)
	}
	return out
}

// Sprms read from paragraph property lists.
const (
	sprmPFInTable        = 0x2416
	sprmPFTtp            = 0x2417
	sprmPOutLvl          = 0x2640
	sprmPFInnerTableCell = 0x244B
	sprmPFInnerTtp       = 0x244C
	sprmPHugePapx        = 0x6646
	sprmPItap            = 0x6649
	sprmTDefTable        = 0xD608
	sprmTVertMerge       = 0xD62B
)

// parseGrpprl reads the sprms of one paragraph's property list. A
// sprmPHugePapx moves the list into the Data stream (LibreOffice writes it
// for some table paragraphs); it is followed there, one level deep.
func parseGrpprl(g, dataStream []byte) papxProps {
	var pp papxProps
	pp.read(g, dataStream)
	if pp.inTable && pp.itap == 0 {
		pp.itap = 1
	}
	return pp
}

func (pp *papxProps) read(g, dataStream []byte) {
	for len(g) >= 2 {
		sprm := binary.LittleEndian.Uint16(g)
		g = g[2:]
		size := sprmSize(sprm, g)
		if size < 0 || size > len(g) {
			break
		}
		op := g[:size]
		g = g[size:]
		switch sprm {
		case sprmPFInTable:
			pp.inTable = pp.inTable || (len(op) > 0 && op[0] != 0)
		case sprmPFTtp, sprmPFInnerTtp:
			pp.ttp = pp.ttp || (len(op) > 0 && op[0] != 0)
		case sprmPItap:
			if len(op) == 4 {
				pp.itap = int(int32(binary.LittleEndian.Uint32(op)))
				pp.inTable = pp.inTable || pp.itap > 0
			}
		case sprmPOutLvl:
			if len(op) > 0 && op[0] < 9 {
				pp.level = int(op[0]) + 1
			}
		case sprmTDefTable:
			pp.tap = parseTDefTable(op)
		case sprmTVertMerge:
			if pp.tap != nil && len(op) >= 3 && int(op[1]) < len(pp.tap.vmerge) {
				pp.tap.vmerge[op[1]] = int(op[2])
			}
		case sprmPHugePapx:
			if off := int(binary.LittleEndian.Uint32(op)); len(op) == 4 && off >= 0 && off+2 <= len(dataStream) {
				cb := int(binary.LittleEndian.Uint16(dataStream[off:]))
				if off+2+cb <= len(dataStream) {
					pp.read(dataStream[off+2:off+2+cb], nil)
				}
			}
		}
	}
}

// sprmSize is the operand size of a sprm by its spra bits; variable
// operands carry their size first (two bytes for sprmTDefTable).
func sprmSize(sprm uint16, g []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	if sprm == sprmTDefTable {
		if len(g) < 2 {
			return -1
		}
		return int(binary.LittleEndian.Uint16(g)) + 1
	}
	if len(g) < 1 {
		return -1
	}
	return int(g[0]) + 1
}

// parseTDefTable reads the cell boundaries and the merge flags of the
// TC80s of a sprmTDefTable operand.
func parseTDefTable(op []byte) *docTAP {
	if len(op) < 3 {
		return nil
	}
	n := int(op[2])
	at := 3
	if at+2*(n+1) > len(op) {
		return nil
	}
	tap := &docTAP{bounds: make([]int, n+1), hmerge: make([]int, n), vmerge: make([]int, n)}
	for i := 0; i <= n; i++ {
		tap.bounds[i] = int(int16(binary.LittleEndian.Uint16(op[at+2*i:])))
	}
	at += 2 * (n + 1)
	for i := 0; i < n && at+20 <= len(op); i, at = i+1, at+20 {
		grf := binary.LittleEndian.Uint16(op[at:])
		tap.hmerge[i] = int(grf & 3)
		tap.vmerge[i] = int(grf>>5) & 3
	}
	return tap
}

// props returns the paragraph properties of the paragraph whose mark is at
// stream offset fc.
func (w *docWalker) props(fc int) papxProps {
	i := sort.Search(len(w.papx), func(i int) bool { return w.papx[i].fcEnd > fc })
	if i < len(w.papx) && w.papx[i].fc <= fc {
		return w.papx[i].props
	}
	return papxProps{}
}

// docTable collects the rows of one top-level table.
type docTable struct {
	num   int
	rows  []docRow
	cells []string // the open row's cells
	cell  []string // the open cell's paragraphs
}

type docRow struct {
	cells []string
	tap   *docTAP
}

// add takes one paragraph of a table: a paragraph inside a cell, a cell
// end, or a row end. Nested tables' paragraphs stay text of the outer cell.
func (t *docTable) add(mark rune, text string, pp papxProps) {
	switch {
	case pp.itap > 1:
		if text != "" {
			t.cell = append(t.cell, text)
		}
	case mark == chCellMark && pp.ttp:
		t.rows = append(t.rows, docRow{cells: t.cells, tap: pp.tap})
		t.cells, t.cell = nil, nil
	case mark == chCellMark:
		t.cell = append(t.cell, text)
		t.cells = append(t.cells, strings.Join(t.cell, "\n"))
		t.cell = nil
	default:
		t.cell = append(t.cell, text)
	}
}

// layout places the rows' cells on one grid made of every row's cell
// boundaries, folds old-style horizontal merges into spans, and turns
// vertically merged cells into continuations of the cell above.
func (t *docTable) layout() *layout.Table {
	if len(t.cells) > 0 || len(t.cell) > 0 {
		// a row without its end mark (a damaged file): keep its cells
		if len(t.cell) > 0 {
			t.cells = append(t.cells, strings.Join(t.cell, "\n"))
		}
		t.rows = append(t.rows, docRow{cells: t.cells})
	}
	grid := t.grid()
	out := &layout.Table{Pos: model.Pos{Table: t.num, Row: 1, Col: 1}}
	above := map[int][2]int{} // grid column → (row, index) of the cell a continuation points at
	for ri, r := range t.rows {
		row := make([]layout.Cell, 0, len(r.cells))
		col := 1
		for ci, text := range r.cells {
			lo, hi := col, col+1
			if tap := r.tap; tap != nil && len(tap.bounds) == len(r.cells)+1 {
				lo, hi = grid[snapTwips(tap.bounds[ci])], grid[snapTwips(tap.bounds[ci+1])]
				if hi <= lo {
					hi = lo + 1
				}
				if tap.hmerge[ci] >= 2 && len(row) > 0 {
					prev := &row[len(row)-1]
					prev.ColSpan = hi - prev.Pos.Col
					if text != "" {
						prev.Text = strings.TrimPrefix(prev.Text+"\n"+text, "\n")
					}
					col = hi
					continue
				}
			}
			cell := layout.Cell{Text: text, RowSpan: 1, ColSpan: hi - lo, Pos: model.Pos{Table: t.num, Row: ri + 1, Col: lo}}
			if r.tap != nil && ci < len(r.tap.vmerge) && r.tap.vmerge[ci] == 1 {
				if o, ok := above[lo]; ok {
					origin := &out.Rows[o[0]][o[1]]
					origin.RowSpan++
					cell.Merged, cell.Text = true, ""
				}
			} else {
				above[lo] = [2]int{ri, len(row)}
			}
			row = append(row, cell)
			col = hi
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// snapTwips rounds a cell boundary to 20 twips (a point), so that the same
// column edge written a little differently in two rows is one grid line.
func snapTwips(x int) int {
	if x < 0 {
		return -((-x + 10) / 20)
	}
	return (x + 10) / 20
}

// grid maps each snapped cell boundary of the table to its 1-based grid
// column.
func (t *docTable) grid() map[int]int {
	set := map[int]bool{}
	for _, r := range t.rows {
		if r.tap != nil && len(r.tap.bounds) == len(r.cells)+1 {
			for _, b := range r.tap.bounds {
				set[snapTwips(b)] = true
			}
		}
	}
	xs := make([]int, 0, len(set))
	for x := range set {
		xs = append(xs, x)
	}
	sort.Ints(xs)
	grid := make(map[int]int, len(xs))
	for i, x := range xs {
		grid[x] = i + 1
	}
	return grid
}
