"""Small-cell suppression for published counts.

A table of counts is published with its row and column totals. A cell counting 1 to
threshold-1 people is hidden (primary suppression), because a small count can point at a
person. Hiding it is not enough on its own: if a row shows its total and every other cell,
subtraction gives the hidden one back. So more cells are hidden (secondary suppression) until
no hidden count can be worked out from what is shown.

The table and its totals are seen as one grid with a totals row and a totals column. Every
line of that grid (each row, each column, the totals row and column) is one equation:
the cells add up to the total. Think of each line as a point, and of each hidden entry
(i, j) as a link between row-line i and column-line j. The published numbers then pin down
a hidden entry exactly when its link is a bridge — when it lies on no loop of hidden links.
(Any loop can be shifted +1, -1, +1, … around itself without changing a single total.)
So the engine adds hidden entries until no hidden link is a bridge:

1. every line with exactly one hidden entry gets a second one (the smallest non-zero count
   left in that line; zeros are used only when nothing else is left);
2. any hidden link that is still a bridge gets a loop closed through it, again with the
   smallest non-zero count that closes one.

Zeros are shown and never hidden first: a zero says that nobody answered that way, which
points at no one. Totals follow the same rule as cells (a total below the threshold is
hidden). Complements are chosen non-zero so that a hidden count cannot be pinned by the
knowledge that counts are never negative.

Tables that show the same number (a service's count in the list of services and as a row
total of services by area) are suppressed together by `suppress_linked`, so a number
hidden in one is hidden in all.

The coalition's reports no longer suppress table by table: every view looks its numbers up
in one Publication of the whole workspace (core/publication.py, re-exported here), so that
filtered reports cannot be played off against each other. New counts (themes) must go
through it too: `publish` / `publish_counts`, then `Publication.value` and `.total`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from testimony.core.publication import (  # the rule every published count goes through
    Dim,
    Publication,
    publish,
    publish_counts,
    tally,
    tally_columns,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Dim",
    "Grid",
    "Publication",
    "Suppressed",
    "publish",
    "publish_counts",
    "suppress",
    "suppress_linked",
    "tally",
    "tally_columns",
]

DEFAULT_THRESHOLD = 10

Pos = tuple[int, int]
Node = tuple[str, int]  # ("r", row line) or ("c", column line)


@dataclass(frozen=True)
class Suppressed:
    """A table with what may be shown. With margins, `values` has one more row (the column
    totals) and one more column (the row totals) than the table itself."""

    values: tuple[tuple[int, ...], ...]
    hidden: frozenset[Pos]
    primary: frozenset[Pos]
    margins: bool
    threshold: int

    @property
    def rows(self) -> int:
        return len(self.values) - (1 if self.margins else 0)

    @property
    def cols(self) -> int:
        width = len(self.values[0]) if self.values else 0
        return width - (1 if self.margins else 0)

    def shown(self, i: int, j: int) -> int | None:
        """The count at (i, j) of the full grid, or None when it must not be shown."""
        return None if (i, j) in self.hidden else self.values[i][j]

    def cell(self, i: int, j: int) -> int | None:
        return self.shown(i, j)

    def row_total(self, i: int) -> int | None:
        assert self.margins
        return self.shown(i, self.cols)

    def col_total(self, j: int) -> int | None:
        assert self.margins
        return self.shown(self.rows, j)

    def grand_total(self) -> int | None:
        assert self.margins
        return self.shown(self.rows, self.cols)


@dataclass(frozen=True)
class Grid:
    """A table to suppress with others: `links` names the entries that show a number some
    other table shows too (same name, same number)."""

    cells: Sequence[Sequence[int]]
    margins: bool = True
    links: Mapping[Pos, str] = field(default_factory=dict)
    unpublished: frozenset[Pos] = frozenset()  # never shown; see suppress()


def with_margins(cells: Sequence[Sequence[int]]) -> tuple[tuple[int, ...], ...]:
    rows = [tuple(int(v) for v in row) for row in cells]
    width = len(rows[0]) if rows else 0
    full = [(*row, sum(row)) for row in rows]
    col_totals = tuple(sum(row[j] for row in rows) for j in range(width))
    full.append((*col_totals, sum(col_totals)))
    return tuple(full)


def suppress(
    cells: Sequence[Sequence[int]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    margins: bool = True,
    forced: Iterable[Pos] = (),
    unpublished: Iterable[Pos] = (),
) -> Suppressed:
    """Decide which entries to hide.

    `forced` entries are hidden and protected whatever their count (used to keep linked
    tables consistent). `unpublished` entries are never shown but need no protection of
    their own (say, a sum of shown cells that is simply not printed): they only count as
    unknowns to a reader, which can help protect the entries around them.
    """
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    if any(v < 0 for row in cells for v in row):
        raise ValueError("counts cannot be negative")
    if any(len(row) != len(cells[0]) for row in cells):
        raise ValueError("rows differ in length")
    values = with_margins(cells) if margins else tuple(tuple(int(v) for v in r) for r in cells)
    entries = [(i, j) for i in range(len(values)) for j in range(len(values[i]))]
    primary = frozenset(p for p in entries if 0 < values[p[0]][p[1]] < threshold)
    free = frozenset(unpublished) - primary - set(forced)
    hidden = set(primary) | set(forced) | free
    if margins and values and values[0]:
        _secondary(values, hidden, free)
    return Suppressed(values, frozenset(hidden), primary, margins, threshold)


def _secondary(values: tuple[tuple[int, ...], ...], hidden: set[Pos], free: frozenset[Pos]) -> None:
    """Add hidden entries until no protected hidden entry can be worked out from the rest."""
    height, width = len(values), len(values[0])
    lines = [[(i, j) for j in range(width)] for i in range(height)]
    lines += [[(i, j) for i in range(height)] for j in range(width)]
    while True:
        pick = _line_rule(values, lines, hidden, free)
        if pick is None:
            pick = _bridge_rule(values, hidden, free, height, width)
        if pick is None:
            return
        hidden.add(pick)


def _smallest(values: tuple[tuple[int, ...], ...], candidates: Iterable[Pos]) -> Pos | None:
    """The smallest non-zero count among candidates; a zero only when there is no other."""
    pool = list(candidates)
    if not pool:
        return None
    return min(pool, key=lambda p: (values[p[0]][p[1]] == 0, values[p[0]][p[1]], p))


def _line_rule(
    values: tuple[tuple[int, ...], ...],
    lines: list[list[Pos]],
    hidden: set[Pos],
    free: frozenset[Pos],
) -> Pos | None:
    for line in lines:
        in_line = [p for p in line if p in hidden]
        if len(in_line) == 1 and in_line[0] not in free:
            pick = _smallest(values, (p for p in line if p not in hidden))
            if pick is not None:
                return pick
    return None


def _bridge_rule(
    values: tuple[tuple[int, ...], ...],
    hidden: set[Pos],
    free: frozenset[Pos],
    height: int,
    width: int,
) -> Pos | None:
    for bridge in sorted(bridges(hidden) - free):
        rest = hidden - {bridge}
        side_a = _component(("r", bridge[0]), rest)
        side_b = _component(("c", bridge[1]), rest)
        candidates = [
            (i, j)
            for i in range(height)
            for j in range(width)
            if (i, j) not in hidden
            and (
                (("r", i) in side_a and ("c", j) in side_b)
                or (("r", i) in side_b and ("c", j) in side_a)
            )
        ]
        pick = _smallest(values, candidates)
        if pick is not None:
            return pick
    return None


def _adjacency(edges: Iterable[Pos]) -> dict[Node, list[tuple[Node, Pos]]]:
    adj: dict[Node, list[tuple[Node, Pos]]] = {}
    for i, j in edges:
        r, c = ("r", i), ("c", j)
        adj.setdefault(r, []).append((c, (i, j)))
        adj.setdefault(c, []).append((r, (i, j)))
    return adj


def _component(start: Node, edges: Iterable[Pos]) -> set[Node]:
    adj = _adjacency(edges)
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for other, _ in adj.get(node, ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def bridges(edges: Iterable[Pos]) -> set[Pos]:
    """Hidden entries on no loop of hidden entries: each could be worked out exactly.
    Tarjan's bridge finding, written without recursion so big tables cannot overflow."""
    adj = _adjacency(edges)
    order: dict[Node, int] = {}
    low: dict[Node, int] = {}
    found: set[Pos] = set()
    counter = 0
    for root in adj:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack: list[tuple[Node, Pos | None, int]] = [(root, None, 0)]
        while stack:
            node, via, index = stack[-1]
            if index < len(adj[node]):
                stack[-1] = (node, via, index + 1)
                other, edge = adj[node][index]
                if edge == via:
                    continue
                if other in order:
                    low[node] = min(low[node], order[other])
                else:
                    order[other] = low[other] = counter
                    counter += 1
                    stack.append((other, edge, 0))
            else:
                stack.pop()
                if stack and via is not None:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        found.add(via)
    return found


def suppress_linked(grids: Sequence[Grid], threshold: int = DEFAULT_THRESHOLD) -> list[Suppressed]:
    """Suppress several tables so that a number they share is shown in all or in none."""
    hidden_keys: set[str] = set()
    while True:
        results = [
            suppress(
                g.cells,
                threshold,
                margins=g.margins,
                forced=[p for p, key in g.links.items() if key in hidden_keys],
                unpublished=g.unpublished,
            )
            for g in grids
        ]
        now = {
            key
            for g, r in zip(grids, results, strict=True)
            for p, key in g.links.items()
            if p in r.hidden
        }
        if now <= hidden_keys:
            return results
        hidden_keys |= now
