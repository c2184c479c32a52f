"""Consent levels, what each lets leave, and the wording a person agreed to.

The rules here are the ones the export code path enforces; the UI only explains them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from testimony.core.resources import read_text, resource

CURRENT_WORDING = "consent-v1"


class Level(StrEnum):
    PRIVATE = "private"  # the default: never exported
    COUNT = "count"  # structured answers only, for statistics
    WORDS = "words"  # plus redacted free text, for analysis
    QUOTE = "quote"  # plus permission to quote the redacted text publicly


class Method(StrEnum):
    ALONE = "alone"  # read and chosen by the person themself
    SUPPORTED = "supported"  # read aloud and chosen with an advocate's support
    IMPORTED = "imported"  # given on the command line with the account data


ORDER = (Level.PRIVATE, Level.COUNT, Level.WORDS, Level.QUOTE)


def parse_level(value: Any) -> Level:
    try:
        return Level(value)
    except ValueError:
        raise ValueError(f"unknown consent level: {value!r}") from None


def may_export(level: Level) -> bool:
    return level is not Level.PRIVATE


def may_export_text(level: Level) -> bool:
    return level in (Level.WORDS, Level.QUOTE)


def may_quote(level: Level) -> bool:
    return level is Level.QUOTE


@dataclass(frozen=True)
class LevelWording:
    level: Level
    title: str
    text: str


@dataclass(frozen=True)
class Wording:
    id: str
    question: str
    levels: tuple[LevelWording, ...]
    footer: str
    sha256: str
    language: str = "en"

    def for_level(self, level: Level) -> LevelWording:
        return next(w for w in self.levels if w.level is level)


@cache
def wording(wording_id: str = CURRENT_WORDING, language: str = "en") -> Wording:
    """The consent wording, in `language` when its translation ships
    (`resources/consent/<id>.<lang>.json`, complete, keyed by level), else in English.
    The hash is of the file the words came from, so the record says exactly what was read."""
    english = _parse(read_text("consent", f"{wording_id}.json"), "en")
    if language == "en" or not resource("consent", f"{wording_id}.{language}.json").is_file():
        return english
    translated = _parse(read_text("consent", f"{wording_id}.{language}.json"), language)
    if translated.id != english.id or {w.level for w in translated.levels} != set(Level):
        # Consent must be read whole in one language: never half Welsh, half English.
        raise ValueError(f"consent translation {wording_id}.{language} is incomplete")
    return translated


def _parse(raw: str, language: str) -> Wording:
    doc = json.loads(raw)
    return Wording(
        id=doc["id"],
        question=doc["question"],
        levels=tuple(LevelWording(Level(x["level"]), x["title"], x["text"]) for x in doc["levels"]),
        footer=doc["footer"],
        # The hash is of the file as shipped, so any change to any word changes it.
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        language=language,
    )


@dataclass(frozen=True)
class ConsentRecord:
    level: Level
    wording_id: str
    wording_hash: str
    method: Method
    given_at: str
    language: str = "en"  # the language of the wording the person read
