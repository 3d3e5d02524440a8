package main

// wordCutter returns the segmenter of the reports' inline word diffs, nil
// for characters.
func wordCutter() func(string) []string { return nil }
