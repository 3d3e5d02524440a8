package ocr

// Limits bound what one scan may cost. A zero field means the default of
// DefaultLimits; a negative one turns the bound off.
type Limits struct {
	// MaxPixels caps the pixels of one page (checked before decoding).
	MaxPixels int64
	// MaxPages caps the pages of one document.
	MaxPages int
	// MaxWork caps the work of one document, counted in pixels: every
	// page's pixels once for the analysis, and every pixel handed to
	// Tesseract once more. It bounds a scan's cost independently of the
	// machine's speed.
	MaxWork int64
}

// DefaultLimits: 60 megapixels a page (A3 at 600 dpi is 70 M, A4 at 600 dpi
// 35 M), 2000 pages, 2×10¹⁰ pixels of work (about a thousand A4 pages at 300
// dpi).
var DefaultLimits = Limits{MaxPixels: 60_000_000, MaxPages: 2000, MaxWork: 20_000_000_000}

// WithDefaults returns l with each zero field set to its default.
func (l Limits) WithDefaults() Limits {
	if l.MaxPixels == 0 {
		l.MaxPixels = DefaultLimits.MaxPixels
	}
	if l.MaxPages == 0 {
		l.MaxPages = DefaultLimits.MaxPages
	}
	if l.MaxWork == 0 {
		l.MaxWork = DefaultLimits.MaxWork
	}
	return l
}
