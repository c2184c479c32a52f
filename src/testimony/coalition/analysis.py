"""Counting what the imported records say, with filters and cross-tabs.

Records are read once into compact `Fact`s (the handful of answers the views need), then
filtered and counted in memory: 100,000 facts take a few megabytes and a pass over them a
fraction of a second. Counts here are raw; core/suppression.py decides what may be shown,
and report.py puts the two together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from testimony.core.forms import load_form
from testimony.store import workspace_themes as wt
from testimony.store.connection import Connection

NOT_ANSWERED = "_none"
NOT_ANSWERED_LABEL = "Not answered"
FORM = ("crisis-account", 1)

# The patterns the campaign asks about, each from one question of the form.
CONCERNS: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    ("care_refused", "Refused care, or given less care", "care_refused",
     frozenset({"refused", "limited"})),
    ("threatened", "Threatened with prosecution, arrest, an order or a fine", "threats",
     frozenset({"prosecution", "arrest", "order", "fine"})),
    ("labelled", "Told of a plan, label or \u201chigh intensity\u201d status", "label_or_plan",
     frozenset({"told", "found_out"})),
    ("shared_with_police", "Health information shared with police", "shared_with_police",
     frozenset({"yes", "think_so"})),
    ("police_involved", "Police involved", "police_involved", frozenset({"yes"})),
)  # fmt: skip
CONSENT_LABELS = {
    "count": "Counted only",
    "words": "Words shared for analysis",
    "quote": "May be quoted",
}


class Fact(NamedTuple):
    """One record's countable answers. A tuple, not a dataclass: 100,000 of them are made
    for every report, and the sets in them are shared between records."""

    services: frozenset[str]
    concerns: frozenset[str]
    area: str
    month: str  # YYYY-MM, or NOT_ANSWERED
    consent: str
    themes: frozenset[str] = frozenset()  # theme ids (as text) the record is tagged with


@dataclass(frozen=True)
class Filters:
    """Each one narrows the records; None means any."""

    service: str | None = None
    concern: str | None = None
    area: str | None = None
    period_from: str | None = None  # YYYY-MM, inclusive
    period_to: str | None = None
    consent: str | None = None
    theme: str | None = None  # a theme id, as text (coalition/themes.py)

    def admits(self, f: Fact) -> bool:
        if self.theme is not None and self.theme not in f.themes:
            return False
        if self.service is not None and self.service not in f.services:
            return False
        if self.concern is not None and self.concern not in f.concerns:
            return False
        if self.area is not None and f.area != self.area:
            return False
        if self.consent is not None and f.consent != self.consent:
            return False
        if self.period_from is not None or self.period_to is not None:
            if f.month == NOT_ANSWERED:
                return False
            if self.period_from is not None and f.month < self.period_from:
                return False
            if self.period_to is not None and f.month > self.period_to:
                return False
        return True

    def describe(self, dims: dict[str, Dimension]) -> list[tuple[str, str]]:
        """(what, chosen) for each filter in use, in words, for the report."""
        out = []
        keys = (("service", "service"), ("concern", "concern"), ("area", "area"))
        for key, dim_id in (*keys, ("theme", "theme")):
            value = getattr(self, key)
            if value is not None and dim_id in dims:
                out.append((dims[dim_id].title, dims[dim_id].label(value)))
        if self.period_from or self.period_to:
            out.append(("Period", f"{self.period_from or '…'} to {self.period_to or '…'}"))
        if self.consent is not None:
            out.append(("Consent", CONSENT_LABELS.get(self.consent, self.consent)))
        return out


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    multi: bool  # a record can count in several categories (services, concerns)
    categories: tuple[tuple[str, str], ...]  # (id, label)

    def label(self, category: str) -> str:
        return dict(self.categories).get(category, category)

    def ids(self) -> list[str]:
        return [c for c, _ in self.categories]


def _quarter(month: str) -> str:
    if month == NOT_ANSWERED:
        return NOT_ANSWERED
    return f"{month[:4]} Q{(int(month[5:7]) - 1) // 3 + 1}"


SINGLE = ("area", "period", "consent")  # one category per record: usable as columns


def dimensions(
    facts: Sequence[Fact] = (), themes: Sequence[tuple[str, str]] = ()
) -> dict[str, Dimension]:
    """Every dimension with its categories; periods are the quarters present in the data,
    themes the coalition's current ones ((id, name) pairs; coalition/themes.py)."""
    form = load_form(*FORM)
    none = ((NOT_ANSWERED, NOT_ANSWERED_LABEL),)
    services = tuple((o.id, o.label) for o in form.question("services").options)
    areas = tuple((o.id, o.label) for o in form.question("area").options)
    months = set(map(attrgetter("month"), facts))
    quarters = sorted({_quarter(m) for m in months} - {NOT_ANSWERED})
    concerns = (*((c[0], c[1]) for c in CONCERNS), (NOT_ANSWERED, "None of these"))
    periods = (*((q, q) for q in quarters), *none)
    return {
        "service": Dimension("service", "Service", True, services + none),
        "concern": Dimension("concern", "Concern", True, concerns),
        "area": Dimension("area", "Area", False, areas + none),
        "period": Dimension("period", "Period (quarter)", False, periods),
        "consent": Dimension("consent", "Consent", False, tuple(CONSENT_LABELS.items())),
        # A record can have several themes. Records with none are not a category: with the
        # number of records shown, "no theme" would pin a hidden theme's count whenever
        # every other theme shows zero (docs/coalition.md, "Themes and suppression").
        "theme": Dimension("theme", "Theme", True, tuple(themes)),
    }


# -- reading -------------------------------------------------------------------------------

_SEP, _LIST = "\x1f", ","
_CONCERN_QUESTIONS = tuple(c[2] for c in CONCERNS)


def facet(answers: dict) -> str:
    """The answers analysis counts, as one compact string stored with each record at import:
    services, area, month, then the raw answers the concerns are made from. Reading these
    back is far cheaper than parsing every record's JSON for every report."""

    def one(value: object) -> str:
        if isinstance(value, list):
            return _LIST.join(str(v) for v in value)
        return "" if value is None else str(value)

    when = answers.get("when")
    parts = [
        one(answers.get("services")),
        one(answers.get("area")),
        when[:7] if isinstance(when, str) else "",
        *(one(answers.get(q)) for q in _CONCERN_QUESTIONS),
    ]
    return _SEP.join(parts)


def _concerns(raw: tuple[str, ...]) -> frozenset[str]:
    found = set()
    for (cid, _label, _qid, hits), value in zip(CONCERNS, raw, strict=True):
        if set(value.split(_LIST)) & hits:
            found.add(cid)
    return frozenset(found)


def load_facts(conn: Connection) -> list[Fact]:
    """Every record's countable answers. Runs on the database thread."""
    sets: dict[str, frozenset[str]] = {}
    concerns: dict[tuple[str, ...], frozenset[str]] = {}
    facts = []
    for consent, packed, tagged in wt.iter_facets_with_themes(conn):
        services, area, month, *raw = packed.split(_SEP)
        s = sets.get(services)
        if s is None:
            s = sets[services] = frozenset(services.split(_LIST)) - {""}
        key = tuple(raw)
        c = concerns.get(key)
        if c is None:
            c = concerns[key] = _concerns(key)
        t = sets.get("#" + tagged)
        if t is None:
            t = sets["#" + tagged] = frozenset(tagged.split(_LIST)) - {""}
        facts.append(Fact(s, c, area or NOT_ANSWERED, month or NOT_ANSWERED, consent, t))
    return facts


def facet_test(filters: Filters) -> Callable[[str, str], bool]:
    """Filters (all but theme, which a facet does not hold) as a test of (consent, facet)
    that reads the packed string directly: the reading page scans thousands of facets
    per search, and building a Fact for each is most of its time."""
    concern = next((c for c in CONCERNS if c[0] == filters.concern), None)
    c_index = 3 + CONCERNS.index(concern) if concern else -1

    def test(consent: str, packed: str) -> bool:
        if filters.consent is not None and consent != filters.consent:
            return False
        parts = packed.split(_SEP)
        if filters.area is not None and (parts[1] or NOT_ANSWERED) != filters.area:
            return False
        if filters.period_from is not None or filters.period_to is not None:
            month = parts[2]
            if not month:
                return False
            if filters.period_from is not None and month < filters.period_from:
                return False
            if filters.period_to is not None and month > filters.period_to:
                return False
        # As Filters.admits: "not answered" is counted, but matches no service or concern.
        if filters.service is not None and filters.service not in parts[0].split(_LIST):
            return False
        if filters.concern is not None and concern is None:
            return False
        return concern is None or bool(set(parts[c_index].split(_LIST)) & concern[3])

    return test


def fact_from_facet(consent: str, packed: str) -> Fact:
    """One record's Fact from its stored facet (themes are not in it)."""
    services, area, month, *raw = packed.split(_SEP)
    return Fact(
        frozenset(services.split(_LIST)) - {""},
        _concerns(tuple(raw)),
        area or NOT_ANSWERED,
        month or NOT_ANSWERED,
        consent,
    )


def fact(consent: str, answers: dict) -> Fact:
    """One record's Fact straight from its answers (for a handful, such as quotes)."""
    services, area, month, *raw = facet(answers).split(_SEP)
    return Fact(
        frozenset(services.split(_LIST)) - {""},
        _concerns(tuple(raw)),
        area or NOT_ANSWERED,
        month or NOT_ANSWERED,
        consent,
    )


# -- counting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """One dimension counted: records per category (raw, before suppression)."""

    dim: Dimension
    counts: dict[str, int] = field(hash=False)


@dataclass(frozen=True)
class CrossTab:
    rows: Dimension
    cols: Dimension
    cells: tuple[tuple[int, ...], ...]


def select(facts: Sequence[Fact], filters: Filters) -> Sequence[Fact]:
    if filters == Filters():
        return facts
    return [f for f in facts if filters.admits(f)]


_FIELD = {"service": "services", "concern": "concerns", "area": "area", "period": "month",
          "consent": "consent", "theme": "themes"}  # fmt: skip


def _categories(dim: str, raw: object) -> tuple[str, ...]:
    """The categories of `dim` one distinct raw value counts in."""
    if dim in ("service", "concern", "theme"):
        assert isinstance(raw, frozenset)
        return tuple(raw) or (NOT_ANSWERED,)
    if dim == "period":
        return (_quarter(str(raw)),)
    return (str(raw),)


def count(facts: Sequence[Fact], dim: Dimension) -> Counts:
    # Count the distinct raw values first (a C loop over shared objects), then spread each
    # over its categories: a few hundred steps in Python instead of 100,000.
    raw = Counter(map(attrgetter(_FIELD[dim.id]), facts))
    tally: Counter[str] = Counter()
    for value, n in raw.items():
        for category in _categories(dim.id, value):
            tally[category] += n
    return Counts(dim, {c: tally.get(c, 0) for c in dim.ids()})


def crosstab(facts: Sequence[Fact], rows: Dimension, cols: Dimension) -> CrossTab:
    if cols.multi:
        raise ValueError("columns must be a dimension with one answer per record")
    r_index = {c: i for i, c in enumerate(rows.ids())}
    c_index = {c: j for j, c in enumerate(cols.ids())}
    grid = [[0] * len(c_index) for _ in r_index]
    pairs = Counter(
        zip(
            map(attrgetter(_FIELD[rows.id]), facts),
            map(attrgetter(_FIELD[cols.id]), facts),
            strict=True,
        )
    )
    for (r_raw, c_raw), n in pairs.items():
        (col,) = _categories(cols.id, c_raw)
        j = c_index[col]
        for row in _categories(rows.id, r_raw):
            grid[r_index[row]][j] += n
    return CrossTab(rows, cols, tuple(tuple(r) for r in grid))
