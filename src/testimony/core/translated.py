"""What every translation file shares: its name beside the source file, the check that it
is for that file and that language, and the rule for its words.

A translation gives only words, keyed by the source's own stable ids (question and option
ids for a question set, core/form_translation.py; block ids for a letter,
core/letter_translation.py). Ids, types and rules stay the source's, so what is stored or
exported never depends on the language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from testimony.core.errors import FormError

SOURCE_LANGUAGE = "en"


def file_name(stem: str, version: int, language: str, suffix: str) -> str:
    """`crisis-account-v1.cy.json`, `complaint-v1.cy.toml`: the translation beside its source."""
    return f"{stem}-v{version}.{language}.{suffix}"


def check_for(doc: Any, id_key: str, source_id: str, version: int, language: str) -> None:
    """FormError unless `doc` says it translates this source, this version, into `language`."""
    if not isinstance(doc, dict) or (doc.get(id_key), doc.get("version")) != (source_id, version):
        raise FormError("translation is for another file", source=source_id, language=language)
    if doc.get("language") != language:
        raise FormError("translation is for another language", source=source_id, language=language)


def check_ids(given: Any, known: Iterable[str], what: str, language: str) -> dict[str, Any]:
    """`given` as a table whose keys are all among `known`: a translation that names an id the
    source does not have is a mistake (a typo, or a file for another version)."""
    if not isinstance(given, dict) or set(given) - set(known):
        raise FormError(f"translation names unknown {what}", language=language)
    return given


def text(doc: Mapping[str, Any], key: str, fallback: str) -> str:
    """The translated words for `key`, or the source's when the translation leaves it out (a
    partial translation is still usable; tests make sure Welsh leaves nothing out)."""
    value = doc.get(key, fallback)
    if not isinstance(value, str):
        raise FormError("translated words must be text", field=key)
    return value
