"""Letters drafted from an account: a template (data, resources/letters/*.toml) filled with
the account's answers, the organisation and the sender. Pure: no files, no clock.

A template is a list of blocks. Each block is a heading, a paragraph or a list of points,
and may be kept only for some kinds of organisation (`for`), only when the account has
certain answers (`if_answer` + `any_of`), only when a value it uses is known (`needs`),
or only where the organisation is (`nations`: the NHS complaint route in Wales is not
England's). Every block has a stable `id`, so a translation (core/letter_translation.py)
replaces its words and nothing else. Placeholders are `{name}`; what the person wrote is
put in as it is and never read as a template itself.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from testimony.core.errors import FormError
from testimony.core.forms import AnswerValue, Form

KINDS = ("access", "complaint")
ORGANISATION_TYPES = ("nhs_trust", "gp", "ambulance", "police", "council")
# Where the organisation is, which decides the complaint route: not the letter's language
# (a Welsh speaker may write to an English trust, an English speaker to a Welsh board).
NATIONS = ("england", "wales")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_BLOCK_KEYS = {"id", "heading", "text", "items", "for", "if_answer", "any_of", "needs", "nations"}


@dataclass(frozen=True)
class LetterWords:
    """The few words the letter's code puts in itself, in the template's language."""

    months: tuple[str, ...]
    # How a list of services joins: ", " and " and " in English. Welsh uses "; " for both,
    # since "a" / "ac" would need the mutations of the word after it (a thîm, a'r heddlu).
    list_separator: str
    list_last: str
    your_name: str
    your_address: str


@dataclass(frozen=True)
class Block:
    id: str = ""
    heading: str = ""
    text: str = ""
    items: tuple[str, ...] = ()
    only_for: tuple[str, ...] = ()
    if_answer: str = ""
    any_of: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    kind: str
    version: int
    title: str
    teams: Mapping[str, str] = field(hash=False)
    blocks: tuple[Block, ...]
    words: LetterWords
    # Teams that differ by nation, e.g. Wales: the health board's concerns team, not PALS.
    nation_teams: Mapping[str, Mapping[str, str]] = field(hash=False, default_factory=dict)
    language: str = "en"

    def team(self, organisation_type: str, nation: str) -> str:
        return (
            self.nation_teams.get(nation, {}).get(organisation_type)
            or self.teams[organisation_type]
        )


@dataclass(frozen=True)
class Sender:
    name: str = ""
    address: str = ""


@dataclass(frozen=True)
class Letter:
    kind: str
    version: int
    organisation: str
    organisation_type: str
    text: str  # plain text, one blank line between paragraphs; the person edits it
    headings: tuple[str, ...] = ()  # the template's headings, printed in bold if kept
    nation: str = "england"
    language: str = "en"


def parse_template(source: str) -> Template:
    """A template from its TOML text; FormError when it is not what this module needs."""
    try:
        data = tomllib.loads(source)
        kind, version = data["kind"], data["version"]
        blocks = tuple(_block(b) for b in data["block"])
        template = Template(
            kind,
            int(version),
            str(data["title"]),
            _strings(data["team"]),
            blocks,
            parse_words(data["words"]),
            {str(n): _strings(t) for n, t in data.get("team_in", {}).items()},
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormError("letter template is not valid", cause=type(exc).__name__) from None
    ids = [b.id for b in blocks]
    if (
        kind not in KINDS
        or set(template.teams) != set(ORGANISATION_TYPES)
        or len(set(ids)) != len(ids)
        or not all(_ID.match(i) for i in ids)
        or not set(template.nation_teams) <= set(NATIONS)
        or any(set(t) - set(ORGANISATION_TYPES) for t in template.nation_teams.values())
        or any(set(b.nations) - set(NATIONS) for b in blocks)
    ):
        raise FormError("letter template is not valid", kind=str(kind))
    return template


def parse_words(doc: Mapping[str, Any]) -> LetterWords:
    months = tuple(str(m) for m in doc["months"])
    if len(months) != 12:
        raise ValueError("months")
    return LetterWords(
        months,
        str(doc["list_separator"]),
        str(doc["list_last"]),
        str(doc["your_name"]),
        str(doc["your_address"]),
    )


def _strings(table: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in table.items()}


def _block(b: dict[str, Any]) -> Block:
    unknown = set(b) - _BLOCK_KEYS
    if unknown:
        raise ValueError(sorted(unknown)[0])
    return Block(
        id=str(b["id"]),
        heading=str(b.get("heading", "")),
        text=str(b.get("text", "")).strip(),
        items=tuple(str(i) for i in b.get("items", ())),
        only_for=tuple(b.get("for", ())),
        if_answer=str(b.get("if_answer", "")),
        any_of=tuple(str(v) for v in b.get("any_of", ())),
        needs=tuple(b.get("needs", ())),
        nations=tuple(b.get("nations", ())),
    )


ENGLISH_WORDS = LetterWords(
    (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    ", ",
    " and ",
    "[Your name]",
    "[Your address]",
)


def guess_type(organisation: str) -> str:
    """What kind of organisation a name most likely is, in English or Welsh; an NHS body
    when nothing says."""
    name = organisation.lower()
    if re.search(r"\b(police|constabulary|psni|heddlu)\b", name):
        return "police"
    if re.search(r"ambulance|ambiwlans", name):
        return "ambulance"
    if re.search(
        r"\b(gp|surgery|practice|medical cent(re|er)|health cent(re|er)|meddygfa|"
        r"canolfan iechyd|canolfan feddygol|practis)\b",
        name,
    ):
        return "gp"
    if re.search(r"\b(council|borough|county|cyngor)\b", name):
        return "council"
    return "nhs_trust"


# Words in a Welsh organisation's name: the country, the seven health boards' own names,
# the Welsh words for health board, council and police, and the four forces.
_WALES = re.compile(
    r"\b(wales|welsh|cymru|bwrdd iechyd|health board|betsi cadwaladr|hywel dda|powys|"
    r"aneurin bevan|cwm taf|swansea bay|bae abertawe|cardiff and vale|caerdydd a'r fro|"
    r"velindre|felindre|heddlu|cyngor|gwent|dyfed)\b"
)


def guess_nation(organisation: str, default: str = "england") -> str:
    """Wales when the name says so (for example "Hywel Dda University Health Board",
    "Heddlu Gogledd Cymru"), else `default`."""
    return "wales" if _WALES.search(organisation.lower()) else default


def describe_month(value: str, words: LetterWords = ENGLISH_WORDS) -> str:
    """'2023-11' or '2023-11-05' as 'November 2023' (in the words' language); anything
    else as written."""
    m = re.match(r"^(\d{4})-(\d{2})", value)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{words.months[int(m.group(2)) - 1]} {m.group(1)}"
    return value


def letter_date(day: date, words: LetterWords = ENGLISH_WORDS) -> str:
    """'1 May 2025', or '1 Mai 2025' in Welsh: the date at the top of a letter."""
    return f"{day.day} {words.months[day.month - 1]} {day.year}"


def answer_values(
    form: Form | None, answers: Mapping[str, AnswerValue], words: LetterWords = ENGLISH_WORDS
) -> dict[str, str]:
    """The placeholders an account provides: its free text as written, its choices as
    their labels in a sentence (the form's language), its rough date as a month."""
    values: dict[str, str] = {}
    for qid, value in answers.items():
        if isinstance(value, str) and value.strip():
            values[qid] = value.strip()
    if isinstance(answers.get("when"), str):
        values["when"] = describe_month(str(answers["when"]), words)
    if form is not None:
        services = answers.get("services")
        if isinstance(services, list) and services:
            labels = {o.id: o.label for o in form.question("services").options}
            values["services"] = _join([labels.get(s, s) for s in services if s != "other"], words)
            if not values["services"]:
                values.pop("services")
    return values


def fill(
    template: Template,
    answers: Mapping[str, AnswerValue],
    values: Mapping[str, str],
    organisation: str,
    organisation_type: str,
    sender: Sender,
    today: str,
    nation: str = "england",
) -> Letter:
    """The letter as plain text, ready for the person to read and change, in the
    template's language and by the route of the nation the organisation is in."""
    if organisation_type not in ORGANISATION_TYPES:
        raise FormError("unknown organisation type", type=organisation_type)
    if nation not in NATIONS:
        raise FormError("unknown nation", nation=nation)
    words = template.words
    known = {
        **values,
        "organisation": organisation.strip(),
        "team": template.team(organisation_type, nation),
        "date": today,
        "sender_name": sender.name.strip() or words.your_name,
        "sender_address": sender.address.strip() or words.your_address,
    }
    parts: list[str] = []
    headings: list[str] = []
    listing = False  # points from blocks one after another make one list
    for block in template.blocks:
        if not _applies(block, answers, known, organisation_type, nation):
            continue
        if block.heading:
            headings.append(_fill(block.heading, known))
            parts.append(headings[-1])
        if block.text:
            parts.append(_fill(block.text, known))
        if block.items:
            points = "\n".join("- " + _fill(i, known) for i in block.items)
            if listing and not (block.heading or block.text):
                parts[-1] += "\n" + points
            else:
                parts.append(points)
        listing = bool(block.items)
    text = "\n\n".join(p for p in parts if p.strip())
    return Letter(
        template.kind,
        template.version,
        organisation,
        organisation_type,
        text,
        tuple(headings),
        nation,
        template.language,
    )


def _applies(
    block: Block,
    answers: Mapping[str, AnswerValue],
    known: Mapping[str, str],
    org: str,
    nation: str,
) -> bool:
    if block.only_for and org not in block.only_for:
        return False
    if block.nations and nation not in block.nations:
        return False
    if any(not known.get(n) for n in block.needs):
        return False
    if block.if_answer:
        value = answers.get(block.if_answer)
        given = value if isinstance(value, list) else [value]
        if not any(str(v) in block.any_of for v in given if v is not None):
            return False
    return True


def _fill(text: str, known: Mapping[str, str]) -> str:
    # One pass over the template's own text: a value is never searched for placeholders.
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), text)


def _join(items: list[str], words: LetterWords) -> str:
    if len(items) <= 1:
        return "".join(items)
    return words.list_separator.join(items[:-1]) + words.list_last + items[-1]
