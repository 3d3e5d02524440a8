#!/usr/bin/env python3
"""Checks that every real filing folder numbered 17 and up (NN-name or
NNN-name) under the given directories is complete and valid: source.txt
starts with "# source: ",
truth.json parses and has the expected shape, filing.html is well-formed
(every tag closed in order), filing.txt is UTF-8.  Does not run perfdoc.

    python3 testdata/real/_check.py testdata/real testdata/real-heldout
"""
import glob
import json
import os
import sys
from html.parser import HTMLParser

VOID = {"meta", "br"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            raise ValueError("unexpected </%s> (open: %s)" % (tag, self.stack[-3:]))
        self.stack.pop()


def check(d):
    with open(os.path.join(d, "source.txt"), encoding="utf-8") as fh:
        assert fh.readline().startswith("# source: "), "source.txt line 1"
    with open(os.path.join(d, "truth.json"), encoding="utf-8") as fh:
        t = json.load(fh)
    for p in t["projects"]:
        assert set(p) >= {"name", "code", "budget_total", "money_unit", "indicators"}, p.keys()
        for i in p["indicators"]:
            assert i["name"] and i["value"], i
    p = Tags()
    with open(os.path.join(d, "filing.html"), encoding="utf-8") as fh:
        p.feed(fh.read())
    assert not p.stack, "unclosed %s" % p.stack
    with open(os.path.join(d, "filing.txt"), encoding="utf-8") as fh:
        fh.read()
    return sum(len(p["indicators"]) for p in t["projects"]), len(t["projects"])


def main(dirs):
    bad = 0
    for top in dirs:
        found = glob.glob(os.path.join(top, "[0-9][0-9]-*")) + glob.glob(os.path.join(top, "[0-9][0-9][0-9]-*"))
        for d in sorted(found, key=lambda d: (int(os.path.basename(d).split("-")[0]), d)):
            if int(os.path.basename(d).split("-")[0]) < 17:
                continue
            try:
                n, np = check(d)
                print("ok   %-50s projects=%d indicators=%d" % (d, np, n))
            except Exception as e:  # noqa: BLE001 - report every folder
                bad += 1
                print("FAIL %s: %s" % (d, e))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
