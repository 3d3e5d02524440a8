// Package alloctest measures what a piece of code allocates, for the
// allocation bounds of the fuzz targets and of the hostile-input tests: a
// reader whose work grows faster than its input (the quadratic repairs
// and copies of issue 22 took gigabytes from kilobytes) fails its test,
// not only the clock.
package alloctest

import (
	"runtime"
	"testing"
)

// The allocation bound of a fuzz target, per byte of input: for text (the
// seeds allocate under 40 bytes a byte, so a target passes it only a
// hundred times over) and for compressed bytes (zip, Flate), which may
// inflate a thousandfold; and the buffers any reading starts with.
const (
	PerByte    = 4 << 10
	PerZipByte = 64 << 10
	Fixed      = 8 << 20
)

// Bytes returns the bytes fn allocates (runtime.MemStats.TotalAlloc, so
// what other goroutines allocate meanwhile counts too).
func Bytes(fn func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	fn()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// Within runs fn, the reading of one input of n bytes, and fails t when
// it allocated more than Fixed and perByte bytes for each byte of input.
func Within(t testing.TB, n int, perByte uint64, fn func()) {
	t.Helper()
	if got, bound := Bytes(fn), Fixed+perByte*uint64(n); got > bound {
		t.Fatalf("reading %d bytes allocated %d bytes, over the bound of %d", n, got, bound)
	}
}
