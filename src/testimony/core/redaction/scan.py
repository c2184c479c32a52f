"""Scanning a long text fast: case-insensitive patterns run on one lower-cased copy, word
lists that start with a literal letter, and patterns run only near the words they need.

Python's `re` tries a pattern at every position unless the pattern starts with a literal
or a character class (then C code skips ahead to the next possible start). A leading
``\\b`` or look-behind, or a case-insensitive first letter, defeats that; so does case
folding every literal. Redaction runs fifty-odd patterns over every text, so these costs
are most of its time.

- ``Caseless``: a pattern that ignores case throughout finds the same matches in the
  lower-cased text, so it runs there without the flag. The text is lowered once. Lowering
  keeps every offset for all but a few letters ("İ" becomes two characters); for such a
  text the pattern runs with the flag on the original. Only offsets are read from its
  matches: their groups hold the lower-cased text.
- ``words()``: ``\\b(?:ward|unit)`` written as ``(?:w(?<!\\w.)ard|u(?<!\\w.)nit)`` — the same
  matches, with a first letter to skip ahead to.
- ``near()``: where a pattern can only match around one of a few words ("march", "day"),
  the stretches of text within reach of those words; the pattern runs on those alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from testimony.core.redaction.text_cache import text_cache


class Scanner(Protocol):
    """What a detector needs of a pattern: a compiled one, a Caseless or an Anchored."""

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


@text_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset, else None. Read once per text."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _lower_source(pattern: str) -> str:
    """The pattern's letters in lower case, escapes (``\\W``, ``\\Z``, ``\\S``) untouched."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P", i):  # a named group keeps its "P"
            out.append("(?P")
            i += 3
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


def words(alternatives: Iterable[str], before: str = r"\w") -> str:
    """``\\b(?:a|b)`` as a group whose every branch starts with its literal first letter,
    the boundary checked just after it. ``before``: what must not come before the word."""
    parts = []
    for alt in alternatives:
        if not alt or not (alt[0].isalnum()):
            raise ValueError(f"{alt!r} does not start with a letter or digit")
        parts.append(alt[0] + "(?<!" + before + ".)" + alt[1:])
    return "(?:" + "|".join(parts) + ")"


class Caseless:
    """A case-insensitive pattern (no case-sensitive part in it: no ``(?-i:``)."""

    __slots__ = ("folded", "plain")

    def __init__(self, pattern: str) -> None:
        if "(?-i" in pattern:
            raise ValueError("a caseless pattern must ignore case throughout")
        self.folded = re.compile(pattern, re.IGNORECASE)
        self.plain = re.compile(_lower_source(pattern))

    @property
    def pattern(self) -> str:
        return self.folded.pattern

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        low = lowered(text)
        end = len(text) if endpos is None else endpos
        if low is None:
            return self.folded.finditer(text, pos, end)
        return self.plain.finditer(low, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        low = lowered(text)
        end = len(text) if endpos is None else endpos
        if low is None:
            return self.folded.search(text, pos, end)
        return self.plain.search(low, pos, end)


def near(finder: re.Pattern[str], low: str, reach: int, size: int) -> list[tuple[int, int]]:
    """The stretches of a text (``low``, lower-cased) within ``reach`` characters of a match
    of ``finder``, merged. A pattern whose every match holds one of those words and is
    shorter than ``reach`` finds the same matches on these stretches as on the whole text
    (its look-behinds still see what is before; ``reach`` leaves room for look-aheads)."""
    out: list[tuple[int, int]] = []
    for m in finder.finditer(low):
        lo, hi = max(0, m.start() - reach), min(size, m.end() + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


class Anchored:
    """``regex.finditer(text)`` for a pattern whose every match starts where ``starts``
    matches (a fast scan for its first word): the pattern is tried only there, in order,
    never inside a match already found. ``starts`` must find every such position and its
    own matches must not hide one (a first word, matched within a word, does not)."""

    __slots__ = ("regex", "starts")

    def __init__(self, starts: Caseless | re.Pattern[str], regex: re.Pattern[str]) -> None:
        self.starts = starts
        self.regex = regex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        done = 0
        for start in self.starts.finditer(text):
            pos = start.start()
            if pos < done:
                continue
            m = self.regex.match(text, pos)
            if m:
                done = max(m.end(), pos + 1)
                yield m
