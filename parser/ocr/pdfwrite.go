package ocr

import (
	"bytes"
	"fmt"
)

// PDFImage is one page of an image-only PDF that WritePDF makes: the
// image's encoded data, the filter that decodes it (DCTDecode,
// CCITTFaxDecode with K -1, FlateDecode for 8-bit grey samples) and its
// size in pixels and dots per inch.
type PDFImage struct {
	Data          []byte
	Filter        string
	Width, Height int
	DPI           float64
}

// WritePDF writes an image-only PDF, a page per image, as a scanner does.
// The test material and bench/ocr use it to make scanned filings.
func WritePDF(pages []PDFImage) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string, stream []byte) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s", len(offs), body)
		if stream != nil {
			b.WriteString("\nstream\n")
			b.Write(stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	n := len(pages)
	kids := ""
	for i := range n {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", n, kids), nil)
	for i, p := range pages {
		dpi := p.DPI
		if dpi <= 0 {
			dpi = 300
		}
		w, h := float64(p.Width)*72/dpi, float64(p.Height)*72/dpi
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", w, h)
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>", w, h, 5+3*i, 4+3*i), nil)
		obj(fmt.Sprintf("<< /Length %d >>", len(content)), []byte(content))
		extra := "/ColorSpace /DeviceGray /BitsPerComponent 8"
		if p.Filter == "CCITTFaxDecode" {
			extra = fmt.Sprintf("/ColorSpace /DeviceGray /BitsPerComponent 1 /DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 false >>", p.Width, p.Height)
		}
		obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d %s /Filter /%s /Length %d >>", p.Width, p.Height, extra, p.Filter, len(p.Data)), p.Data)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}
