"""The differencing attack over themes (issue 14): an attacker collects every number from
the unfiltered report and from the report filtered to each theme, area and consent level,
and tries to pin down a hidden count, or a small group with no theme (never shown), by
adding and subtracting, and the no-theme groups by bounds too. It must fail on random
datasets.

The attacker is exact linear algebra over the rationals, independent of the engine's
reasoning. Its unknowns are "atoms": the number of records with each combination of area,
consent and set of themes. Every shown number is a sum of atoms; every shown zero tells it
that each atom in that sum is zero (counts are never negative). A hidden small number is
pinned down when its row of atoms lies in the span of the shown rows.

The other dimensions are held constant (one service, one concern, one month), and the
attacker is told so: knowing more only makes it stronger. Filters by service, concern and
period are issue 9's attacker's (tests/security/test_suppression_differencing.py).
"""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from testimony.coalition.analysis import NOT_ANSWERED, Dimension, Fact, Filters
from testimony.coalition.report import ReportData, build_report

AREAS = ("london", "wales", "scotland")
CONSENTS = ("count", "words", "quote")
THEMES = (("1", "Refused care"), ("2", "Restraint"), ("3", "Police at A&E or assessment"))
IDS = tuple(t for t, _ in THEMES)
SERVICE, CONCERN, MONTH = frozenset({"police"}), frozenset({"police_involved"}), "2024-02"

Atom = tuple[str, str, frozenset[str]]
ATOMS: tuple[Atom, ...] = tuple(
    (area, consent, frozenset(sub))
    for area in AREAS
    for consent in CONSENTS
    for n in range(len(IDS) + 1)
    for sub in combinations(IDS, n)
    if consent != "count" or n == 0  # only records with words can be given a theme
)


def fact(atom: Atom) -> Fact:
    area, consent, themes = atom
    return Fact(SERVICE, CONCERN, area, MONTH, consent, themes)


def _in(atom: Atom, dim: str, category: str) -> bool:
    area, consent, themes = atom
    return {
        "service": category == "police",
        "concern": category == "police_involved",
        "area": category == area,
        "period": category == "2024 Q1",
        "consent": category == consent,
        # "Not answered" of a multi-answer dimension: the record has none of them.
        "theme": category in themes if category != NOT_ANSWERED else not themes,
    }[dim]


def _ids(dim: Dimension) -> list[str]:
    """The categories a report lists: no "none of these" where a record can have several
    (core/publication.py)."""
    return [c for c in dim.ids() if not (dim.multi and c == NOT_ANSWERED)]


def numbers(report: ReportData, admitted: frozenset[Atom]):
    """(set of atoms, shown value or None) for every number the report prints."""
    out = [(admitted, report.records)]
    for ow in report.one_way:
        ids = _ids(ow.dim)
        for c, (_label, value) in zip(ids, ow.rows, strict=True):
            out.append((frozenset(a for a in admitted if _in(a, ow.dim.id, c)), value))
        if not ow.dim.multi:
            out.append((admitted, ow.total))
    for t in report.tables:
        r_ids, c_ids = _ids(t.rows), _ids(t.cols)
        for i, r in enumerate(r_ids):
            row = frozenset(a for a in admitted if _in(a, t.rows.id, r))
            for j, c in enumerate(c_ids):
                cell = frozenset(a for a in row if _in(a, t.cols.id, c))
                out.append((cell, t.cells[i][j]))
            out.append((row, t.row_totals[i]))
        if t.rows.multi:
            continue  # with overlapping rows the column sums are never published
        for j, c in enumerate(c_ids):
            out.append((frozenset(a for a in admitted if _in(a, t.cols.id, c)), t.col_totals[j]))
        out.append((admitted, t.grand_total))
    return out


def _rank(rows: list[list[Fraction]]) -> int:
    m = [r[:] for r in rows]
    rank, width = 0, len(m[0]) if m else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(m)) if m[i][col] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for i in range(len(m)):
            if i != rank and m[i][col] != 0:
                f = m[i][col] / m[rank][col]
                m[i] = [x - f * y for x, y in zip(m[i], m[rank], strict=True)]
        rank += 1
    return rank


def populations() -> list[tuple[Filters, frozenset[Atom]]]:
    """The reports read: unfiltered, filtered to each theme, to each area and to each
    consent level, each with the atoms it selects."""
    out = [(Filters(), frozenset(ATOMS))]
    out += [(Filters(theme=t), frozenset(a for a in ATOMS if t in a[2])) for t in IDS]
    out += [(Filters(area=x), frozenset(a for a in ATOMS if a[0] == x)) for x in AREAS]
    out += [(Filters(consent=k), frozenset(a for a in ATOMS if a[1] == k)) for k in CONSENTS]
    return out


def collect(counts: dict[Atom, int], threshold: int):
    """Every number of every report in `populations`."""
    facts = [fact(a) for a, n in counts.items() for _ in range(n)]
    collected = []
    for filters, admitted in populations():
        collected += numbers(build_report(facts, filters, threshold, themes=THEMES), admitted)
    return collected


def no_theme(admitted: frozenset[Atom]) -> frozenset[Atom]:
    return frozenset(a for a in admitted if not a[2])


def _bounds(collected, admitted: frozenset[Atom]) -> tuple[int, int] | None:
    """Simple bounds on the records with no theme among `admitted` (T of them, c under each
    theme, p under each pair): T - sum(c) <= N <= T - max(c), and N <= T - sum(c) + sum(p)."""
    shown = {s: v for s, v in collected if v is not None}
    total = shown.get(admitted)
    cs = [shown.get(frozenset(a for a in admitted if t in a[2])) for t in IDS]
    if total is None or any(c is None for c in cs):
        return None
    known = [c for c in cs if c is not None]
    low, high = max(0, total - sum(known)), total - max(known)
    pairs = [shown.get(frozenset(a for a in admitted if {t, u} <= a[2]))
             for t, u in combinations(IDS, 2)]  # fmt: skip
    if all(p is not None for p in pairs):
        high = min(high, total - sum(known) + sum(p for p in pairs if p is not None))
    return low, high


def solve(collected, counts: dict[Atom, int], threshold: int) -> list[str]:
    """The hidden small numbers (1 to threshold - 1) that follow from the shown ones, and
    the small groups with no theme (never shown) that follow exactly or by bounds,
    described. A larger hidden number (one hidden beside a small one) may follow: what is
    protected is the small ones (core/publication.py; the same test as
    tests/security/test_suppression_differencing.py)."""
    zero = set().union(*(s for s, v in collected if v == 0))
    unknown = [a for a in ATOMS if a not in zero]
    shown = [[Fraction(a in s) for a in unknown] for s, v in collected if v]
    base = _rank(shown) if shown else 0
    targets = [atoms for atoms, value in collected if value is None]
    targets += [no_theme(admitted) for _, admitted in populations()]
    found = []
    for atoms in dict.fromkeys(targets):
        true = sum(counts.get(a, 0) for a in atoms)
        if not 0 < true < threshold:
            continue
        row = [Fraction(a in atoms) for a in unknown]
        if any(row) and _rank([*shown, row]) == base:
            found.append(f"{sorted(atoms)} = {true}")
    for _, admitted in populations():
        true = sum(counts.get(a, 0) for a in no_theme(admitted))
        bounds = _bounds(collected, admitted)
        if 0 < true < threshold and bounds is not None and bounds[0] == bounds[1]:
            found.append(f"no theme in {len(admitted)} atoms = {true} (bounds)")
    return found


def attack(counts: dict[Atom, int], threshold: int) -> list[str]:
    return solve(collect(counts, threshold), counts, threshold)


# Datasets: most atoms empty, a few small, some large: where small cells are common. Often
# only some themes are in use, so that the others show zero (which is when a "no theme"
# count would give a hidden theme away).
@st.composite
def counts_st(draw: st.DrawFn) -> dict[Atom, int]:
    used = draw(st.sets(st.sampled_from(IDS), min_size=1))
    atoms = [a for a in ATOMS if a[2] <= used]
    sizes = st.one_of(st.integers(1, 4), st.integers(5, 40))
    return draw(st.dictionaries(st.sampled_from(atoms), sizes, max_size=14))


@settings(max_examples=80, deadline=None)
@given(counts=counts_st(), threshold=st.sampled_from([5, 10]))
def test_no_hidden_count_can_be_worked_out_across_theme_reports(counts, threshold):
    assert attack(counts, threshold) == []


def test_the_attacker_finds_what_it_should():
    """The attacker wins where it should: had the report shown a "No theme yet" count (an
    earlier design), a hidden theme would follow whenever the other themes show zero."""
    counts = {("london", "words", frozenset({"1"})): 3, ("wales", "words", frozenset()): 30}
    collected = collect(counts, 10)
    assert solve(collected, counts, 10) == []
    no_theme_at_all = frozenset(a for a in ATOMS if not a[2])
    leaky = [*collected, (no_theme_at_all, 30)]
    assert solve(leaky, counts, 10) != []
    assert any(line.endswith("= 3") for line in solve(leaky, counts, 10))


def _few_without_a_theme() -> dict[Atom, int]:
    return {("london", "words", frozenset({"1"})): 20, ("london", "words", frozenset()): 2}


def test_a_small_group_with_no_theme_is_not_worked_out():
    """22 records, 20 under "Refused care", none under the others: the 2 with no theme
    would be 22 - 20. So the theme counts are hidden (docs/coalition.md, "None of these")."""
    counts = _few_without_a_theme()
    facts = [fact(a) for a, n in counts.items() for _ in range(n)]
    report = build_report(facts, Filters(), 10, themes=THEMES)
    [themes] = [o for o in report.one_way if o.dim.id == "theme"]
    assert report.records == 22 and dict(themes.rows)["Refused care"] is None
    assert attack(counts, 10) == []


def test_the_attacker_finds_no_theme_without_the_rule():
    """With the rule taken out of the engine, the attacker works out the 2 with no theme."""
    import testimony.core.publication as publication_module

    counts = _few_without_a_theme()
    with MonkeyPatch.context() as mp:
        mp.setattr(publication_module, "_none_of_these", lambda *_: set())
        found = attack(counts, 10)
    assert any(line.endswith("= 2 (bounds)") for line in found)
    assert any(line.endswith("= 2") and "bounds" not in line for line in found)


def test_filtering_to_a_hidden_theme_gives_nothing_away():
    counts = {
        ("london", "words", frozenset({"1"})): 3,
        ("london", "words", frozenset({"2"})): 20,
        ("wales", "quote", frozenset({"2"})): 25,
        ("wales", "count", frozenset()): 40,
    }
    facts = [fact(a) for a, n in counts.items() for _ in range(n)]
    report = build_report(facts, Filters(theme="1"), 10, themes=THEMES)
    # Like any filter, it shows only numbers of the publication: not the theme's count
    # (its number of records), nothing small, no quotes; zeros and other shown pairs are
    # safe together with everything else, which the attacker checks.
    assert report.records is None and report.quotes == ()
    assert all(v == 0 or v >= 10 for v in report.shown_counts())
    assert attack(counts, 10) == []
