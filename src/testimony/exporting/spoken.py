"""What of a spoken answer may be shared: only the words the person typed to go with it.

A voice identifies a person, so no sound ever enters an export (the testimony-export/1
format has no place for it). The summary typed beside a recording joins the typed answer to
the same question, and from there goes through the same review and redaction as any text:
a summary added or changed later makes the review stale until the person looks again.
"""

from __future__ import annotations

from dataclasses import replace

from testimony.core.forms import Form
from testimony.core.types import Account


def with_summaries(account: Account, form: Form, summaries: dict[str, list[str]]) -> Account:
    """The account with each redactable text answer followed by its recordings' summaries."""
    if not summaries:
        return account
    answers = dict(account.answers)
    for q in form.text_questions:
        said = [s.strip() for s in summaries.get(q.id, ()) if s.strip()]
        if q.export != "redact" or not said:
            continue
        typed = answers.get(q.id)
        parts = [typed.strip()] if isinstance(typed, str) and typed.strip() else []
        answers[q.id] = "\n\n".join([*parts, *said])
    return replace(account, answers=answers)
