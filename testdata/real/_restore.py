#!/usr/bin/env python3
"""Restores the text of a filing captured from a "glossed mirror": a site
that republishes government pages in traditional characters with pinyin
glosses after some characters ("績效目標(biāo)表", "一級(jí)指標(biāo)").  The
mirror's rewriting is mechanical, so it is undone mechanically:

1. every parenthesised gloss that follows a Han character and holds one
   lowercase pinyin syllable is removed: "(biāo)", "(jí)", "(de)";
   anything else in parentheses ("(万元)", "(PM2.5)", "(m)" after a digit)
   is kept;
2. the text is converted to simplified characters by OpenCC's t2s table
   (`apt-get install opencc`; the `opencc` command).

    python3 testdata/real/_restore.py DIR    # DIR/source.txt -> DIR/restored.txt

source.txt keeps the page exactly as captured; restored.txt is what the
truth and the filing's spec are transcribed from.  The script prints every
gloss it removed that carries no tone mark (neutral-tone syllables such as
"(de)", or a plain word), so a person checks each one against the page;
OpenCC's choices for ambiguous characters (乾/干, 著/着, 製/制, place names)
are checked by hand as well and noted in notes.txt.
"""
import os
import re
import subprocess
import sys

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One pinyin syllable: initial, final, optional -r; toned vowels allowed.
SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"[aeiouüv" + TONED + r"]+(?:ng|n|r)?r?$"
)
GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\(([a-zü" + TONED + r"]{1,7})\)")


def strip_glosses(text):
    """Removes the glosses and returns the text and the untoned ones removed."""
    untoned = []

    def repl(m):
        word = m.group(1)
        if not SYLLABLE.match(word):
            return m.group(0)
        if not any(c in TONED for c in word):
            untoned.append(m.group(0))
        return ""

    return GLOSS.sub(repl, text), untoned


def to_simplified(text):
    try:
        out = subprocess.run(["opencc", "-c", "t2s.json"], input=text.encode("utf-8"),
                             stdout=subprocess.PIPE, check=True)
    except FileNotFoundError:
        raise SystemExit("opencc not found: apt-get install opencc")
    return out.stdout.decode("utf-8")


def main(d):
    with open(os.path.join(d, "source.txt"), encoding="utf-8") as fh:
        first = fh.readline()
        body = fh.read()
    if not first.startswith("# source: "):
        raise SystemExit("%s/source.txt: line 1 is not '# source: URL'" % d)
    stripped, untoned = strip_glosses(body)
    restored = to_simplified(stripped)
    with open(os.path.join(d, "restored.txt"), "w", encoding="utf-8") as fh:
        fh.write(first.rstrip("\n") + " (restored: glosses removed, t2s)\n")
        fh.write(restored)
    for g in sorted(set(untoned)):
        print("%s: removed untoned gloss %s (%d times): check it" % (d, g, untoned.count(g)))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for d in sys.argv[1:]:
        main(d)
