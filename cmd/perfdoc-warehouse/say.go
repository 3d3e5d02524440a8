package main

// The import's and the search's own stderr lines speak the language of
// --lang, Chinese by default, as perfdoc parse, check and diff do. File
// names, flags, SQL and the readers' error details stay as they are.

// english reports whether a --lang value asks for English.
func english(lang string) bool { return lang == "en" }

// say picks the Chinese or the English of a message.
func say(en bool, zh, eng string) string {
	if en {
		return eng
	}
	return zh
}
