package ocr

import "github.com/perfdoc/perfdoc/parser/internal/pdf"

func openPDFForTest(data []byte) (Source, error) {
	r, err := pdf.Open(data, pdf.Limits{})
	if err != nil {
		return nil, err
	}
	pages, err := r.Pages()
	if err != nil {
		return nil, err
	}
	return NewPDFSource(r, pages, Limits{}), nil
}
