package ocr

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpu() (self, kids time.Duration) {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	self = time.Duration(r.Utime.Nano() + r.Stime.Nano())
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &r)
	kids = time.Duration(r.Utime.Nano() + r.Stime.Nano())
	return
}

func TestZZTiming(t *testing.T) {
	f := os.Getenv("ZZPAGE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	pages, err := DecodePages(data, Limits{}.WithDefaults())
	if err != nil {
		t.Fatal(err)
	}
	tune.keep = os.Getenv("ZZKEEP") != ""
	s0, k0 := cpu()
	p, err := ReadPage(context.Background(), &Engine{}, pages[0], func(int64) error { return nil })
	s1, k1 := cpu()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("self %v kids %v\n", s1-s0, k1-k0)
	if os.Getenv("ZZPRINT") != "" {
		fmt.Print(p.String())
	}
}
