"""Letters drafted from an account: a template (data, resources/letters/*.toml) filled with
the account's answers, the organisation and the sender. Pure: no files, no clock.

A template is a list of blocks. Each block is a heading, a paragraph or a list of points,
and may be kept only for some kinds of organisation (`for`), only when the account has
certain answers (`if_answer` + `any_of`), or only when a value it uses is known
(`needs`). Placeholders are `{name}`; what the person wrote is put in as it is and never
read as a template itself.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from testimony.core.errors import FormError
from testimony.core.forms import AnswerValue, Form

KINDS = ("access", "complaint")
ORGANISATION_TYPES = ("nhs_trust", "gp", "ambulance", "police", "council")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MONTHS = [
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
]


@dataclass(frozen=True)
class Block:
    heading: str = ""
    text: str = ""
    items: tuple[str, ...] = ()
    only_for: tuple[str, ...] = ()
    if_answer: str = ""
    any_of: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    kind: str
    version: int
    title: str
    teams: Mapping[str, str] = field(hash=False)
    blocks: tuple[Block, ...]


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


def parse_template(source: str) -> Template:
    """A template from its TOML text; FormError when it is not what this module needs."""
    try:
        data = tomllib.loads(source)
        kind, version = data["kind"], data["version"]
        blocks = tuple(_block(b) for b in data["block"])
        template = Template(kind, int(version), str(data["title"]), dict(data["team"]), blocks)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise FormError("letter template is not valid", cause=type(exc).__name__) from None
    if kind not in KINDS or set(template.teams) != set(ORGANISATION_TYPES):
        raise FormError("letter template is not valid", kind=str(kind))
    return template


def _block(b: dict[str, Any]) -> Block:
    unknown = set(b) - {"heading", "text", "items", "for", "if_answer", "any_of", "needs"}
    if unknown:
        raise ValueError(sorted(unknown)[0])
    return Block(
        heading=str(b.get("heading", "")),
        text=str(b.get("text", "")).strip(),
        items=tuple(str(i) for i in b.get("items", ())),
        only_for=tuple(b.get("for", ())),
        if_answer=str(b.get("if_answer", "")),
        any_of=tuple(str(v) for v in b.get("any_of", ())),
        needs=tuple(b.get("needs", ())),
    )


def guess_type(organisation: str) -> str:
    """What kind of organisation a name most likely is; an NHS trust when nothing says."""
    name = organisation.lower()
    if re.search(r"\b(police|constabulary|psni)\b", name):
        return "police"
    if "ambulance" in name:
        return "ambulance"
    if re.search(r"\b(gp|surgery|practice|medical cent(re|er)|health cent(re|er))\b", name):
        return "gp"
    if re.search(r"\b(council|borough|county)\b", name):
        return "council"
    return "nhs_trust"


def describe_month(value: str) -> str:
    """'2023-11' or '2023-11-05' as 'November 2023'; anything else as written."""
    m = re.match(r"^(\d{4})-(\d{2})", value)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return value


def answer_values(form: Form | None, answers: Mapping[str, AnswerValue]) -> dict[str, str]:
    """The placeholders an account provides: its free text as written, its choices as
    their labels in a sentence, its rough date as a month."""
    values: dict[str, str] = {}
    for qid, value in answers.items():
        if isinstance(value, str) and value.strip():
            values[qid] = value.strip()
    if isinstance(answers.get("when"), str):
        values["when"] = describe_month(str(answers["when"]))
    if form is not None:
        services = answers.get("services")
        if isinstance(services, list) and services:
            labels = {o.id: o.label for o in form.question("services").options}
            values["services"] = _join([labels.get(s, s) for s in services if s != "other"])
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
) -> Letter:
    """The letter as plain text, ready for the person to read and change."""
    if organisation_type not in ORGANISATION_TYPES:
        raise FormError("unknown organisation type", type=organisation_type)
    known = {
        **values,
        "organisation": organisation.strip(),
        "team": template.teams[organisation_type],
        "date": today,
        "sender_name": sender.name.strip() or "[Your name]",
        "sender_address": sender.address.strip() or "[Your address]",
    }
    parts: list[str] = []
    headings: list[str] = []
    listing = False  # points from blocks one after another make one list
    for block in template.blocks:
        if not _applies(block, answers, known, organisation_type):
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
        template.kind, template.version, organisation, organisation_type, text, tuple(headings)
    )


def _applies(
    block: Block, answers: Mapping[str, AnswerValue], known: Mapping[str, str], org: str
) -> bool:
    if block.only_for and org not in block.only_for:
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


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
