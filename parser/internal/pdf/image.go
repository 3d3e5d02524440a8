package pdf

import (
	"fmt"
	"slices"
)

// Image is an image XObject of a page: its size and colour as the
// dictionary declares them, and its data decoded through every filter but
// an image codec, which Filter then names (DCTDecode, CCITTFaxDecode,
// JBIG2Decode, JPXDecode) with its DecodeParms in Parms; Filter is empty
// when Data holds the samples themselves.
type Image struct {
	Width, Height    int
	BitsPerComponent int
	// ColorSpace is the colour space's name (DeviceGray, DeviceRGB,
	// DeviceCMYK, ICCBased with its component count in Components,
	// Indexed …).
	ColorSpace string
	Components int
	// ImageMask marks a stencil mask (1 bit, ink where 0 unless Decode
	// says [1 0]).
	ImageMask bool
	// Invert is set when /Decode is [1 0] (for one component).
	Invert bool
	Filter string
	Parms  Dict
	Data   []byte
}

// Images lists the image XObjects in a page's resources (and in the
// resources of its form XObjects, one level down), in resource order. The
// decoded bytes count against the reader's limits like any stream's.
func (r *Reader) Images(p Page) ([]Image, error) {
	var out []Image
	var walk func(res Dict, depth int) error
	walk = func(res Dict, depth int) error {
		xo := r.Dict(res["XObject"])
		for _, k := range sortedKeys(xo) {
			s, ok := r.Resolve(xo[k]).(*Stream)
			if !ok {
				continue
			}
			switch r.Resolve(s.Dict["Subtype"]) {
			case Name("Image"):
				img, err := r.image(s)
				if err != nil {
					return fmt.Errorf("image %s: %w", k, err)
				}
				out = append(out, img)
			case Name("Form"):
				if depth < 1 {
					if err := walk(r.Dict(s.Dict["Resources"]), depth+1); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	err := walk(p.Resources, 0)
	return out, err
}

// Charge counts n bytes (an image's decoded pixels) against the decoded
// limits.
func (r *Reader) Charge(n int64) error {
	if n > 1<<40 {
		n = 1 << 40
	}
	if n > r.lim.MaxStream {
		return fmt.Errorf("%w: an image decodes to more than %d bytes", ErrTooLarge, r.lim.MaxStream)
	}
	return r.charge(int(n))
}

var imageFilters = map[Name]string{
	"DCTDecode": "DCTDecode", "DCT": "DCTDecode",
	"CCITTFaxDecode": "CCITTFaxDecode", "CCF": "CCITTFaxDecode",
	"JBIG2Decode": "JBIG2Decode", "JPXDecode": "JPXDecode",
}

// image reads an image XObject's dictionary and decodes its data up to
// the image codec.
func (r *Reader) image(s *Stream) (Image, error) {
	d := s.Dict
	img := Image{
		Width: Int(r.Resolve(d["Width"]), 0), Height: Int(r.Resolve(d["Height"]), 0),
		BitsPerComponent: Int(r.Resolve(d["BitsPerComponent"]), 8),
	}
	if m, ok := r.Resolve(d["ImageMask"]).(bool); ok && m {
		img.ImageMask, img.BitsPerComponent = true, 1
	}
	switch cs := r.Resolve(d["ColorSpace"]).(type) {
	case Name:
		img.ColorSpace = string(cs)
	case Array:
		if len(cs) > 0 {
			n, _ := r.Resolve(cs[0]).(Name)
			img.ColorSpace = string(n)
			if n == "ICCBased" && len(cs) > 1 {
				if st, ok := r.Resolve(cs[1]).(*Stream); ok {
					img.Components = Int(r.Resolve(st.Dict["N"]), 0)
				}
			}
		}
	}
	if dec, ok := r.Resolve(d["Decode"]).(Array); ok && len(dec) == 2 {
		img.Invert = Num(r.Resolve(dec[0]), 0) == 1 && Num(r.Resolve(dec[1]), 1) == 0
	}
	// split the filters before the image codec from the codec itself
	var filters, parms Array
	switch f := r.Resolve(d["Filter"]).(type) {
	case Name:
		filters = Array{f}
		parms = Array{d["DecodeParms"]}
	case Array:
		filters = f
		parms, _ = r.Resolve(d["DecodeParms"]).(Array)
	}
	pre := Dict{}
	for k, v := range d {
		pre[k] = v
	}
	delete(pre, "Filter")
	delete(pre, "DecodeParms")
	for i, f := range filters {
		n, _ := r.Resolve(f).(Name)
		if codec, ok := imageFilters[n]; ok {
			img.Filter = codec
			if i < len(parms) {
				img.Parms = r.Dict(parms[i])
			}
			pre["Filter"], pre["DecodeParms"] = filters[:i], parms[:min(i, len(parms))]
			break
		}
	}
	if img.Filter == "" {
		pre["Filter"], pre["DecodeParms"] = d["Filter"], d["DecodeParms"]
	}
	data, err := r.Decode(&Stream{Dict: pre, Raw: s.Raw})
	if err != nil {
		return img, err
	}
	if pf, _ := pre["Filter"].(Array); img.Filter != "" && len(pf) == 0 {
		// the codec's data was not decoded by Decode: it counts here
		if err := r.Charge(int64(len(data))); err != nil {
			return img, err
		}
	}
	img.Data = data
	return img, nil
}

// sortedKeys returns d's keys in order, so that listings are
// deterministic.
func sortedKeys(d Dict) []Name {
	keys := make([]Name, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
