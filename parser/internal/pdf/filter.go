package pdf

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/hex"
	"fmt"
	"io"
)

// Decode applies the stream's filters and returns its data. Image filters
// (DCT, JPX, CCITT, JBIG2) and unknown ones are an error: perfdoc never
// needs image data. Decoded sizes count against the limits.
func (r *Reader) Decode(s *Stream) ([]byte, error) {
	var filters []Name
	var parms []Dict
	switch f := r.Resolve(s.Dict["Filter"]).(type) {
	case Name:
		filters = []Name{f}
		parms = []Dict{r.Dict(s.Dict["DecodeParms"])}
	case Array:
		pa, _ := r.Resolve(s.Dict["DecodeParms"]).(Array)
		for i, x := range f {
			n, _ := r.Resolve(x).(Name)
			filters = append(filters, n)
			var p Dict
			if i < len(pa) {
				p = r.Dict(pa[i])
			}
			parms = append(parms, p)
		}
	}
	data := s.Raw
	if len(filters) == 0 {
		// A raw stream costs what it weighs each time it is interpreted:
		// a content stream shared by every page, or named many times in
		// one page's /Contents, is charged every time.
		if err := r.charge(len(data)); err != nil {
			return nil, err
		}
		return data, nil
	}
	for i, f := range filters {
		var err error
		switch f {
		case "FlateDecode", "Fl":
			data, err = r.inflate(data)
			if err == nil {
				data, err = r.predict(data, parms[i])
			}
		case "ASCIIHexDecode", "AHx":
			data = asciiHex(data)
			err = r.charge(len(data))
		case "ASCII85Decode", "A85":
			data, err = r.ascii85Decode(data)
		case "RunLengthDecode", "RL":
			data, err = r.runLength(data)
		default:
			return nil, fmt.Errorf("unsupported filter %s", f)
		}
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

// budget returns how many more decoded bytes one stream may have.
func (r *Reader) budget() int64 {
	return min(r.lim.MaxStream, r.lim.MaxDecoded-r.decoded)
}

func (r *Reader) charge(n int) error {
	r.decoded += int64(n)
	if int64(n) > r.lim.MaxStream {
		return fmt.Errorf("%w: a stream inflates to more than %d bytes", ErrTooLarge, r.lim.MaxStream)
	}
	if r.decoded > r.lim.MaxDecoded {
		return fmt.Errorf("%w: streams inflate to more than %d bytes in all", ErrTooLarge, r.lim.MaxDecoded)
	}
	return nil
}

// inflate decodes zlib data (or raw deflate when the zlib header is
// damaged); a truncated stream gives what could be read.
func (r *Reader) inflate(b []byte) ([]byte, error) {
	var src io.Reader
	if zr, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
		src = zr
	} else if len(b) > 2 {
		src = flate.NewReader(bytes.NewReader(b[2:]))
	} else {
		return nil, nil
	}
	limit := r.budget()
	var out bytes.Buffer
	out.Grow(int(min(int64(len(b))*4+64, limit+1, 16<<20)))
	_, err := io.Copy(&out, io.LimitReader(src, limit+1))
	if cerr := r.charge(out.Len()); cerr != nil {
		return nil, cerr
	}
	if err != nil && out.Len() == 0 {
		return nil, fmt.Errorf("flate: %v", err)
	}
	return out.Bytes(), nil
}

func asciiHex(b []byte) []byte {
	if i := bytes.IndexByte(b, '>'); i >= 0 {
		b = b[:i]
	}
	clean := make([]byte, 0, len(b)+1)
	for _, c := range b {
		if !isWhite(c) {
			clean = append(clean, c)
		}
	}
	if len(clean)%2 == 1 {
		clean = append(clean, '0')
	}
	out := make([]byte, len(clean)/2)
	n, _ := hex.Decode(out, clean)
	return out[:n]
}

func (r *Reader) ascii85Decode(b []byte) ([]byte, error) {
	if i := bytes.Index(b, []byte("~>")); i >= 0 {
		b = b[:i]
	}
	b = bytes.TrimPrefix(bytes.TrimSpace(b), []byte("<~"))
	// "z" makes four bytes of one: read no more than the budget allows.
	limit := r.budget()
	dec, err := io.ReadAll(io.LimitReader(ascii85.NewDecoder(bytes.NewReader(b)), limit+1))
	if cerr := r.charge(len(dec)); cerr != nil {
		return nil, cerr
	}
	if err != nil && len(dec) == 0 {
		return nil, fmt.Errorf("ascii85: %v", err)
	}
	return dec, nil
}

func (r *Reader) runLength(b []byte) ([]byte, error) {
	var out []byte
	limit := r.budget()
	for i := 0; i < len(b); {
		n := int(b[i])
		i++
		switch {
		case n == 128:
			i = len(b)
		case n < 128:
			end := min(i+n+1, len(b))
			out = append(out, b[i:end]...)
			i = end
		default:
			if i < len(b) {
				out = append(out, bytes.Repeat(b[i:i+1], 257-n)...)
				i++
			}
		}
		if int64(len(out)) > limit {
			break
		}
	}
	return out, r.charge(len(out))
}

// predict undoes PNG (10–15) and TIFF (2) predictors. Its output is
// charged to the decode budget before it is allocated: a short stream
// whose /Columns make one row gigabytes long is refused at once.
func (r *Reader) predict(b []byte, p Dict) ([]byte, error) {
	pred := Int(p["Predictor"], 1)
	if pred < 2 {
		return b, nil
	}
	colors := max(Int(p["Colors"], 1), 1)
	bpc := max(Int(p["BitsPerComponent"], 8), 1)
	cols := max(Int(p["Columns"], 1), 1)
	if colors > 64 || bpc > 16 || cols > 1<<24 {
		return nil, fmt.Errorf("bad predictor parameters")
	}
	bpp := max(colors*bpc/8, 1)
	row := (colors*bpc*cols + 7) / 8
	if pred == 2 {
		if bpc != 8 {
			return b, nil
		}
		for i := 0; i+row <= len(b); i += row {
			for k := bpp; k < row; k++ {
				b[i+k] += b[i+k-bpp]
			}
		}
		return b, nil
	}
	rows := (len(b) + row) / (row + 1) // a short last row is padded
	size := int64(rows) * int64(row)
	if size > r.budget() {
		return nil, r.charge(int(min(size, 1<<40)))
	}
	if err := r.charge(int(size)); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	prev := make([]byte, row)
	for i := 0; i+1 <= len(b); i += row + 1 {
		ft := b[i]
		start := len(out)
		out = append(out, b[i+1:min(i+1+row, len(b))]...)
		out = out[:start+row] // capacity holds every padded row
		cur := out[start:]
		for k := 0; k < row; k++ {
			var a, c byte
			if k >= bpp {
				a, c = cur[k-bpp], prev[k-bpp]
			}
			up := prev[k]
			switch ft {
			case 1:
				cur[k] += a
			case 2:
				cur[k] += up
			case 3:
				cur[k] += byte((int(a) + int(up)) / 2)
			case 4:
				cur[k] += paeth(a, up, c)
			}
		}
		prev = cur
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
