"""Helpers shared by the _specs.py files of testdata/real and
testdata/real-heldout (see _build.py)."""


class C:
    """A table cell with a row span (rs) and a column span (cs)."""

    def __init__(self, t, rs=1, cs=1):
        self.t, self.rs, self.cs = t, rs, cs


def I(l1, l2, name, raw, **cells):
    """One expected indicator: level cells as written (filled down), the
    name, the target value as written, and the raw cells of a split value
    or the other cells of the row (actual, weight, score, ...)."""
    d = {"level1": l1, "level2": l2, "name": name, "value": raw}
    if cells:
        d["value_cells"] = cells
    return d


def P(name, code, total, unit, inds):
    """One expected project (or department)."""
    return {"name": name, "code": code, "budget_total": total, "money_unit": unit, "indicators": inds}
