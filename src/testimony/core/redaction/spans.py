"""The span type every detector returns, and how overlapping spans are merged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# When spans of different types overlap, the merged span takes the type ranked first here.
# Checksummed identifiers and details the person gave beat guesses from capital letters.
TYPE_PRIORITY: tuple[str, ...] = (
    "NHS_NUMBER",
    "NI_NUMBER",
    "PASSPORT",
    "DRIVING_LICENCE",
    "CARD_NUMBER",
    "IBAN",
    "EMAIL",
    "URL",
    "HANDLE",
    "IP_ADDRESS",
    "PHONE",
    "POSTCODE",
    "VEHICLE_REG",
    "REFERENCE",
    "POLICE_OFFICER",
    "STAFF",
    "PERSON",
    "ADDRESS",
    "ORGANISATION",
    "PLACE",
    "DATE",
    "TIME",
    "AGE",
    "GROUP",
)
_RANK = {t: i for i, t in enumerate(TYPE_PRIORITY)}


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text to show for review: ``text[start:end]`` is of ``type``."""

    start: int
    end: int
    type: str
    reasons: tuple[str, ...] = ()


def rank(span_type: str) -> int:
    return _RANK.get(span_type, len(_RANK))


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping spans; a merged span keeps every reason that found it.

    The merged span takes the type of its longest part (ties: TYPE_PRIORITY), so a street
    address that swallowed a postcode stays an address. Spans that only touch stay separate.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    best: list[tuple[int, int]] = []  # (length, -rank) of the part whose type was kept
    for span in ordered:
        if span.end <= span.start:
            continue
        score = (span.end - span.start, -rank(span.type))
        if out and span.start < out[-1].end:
            prev = out[-1]
            span_type = prev.type
            if score > best[-1]:
                span_type, best[-1] = span.type, score
            reasons = prev.reasons + tuple(r for r in span.reasons if r not in prev.reasons)
            out[-1] = Span(prev.start, max(prev.end, span.end), span_type, reasons)
        else:
            out.append(span)
            best.append(score)
    return out


def subtract_ranges(spans: Iterable[Span], holes: list[tuple[int, int]], text: str) -> list[Span]:
    """Cut the ``holes`` (allow-listed words) out of spans; keep pieces with a letter or digit."""
    if not holes:
        return list(spans)
    out: list[Span] = []
    for span in spans:
        pieces = [(span.start, span.end)]
        for h_start, h_end in holes:
            if h_end <= span.start or h_start >= span.end:
                continue
            next_pieces = []
            for a, b in pieces:
                if h_end <= a or h_start >= b:
                    next_pieces.append((a, b))
                    continue
                if a < h_start:
                    next_pieces.append((a, h_start))
                if h_end < b:
                    next_pieces.append((h_end, b))
            pieces = next_pieces
        for a, b in pieces:
            a, b = _strip(text, a, b)
            if b > a and any(ch.isalnum() for ch in text[a:b]):
                out.append(Span(a, b, span.type, span.reasons))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces and joining punctuation from the ends of a piece."""
    while a < b and (text[a].isspace() or text[a] in ",;:-–/&'’"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-–/&'’("):
        b -= 1
    return a, b


def drop_inside(spans: Iterable[Span], covers: list[Span]) -> list[Span]:
    """The spans not wholly inside one of ``covers`` (sorted sweep: linear after sorting)."""
    ordered = sorted(covers, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    i, reach = 0, -1
    for span in sorted(spans, key=lambda s: s.start):
        while i < len(ordered) and ordered[i].start <= span.start:
            reach = max(reach, ordered[i].end)
            i += 1
        if span.end > reach:
            out.append(span)
    return out
