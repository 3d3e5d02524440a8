// Command img2pdf writes an image-only PDF from JPEG files (DCTDecode) or PNG files (grey samples, FlateDecode), a page each, as
// a scanner does: bench/ocr/render.sh uses it to make scanned filings.
//
//	go run ./bench/ocr/img2pdf -dpi 200 -o out.pdf page-1.jpg page-2.jpg
package main

import (
	"bytes"
	"compress/zlib"
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"strings"

	"github.com/perfdoc/perfdoc/parser/ocr"
)

func main() {
	out := flag.String("o", "", "output PDF")
	dpi := flag.Float64("dpi", 300, "resolution of the images")
	flag.Parse()
	var pages []ocr.PDFImage
	for _, f := range flag.Args() {
		data, err := os.ReadFile(f)
		if err == nil && strings.HasSuffix(f, ".png") {
			// PNG: the grey samples, deflated
			var g []*image.Gray
			if g, err = ocr.DecodePages(data, ocr.Limits{}); err == nil {
				var z bytes.Buffer
				zw := zlib.NewWriter(&z)
				_, _ = zw.Write(g[0].Pix)
				err = zw.Close()
				pages = append(pages, ocr.PDFImage{Data: z.Bytes(), Filter: "FlateDecode", Width: g[0].Rect.Dx(), Height: g[0].Rect.Dy(), DPI: *dpi})
			}
		} else if err == nil {
			cfg, cerr := jpeg.DecodeConfig(bytes.NewReader(data))
			err = cerr
			pages = append(pages, ocr.PDFImage{Data: data, Filter: "DCTDecode", Width: cfg.Width, Height: cfg.Height, DPI: *dpi})
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "img2pdf: %s: %v\n", f, err)
			os.Exit(1)
		}
	}
	if err := os.WriteFile(*out, ocr.WritePDF(pages), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "img2pdf:", err)
		os.Exit(1)
	}
}
