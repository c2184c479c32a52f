"""One publication: every number any report, page, chart or file may show, suppressed once.

Suppressing each table on its own is not enough: a reader who collects the tables of
several filtered reports can add and subtract across them. (With North East 3, Yorkshire 20
and London 37, an unfiltered report hides North East and Yorkshire; a report filtered to
Yorkshire printing 20 gives North East = 60 − 37 − 20 = 3.) So every number that can be
published is decided here, once, for the whole workspace, and every view looks it up:

- A number counts the records that have a set of *literals*: (dimension, category) pairs
  such as ("area", "london") or ("service", "police"). The publication holds every count of
  at most two literals: the total, each category, and each pair of categories (a cell of a
  cross-table, or a category's count within a filter) — except pairs of two dimensions
  with one answer each (see `pairable`).
- Small counts (1 to threshold − 1) are hidden. Then more are hidden until no hidden small
  count follows by exact arithmetic from what is shown and how the numbers relate (see
  `equations`), checked with linear algebra (core/span.py), not by a rule of thumb.
- A view (a filtered report, a chart, a cross-table) shows a number only if it is a number
  of this publication, or a sum of publication numbers that are all shown. Anything else —
  a count needing three literals, such as services within one area *and* one quarter — is
  "suppressed". So together, all views say nothing the publication does not already say.

Dimensions where a record has one category (area, period, consent) must list every
category, "not answered" included, so their counts add up to their total. Dimensions where
a record can have several (services, concerns, themes) must not list a "none of these"
category: its count is not a sum of the others. It is still the rest of its population,
so where it is small its dimension's counts are protected like small ones
(`_none_of_these`; `tally` counts the group for that, never to publish it). The
coalition's analysis (coalition/analysis.py) and
any new count (say, themes) go through `publish` and `Publication.value`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from testimony.core.span import pinned

Literal = tuple[str, str]  # (dimension id, category id)
Key = frozenset[Literal]  # the records having every one of these literals
NOBODY: Key = frozenset()  # no literal: every record
MAX_LITERALS = 2
# The category counted, never published, for records with none of a multi-answer
# dimension's categories (see `_none_of_these`). Not a category id any form can have.
NONE_OF = "\x00none of these"


@dataclass(frozen=True)
class Dim:
    id: str
    multi: bool  # a record can have several categories (and then maybe none)
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Publication:
    threshold: int
    dims: tuple[Dim, ...]
    counts: Mapping[Key, int] = field(hash=False, repr=False)
    hidden: frozenset[Key] = field(repr=False)
    primary: frozenset[Key] = field(repr=False)  # hidden because small

    def value(self, literals: Iterable[Literal]) -> int | None:
        """The published count of records having all these literals, or None if hidden or
        not part of the publication."""
        key = self._key(literals)
        if key is None:
            return None
        if key == _IMPOSSIBLE:
            return 0  # two areas at once: nobody, and everybody knows it
        return None if key in self.hidden else self.counts.get(key, 0)

    def total(self, alternatives: Sequence[Iterable[Literal]]) -> int | None:
        """The count of records in any one of several disjoint groups (say, the quarters of
        a year): shown only when every part is shown, so it reveals nothing new."""
        values = [self.value(a) for a in alternatives]
        if any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    def _key(self, literals: Iterable[Literal]) -> Key | None:
        key = frozenset(literals)
        dims = {d.id: d for d in self.dims}
        seen: dict[str, str] = {}
        for dim_id, category in key:
            dim = dims.get(dim_id)
            if dim is None or category not in dim.categories:
                return None
            if not dim.multi and seen.setdefault(dim_id, category) != category:
                return _IMPOSSIBLE
        if len(key) > MAX_LITERALS:
            return None
        if len(key) == MAX_LITERALS and not pairable(self.dims, *key):
            return None
        return key


_IMPOSSIBLE: Key = frozenset({("", "impossible")})


def publish(
    dims: Sequence[Dim],
    records: Iterable[tuple[Iterable[Literal], int]],
    threshold: int,
) -> Publication:
    """Count (records are (literals, how many) pairs) and decide what may be shown."""
    return publish_counts(dims, tally(dims, records), threshold)


def publish_counts(dims: Sequence[Dim], counts: Mapping[Key, int], threshold: int) -> Publication:
    """Decide what may be shown of counts made already (by `tally` or `tally_columns`)."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    dims = tuple(dims)
    keys = all_keys(dims)
    primary = (
        frozenset(k for k in keys if 0 < counts.get(k, 0) < threshold)
        | _whole(dims, keys, counts)
        | _none_of_these(dims, keys, counts, threshold)
    )
    hidden = set(primary)
    eqs = equations(dims)
    by_key: dict[Key, list[int]] = {}
    for n, eq in enumerate(eqs):
        for k in eq:
            by_key.setdefault(k, []).append(n)
    while True:
        stuck = pinned(eqs, sorted(hidden, key=_order)) & primary
        if not stuck:
            break
        added = _complements(stuck, eqs, by_key, hidden, counts)
        if not added:  # cannot happen with these equations; refuse to publish anything
            added = {k for k in keys if counts.get(k, 0) > 0} - hidden
            if not added:
                raise RuntimeError("suppression found no safe publication")
        hidden |= added
    return Publication(threshold, dims, counts, frozenset(hidden), primary)


def _whole(dims: Sequence[Dim], keys: Iterable[Key], counts: Mapping[Key, int]) -> set[Key]:
    """Counts that would show a whole group shares an answer it need not have: "police"
    among the North East's records equal to all of the North East's records. Shown, that
    says the rest of the group is empty — and knowing that, a reader can split other counts
    (the North East by consent becomes the police count there by consent). So such a count
    is protected like a small one. (For one-answer dimensions a zero says the same, and is
    already in the equations: the other areas' counts are shown.)"""
    multi = {d.id for d in dims if d.multi}
    out: set[Key] = set()
    for key in keys:
        n = counts.get(key, 0)
        if n == 0 or not key:
            continue
        for literal in key:
            if literal[0] in multi and counts.get(key - {literal}, 0) == n:
                out.add(key)
    return out


def _none_of_these(
    dims: Sequence[Dim], keys: Iterable[Key], counts: Mapping[Key, int], threshold: int
) -> set[Key]:
    """The counts that would give away a small group with none of a multi-answer
    dimension's categories. That group is never published, but it is the rest of its
    population: 6 records, 5 "refused care" and 0 of every other concern leave 1 with no
    concern (exactly, total − each category + each pair, when those pin it; or by bounds).
    So where, in a population some report shows (every record, or one category of another
    dimension), 1 to threshold − 1 records have none of a dimension's categories, that
    dimension's non-zero counts in that population (and its pairs, for every record) are
    protected like small ones: hidden, and checked so they cannot be worked out. Zeros stay
    shown: they say nobody in the population has that category, and the protection must
    hold when a reader knows that anyway."""
    present = set(keys)
    groups = [NOBODY, *(frozenset(((d.id, c),)) for d in dims for c in d.categories)]
    out: set[Key] = set()
    for dim in dims:
        if not dim.multi:
            continue
        for group in groups:
            if any(dim_id == dim.id for dim_id, _ in group):
                continue  # within one of its own categories, nobody has none of them
            n = counts.get(group | {(dim.id, NONE_OF)}, 0)
            if not 0 < n < threshold:
                continue
            options = [group | {(dim.id, c)} for c in dim.categories]
            if not group:
                options += [
                    frozenset(p) for p in combinations(((dim.id, c) for c in dim.categories), 2)
                ]
            out |= {k for k in options if k in present and counts.get(k, 0) > 0}
    return out


def tally(dims: Sequence[Dim], records: Iterable[tuple[Iterable[Literal], int]]) -> Counter[Key]:
    published = {(d.id, c) for d in dims for c in d.categories}
    multi = {d.id for d in dims if d.multi}
    counts: Counter[Key] = Counter()
    for literals, n in records:
        have = sorted(set(literals) & published)
        counts[NOBODY] += n
        for one in have:
            counts[frozenset((one,))] += n
        for a, b in combinations(have, 2):
            if a[0] in multi or b[0] in multi:  # see pairable
                counts[frozenset((a, b))] += n
        # Records with none of a multi-answer dimension, alone and within each category
        # of another dimension: counted, never published (see _none_of_these).
        for dim_id in sorted(multi - {d for d, _ in have}):
            counts[frozenset(((dim_id, NONE_OF),))] += n
            for one in have:
                counts[frozenset(((dim_id, NONE_OF), one))] += n
    return counts


def tally_columns(
    dims: Sequence[Dim], columns: Mapping[str, Sequence[str | frozenset[str]]]
) -> Counter[Key]:
    """The same counts as `tally`, from one column per dimension (a record's category, or
    its set of categories where it can have several). Much faster for many records: each
    pair of columns is counted over its distinct pairs of values, not record by record."""
    counts: Counter[Key] = Counter()
    published = {d.id: set(d.categories) for d in dims}

    multi = {d.id for d in dims if d.multi}

    def cats(dim_id: str, value: str | frozenset[str]) -> list[str]:
        chosen = value if isinstance(value, frozenset) else (value,)
        return [c for c in chosen if c in published[dim_id]]

    def cats_or_none(dim_id: str, value: str | frozenset[str]) -> list[str]:
        """As `cats`, but NONE_OF for a record with none of a multi-answer dimension."""
        found = cats(dim_id, value)
        return found if found or dim_id not in multi else [NONE_OF]

    for d in dims:
        for value, n in Counter(columns[d.id]).items():
            for c in cats_or_none(d.id, value):
                counts[frozenset(((d.id, c),))] += n
            if d.multi:
                for a, b in combinations(sorted(cats(d.id, value)), 2):
                    counts[frozenset(((d.id, a), (d.id, b)))] += n
    codes = {d.id: _codes(columns[d.id]) for d in dims}
    for first, second in combinations(dims, 2):
        if not (first.multi or second.multi):
            continue  # see pairable
        for (u, v), n in _pairs(codes[first.id], codes[second.id]):
            for a in cats_or_none(first.id, u):
                for b in cats_or_none(second.id, v):
                    if a != NONE_OF or b != NONE_OF:  # only one "none" at a time
                        counts[frozenset(((first.id, a), (second.id, b)))] += n
    counts[NOBODY] = len(columns[dims[0].id]) if dims else 0
    return counts


Values = Sequence[str | frozenset[str]]


def _codes(column: Values) -> tuple[list[str | frozenset[str]], np.ndarray]:
    """A column as its distinct values and, per record, the number of its value."""
    values = list(dict.fromkeys(column))
    number = {v: n for n, v in enumerate(values)}
    codes = np.fromiter(map(number.__getitem__, column), np.int64, len(column))
    return values, codes


def _pairs(
    a: tuple[list[str | frozenset[str]], np.ndarray],
    b: tuple[list[str | frozenset[str]], np.ndarray],
) -> Iterator[tuple[tuple[str | frozenset[str], str | frozenset[str]], int]]:
    """Each distinct pair of values of two columns with its number of records: counted in
    numpy, as 100,000 records times fifteen pairs of columns is most of a report's time
    when counted in Python."""
    (a_values, a_codes), (b_values, b_codes) = a, b
    pairs, counts = np.unique(a_codes * len(b_values) + b_codes, return_counts=True)
    for pair, n in zip(pairs.tolist(), counts.tolist(), strict=True):
        i, j = divmod(pair, len(b_values))
        yield (a_values[i], b_values[j]), n


def all_keys(dims: Sequence[Dim]) -> list[Key]:
    literals = [(d.id, c) for d in dims for c in d.categories]
    keys = [NOBODY, *(frozenset((one,)) for one in literals)]
    keys += [frozenset(pair) for pair in combinations(literals, 2) if pairable(dims, *pair)]
    return keys


def pairable(dims: Sequence[Dim], a: Literal, b: Literal) -> bool:
    """Whether a count of records with both literals is part of the publication.

    Never two dimensions with one answer each (area by period, area by consent, period by
    consent). Their zeros would tell a reader which combinations nobody has, and with
    those a third dimension can be split: in one test, "nobody in the North East chose
    'count'" and "nobody in London chose 'count'" turned the police count among 'quote'
    records minus London's police count into the hidden police count of the North East.
    Without such pairs the only relations between the published numbers are that a
    one-answer dimension's categories add up to their group (`equations`), zeros included;
    docs/coalition.md gives the argument, and tests/security checks it.
    """
    multi = {d.id: d.multi for d in dims}
    return multi[a[0]] or multi[b[0]]


def equations(dims: Sequence[Dim]) -> list[dict[Key, int]]:
    """How published numbers relate, as a reader can use it: for a dimension with one
    category per record, the counts of its categories within any group add up to the
    group's count. (With at most two literals per number there is nothing else: counts of
    overlapping categories, such as services, add up to nothing published.)"""
    out: list[dict[Key, int]] = []
    groups = [NOBODY, *(frozenset(((d.id, c),)) for d in dims if d.multi for c in d.categories)]
    for group in groups:
        used = {dim_id for dim_id, _ in group}
        for dim in dims:
            if dim.multi or dim.id in used:
                continue
            eq: dict[Key, int] = {group | {(dim.id, c)}: 1 for c in dim.categories}
            eq[group] = -1
            out.append(eq)
    return out


def _complements(
    stuck: set[Key],
    eqs: list[dict[Key, int]],
    by_key: dict[Key, list[int]],
    hidden: set[Key],
    counts: Mapping[Key, int],
) -> set[Key]:
    """For each pinned small count, hide one more number next to it: the smallest non-zero
    shown count in an equation with it (or, if all of those are hidden, one step further
    out). One per equation per round, so two pinned counts in one row share a complement.

    Never a zero: a hidden zero protects nothing when a reader knows it is zero, and a
    reader often does — from a group shown as zero (counts are never negative), or from
    how the data is made ("count" records carry no words, so no theme). In two tests, the
    counts protected by _none_of_these had only such zeros as complements (a concern in an
    area nobody gave; a theme among "count" records), and the small group followed. A
    pinned non-zero count always has a shown non-zero count within reach (a sum of zeros
    would be zero), so the search finds one.
    """
    added: set[Key] = set()
    touched: set[int] = set()

    def candidates(near: Iterable[Key]) -> set[Key]:
        return {k for k in near if k not in hidden and k not in added and counts.get(k, 0) > 0}

    for key in sorted(stuck, key=_order):
        if touched & set(by_key.get(key, ())):
            continue
        # A line where this is the only hidden number needs its second one there.
        alone = [n for n in by_key.get(key, ()) if sum(k in hidden for k in eqs[n]) == 1]
        if alone:
            shown = candidates(eqs[alone[0]])
            if shown:
                pick = _smallest(shown, counts)
                added.add(pick)
                touched |= set(by_key.get(pick, ()))
                continue
        frontier, visited = {key}, {key}
        while frontier:
            near = {n for k in frontier for n in by_key.get(k, ())}
            shown = candidates(k for n in near for k in eqs[n])
            if shown:
                pick = _smallest(shown, counts)
                added.add(pick)
                touched |= set(by_key.get(pick, ()))
                break
            frontier = {k for n in near for k in eqs[n]} - visited
            visited |= frontier
    return added


def _smallest(keys: Iterable[Key], counts: Mapping[Key, int]) -> Key:
    """The smallest count (the callers offer only non-zero ones)."""
    return min(keys, key=lambda k: (counts.get(k, 0), _order(k)))


def _order(key: Key) -> tuple[int, tuple[Literal, ...]]:
    return (len(key), tuple(sorted(key)))
