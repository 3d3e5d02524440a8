// Package diag is the catalogue of perfdoc's warnings: every repair or
// guess the parser and the value reader make has a stable code (upper-case
// words joined by "-", e.g. NO-PROJECT-CODE), named arguments and one text
// in Chinese and one in English. Codes are part of the output's contract;
// the texts are not.
//
// A warning is made with New (a document's warning, with its position in
// the input) or AddValue (a value's warning); its Message is rendered in
// Chinese, the default language, and Localize renders a document's
// warnings again in another language. The catalogue is data: Catalogue
// lists it, Render puts one warning into words.
//
// A text names its arguments in braces: {project} is the argument as it is,
// {label:q} the argument quoted as Go quotes a string (the English texts
// quote what the input says). An argument declared as a term (":term") is
// a key of the term table, rendered in the language asked for; one declared
// as an operator (":op") is a comparator, written ≥ and ≤ in Chinese.
package diag
