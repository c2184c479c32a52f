"""Which unknowns a set of linear equations pins down exactly.

A reader of published tables knows the shown numbers and how numbers relate (a row adds up
to its total). An unknown is pinned when it follows from those by adding and subtracting:
when the unit vector of that unknown lies in the span of the equations restricted to the
unknowns. Gaussian elimination to reduced row-echelon form answers that for every unknown
at once: an unknown is pinned exactly when some reduced row has no other unknown in it.

The arithmetic is modulo a large prime, so it is exact and fast; the equations here have
coefficients 0 and ±1, so a false answer would need the prime to divide a determinant of
the system, which for tables of this size cannot happen in practice.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

PRIME = (1 << 61) - 1  # a Mersenne prime

V = TypeVar("V", bound=Hashable)


def pinned(equations: Iterable[Mapping[V, int]], unknowns: Iterable[V]) -> set[V]:
    """The unknowns determined by `equations` (each {variable: coefficient} = a constant).

    Variables not in `unknowns` are known and drop out; only the unknowns' coefficients
    decide what can be worked out.
    """
    names = list(dict.fromkeys(unknowns))
    index = {v: k for k, v in enumerate(names)}
    rows: dict[int, dict[int, int]] = {}  # pivot column -> fully reduced row
    holding: dict[int, set[int]] = {}  # column -> pivots whose row has it
    for eq in equations:
        row = {index[v]: c % PRIME for v, c in eq.items() if v in index and c % PRIME}
        for col in [c for c in row if c in rows]:
            factor = row.get(col, 0)
            if factor:
                _add(row, rows[col], -factor)
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], PRIME - 2, PRIME)
        row = {c: v * inverse % PRIME for c, v in row.items()}
        for other in list(holding.get(pivot, ())):
            target = rows[other]
            factor = target[pivot]
            before = set(target)
            _add(target, row, -factor)
            for c in before - set(target):
                holding[c].discard(other)
            for c in set(target) - before:
                holding.setdefault(c, set()).add(other)
        rows[pivot] = row
        for c in row:
            if c != pivot:
                holding.setdefault(c, set()).add(pivot)
    return {names[p] for p, row in rows.items() if len(row) == 1}


def _add(target: dict[int, int], source: Mapping[int, int], factor: int) -> None:
    """target += factor * source, dropping what becomes zero."""
    for c, v in source.items():
        value = (target.get(c, 0) + factor * v) % PRIME
        if value:
            target[c] = value
        else:
            target.pop(c, None)
