"""Coarser versions of structured answers: dates to month or quarter, times to part of day,
ages to bands, places to a postcode area. Each returns None when it cannot read its input."""

from __future__ import annotations

import re

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.IGNORECASE)
_POSTCODE_RE = re.compile(r"^\s*([A-Z]{1,2})(\d[A-Z\d]?)\s*(\d[A-Z]{2})?\s*$", re.IGNORECASE)


def _year_month(value: str) -> tuple[int, int] | None:
    m = _DATE_RE.match(value or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return (year, month) if 1 <= month <= 12 else None


def to_month(value: str) -> str | None:
    """ "2024-03-14" -> "2024-03"."""
    ym = _year_month(value)
    return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None


def to_quarter(value: str) -> str | None:
    """ "2024-03-14" -> "2024-Q1"."""
    ym = _year_month(value)
    return f"{ym[0]:04d}-Q{(ym[1] - 1) // 3 + 1}" if ym else None


def part_of_day(value: str) -> str | None:
    """ "03:10" -> "night"; "9am" -> "morning". Night is 22:00-05:59."""
    m = _TIME_RE.match(value or "")
    if not m:
        return None
    hour = int(m.group(1))
    suffix = (m.group(3) or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or (m.group(2) and int(m.group(2)) > 59):
        return None
    if 6 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    if 18 <= hour < 22:
        return "evening"
    return "night"


AGE_BANDS: tuple[tuple[int, int, str], ...] = (
    (0, 17, "under 18"),
    (18, 24, "18-24"),
    (25, 29, "25-29"),
    (30, 39, "30-39"),
    (40, 49, "40-49"),
    (50, 59, "50-59"),
    (60, 69, "60-69"),
    (70, 200, "70+"),
)


def age_band(age: int | str) -> str | None:
    """34 -> "30-39". Bands are wide at the ends, where few people are."""
    try:
        years = int(age)
    except (TypeError, ValueError):
        return None
    for low, high, label in AGE_BANDS:
        if low <= years <= high:
            return label
    return None


def area(place: str, level: str = "area") -> str | None:
    """A UK postcode -> its postcode area ("LS6 3AB" -> "LS"), or district with
    level="district" ("LS6"). Anything else -> None: a place name alone cannot be placed
    in an area without a gazetteer, so the caller should drop it or ask the person."""
    m = _POSTCODE_RE.match(place or "")
    if not m:
        return None
    if level == "district":
        return (m.group(1) + m.group(2)).upper()
    return m.group(1).upper()
