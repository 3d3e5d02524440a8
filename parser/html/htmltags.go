package html

import "golang.org/x/net/html/atom"

// tagInfo says what the HTML reader does with an element, by its tag.
type tagInfo uint16

const (
	tagContainer  tagInfo = 1 << iota // div, body, section …: its content is the flow of paragraphs
	tagBlock                          // p, li, h1 …: its content is one paragraph
	tagSkip                           // head, script, style …: its content is not text
	tagVoid                           // br, img, meta …: never has content or an end tag
	tagClosesP                        // its start tag closes an open <p>
	tagSpecial                        // "special" in the HTML standard: stops an inline end tag
	tagScope                          // a scope boundary: end tags do not reach past it
	tagTable                          // table structure: tr, td, th, tbody, thead, tfoot, caption, colgroup
	tagFormatting                     // a, b, font …: its end tag does not close blocks inside it
)

// tagsOf returns what the reader knows of a tag; unknown tags (atom 0) are
// inline.
func tagsOf(a atom.Atom) tagInfo {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Pre, atom.Blockquote, atom.Address,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return tagBlock | tagClosesP | tagSpecial
	case atom.Div, atom.Section, atom.Article, atom.Center, atom.Main, atom.Ul, atom.Ol, atom.Dl,
		atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Form:
		return tagContainer | tagClosesP | tagSpecial
	case atom.Body, atom.Html:
		return tagContainer | tagSpecial | tagScope
	case atom.Caption:
		return tagTable | tagSpecial | tagScope
	case atom.Td, atom.Th:
		return tagTable | tagSpecial | tagScope
	case atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup:
		return tagTable | tagSpecial
	case atom.Table:
		return tagSpecial | tagScope
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Title:
		return tagSkip | tagSpecial
	case atom.Template:
		return tagSkip | tagSpecial | tagScope
	case atom.Br, atom.Hr:
		return tagVoid | tagSpecial | tagClosesPIf(a == atom.Hr)
	case atom.Img, atom.Input, atom.Meta, atom.Link, atom.Area, atom.Base, atom.Col, atom.Embed,
		atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen, atom.Basefont, atom.Bgsound, atom.Frame:
		return tagVoid | tagSpecial
	case atom.Details, atom.Dialog, atom.Dir, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Hgroup,
		atom.Menu, atom.Search, atom.Summary, atom.Listing, atom.Xmp, atom.Plaintext:
		return tagClosesP | tagSpecial
	case atom.Applet, atom.Marquee, atom.Object:
		return tagSpecial | tagScope
	case atom.Select:
		return tagSpecial | tagScope
	case atom.Button, atom.Frameset, atom.Iframe, atom.Noembed, atom.Noframes, atom.Textarea:
		return tagSpecial
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return tagFormatting
	}
	return 0
}

func tagClosesPIf(b bool) tagInfo {
	if b {
		return tagClosesP
	}
	return 0
}

// headingLevelOf is 1–6 for h1–h6, else 0.
func headingLevelOf(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// inHead reports whether a start tag belongs in <head>; any other ends an
// open head.
func inHead(a atom.Atom) bool {
	switch a {
	case atom.Meta, atom.Link, atom.Title, atom.Style, atom.Script, atom.Base, atom.Noscript,
		atom.Template, atom.Basefont, atom.Bgsound:
		return true
	}
	return false
}
