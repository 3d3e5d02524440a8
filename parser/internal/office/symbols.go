package office

// Symbols maps the Symbol font's private-use code points that Word writes
// in w:sym (DOCX) and in a CHPX's sprmCSymbol (DOC) to Unicode.
var Symbols = map[uint64]string{
	0xF0B3: "≥", 0xF0A3: "≤", 0xF0B1: "±", 0xF0B4: "×", 0xF0B8: "÷",
	0xF0B9: "≠", 0xF0BB: "≈", 0xF0BA: "≡", 0xF0B0: "°", 0xF0D7: "·",
	0xF03C: "<", 0xF03E: ">", 0xF03D: "=", 0xF025: "%", 0xF02D: "−",
}
