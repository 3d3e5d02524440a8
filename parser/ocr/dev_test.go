package ocr

import (
	"context"
	"os"
	"testing"
)

func TestDevPage(t *testing.T) {
	f := os.Getenv("OCR_DEV")
	if f == "" {
		t.Skip()
	}
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := DecodePages(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{}
	for _, g := range pages {
		p, err := ReadPage(context.Background(), e, g, func(int64) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		t.Log(p.String())
	}
}
