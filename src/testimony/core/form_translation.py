"""A question set's words in another language, from `resources/forms/<id>-v<N>.<lang>.json`.

The translation is keyed by the form's own question and option ids, so only the words change:
the ids, types and export rules stay the form's, an answer given in Welsh is stored (and
exported) exactly as the same answer given in English, and the two count together. The
rules every translation file shares are in core/translated.py (letters use them too).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from testimony.core import translated
from testimony.core.errors import FormError
from testimony.core.forms import Form, Option, Question
from testimony.core.translated import SOURCE_LANGUAGE, text

__all__ = ["SOURCE_LANGUAGE", "file_name", "missing_words", "translate_form"]
QUESTION_FIELDS = ("title", "help", "min_label", "max_label")  # the words of a question


def file_name(form_id: str, version: int, language: str) -> str:
    return translated.file_name(form_id, version, language, "json")


def translate_form(form: Form, doc: Any, language: str) -> Form:
    """`form` with its words replaced by the translation in `doc`. A question, option or
    field the translation leaves out keeps its English words (a partial translation is
    still usable; tests/unit/test_welsh.py makes sure Welsh has none missing)."""
    translated.check_for(doc, "form", form.id, form.version, language)
    questions = translated.check_ids(
        doc.get("questions", {}), (q.id for q in form.questions), "questions", language
    )
    return replace(
        form,
        title=text(doc, "title", form.title),
        intro=text(doc, "intro", form.intro),
        questions=tuple(_question(q, questions.get(q.id, {}), language) for q in form.questions),
    )


def _question(q: Question, doc: Any, language: str) -> Question:
    if not isinstance(doc, dict):
        raise FormError("translation of a question is not an object", question=q.id)
    options = translated.check_ids(
        doc.get("options", {}), (o.id for o in q.options), "options", language
    )
    return replace(
        q,
        title=text(doc, "title", q.title),
        help=text(doc, "help", q.help),
        min_label=text(doc, "min_label", q.min_label),
        max_label=text(doc, "max_label", q.max_label),
        options=tuple(Option(o.id, text(options, o.id, o.label)) for o in q.options),
    )


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
