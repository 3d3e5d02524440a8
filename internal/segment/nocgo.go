//go:build !cgo

package segment

func newDefault() impl { return bigram{} }
