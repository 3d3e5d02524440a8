#!/usr/bin/env python3
"""Writes the synthetic filings of families 11-18 (the unseen templates of
issue 21) from the specs in _specs.py: per folder filing.html, filing.txt,
truth.json and notes.txt, in the conventions of testdata/real (see its
README): cells are str or C(text, rs=row span, cs=col span); the text export
is the Apache Tika convention (a cell a tab line, a row-span continuation an
empty tab line, a column span printed once, a blank line after each row and
one more after each table).

    python3 _build.py        # from this folder; edit _specs.py, not the outputs

The synthetic filings are built from the issue's descriptions of real
templates that perfdoc lost; nothing in them is copied from a filing.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from _specs import FILINGS, C  # noqa: E402


def norm(c):
    return c if isinstance(c, C) else C(c)


def layout(rows):
    """Per row, ('cell', C) or ('covered', None) items in grid order."""
    occupied, out = {}, []
    for r, row in enumerate(rows):
        items, c, i = [], 0, 0
        cells = [norm(x) for x in row]
        while i < len(cells) or (r, c) in occupied:
            if (r, c) in occupied:
                if occupied[(r, c)] == "down":
                    items.append(("covered", None))
                c += 1
                continue
            cell = cells[i]
            i += 1
            items.append(("cell", cell))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        occupied[(r + dr, c + dc)] = "down" if dr > 0 and dc == 0 else "span"
            c += cell.cs
        out.append(items)
    return out


def to_html(f):
    parts = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8"/>',
             "<title>%s</title>" % html.escape(f["title"]), "</head>", "<body>"]
    for kind, payload in f["blocks"]:
        if kind == "p":
            parts.append("<p>%s</p>" % html.escape(payload).replace("\n", "<br/>"))
            continue
        parts.append('<table border="1">')
        for row in payload:
            tds = []
            for x in map(norm, row):
                a = (' rowspan="%d"' % x.rs if x.rs > 1 else "") + (' colspan="%d"' % x.cs if x.cs > 1 else "")
                tds.append("<td%s>%s</td>" % (a, html.escape(x.t).replace("\n", "<br/>")))
            parts.append("<tr>" + "".join(tds) + "</tr>")
        parts.append("</table>")
    return "\n".join(parts + ["</body>", "</html>", ""])


def to_text(f):
    lines = []
    for kind, payload in f["blocks"]:
        if kind == "p":
            lines.extend(payload.split("\n"))
            continue
        for items in layout(payload):
            for k, cell in items:
                if k == "covered":
                    lines.append("\t")
                else:
                    sub = cell.t.split("\n")
                    lines.append("\t" + sub[0])
                    lines.extend(sub[1:])
            lines.append("")
        lines.append("")
    return "\n".join(lines) + "\n"


def main():
    for f in FILINGS:
        d = os.path.join(HERE, f["dir"])
        os.makedirs(d, exist_ok=True)
        for name, text in (("filing.html", to_html(f)), ("filing.txt", to_text(f)),
                           ("truth.json", json.dumps(f["truth"], ensure_ascii=False, indent=1) + "\n"),
                           ("notes.txt", f["notes"].strip() + "\n")):
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        n = sum(len(p["indicators"]) for p in f["truth"]["projects"])
        print("%-28s projects=%d indicators=%d" % (f["dir"], len(f["truth"]["projects"]), n))


if __name__ == "__main__":
    main()
