#!/usr/bin/env python3
"""Regenerates filing.html, filing.txt, truth.json and notes.txt of the real
filings numbered 17 and up from hand-transcribed specs.

    python3 testdata/real/_build.py testdata/real            # build half
    python3 testdata/real/_build.py testdata/real-heldout    # held-out half

Each DIR holds a _specs.py (a list FILINGS) and one folder per filing with the
captured page text in source.txt (line 1: "# source: URL").  Folders 01-16
are copies of the shared corpus and are not touched here.

A spec is a dict: dir, html_title, blocks (("p", text) paragraphs and
("table", rows) grids; a row is a list of cells, a cell is a str or
C(text, rs=row span, cs=col span); "\\n" inside a cell is a line break),
truth ({"projects": [P(...)]}) and notes.

Text export (the Apache Tika convention of the shared corpus): a paragraph is
a plain line; a table cell is a line starting with a tab; a cell covered by a
row span from above is an empty tab line; a column span prints once; a line
break inside a cell continues on an untabbed line; a blank line ends each row
and one more blank line ends the table.
"""
import html
import importlib.util
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _realspec import C  # noqa: E402


def cell(x):
    return x if isinstance(x, C) else C(x)


def grid(rows):
    """Returns, per row, the items in column order: ("cell", C) for a cell
    that starts here, ("covered", None) for the first column of a row span
    from above.  Column spans leave no item."""
    taken = {}
    out = []
    for r, row in enumerate(rows):
        items, c, cells = [], 0, [cell(x) for x in row]
        i = 0
        while i < len(cells) or (r, c) in taken:
            if (r, c) in taken:
                if taken[(r, c)] == "down":
                    items.append(("covered", None))
                c += 1
                continue
            x = cells[i]
            i += 1
            items.append(("cell", x))
            for dr in range(x.rs):
                for dc in range(x.cs):
                    if dr or dc:
                        taken[(r + dr, c + dc)] = "down" if dr and not dc else "span"
            c += x.cs
        out.append(items)
    return out


def width_check(f, rows):
    """Every row of a grid covers the same number of columns."""
    taken = {}
    widths = []
    for r, row in enumerate(rows):
        c = 0
        for x in (cell(y) for y in row):
            while (r, c) in taken:
                c += 1
            for dr in range(x.rs):
                for dc in range(x.cs):
                    taken[(r + dr, c + dc)] = True
            c += x.cs
        while (r, c) in taken:
            c += 1
        widths.append(c)
    if len(set(widths)) != 1:
        raise SystemExit("%s: ragged grid, row widths %s" % (f["dir"], widths))


def to_html(f):
    out = ["<!DOCTYPE html>", "<html>", "<head>",
           '<meta http-equiv="content-type" content="text/html; charset=utf-8"/>',
           "<title>%s</title>" % html.escape(f["html_title"]), "</head>", "<body>"]
    for kind, payload in f["blocks"]:
        if kind == "p":
            out.append("<p>%s</p>" % html.escape(payload).replace("\n", "<br/>"))
            continue
        width_check(f, payload)
        out.append('<table border="1" cellspacing="0" cellpadding="2">')
        for row in payload:
            tds = []
            for x in (cell(y) for y in row):
                a = (' rowspan="%d"' % x.rs if x.rs > 1 else "") + (' colspan="%d"' % x.cs if x.cs > 1 else "")
                tds.append("<td%s>%s</td>" % (a, html.escape(x.t).replace("\n", "<br/>")))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def to_text(f):
    lines = []
    for kind, payload in f["blocks"]:
        if kind == "p":
            lines.extend(payload.split("\n"))
            continue
        for items in grid(payload):
            for k, x in items:
                if k == "covered":
                    lines.append("\t")
                else:
                    sub = x.t.split("\n")
                    lines.append("\t" + sub[0])
                    lines.extend(sub[1:])
            lines.append("")
        lines.append("")
    return "\n".join(lines) + "\n"


def load(dirpath):
    spec = importlib.util.spec_from_file_location("specs_" + os.path.basename(dirpath),
                                                  os.path.join(dirpath, "_specs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.FILINGS


def main(argv):
    for d in argv or [HERE]:
        d = os.path.abspath(d)
        for f in load(d):
            out = os.path.join(d, f["dir"])
            src = os.path.join(out, "source.txt")
            if not os.path.exists(src):
                raise SystemExit("%s: no source.txt" % out)
            with open(src, encoding="utf-8") as fh:
                if not fh.readline().startswith("# source: "):
                    raise SystemExit("%s: source.txt line 1 is not '# source: URL'" % out)
            for name, text in (("filing.html", to_html(f)), ("filing.txt", to_text(f)),
                               ("truth.json", json.dumps(f["truth"], ensure_ascii=False, indent=1) + "\n"),
                               ("notes.txt", f["notes"].strip() + "\n")):
                with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
                    fh.write(text)
            n = sum(len(p["indicators"]) for p in f["truth"]["projects"])
            print("%-44s projects=%d indicators=%d" % (f["dir"], len(f["truth"]["projects"]), n))


if __name__ == "__main__":
    main(sys.argv[1:])
