package parser

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/require"
)

// cfbStream is one stream of a compound file built by makeCFB.
type cfbStream struct {
	name string
	data []byte
}

// makeCFB builds an OLE2 compound file (version 3, 512-byte sectors) with
// the streams at its root: FAT sectors first, then one directory sector,
// then each stream in consecutive sectors. Streams are padded to 4096
// bytes so that none lives in the mini stream. It returns the file and the
// first sector of each stream.
func makeCFB(t testing.TB, streams ...cfbStream) ([]byte, []uint32) {
	require.LessOrEqual(t, len(streams), 3, "one directory sector holds the root and three streams")
	var sizes []int
	total := 0
	for i := range streams {
		if len(streams[i].data) < 4096 {
			streams[i].data = append(streams[i].data, make([]byte, 4096-len(streams[i].data))...)
		}
		n := (len(streams[i].data) + 511) / 512
		sizes = append(sizes, n)
		total += n
	}
	nFat := 1
	for nFat*128 < nFat+1+total {
		nFat++
	}
	require.LessOrEqual(t, nFat, 109)
	fat, starts := cfbFAT(nFat, sizes)
	out := make([]byte, 512*(1+nFat+1+total))
	cfbHeader(out[:512], nFat)
	le := binary.LittleEndian
	for i, v := range fat {
		le.PutUint32(out[512*(1+i/128)+4*(i%128):], v)
	}
	sector := func(n uint32) []byte { return out[512*(int(n)+1) : 512*(int(n)+2)] }
	dir := sector(uint32(nFat))
	cfbEntry(dir[:128], "Root Entry", 5, 1, 0xFFFFFFFF, 0xFFFFFFFE, 0)
	for i, s := range streams {
		right := uint32(0xFFFFFFFF)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		cfbEntry(dir[128*(i+1):128*(i+2)], s.name, 2, 0xFFFFFFFF, right, starts[i], len(s.data))
		for j := 0; j < sizes[i]; j++ {
			copy(sector(starts[i]+uint32(j)), s.data[512*j:min(len(s.data), 512*(j+1))])
		}
	}
	return out, starts
}

// cfbFAT lays out the FAT: nFat FAT sectors, the directory sector, then
// each stream's chain; it returns the FAT and each stream's first sector.
func cfbFAT(nFat int, sizes []int) ([]uint32, []uint32) {
	fat := make([]uint32, nFat*128)
	for i := range fat {
		fat[i] = 0xFFFFFFFF
	}
	for i := 0; i < nFat; i++ {
		fat[i] = 0xFFFFFFFD
	}
	fat[nFat] = 0xFFFFFFFE
	starts := make([]uint32, len(sizes))
	next := uint32(nFat + 1)
	for i, n := range sizes {
		starts[i] = next
		for j := 0; j < n; j++ {
			fat[next] = next + 1
			if j == n-1 {
				fat[next] = 0xFFFFFFFE
			}
			next++
		}
	}
	return fat, starts
}

// cfbHeader writes a version 3 header whose FAT is sectors 0..nFat-1 and
// whose directory starts at sector nFat.
func cfbHeader(h []byte, nFat int) {
	le := binary.LittleEndian
	copy(h, oleMagic)
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], uint32(nFat))
	le.PutUint32(h[48:], uint32(nFat))
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], 0xFFFFFFFE)
	le.PutUint32(h[68:], 0xFFFFFFFE)
	for i := 0; i < 109; i++ {
		v := uint32(0xFFFFFFFF)
		if i < nFat {
			v = uint32(i)
		}
		le.PutUint32(h[76+4*i:], v)
	}
}

// cfbEntry writes one 128-byte directory entry.
func cfbEntry(e []byte, name string, typ byte, child, right, start uint32, size int) {
	le := binary.LittleEndian
	u := utf16.Encode([]rune(name))
	for j, c := range u {
		le.PutUint16(e[2*j:], c)
	}
	le.PutUint16(e[64:], uint16(2*(len(u)+1)))
	e[66], e[67] = typ, 1
	le.PutUint32(e[68:], 0xFFFFFFFF)
	le.PutUint32(e[72:], right)
	le.PutUint32(e[76:], child)
	le.PutUint32(e[116:], start)
	le.PutUint32(e[120:], uint32(size))
}

// setFAT points the FAT entry of sector n at next.
func setFAT(b []byte, n, next uint32) {
	binary.LittleEndian.PutUint32(b[512*(1+int(n)/128)+4*(int(n)%128):], next)
}

// officeStreams reads the named streams of a compound file in testdata.
func officeStreams(t testing.TB, name string, streams ...string) [][]byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "office", name))
	require.NoError(t, err)
	o, err := openOLE(data)
	require.NoError(t, err)
	var out [][]byte
	for _, s := range streams {
		if !o.has(s) {
			out = append(out, nil)
			continue
		}
		b, err := o.stream(s)
		require.NoError(t, err)
		out = append(out, b)
	}
	return out
}

// TestMakeCFB: a container rebuilt from a Word 97 document's streams reads
// as the original does.
func TestMakeCFB(t *testing.T) {
	s := officeStreams(t, "national-template.doc", "WordDocument", "1Table", "Data")
	orig := parseFile(t, "office/national-template.doc")
	data, _ := makeCFB(t, cfbStream{"WordDocument", s[0]}, cfbStream{"1Table", s[1]}, cfbStream{"Data", s[2]})
	doc, err := Parse(data, Options{Path: "office/national-template.doc"})
	require.NoError(t, err)
	doc.Source.SHA256 = orig.Source.SHA256
	require.Equal(t, string(marshal(t, orig)), string(marshal(t, doc)))
}
