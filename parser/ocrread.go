package parser

import (
	"context"
	"errors"
	"fmt"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/ocr"
	"github.com/perfdoc/perfdoc/parser/pdf"
)

// ocrBlocks turns the pages OCR read into layout blocks: furniture
// paragraphs after the body as the PDF reader places them; every cell's and
// paragraph's position carries its confidence.
func ocrBlocks(pages []*ocr.Page) []layout.Block {
	var out, furniture []layout.Block
	nTable, nPara := 0, 0
	for _, p := range pages {
		for _, it := range p.Items {
			if it.Para != nil {
				pos := model.Pos{Page: p.Number, Confidence: it.Para.Conf}
				if it.Para.Furniture {
					furniture = append(furniture, layout.Block{Para: &layout.Paragraph{Text: it.Para.Text, Furniture: true, Pos: pos}})
					continue
				}
				nPara++
				pos.Paragraph = nPara
				out = append(out, layout.Block{Para: &layout.Paragraph{Text: it.Para.Text, Pos: pos}})
				continue
			}
			nTable++
			t := &layout.Table{Pos: model.Pos{Page: p.Number, Table: nTable}}
			for r, row := range it.Table.Rows {
				cells := make([]layout.Cell, 0, len(row))
				col := 1
				for _, c := range row {
					cells = append(cells, layout.Cell{Text: c.Text, RowSpan: c.RowSpan, ColSpan: c.ColSpan, Merged: c.Merged,
						Pos: model.Pos{Page: p.Number, Table: nTable, Row: r + 1, Col: col, Confidence: c.Conf}})
					col += max(1, c.ColSpan)
				}
				t.Rows = append(t.Rows, cells)
			}
			out = append(out, layout.Block{Table: t})
		}
	}
	return append(out, furniture...)
}

// OCRThreshold is the confidence (0–100) below which an OCR'd cell or
// paragraph is warned.
const OCRThreshold = 60

// ocrRun carries the OCR options of one Parse and what OCR read.
type ocrRun struct {
	opts   Options
	pages  int
	blocks []layout.Block
	fixes  []model.Warning // corrections against the vocabulary
}

func (oc *ocrRun) mode() string {
	if oc.opts.OCR == "" {
		return OCRAuto
	}
	return oc.opts.OCR
}

func (oc *ocrRun) read(src ocr.Source) ([]layout.Block, error) {
	pages, err := ocr.Read(context.Background(), src, ocr.Options{Workers: oc.opts.OCRWorkers, Progress: oc.opts.Progress})
	if err != nil {
		if errors.Is(err, ocr.ErrTooLarge) {
			return nil, fmt.Errorf("%w: OCR: %v", layout.ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%w: OCR: %w", pdf.ErrNeedsOCR, err)
	}
	oc.pages = len(pages)
	oc.blocks = ocrBlocks(pages)
	oc.fixes = ocrFix(oc.blocks)
	return oc.blocks, nil
}

// readImages reads an image file by OCR.
func (oc *ocrRun) readImages(data []byte) ([]layout.Block, error) {
	if oc.mode() == OCRNever {
		return nil, fmt.Errorf("%w: an image, and --ocr is never", pdf.ErrNeedsOCR)
	}
	src, err := ocr.NewImageSource(data, ocr.Limits{})
	if err != nil {
		return nil, err
	}
	return oc.read(src)
}

// readPDF reads a PDF whose pages are images by OCR.
func (oc *ocrRun) readPDF(data []byte, lim layout.Limits) ([]layout.Block, error) {
	// A scan decodes a page at a time: its pixels are bounded by the OCR
	// limits (pixels a page, pages, work), so the total of decoded bytes
	// is not capped at MaxInflate as a text PDF's is; one stream still is.
	pl := pdf.LimitsFor(lim)
	pl.MaxDecoded = 1 << 62
	r, err := pdffile.Open(data, pl)
	if err != nil {
		return nil, pdf.OpenError(err)
	}
	pp, err := r.Pages()
	if err != nil {
		return nil, pdf.OpenError(err)
	}
	return oc.read(ocr.NewPDFSource(r, pp, ocr.Limits{}))
}

// mark records in the document that OCR read it, and warns of every cell
// and paragraph read with a confidence below OCRThreshold.
func (oc *ocrRun) mark(doc *model.Document) {
	if oc.pages == 0 {
		return
	}
	info := &model.OCR{Engine: "tesseract", Pages: oc.pages, Threshold: OCRThreshold, MinConfidence: 100}
	low := func(text string, pos model.Pos) {
		if text == "" || pos.Confidence == 0 {
			return
		}
		info.MinConfidence = min(info.MinConfidence, pos.Confidence)
		if pos.Confidence < OCRThreshold {
			info.LowConfidence++
			doc.Warnings = append(doc.Warnings, diag.New(pos, diag.OCRLowConfidence, pos.Confidence, OCRThreshold, text))
		}
	}
	for _, b := range oc.blocks {
		if b.Para != nil {
			low(b.Para.Text, b.Para.Pos)
			continue
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				low(c.Text, c.Pos)
			}
		}
	}
	doc.Warnings = append(doc.Warnings, oc.fixes...)
	doc.Source.OCR = info
}
