"""Counting what the imported records say, with filters and cross-tabs.

Records are read once into compact `Fact`s (the handful of answers the views need), then
filtered and counted in memory: 100,000 facts take a few megabytes and a pass over them a
fraction of a second. What may be shown is decided once for all views by
core/publication.py, from each record's `literals`; report.py builds the views.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, NamedTuple

from testimony.core.forms import load_form
from testimony.core.publication import Dim, Literal
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

    def alternatives(self, dims: dict[str, Dimension]) -> list[frozenset[Literal]] | None:
        """The filtered population as disjoint groups of literals (one per quarter when a
        period is chosen), for looking numbers up in a Publication; None when it cannot be
        put that way (a period that starts or ends inside a quarter)."""
        base = frozenset(
            (dim_id, value)
            for dim_id, value in (
                ("service", self.service),
                ("concern", self.concern),
                ("area", self.area),
                ("consent", self.consent),
                ("theme", self.theme),
            )
            if value is not None
        )
        if self.period_from is None and self.period_to is None:
            return [base]
        low, high = self.period_from or "0000-00", self.period_to or "9999-99"
        groups = []
        for quarter in dims["period"].ids():
            if quarter == NOT_ANSWERED:
                continue
            first, last = _quarter_months(quarter)
            if low <= first and last <= high:
                groups.append(base | {("period", quarter)})
            elif not (last < low or high < first):
                return None  # part of a quarter: not a number of the publication
        return groups

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


def _quarter_months(quarter: str) -> tuple[str, str]:
    """The first and last month (YYYY-MM) of a quarter written "YYYY Qn"."""
    year, n = quarter[:4], int(quarter[-1])
    return f"{year}-{3 * n - 2:02d}", f"{year}-{3 * n:02d}"


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
        # every other theme shows zero (docs/coalition.md, "Themes and suppression"). When
        # few records have none, the theme counts are hidden (core/publication.py).
        "theme": Dimension("theme", "Theme", True, tuple(themes)),
    }


# -- reading -------------------------------------------------------------------------------

_SEP, _LIST = "\x1f", ","
_CONCERN_QUESTIONS = tuple(c[2] for c in CONCERNS)


def facet(answers: dict[str, Any]) -> str:
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


def literals(f: Fact) -> tuple[Literal, ...]:
    """A record as the literals the publication counts (core/publication.py)."""
    return (
        *(("service", s) for s in f.services),
        *(("concern", c) for c in f.concerns),
        ("area", f.area),
        ("period", _quarter(f.month)),
        ("consent", f.consent),
        *(("theme", t) for t in f.themes),
    )


def columns(facts: Sequence[Fact]) -> dict[str, list[str | frozenset[str]]]:
    """The records as one column per dimension, for core.publication.tally_columns: the
    same categories as `literals`, but counted many records at a time."""
    quarters: dict[str, str] = {}
    period = [
        quarters.get(m) or quarters.setdefault(m, _quarter(m))
        for m in map(attrgetter("month"), facts)
    ]
    return {
        "service": list(map(attrgetter("services"), facts)),
        "concern": list(map(attrgetter("concerns"), facts)),
        "area": list(map(attrgetter("area"), facts)),
        "period": list(period),
        "consent": list(map(attrgetter("consent"), facts)),
        "theme": list(map(attrgetter("themes"), facts)),
    }


def publication_dims(dims: dict[str, Dimension]) -> tuple[Dim, ...]:
    """The dimensions as the publication sees them. Where a record can be in several
    categories, "none of these" is left out: it is not a sum of the others. The publication
    counts that group itself and, where it is small, hides the categories' counts so it
    cannot be worked out from them (core/publication.py, `_none_of_these`)."""
    return tuple(
        Dim(d.id, d.multi, tuple(c for c in d.ids() if not (d.multi and c == NOT_ANSWERED)))
        for d in dims.values()
    )


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


def fact(consent: str, answers: dict[str, Any]) -> Fact:
    """One record's Fact straight from its answers (for a handful, such as quotes)."""
    services, area, month, *raw = facet(answers).split(_SEP)
    return Fact(
        frozenset(services.split(_LIST)) - {""},
        _concerns(tuple(raw)),
        area or NOT_ANSWERED,
        month or NOT_ANSWERED,
        consent,
    )
