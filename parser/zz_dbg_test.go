package parser

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("PAGE"))
	doc, err := Parse(data, Options{Path: os.Getenv("PAGE")})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			fmt.Printf("%s | %s | %s | %s\n", ind.Level1, ind.Level2, ind.Name, ind.Value.Raw)
		}
	}
	for _, w := range doc.Warnings {
		fmt.Println("W", w.Code, w.Args)
	}
}
