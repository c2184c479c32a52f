"""What went wrong, in one plain sentence a person can act on.

The layers below raise errors with stable codes (core/errors.py); only here do codes become
words, through Qt's translation so every sentence can be translated. Never a traceback and
never the text of an exception, which might hold a path or worse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.core.errors import TestimonyError


def _sentences() -> dict[str, str]:
    # Written out call by call so pyside6-lupdate finds every sentence.
    return {
        "wrong_passphrase": QCoreApplication.translate(
            "messages", "That passphrase does not open this vault. Check it and try again."
        ),
        "wrong_recovery_code": QCoreApplication.translate(
            "messages", "That recovery code does not open this vault. Check it and try again."
        ),
        "vault_damaged": QCoreApplication.translate(
            "messages",
            "This vault is damaged and cannot be opened safely. Nothing has been deleted. "
            "If you have a backup copy, open that instead, or ask someone you trust for help.",
        ),
        "vault_too_new": QCoreApplication.translate(
            "messages",
            "This vault was made by a newer version of Testimony. "
            "Install the newest version to open it. Nothing has been changed.",
        ),
        "vault_not_found": QCoreApplication.translate(
            "messages",
            "Testimony cannot find a vault there. If it is on a USB stick, put the stick in "
            "and try again.",
        ),
        "vault_exists": QCoreApplication.translate(
            "messages", "There is already a vault with that name there. Choose another name."
        ),
        "header_invalid": QCoreApplication.translate(
            "messages",
            "The part of this vault that holds its lock is damaged or has been changed, "
            "so it will not open. Nothing has been changed.",
        ),
        "vault_locked": QCoreApplication.translate(
            "messages", "Your vault is locked. Open it again to carry on."
        ),
        "vault_unavailable": QCoreApplication.translate(
            "messages",
            "Testimony cannot reach your vault. If it is on a USB stick, put the stick back in. "
            "What you typed is still on the screen.",
        ),
        "unknown_form": QCoreApplication.translate(
            "messages",
            "This account uses a set of questions this version of Testimony does not know. "
            "Install the newest version to open it.",
        ),
        "form_error": QCoreApplication.translate(
            "messages", "Testimony's questions could not be loaded. Try installing it again."
        ),
        "invalid_answer": QCoreApplication.translate(
            "messages", "One of the answers could not be saved. Check it and try again."
        ),
        "input_error": QCoreApplication.translate(
            "messages", "That file is not in a form Testimony can read."
        ),
        "folder_unwritable": QCoreApplication.translate(
            "messages",
            "Testimony could not save in that place. Choose another folder, or check that "
            "the USB stick is not full or locked.",
        ),
        "wrong_kind": QCoreApplication.translate(
            "messages",
            "That is the wrong kind of folder here. A coalition workspace and a personal vault "
            "are opened in different places.",
        ),
        "invalid_recipient": QCoreApplication.translate(
            "messages", "That is not a coalition key. A coalition key starts with age1."
        ),
        "sealed_file_invalid": QCoreApplication.translate(
            "messages",
            "That file cannot be opened. It may be damaged or unfinished, "
            "or it was locked for someone else.",
        ),
        "bundle_invalid": QCoreApplication.translate(
            "messages", "That file is not a Testimony export or a withdrawal notice."
        ),
        "export_refused": QCoreApplication.translate(
            "messages", "Nothing was shared. No account's choices allow it to be shared."
        ),
        "unknown_export": QCoreApplication.translate(
            "messages", "Testimony cannot find that export in this vault. Nothing was changed."
        ),
        "cancelled": QCoreApplication.translate("messages", "Stopped. Nothing was changed."),
        # The coalition's themes (its pages give the reason: ui/coalition/words.py).
        "theme_refused": QCoreApplication.translate(
            "messages", "That change to the themes cannot be made. Nothing was changed."
        ),
        "unknown_record": QCoreApplication.translate(
            "messages", "That record is not in this workspace. Nothing was changed."
        ),
        "unexpected": QCoreApplication.translate(
            "messages", "Something went wrong. Nothing has been changed. Please try again."
        ),
    }


def code_for(exc: BaseException) -> str:
    """The message code for any exception, known or not."""
    if isinstance(exc, TestimonyError):
        if exc.code == "wrong_passphrase" and exc.details.get("kind") == "recovery":
            return "wrong_recovery_code"
        return exc.code
    if isinstance(exc, OSError):
        return "folder_unwritable"
    return "unexpected"


def message_for(exc: BaseException) -> str:
    sentences = _sentences()
    return sentences.get(code_for(exc), sentences["unexpected"])


def message_for_code(code: str) -> str:
    sentences = _sentences()
    return sentences.get(code, sentences["unexpected"])
