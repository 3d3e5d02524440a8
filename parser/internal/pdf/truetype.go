package pdf

// Fonts without a ToUnicode map: a CID TrueType font whose codes are CIDs
// (Identity-H, as Windows print drivers write Chinese text) still embeds
// its font program, whose cmap table maps characters to glyphs; read
// backwards it gives each glyph its character.

// maxCmapCodes bounds the character codes walked in one cmap table.
const maxCmapCodes = 1 << 17

// glyphMap is the text of the glyphs of an embedded TrueType font, and
// how CIDs become glyph ids (nil: the CID is the glyph id).
type glyphMap struct {
	text  map[uint16]rune
	cidTo []uint16
}

func (g *glyphMap) lookup(cid uint32) (string, bool) {
	gid := uint16(cid)
	if g.cidTo != nil {
		if int(cid) >= len(g.cidTo) {
			return "", false
		}
		gid = g.cidTo[cid]
	}
	r, ok := g.text[gid]
	if !ok {
		return "", false
	}
	return string(r), true
}

// embeddedGlyphs reads the glyph map of a CID TrueType font (its CIDFont
// dictionary cf), or returns nil.
func (r *Reader) embeddedGlyphs(cf Dict) *glyphMap {
	if r.Resolve(cf["Subtype"]) != Name("CIDFontType2") {
		return nil
	}
	s, ok := r.Resolve(r.Dict(cf["FontDescriptor"])["FontFile2"]).(*Stream)
	if !ok {
		return nil
	}
	data, err := r.Decode(s)
	if err != nil {
		return nil
	}
	g := &glyphMap{text: trueTypeText(data)}
	if len(g.text) == 0 {
		return nil
	}
	if m, ok := r.Resolve(cf["CIDToGIDMap"]).(*Stream); ok {
		b, err := r.Decode(m)
		if err != nil {
			return nil
		}
		g.cidTo = make([]uint16, len(b)/2)
		for i := range g.cidTo {
			g.cidTo[i] = u16(b, 2*i)
		}
	}
	return g
}

// trueTypeText returns the character of each glyph of a TrueType font
// program by its best Unicode cmap subtable (format 12, else 4).
func trueTypeText(font []byte) map[uint16]rune {
	cmap := sfntTable(font, "cmap")
	var best []byte
	bestRank := 0
	for i := range int(u16(cmap, 2)) {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid, eid, off := u16(cmap, rec), u16(cmap, rec+2), int(u32(cmap, rec+4))
		rank := 0
		switch {
		case pid == 3 && eid == 10:
			rank = 3
		case pid == 3 && eid == 1:
			rank = 2
		case pid == 0:
			rank = 1
		}
		if rank > bestRank && off < len(cmap) {
			best, bestRank = cmap[off:], rank
		}
	}
	switch u16(best, 0) {
	case 4:
		return cmapFormat4(best)
	case 12:
		return cmapFormat12(best)
	}
	return nil
}

// sfntTable returns the table of a TrueType font program by its tag, or
// nil.
func sfntTable(font []byte, tag string) []byte {
	for i := range int(u16(font, 4)) {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			break
		}
		if string(font[rec:rec+4]) != tag {
			continue
		}
		off, n := int(u32(font, rec+8)), int(u32(font, rec+12))
		if off < 0 || n < 0 || off > len(font) || n > len(font)-off {
			return nil
		}
		return font[off : off+n]
	}
	return nil
}

// cmapFormat4 reads a segment-mapping subtable (Unicode BMP).
func cmapFormat4(t []byte) map[uint16]rune {
	segX2 := int(u16(t, 6))
	ends := 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	offsets := deltas + segX2
	if offsets+segX2 > len(t) {
		return nil
	}
	m := map[uint16]rune{}
	walked := 0
	for i := 0; i < segX2/2; i++ {
		end, start := uint32(u16(t, ends+2*i)), uint32(u16(t, starts+2*i))
		delta, ro := u16(t, deltas+2*i), int(u16(t, offsets+2*i))
		for c := start; c <= end && c != 0xffff; c++ {
			if walked++; walked > maxCmapCodes {
				return m
			}
			g := uint16(c) + delta
			if ro != 0 {
				if g = u16(t, offsets+2*i+ro+2*int(c-start)); g != 0 {
					g += delta
				}
			}
			addGlyph(m, g, rune(c))
		}
	}
	return m
}

// cmapFormat12 reads a segmented-coverage subtable (all of Unicode).
func cmapFormat12(t []byte) map[uint16]rune {
	m := map[uint16]rune{}
	walked := 0
	for i := range int(u32(t, 12)) {
		grp := 16 + 12*i
		if grp+12 > len(t) {
			break
		}
		start, end, g := u32(t, grp), u32(t, grp+4), u32(t, grp+8)
		for c := start; c <= end && c <= 0x10ffff; c++ {
			if walked++; walked > maxCmapCodes {
				return m
			}
			addGlyph(m, uint16(g+c-start), rune(c))
		}
	}
	return m
}

// addGlyph records r for glyph g, unless g is the missing glyph or has a
// character already that is no worse: one glyph often serves a unified
// ideograph and its Kangxi radical or compatibility twin, and the text
// wants the ideograph.
func addGlyph(m map[uint16]rune, g uint16, r rune) {
	if g == 0 {
		return
	}
	if old, ok := m[g]; ok && !(twin(old) && !twin(r)) {
		return
	}
	m[g] = r
}

// twin reports whether r is a radical, compatibility ideograph or private
// use character: a second name for a glyph.
func twin(r rune) bool {
	return r >= 0x2e80 && r <= 0x2fdf || r >= 0xf900 && r <= 0xfaff || r >= 0xe000 && r <= 0xf8ff || r >= 0x2f800 && r <= 0x2fa1f
}

func u16(b []byte, i int) uint16 {
	if i < 0 || i+2 > len(b) {
		return 0
	}
	return uint16(b[i])<<8 | uint16(b[i+1])
}

func u32(b []byte, i int) uint32 {
	if i < 0 || i+4 > len(b) {
		return 0
	}
	return uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
}
