"""A question set's words in another language, from `resources/forms/<id>-v<N>.<lang>.json`.

The translation is keyed by the form's own question and option ids, so only the words change:
the ids, types and export rules stay the form's, an answer given in Welsh is stored (and
exported) exactly as the same answer given in English, and the two count together.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from testimony.core.errors import FormError
from testimony.core.forms import Form, Option, Question

SOURCE_LANGUAGE = "en"
QUESTION_FIELDS = ("title", "help", "min_label", "max_label")  # the words of a question


def file_name(form_id: str, version: int, language: str) -> str:
    return f"{form_id}-v{version}.{language}.json"


def translate_form(form: Form, doc: Any, language: str) -> Form:
    """`form` with its words replaced by the translation in `doc`. A question, option or
    field the translation leaves out keeps its English words (a partial translation is
    still usable; tests/unit/test_welsh.py makes sure Welsh has none missing)."""
    if not isinstance(doc, dict) or (doc.get("form"), doc.get("version")) != (
        form.id,
        form.version,
    ):
        raise FormError("translation is for another form", form=form.id, language=language)
    if doc.get("language") != language:
        raise FormError("translation is for another language", form=form.id, language=language)
    questions = doc.get("questions", {})
    if not isinstance(questions, dict) or set(questions) - {q.id for q in form.questions}:
        raise FormError("translation names unknown questions", form=form.id, language=language)
    return replace(
        form,
        title=_text(doc, "title", form.title),
        intro=_text(doc, "intro", form.intro),
        questions=tuple(_question(q, questions.get(q.id, {}), language) for q in form.questions),
    )


def _question(q: Question, doc: Any, language: str) -> Question:
    if not isinstance(doc, dict):
        raise FormError("translation of a question is not an object", question=q.id)
    options = doc.get("options", {})
    if not isinstance(options, dict) or set(options) - {o.id for o in q.options}:
        raise FormError("translation names unknown options", question=q.id, language=language)
    return replace(
        q,
        title=_text(doc, "title", q.title),
        help=_text(doc, "help", q.help),
        min_label=_text(doc, "min_label", q.min_label),
        max_label=_text(doc, "max_label", q.max_label),
        options=tuple(Option(o.id, _text(options, o.id, o.label)) for o in q.options),
    )


def _text(doc: dict[str, Any], key: str, fallback: str) -> str:
    value = doc.get(key, fallback)
    if not isinstance(value, str):
        raise FormError("translated words must be text", field=key)
    return value


def missing_words(form: Form, doc: dict[str, Any]) -> list[str]:
    """Every piece of `form`'s words the translation does not give, as "question.field"."""
    missing = [k for k in ("title", "intro") if getattr(form, k) and k not in doc]
    questions = doc.get("questions", {})
    for q in form.questions:
        qdoc = questions.get(q.id, {})
        missing += [f"{q.id}.{f}" for f in QUESTION_FIELDS if getattr(q, f) and f not in qdoc]
        options = qdoc.get("options", {})
        missing += [f"{q.id}.{o.id}" for o in q.options if o.id not in options]
    return missing
