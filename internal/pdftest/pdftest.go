// Package pdftest builds small PDF files for tests and for
// bench/hostilescale: objects numbered in order, a classic cross-reference
// table and a trailer, and stream objects, plain or FlateDecode.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// File is a PDF 1.7 file whose objects 1, 2, … are bodies (each what
// stands between "N 0 obj" and "endobj"), with a classic xref table and a
// trailer naming object 1 as the catalog; trailer adds entries to the
// trailer dictionary ("/Encrypt << … >> ").
func File[T ~string | ~[]byte](bodies []T, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(bodies))
	for i, body := range bodies {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.WriteString(string(body))
		b.WriteString("\nendobj\n")
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(bodies)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(bodies)+1, trailer, x)
	return b.Bytes()
}

// Stream is a stream object of that dictionary (without /Length, which
// it adds) and data.
func Stream(dict string, data []byte) []byte {
	return append(append([]byte(fmt.Sprintf("<< %s /Length %d >>\nstream\n", dict, len(data))), data...), "\nendstream"...)
}

// Flate is a FlateDecode stream object of data, compressed at the best
// level.
func Flate(dict string, data []byte) []byte {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	zw.Write(data)
	zw.Close()
	return Stream("/Filter /FlateDecode "+dict, b.Bytes())
}

// OnePage is the catalog (object 1), the page tree (2) and one 595×842
// page (3) whose resources and contents (a reference, "4 0 R", or an
// array) are given; further objects start at 4.
func OnePage(resources, contents string) [][]byte {
	return [][]byte{
		[]byte("<< /Type /Catalog /Pages 2 0 R >>"),
		[]byte("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
		[]byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + " /Contents " + contents + " >>"),
	}
}
