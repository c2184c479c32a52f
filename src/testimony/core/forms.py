"""Question sets: loading, checking, and checking answers against them.

A question set is data (`resources/forms/<id>-v<N>.json`), not code. Accounts keep the form
version they were recorded with, so every version ever shipped stays loadable.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from testimony.core.errors import FormError, InvalidAnswer, UnknownForm
from testimony.core.resources import read_text, resource

QuestionType = Literal["choice", "multi", "text", "date", "yesno", "scale"]
ExportRule = Literal["keep", "generalise", "redact", "never"]
AnswerValue = str | int | list[str]

YESNO_OPTIONS = ("yes", "no", "not_sure")
# Longest free text we accept for one answer: far more than anyone types, small enough that a
# pasted file cannot bloat the vault by accident.
MAX_TEXT = 200_000
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_FILE = re.compile(r"^([a-z][a-z0-9-]*)-v(\d+)\.json$")


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    title: str
    help: str
    sensitive: bool
    export: ExportRule
    options: tuple[Option, ...] = ()
    generalise: str | None = None
    min: int | None = None
    max: int | None = None
    min_label: str = ""
    max_label: str = ""
    max_length: int = MAX_TEXT

    @property
    def option_ids(self) -> tuple[str, ...]:
        if self.type == "yesno":
            return YESNO_OPTIONS
        return tuple(o.id for o in self.options)

    @property
    def is_free_text(self) -> bool:
        return self.type == "text"


@dataclass(frozen=True)
class Form:
    id: str
    version: int
    title: str
    intro: str
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise InvalidAnswer("unknown question", question=question_id)

    @property
    def text_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.is_free_text)


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(read_text("schemas", "form.schema.json"))
    return schema


def parse_form(data: Any) -> Form:
    """Check a decoded form file and build a Form; raise FormError if it is not one."""
    # jsonschema (with attrs and referencing) is a fifth of the app's start-up: loaded when
    # the first form is read, after the window is up (docs/performance.md, "The app").
    import jsonschema

    try:
        jsonschema.validate(data, _schema())
    except jsonschema.ValidationError as exc:
        raise FormError(
            "form file does not match the schema", where=list(exc.absolute_path)
        ) from None
    questions = tuple(_question(q) for q in data["questions"])
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise FormError("question ids repeat")
    for q in questions:
        _check_question(q)
    return Form(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        intro=data.get("intro", ""),
        questions=questions,
    )


def _question(q: dict[str, Any]) -> Question:
    return Question(
        id=q["id"],
        type=q["type"],
        title=q["title"],
        help=q.get("help", ""),
        sensitive=q.get("sensitive", False),
        export=q["export"],
        options=tuple(Option(o["id"], o["label"]) for o in q.get("options", ())),
        generalise=q.get("generalise"),
        min=q.get("min"),
        max=q.get("max"),
        min_label=q.get("min_label", ""),
        max_label=q.get("max_label", ""),
        max_length=q.get("max_length", MAX_TEXT),
    )


def _check_question(q: Question) -> None:
    needs_options = q.type in ("choice", "multi")
    if needs_options != bool(q.options):
        raise FormError("options belong to choice questions only", question=q.id)
    if len(set(q.option_ids)) != len(q.option_ids):
        raise FormError("option ids repeat", question=q.id)
    if q.type == "scale" and (q.min is None or q.max is None or q.min >= q.max):
        raise FormError("a scale needs min below max", question=q.id)
    if q.export == "generalise" and q.type != "date":
        raise FormError("only dates are generalised by rule", question=q.id)
    if q.type == "text" and q.export in ("keep", "generalise"):
        # Free text may only leave redacted, or not at all.
        raise FormError("free text must be redacted or never exported", question=q.id)


def available_forms() -> dict[str, tuple[int, ...]]:
    """Every shipped form id with its versions, oldest first."""
    found: dict[str, list[int]] = {}
    for entry in resource("forms").iterdir():
        m = _FILE.match(entry.name)
        if m:
            found.setdefault(m.group(1), []).append(int(m.group(2)))
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def load_form(form_id: str, version: int | None = None, language: str = "en") -> Form:
    """Load a shipped form; the newest version when none is given. In another language
    when its translation ships beside the form (core/form_translation.py), else in English:
    the ids, and so what is stored and exported, are the same in every language."""
    form = _load_english(form_id, version)
    if language == "en":
        return form
    from testimony.core import form_translation

    name = form_translation.file_name(form.id, form.version, language)
    entry = resource("forms", name)
    if not entry.is_file():
        return form
    doc = json.loads(entry.read_text(encoding="utf-8"))
    return form_translation.translate_form(form, doc, language)


@cache
def _load_english(form_id: str, version: int | None) -> Form:
    versions = available_forms().get(form_id)
    if not versions:
        raise UnknownForm("no such form", form=form_id)
    if version is None:
        version = versions[-1]
    if version not in versions:
        raise UnknownForm("no such form version", form=form_id, version=version)
    form = parse_form(json.loads(read_text("forms", f"{form_id}-v{version}.json")))
    if (form.id, form.version) != (form_id, version):
        raise FormError("form file name and contents disagree", form=form_id)
    return form


def validate_answers(form: Form, answers: Any) -> dict[str, AnswerValue]:
    """Return the answers normalised, or raise InvalidAnswer naming the question.

    A missing or empty answer is a skipped question, which is always allowed.
    """
    if not isinstance(answers, dict):
        raise InvalidAnswer("answers must be an object")
    clean: dict[str, AnswerValue] = {}
    for qid, value in answers.items():
        q = form.question(qid) if isinstance(qid, str) else form.question(repr(qid))
        if value is None or value == "" or value == []:
            continue
        clean[qid] = _answer(q, value)
    return clean


def _answer(q: Question, value: Any) -> AnswerValue:
    if q.type == "text":
        if not isinstance(value, str) or len(value) > q.max_length:
            raise InvalidAnswer("text answer too long or not text", question=q.id)
        return value
    if q.type in ("choice", "yesno"):
        if not isinstance(value, str) or value not in q.option_ids:
            raise InvalidAnswer("unknown option", question=q.id, option=str(value)[:40])
        return value
    if q.type == "multi":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidAnswer("a list of options was expected", question=q.id)
        for v in value:
            if v not in q.option_ids:
                raise InvalidAnswer("unknown option", question=q.id, option=v[:40])
        # Keep the form's order so two identical choices look identical.
        return [o for o in q.option_ids if o in value]
    if q.type == "date":
        return _date(q, value)
    return _scale(q, value)


def _date(q: Question, value: Any) -> str:
    m = _DATE.match(value) if isinstance(value, str) else None
    if not m:
        raise InvalidAnswer("a date like 2024-03 was expected", question=q.id)
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else 1
    if not 1900 <= year <= 2200:
        raise InvalidAnswer("date out of range", question=q.id)
    try:
        # The calendar decides: 2024-02-31 and 2023-02-29 are not days, 2024-02-29 is.
        datetime.date(year, month, day)
    except ValueError:
        raise InvalidAnswer("date out of range", question=q.id) from None
    return str(value)  # a str: the match above needs one


def _scale(q: Question, value: Any) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidAnswer("a number was expected", question=q.id)
    assert q.min is not None and q.max is not None
    if not q.min <= value <= q.max:
        raise InvalidAnswer("number out of range", question=q.id)
    return value


def searchable_text(form: Form, answers: dict[str, AnswerValue]) -> str:
    """The free text of an account, joined, for the full-text index."""
    parts = [answers[q.id] for q in form.text_questions if isinstance(answers.get(q.id), str)]
    return "\n\n".join(p for p in parts if isinstance(p, str))


def short_title(form: Form, answers: dict[str, AnswerValue]) -> str:
    """The person's own short name for an account, for telling accounts apart in a list;
    "" if they gave none. Never the first words of what happened: a list is often read on a
    shared screen (issue 12), so the app says "Account from 3 May" instead."""
    value = answers.get("short_name")
    if isinstance(value, str) and value.strip():
        line = value.strip().splitlines()[0]
        return line if len(line) <= 60 else line[:57].rstrip() + "…"
    return ""


# Answers that follow from an earlier one, so a question is not asked twice (issue 12):
# (form id, question) -> (earlier question, option chosen there, the answer it gives).
_IMPLIED: dict[tuple[str, str], tuple[str, str, AnswerValue]] = {
    ("crisis-account", "police_involved"): ("services", "police", "yes"),
}


def implied_answer(
    form: Form, question_id: str, answers: dict[str, AnswerValue]
) -> AnswerValue | None:
    """The answer `question_id` already has from another answer, or None."""
    rule = _IMPLIED.get((form.id, question_id))
    if rule is None:
        return None
    earlier, option, answer = rule
    given = answers.get(earlier)
    chosen = given if isinstance(given, list) else [given]
    return answer if option in chosen else None
