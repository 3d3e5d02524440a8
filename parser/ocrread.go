package parser

import (
	"context"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/ocr"
)

// ocrBlocks turns the pages OCR read into layout blocks: furniture
// paragraphs after the body as the PDF reader places them; every cell's and
// paragraph's position carries its confidence.
func ocrBlocks(pages []*ocr.Page) []Block {
	var out, furniture []Block
	nTable, nPara := 0, 0
	for _, p := range pages {
		for _, it := range p.Items {
			if it.Para != nil {
				pos := model.Pos{Page: p.Number, Confidence: it.Para.Conf}
				if it.Para.Furniture {
					furniture = append(furniture, Block{Para: &Paragraph{Text: it.Para.Text, Furniture: true, Pos: pos}})
					continue
				}
				nPara++
				pos.Paragraph = nPara
				out = append(out, Block{Para: &Paragraph{Text: it.Para.Text, Pos: pos}})
				continue
			}
			nTable++
			t := &Table{Pos: model.Pos{Page: p.Number, Table: nTable}}
			for r, row := range it.Table.Rows {
				cells := make([]Cell, 0, len(row))
				col := 1
				for _, c := range row {
					cells = append(cells, Cell{Text: c.Text, RowSpan: c.RowSpan, ColSpan: c.ColSpan, Merged: c.Merged,
						Pos: model.Pos{Page: p.Number, Table: nTable, Row: r + 1, Col: col, Confidence: c.Conf}})
					col += max(1, c.ColSpan)
				}
				t.Rows = append(t.Rows, cells)
			}
			out = append(out, Block{Table: t})
		}
	}
	return append(out, furniture...)
}

// readImages reads an image file by OCR.
func readImages(data []byte, lim Limits) ([]Block, error) {
	src, err := ocr.NewImageSource(data, ocr.Limits{})
	if err != nil {
		return nil, err
	}
	pages, err := ocr.Read(context.Background(), src, ocr.Options{})
	if err != nil {
		return nil, err
	}
	return ocrBlocks(pages), nil
}

// readPDFScan reads a PDF whose pages are images by OCR.
func readPDFScan(data []byte, lim Limits) ([]Block, error) {
	r, err := pdf.Open(data, pdfLimits(lim))
	if err != nil {
		return nil, pdfError(err)
	}
	pp, err := r.Pages()
	if err != nil {
		return nil, pdfError(err)
	}
	pages, err := ocr.Read(context.Background(), ocr.NewPDFSource(r, pp, ocr.Limits{}), ocr.Options{})
	if err != nil {
		return nil, err
	}
	return ocrBlocks(pages), nil
}
