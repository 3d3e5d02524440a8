package report

// Style says whether terminal output may use ANSI colour.
type Style struct {
	Color bool
}

func (s Style) paint(code, text string) string {
	if !s.Color {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// ansi is the terminal colour of a row's kind or a budget's direction.
var ansi = map[string]string{
	"loosened": "1;31", "dropped": "1;31", "tightened": "32", "changed": "33",
	"added": "36", "rolled_forward": "2", "up": "33", "down": "34",
}
