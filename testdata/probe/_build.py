#!/usr/bin/env python3
"""Writes the probe filings (issue 21: template variants the docs do not list)
as filing HTML and their Tika-style text export (testdata/real/README.md).
A spec is a title and tables; a table is rows; a cell is a string or a tuple
(text, rowspan, colspan)."""
import html, os, sys

def cell(c):
    if isinstance(c, tuple):
        t, rs, cs = (list(c) + [1, 1])[:3]
        return t, rs, cs
    return c, 1, 1

def write(name, title, tables, paras_after=(), text_sep=None):
    """text_sep: the text export prints each row on one line, its cells
    joined by text_sep (a run of spaces or a tab) as a spreadsheet saves
    them (a merged cell's other columns empty), instead of a line a cell."""
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    os.makedirs(d, exist_ok=True)
    h = ['<!DOCTYPE html>', '<html>', '<head>',
         '<meta http-equiv="content-type" content="text/html; charset=utf-8"/>',
         '<title>%s</title>' % html.escape(title), '</head>', '<body>',
         '<p>%s</p>' % html.escape(title)]
    t = [title]
    for tab in tables:
        if isinstance(tab, str):
            h.append('<p>%s</p>' % html.escape(tab)); t.append(tab); continue
        h.append('<table border="1" cellspacing="0" cellpadding="2">')
        covered = {}  # (row, col) -> True for row-span continuation
        for ri, row in enumerate(tab):
            h.append('<tr>' + ''.join(
                '<td%s%s>%s</td>' % (' rowspan="%d"' % rs if rs > 1 else '',
                                     ' colspan="%d"' % cs if cs > 1 else '',
                                     html.escape(tx).replace('\n', '<br>'))
                for tx, rs, cs in map(cell, row)) + '</tr>')
            col = 0
            lines = []
            cells = list(map(cell, row))
            k = 0
            while k < len(cells) or covered.get((ri, col)):
                if covered.get((ri, col)):
                    lines.append('\t'); col += 1; continue
                tx, rs, cs = cells[k]; k += 1
                lines.append('\t' + tx)
                if text_sep is not None:
                    lines.extend(['\t'] * (cs - 1))
                for r in range(1, rs):
                    for c in range(cs):
                        covered[(ri + r, col + c)] = True
                col += cs
            if text_sep is not None:
                t.append(text_sep.join(x[1:] for x in lines))
            else:
                t.extend(lines); t.append('')
        h.append('</table>')
        t.append('')
    for p in paras_after:
        h.append('<p>%s</p>' % html.escape(p)); t.append(p)
    h += ['</body>', '</html>']
    open(os.path.join(d, 'filing.html'), 'w').write('\n'.join(h) + '\n')
    open(os.path.join(d, 'filing.txt'), 'w').write('\n'.join(t) + '\n')

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '_specs.py')).read())
