"""One table of words per surface: every error code has a sentence in the app's table
(ui/messages.py) and in the command line's (cli/messages.py), and the screens' own helpers
read the app's table rather than keeping wordings of their own."""

from __future__ import annotations

import inspect

import pytest

from testimony.cli import messages as cli_messages
from testimony.core import errors
from testimony.core.errors import (
    Cancelled,
    ExportRefused,
    VaultExists,
    VaultLocked,
    VaultUnavailable,
    WrongKind,
)
from testimony.core.errors import (
    TestimonyError as BaseError,
)
from testimony.ui import messages
from testimony.ui.coalition.words import message_for as coalition_message
from testimony.ui.export.export_steps import why_not_saved
from testimony.ui.record.common import error_text, unknown_form_text

CODES = sorted(
    {
        cls.code
        for _name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, BaseError) and cls is not BaseError
    }
)


@pytest.mark.parametrize("code", CODES)
def test_every_error_code_has_words_on_both_surfaces(qapp, code):
    unexpected = messages.message_for_code("unexpected")
    assert messages.message_for_code(code) != unexpected, f"ui/messages.py has no {code}"
    assert code in cli_messages._MESSAGES, f"cli/messages.py has no {code}"


def test_the_screens_helpers_read_the_one_table(qapp):
    for exc in (VaultLocked("x"), VaultUnavailable("x"), KeyError(3), RuntimeError("x")):
        assert error_text(exc) == messages.message_for(exc)
    assert unknown_form_text() == messages.message_for_code("unknown_form")
    assert why_not_saved(VaultLocked("x")) == messages.message_for(VaultLocked("x"))
    assert coalition_message(VaultLocked("x")) == messages.message_for(VaultLocked("x"))


def test_a_situation_has_its_own_words_only_where_it_needs_them(qapp):
    assert why_not_saved(Cancelled("export cancelled")) == "You stopped it. No file was saved."
    assert "already a file with that name" in why_not_saved(ExportRefused("file exists"))
    assert why_not_saved(ExportRefused("something new")) == (
        "Check the words of every account you chose first."
    )
    assert "USB stick is not full" in why_not_saved(OSError("disk full"))
    assert "not a coalition workspace" in coalition_message(WrongKind("x"))
    assert "Something already exists there" in coalition_message(VaultExists("x"))
    # Without a situation the plain sentence stands.
    assert messages.message_for(Cancelled("x")) == "Stopped. Nothing was changed."


def test_no_exception_text_reaches_the_words(qapp):
    secret = "/home/sam/private-diary.testimony"
    for exc in (VaultUnavailable(secret), RuntimeError(secret), OSError(secret)):
        assert secret not in messages.message_for(exc)
        assert secret not in why_not_saved(exc)
