"""The attack: collect every number from every report reachable with one filter (and the
unfiltered one, with every cross-table the app offers), then add and subtract to pin down a
suppressed count.

The attacker here knows nothing of how the engine decides. It sees reports as a reader
does, turns each shown number into the set of possible records it counts (an "atom" is one
combination of answers), removes every atom inside a published zero (and, since counts are
never negative, the rest of any group shown equal to a part of it), and asks exact linear
algebra whether a hidden small count is a combination of shown numbers. It must never be.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony.coalition.analysis import (
    NOT_ANSWERED,
    SINGLE,
    Fact,
    Filters,
    columns,
    dimensions,
    literals,
    publication_dims,
)
from testimony.coalition.report import ONE_WAY, ReportData, build_report, publication
from testimony.core.publication import tally, tally_columns

PRIME = 2_147_483_647
SERVICES = ("ae", "police")
CONCERNS = ("care_refused", "threatened")
AREAS = ("north_east", "yorkshire", "london", NOT_ANSWERED)
MONTHS = ("2024-02", "2024-05", NOT_ANSWERED)
CONSENTS = ("count", "quote")
QUARTERS = {"2024-02": "2024 Q1", "2024-05": "2024 Q2", NOT_ANSWERED: NOT_ANSWERED}
CROSS_ALL = tuple((r, c) for r in ONE_WAY for c in SINGLE if r != c)

Atom = tuple[
    frozenset[str], frozenset[str], str, str, str
]  # services, concerns, area, quarter, consent
ATOMS: list[Atom] = [
    (s, c, a, q, k)
    for s in (frozenset(x) for n in range(3) for x in combinations(SERVICES, n))
    for c in (frozenset(x) for n in range(3) for x in combinations(CONCERNS, n))
    for a in AREAS
    for q in sorted(set(QUARTERS.values()))
    for k in CONSENTS
]
INDEX = {atom: n for n, atom in enumerate(ATOMS)}
FIELD = {"service": 0, "concern": 1, "area": 2, "period": 3, "consent": 4}


def holds(atom: Atom, literal: tuple[str, str]) -> bool:
    dim, category = literal
    value = atom[FIELD[dim]]
    if isinstance(value, frozenset):
        return not value if category == NOT_ANSWERED else category in value
    return value == category


def single_filters(dims) -> list[tuple[Filters, tuple[tuple[str, str], ...]]]:
    """Every report a reader can ask for with one filter, and the literals it selects."""
    out: list[tuple[Filters, tuple[tuple[str, str], ...]]] = [(Filters(), ())]
    out += [(Filters(service=s), (("service", s),)) for s in SERVICES]
    out += [(Filters(concern=c), (("concern", c),)) for c in CONCERNS]
    # "Not answered" is offered as an area filter too (filter_choices): a group that, like
    # "no theme" would, makes up the rest of a total.
    out += [(Filters(area=a), (("area", a),)) for a in AREAS]
    out += [(Filters(consent=k), (("consent", k),)) for k in CONSENTS]
    for quarter in dims["period"].ids():
        if quarter != NOT_ANSWERED:
            year, n = quarter[:4], int(quarter[-1])
            period = Filters(period_from=f"{year}-{3 * n - 2:02d}", period_to=f"{year}-{3 * n:02d}")
            out.append((period, (("period", quarter),)))
    return out


def numbers(report: ReportData, selected: tuple[tuple[str, str], ...], dims):
    """(literals counted, value shown or None) for every number in the report."""
    ids = {d.id: {label: c for c, label in d.categories} for d in dims.values()}
    yield selected, report.records
    for ow in report.one_way:
        for label, value in ow.rows:
            yield (*selected, (ow.dim.id, ids[ow.dim.id][label])), value
        if not ow.dim.multi:
            yield selected, ow.total
    for t in report.tables:
        rows = [(t.rows.id, ids[t.rows.id][label]) for label in t.row_labels]
        cols = [(t.cols.id, ids[t.cols.id][label]) for label in t.col_labels]
        for i, r in enumerate(rows):
            yield (*selected, r), t.row_totals[i]
            for j, c in enumerate(cols):
                yield (*selected, r, c), t.cells[i][j]
        for j, c in enumerate(cols):
            yield (*selected, c), t.col_totals[j]
        yield selected, t.grand_total


@cache
def _literal_mask(literal: tuple[str, str]) -> int:
    return sum(1 << n for n, atom in enumerate(ATOMS) if holds(atom, literal))


def mask(literals) -> int:
    """The atoms a number counts: those having every literal."""
    bits = (1 << len(ATOMS)) - 1
    for literal in literals:
        bits &= _literal_mask(literal)
    return bits


def true_count(facts: list[Fact], literals) -> int:
    m = mask(literals)
    return sum(n for atom, n in Counter(map(atom_of, facts)).items() if m >> INDEX[atom] & 1)


def true_count_mask(facts: list[Fact], m: int) -> int:
    return sum(1 for f in facts if m >> INDEX[atom_of(f)] & 1)


def atom_of(f: Fact) -> Atom:
    return (f.services, f.concerns, f.area, QUARTERS[f.month], f.consent)


def reports_now(facts: list[Fact], threshold: int):
    """The reports as Testimony makes them (one publication for all of them)."""
    pub = publication(facts, threshold)
    return lambda filters: build_report(facts, filters, threshold, (), CROSS_ALL, pub=pub)


def collect(facts: list[Fact], threshold: int, reports=reports_now):
    """Everything a reader can see: {atom mask: shown value} and the hidden masks."""
    dims = dimensions(facts)
    report_for = reports(facts, threshold)
    shown: dict[int, int] = {}
    hidden: set[int] = set()
    for filters, selected in single_filters(dims):
        report = report_for(filters)
        for counted, value in numbers(report, selected, dims):
            m = mask(counted)
            if value is None:
                hidden.add(m)
                continue
            # Every shown number is true, and never small.
            assert value == true_count(facts, counted), counted
            assert value == 0 or value >= threshold, (counted, value)
            shown[m] = value
    # Categories outside the small universe count nobody. The atoms leave them out, which
    # only makes the attacker stronger (a hidden zero would be an unknown to a reader).
    return shown, hidden


def pinned_small(facts: list[Fact], threshold: int, reports=reports_now) -> list[int]:
    """Hidden numbers with a small true count that the shown numbers pin down exactly, and
    small groups with none of a multi-answer heading's categories ("None of these": never
    shown) that the shown numbers pin down, exactly or by bounds."""
    shown, hidden = collect(facts, threshold, reports)
    empty = 0
    for m, v in shown.items():
        if v == 0:  # a published zero: nobody has any of these combinations
            empty |= m
    # Counts are never negative: when a part of a group is shown equal to the whole
    # group, the rest of the group is empty too.
    nonzero = [(m, v) for m, v in shown.items() if v]
    for m, v in nonzero:
        for part, w in nonzero:
            if w == v and part != m and part & ~m == 0:
                empty |= m & ~part
    live = [n for n in range(len(ATOMS)) if not empty >> n & 1]
    rows = _reduce([_vector(m, live) for m, v in nonzero])
    found = [
        m
        for m in hidden
        if 0 < true_count_mask(facts, m) < threshold and _in_span(_vector(m, live), rows)
    ]
    for m in none_of_these(facts, threshold):
        if _in_span(_vector(m, live), rows) or _bounds_pin(facts, m, shown, threshold):
            found.append(m)
    return found


MULTI = {"service": SERVICES, "concern": CONCERNS}


def none_groups(facts: list[Fact]):
    """(population's literals, heading, mask of its "None of these") for every population
    a report shows (unfiltered, or one filter) and every multi-answer heading."""
    for _filters, selected in single_filters(dimensions(facts)):
        for dim in MULTI:
            if any(d == dim for d, _ in selected):
                continue  # within one of its own categories nobody has none of them
            yield selected, dim, mask((*selected, (dim, NOT_ANSWERED)))


_GROUPS: dict[int, tuple[tuple[tuple[str, str], ...], str]] = {}


def none_of_these(facts: list[Fact], threshold: int) -> list[int]:
    """The "None of these" groups with a small true count: what the attacker is after."""
    out = []
    for selected, dim, m in none_groups(facts):
        if 0 < true_count_mask(facts, m) < threshold:
            _GROUPS[m] = (selected, dim)
            out.append(m)
    return out


def _bounds_pin(facts: list[Fact], m: int, shown: dict[int, int], threshold: int) -> bool:
    """Whether simple bounds pin a "None of these" group N of a population of T records
    with shown category counts c (and pairs p): T − Σc ≤ N ≤ T − max c, and N ≤ T − Σc + Σp
    (each record with categories is counted at most once less than its pairs add)."""
    selected, dim = _GROUPS[m]
    total = shown.get(mask(selected))
    counts = [shown.get(mask((*selected, (dim, c)))) for c in MULTI[dim]]
    if total is None or any(c is None for c in counts):
        return False
    cs = [c for c in counts if c is not None]
    low, high = max(0, total - sum(cs)), total - max(cs, default=0)
    pairs = [shown.get(mask((*selected, (dim, a), (dim, b))))
             for a, b in combinations(MULTI[dim], 2)]  # fmt: skip
    if all(p is not None for p in pairs):
        high = min(high, total - sum(cs) + sum(p for p in pairs if p is not None))
    return low == high and 0 < low < threshold


def _vector(m: int, live: list[int]) -> list[int]:
    return [m >> n & 1 for n in live]


def _reduce(vectors: list[list[int]]) -> list[tuple[int, list[int]]]:
    """Echelon rows (pivot, row) over the integers modulo a prime: exact for these sizes."""
    rows: list[tuple[int, list[int]]] = []
    for v in vectors:
        v = _against(v, rows)
        pivot = next((i for i, x in enumerate(v) if x), None)
        if pivot is None:
            continue
        inv = pow(v[pivot], PRIME - 2, PRIME)
        rows.append((pivot, [x * inv % PRIME for x in v]))
    return rows


def _against(v: list[int], rows: list[tuple[int, list[int]]]) -> list[int]:
    for pivot, row in rows:
        f = v[pivot]
        if f:
            v = [(a - f * b) % PRIME for a, b in zip(v, row, strict=True)]
    return v


def _in_span(v: list[int], rows: list[tuple[int, list[int]]]) -> bool:
    return not any(_against(v, rows))


fact_choice = st.builds(
    lambda s, c, a, m, k: Fact(frozenset(s), frozenset(c), a, m, k),
    st.sets(st.sampled_from(SERVICES)),
    st.sets(st.sampled_from(CONCERNS)),
    st.sampled_from(AREAS),
    st.sampled_from(MONTHS),
    st.sampled_from(CONSENTS),
)
datasets = st.lists(st.tuples(fact_choice, st.integers(1, 14)), max_size=14).map(
    lambda pairs: [f for f, n in pairs for _ in range(n)]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets, st.sampled_from([5, 10]))
def test_no_suppressed_count_can_be_worked_out_across_reports(facts, threshold):
    assert pinned_small(facts, threshold) == []


@settings(max_examples=60, deadline=None)
@given(datasets)
def test_the_fast_count_matches_record_by_record(facts):
    dims = publication_dims(dimensions(facts))
    slow = tally(dims, ((literals(f), 1) for f in facts))
    fast = tally_columns(dims, columns(facts))
    assert +slow == +fast


def _area_example() -> list[Fact]:
    def one(area: str) -> Fact:
        return Fact(frozenset({"police"}), frozenset({"threatened"}), area, "2024-02", "count")

    counts = {"north_east": 3, "yorkshire": 20, "london": 37}
    return [one(area) for area, n in counts.items() for _ in range(n)]


def test_the_issues_example_north_east_cannot_be_worked_out():
    facts = _area_example()
    whole = build_report(facts, Filters(), 10)
    areas = dict(next(ow for ow in whole.one_way if ow.dim.id == "area").rows)
    assert whole.records == 60 and areas["London"] == 37
    assert areas["North East England"] is None and areas["Yorkshire and the Humber"] is None
    # The attack in the issue: filter to Yorkshire and read its size.
    yorkshire = build_report(facts, Filters(area="yorkshire"), 10)
    assert yorkshire.records is None
    assert all(v in (None, 0) for v in yorkshire.shown_counts())
    assert pinned_small(facts, 10) == []


def test_the_attacker_wins_when_each_report_is_suppressed_on_its_own():
    """The attacker is able: given what a Yorkshire-only report used to print (its records
    counted and suppressed afresh: 20), it finds North East from the published zeros."""
    facts = _area_example()
    alone = [f for f in facts if f.area == "yorkshire"]
    assert build_report(alone, Filters(), 10).records == 20
    others = [
        a for a in dimensions(facts)["area"].ids() if a not in ("north_east", "yorkshire", "london")
    ]
    live = [n for n, atom in enumerate(ATOMS) if atom[2] in ("north_east", "yorkshire", "london")]
    assert NOT_ANSWERED in others  # … and every other area is a shown zero
    shown = [mask([]), mask([("area", "london")]), mask([("area", "yorkshire")])]
    rows = _reduce([_vector(m, live) for m in shown])
    assert _in_span(_vector(mask([("area", "north_east")]), live), rows)


def test_a_filtered_cross_table_is_not_split_three_ways():
    other = Fact(frozenset({"ae"}), frozenset({"labelled"}), "london", "2024-02", "quote")
    facts = _area_example() * 3 + [other] * 12
    report = build_report(facts, Filters(service="police"), 10, (), (("concern", "area"),))
    assert all(v is None for row in report.tables[0].cells for v in row)
    assert "cross_table_needs_fewer_filters" in report.notes
    # Filtered by one of its own headings, the table is part of the publication.
    london = build_report(facts, Filters(area="london"), 10, (), (("concern", "area"),))
    table = london.tables[0]
    col = table.col_labels.index("London")
    pub = publication(facts, 10)
    concerns = dimensions()["concern"]
    for i, label in enumerate(table.row_labels):
        cid = next(c for c, name in concerns.categories if name == label)
        assert table.cells[i][col] == pub.value({("concern", cid), ("area", "london")})
    # (London's threatened count, 111, is hidden beside North East's and Yorkshire's: a
    # hidden zero is never used to protect anything.)
    assert [table.cells[i][col] for i in range(len(table.row_labels))].count(0) >= 3
    assert "cross_table_needs_fewer_filters" not in london.notes


def test_not_answered_cannot_be_worked_out_as_the_rest_of_a_total():
    """A "Not answered" group is the rest of its total, as a "no theme" group would be: with
    every area but one shown, the total would give it away. Here 3 people left the area
    out; no report, filtered to it or not, lets a reader work the 3 out."""
    facts = [Fact(frozenset({"police"}), frozenset(), a, "2024-02", "count")
             for a, n in (("north_east", 20), ("yorkshire", 30), ("london", 25),
                          (NOT_ANSWERED, 3)) for _ in range(n)]  # fmt: skip
    report = reports_now(facts, 10)
    [area] = [o for o in report(Filters()).one_way if o.dim.id == "area"]
    assert dict(area.rows)["Not answered"] is None
    assert report(Filters(area=NOT_ANSWERED)).records is None
    assert report(Filters(service=NOT_ANSWERED)).records is None  # not a published group
    assert pinned_small(facts, 10) == []


def _no_concern_example() -> list[Fact]:
    facts = [Fact(frozenset(), frozenset(), "north_east", "2024-02", "count")]
    facts += [Fact(frozenset(), frozenset({"care_refused"}), "north_east", "2024-02", "count")] * 5
    return facts


def test_none_of_these_is_not_worked_out_from_the_concern_counts():
    """The people who ticked none of the concerns are not a published group, but they are
    the total minus each concern plus each pair (all published), so a small group of them
    could be worked out: here 6 people, 5 refused care, 0 threatened gives 1 with neither.
    The same holds for services. So the concern counts are hidden (docs/coalition.md,
    "None of these"), and the attacker finds nothing."""
    facts = _no_concern_example()
    report = reports_now(facts, 5)(Filters())
    [concern] = [o for o in report.one_way if o.dim.id == "concern"]
    assert report.records == 6
    assert dict(concern.rows)[dimensions()["concern"].label("care_refused")] is None
    assert none_of_these(facts, 5) != []  # the attacker is after something …
    assert pinned_small(facts, 5) == []  # … and cannot pin it


def test_the_attacker_pins_none_of_these_without_the_rule():
    """The attacker is able: with the rule taken out of the engine, it pins the one person
    with no concern (and, here, no service either) both exactly and by bounds."""
    import testimony.core.publication as publication_module

    facts = _no_concern_example()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(publication_module, "_none_of_these", lambda *_: set())
        found = pinned_small(facts, 5)
        shown, _hidden = collect(facts, 5)
    no_concern = mask((("concern", NOT_ANSWERED),))
    assert no_concern in found
    assert _bounds_pin(facts, no_concern, shown, 5)


def test_a_small_none_of_these_in_one_area_is_not_worked_out_across_areas():
    """1 person in the North East with no concern, none elsewhere: the North East's concern
    counts are hidden, and cannot be worked out as the total minus the other areas."""
    facts = _no_concern_example()
    facts += [
        Fact(frozenset({"ae"}), frozenset({"care_refused"}), "london", "2024-05", "quote")
    ] * 30
    facts += [
        Fact(frozenset({"ae"}), frozenset({"threatened"}), "yorkshire", "2024-05", "quote")
    ] * 12
    report = reports_now(facts, 5)
    [area] = [o for o in report(Filters(area="north_east")).one_way if o.dim.id == "concern"]
    assert all(v in (None, 0) for _, v in area.rows)
    assert pinned_small(facts, 5) == []


def test_a_period_inside_a_quarter_shows_nothing():
    facts = _area_example()
    report = build_report(facts, Filters(period_from="2024-02", period_to="2024-02"), 10)
    assert report.records is None and report.notes == ("period_not_whole_quarters",)
    whole_quarter = build_report(facts, Filters(period_from="2024-01", period_to="2024-03"), 10)
    assert whole_quarter.records == 60
