"""A letter template's words in another language, from
`resources/letters/<kind>-v<N>.<lang>.toml`, keyed by the template's block ids.

Only words change: which blocks there are, for which organisations, answers and nations,
stay the English template's, where each legal fact carries its source. So a Welsh letter
follows exactly the same route as the English one for the same organisation and nation.
The shared rules are core/translated.py's, as for question sets (core/form_translation.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from testimony.core import translated
from testimony.core.errors import FormError
from testimony.core.letters import Block, Template, parse_words
from testimony.core.translated import text

BLOCK_FIELDS = ("heading", "text", "items")  # the words of a block
WORD_FIELDS = ("months", "list_separator", "list_last", "your_name", "your_address")


def file_name(kind: str, version: int, language: str) -> str:
    return translated.file_name(kind, version, language, "toml")


def translate_template(template: Template, doc: Any, language: str) -> Template:
    """`template` with its words replaced by the translation in `doc`; anything the
    translation leaves out keeps its English words (tests/unit/test_welsh_letters.py makes
    sure Welsh leaves nothing out)."""
    translated.check_for(doc, "letter", template.kind, template.version, language)
    blocks = translated.check_ids(
        doc.get("block", {}), (b.id for b in template.blocks), "letter blocks", language
    )
    teams = translated.check_ids(doc.get("team", {}), template.teams, "teams", language)
    nation_teams = translated.check_ids(
        doc.get("team_in", {}), template.nation_teams, "nations", language
    )
    for nation, given in nation_teams.items():
        translated.check_ids(given, template.nation_teams[nation], "teams", language)
    words = doc.get("words")
    try:
        letter_words = template.words if words is None else parse_words(words)
    except (KeyError, TypeError, ValueError) as exc:
        raise FormError("translated letter words are not valid", language=language) from exc
    return replace(
        template,
        title=text(doc, "title", template.title),
        teams={t: text(teams, t, w) for t, w in template.teams.items()},
        nation_teams={
            n: {t: text(nation_teams.get(n, {}), t, w) for t, w in ts.items()}
            for n, ts in template.nation_teams.items()
        },
        blocks=tuple(_block(b, blocks.get(b.id, {}), language) for b in template.blocks),
        words=letter_words,
        language=language,
    )


def _block(block: Block, doc: Any, language: str) -> Block:
    if not isinstance(doc, dict) or set(doc) - set(BLOCK_FIELDS):
        raise FormError("translation of a letter block is not valid", block=block.id)
    items = doc.get("items", block.items)
    if not isinstance(items, list | tuple) or len(items) != len(block.items):
        # Point for point: a list that grows or shrinks would drop or invent a request.
        raise FormError("translated points do not match", block=block.id, language=language)
    if not all(isinstance(i, str) for i in items):
        raise FormError("translated words must be text", block=block.id)
    return replace(
        block,
        heading=text(doc, "heading", block.heading),
        text=text(doc, "text", block.text).strip(),
        items=tuple(items),
    )


def missing_words(template: Template, doc: dict[str, Any]) -> list[str]:
    """Every piece of `template`'s words the translation does not give, as "block.field"."""
    missing = [] if "title" in doc else ["title"]
    words = doc.get("words", {})
    missing += [f"words.{k}" for k in WORD_FIELDS if k not in words]
    missing += [f"team.{t}" for t in template.teams if t not in doc.get("team", {})]
    for nation, teams in template.nation_teams.items():
        given = doc.get("team_in", {}).get(nation, {})
        missing += [f"team_in.{nation}.{t}" for t in teams if t not in given]
    blocks = doc.get("block", {})
    for b in template.blocks:
        bdoc = blocks.get(b.id, {})
        missing += [f"{b.id}.{f}" for f in BLOCK_FIELDS if getattr(b, f) and f not in bdoc]
    return missing
