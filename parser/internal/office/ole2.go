package office

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"
)

// ErrBadOLE2 means an OLE2 compound file — the container of .doc and .xls
// files — is damaged: a sector chain that loops or points outside the file,
// a FAT larger than the file, a stream larger than the file.
var ErrBadOLE2 = errors.New("unreadable OLE2 compound file")

// OLEMagic starts every OLE2 compound file.
var OLEMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// OLEFile is an open compound file. The container is read by mscfb; the
// bytes under it go through oleBytes, which notices sector chains that loop
// or point outside the file while a stream is read.
type OLEFile struct {
	r   *mscfb.Reader
	src *oleBytes
}

// OpenOLE opens a compound file after checking that its header's sector
// counts fit in the file.
func OpenOLE(data []byte) (*OLEFile, error) {
	if len(data) < 512 || !bytes.HasPrefix(data, OLEMagic) {
		return nil, fmt.Errorf("%w: too short for an OLE2 header", ErrBadOLE2)
	}
	shift := binary.LittleEndian.Uint16(data[30:])
	if shift != 9 && shift != 12 {
		return nil, fmt.Errorf("%w: sector size 2^%d (want 2^9 or 2^12)", ErrBadOLE2, shift)
	}
	sectors := uint64(len(data)) >> shift
	for _, h := range []struct {
		what string
		at   int
	}{{"FAT", 44}, {"mini FAT", 64}, {"DIFAT", 72}, {"directory", 40}} {
		if n := uint64(binary.LittleEndian.Uint32(data[h.at:])); n > sectors {
			return nil, fmt.Errorf("%w: the %s claims %d sectors, more than the file's %d", ErrBadOLE2, h.what, n, sectors)
		}
	}
	src := &oleBytes{data: data}
	r, err := mscfb.New(src)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadOLE2, OneLine(err))
	}
	return &OLEFile{r: r, src: src}, nil
}

// entry finds a stream at the root of the container by name (the case of
// the name does not matter, as in the format).
func (o *OLEFile) entry(name string) *mscfb.File {
	for _, f := range o.r.File {
		if len(f.Path) == 0 && strings.EqualFold(f.Name, name) && f.FileInfo().Mode().IsRegular() {
			return f
		}
	}
	return nil
}

// Has reports whether the root holds a stream of that name.
func (o *OLEFile) Has(name string) bool { return o.entry(name) != nil }

// Stream reads a root stream whole. It is refused when it claims more bytes
// than the file holds, when its sector chain loops (a sector read twice) or
// points outside the file.
func (o *OLEFile) Stream(name string) ([]byte, error) {
	f := o.entry(name)
	if f == nil {
		return nil, fmt.Errorf("%w: no %s stream", ErrBadOLE2, name)
	}
	if f.Size < 0 || f.Size > int64(len(o.src.data)) {
		return nil, fmt.Errorf("%w: stream %s claims %d bytes, more than the file's %d", ErrBadOLE2, name, f.Size, len(o.src.data))
	}
	o.src.begin()
	defer o.src.end()
	out := make([]byte, f.Size)
	for got := 0; got < len(out); {
		// whole sectors at a time: mscfb's reads then start on sector
		// boundaries, which the loop check relies on
		n, err := f.Read(out[got:min(len(out), got+64<<10)])
		got += n
		switch {
		case o.src.loop:
			return nil, fmt.Errorf("%w: the sector chain of stream %s loops", ErrBadOLE2, name)
		case o.src.outside || (err != nil && err != io.EOF && pointsOutside(err)):
			return nil, fmt.Errorf("%w: the sector chain of stream %s points outside the file", ErrBadOLE2, name)
		case err == io.EOF && got == len(out):
		case err != nil:
			return nil, fmt.Errorf("%w: stream %s: %v", ErrBadOLE2, name, OneLine(err))
		case n == 0:
			return nil, fmt.Errorf("%w: stream %s ends after %d of %d bytes", ErrBadOLE2, name, got, len(out))
		}
	}
	return out, nil
}

// pointsOutside tells mscfb's errors for a sector number past the FAT
// (a chain that points outside the file) from other read errors.
func pointsOutside(err error) bool {
	m := err.Error()
	return strings.Contains(m, "outside") || strings.Contains(m, "finding next sector")
}

// oleBytes is the file under mscfb. While a stream is read it marks the
// 64-byte units that data reads cover (reads of 64 bytes or more: the FAT
// lookups are 4-byte reads), so a unit read twice means the chain loops.
type oleBytes struct {
	data    []byte
	seen    []uint64
	track   bool
	loop    bool
	outside bool
}

var errOLELoop = errors.New("sector chain loops")

func (o *oleBytes) begin() {
	n := (len(o.data)/64 + 64) / 64
	if cap(o.seen) >= n {
		o.seen = o.seen[:n]
		clear(o.seen)
	} else {
		o.seen = make([]uint64, n)
	}
	o.track, o.loop, o.outside = true, false, false
}

func (o *oleBytes) end() { o.track = false }

// ReadAt reads from the file, noting reads outside it and, while tracking,
// units read twice.
func (o *oleBytes) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off >= int64(len(o.data)) {
		o.outside = true
		return 0, io.ErrUnexpectedEOF
	}
	n := copy(p, o.data[off:])
	if o.track && n >= 64 {
		for u := off / 64; u <= (off+int64(n)-1)/64; u++ {
			w, bit := u/64, uint64(1)<<(u%64)
			if o.seen[w]&bit != 0 {
				o.loop = true
				return 0, errOLELoop
			}
			o.seen[w] |= bit
		}
	}
	if n < len(p) {
		o.outside = true
		return n, io.ErrUnexpectedEOF
	}
	return n, nil
}

// OneLine keeps an error message on one line.
func OneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
