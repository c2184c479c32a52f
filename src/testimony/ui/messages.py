"""What went wrong, in one plain sentence a person can act on.

The layers below raise errors with stable codes (core/errors.py); only here do codes become
words, through Qt's translation so every sentence can be translated. Never a traceback and
never the text of an exception, which might hold a path or worse. This is the app's one
table (the command line's is cli/messages.py); see docs/architecture.md, "Errors and
messages".

Keys are a code ("vault_locked"), a code with its reason ("export_refused/file exists"), or
either of those for one situation ("saving:cancelled", "coalition:wrong_kind"), where the
same error needs other words. message_for(exc, situation) takes the most exact one there is.
"""

from __future__ import annotations

from concurrent.futures import CancelledError

from PySide6.QtCore import QCoreApplication

from testimony.core.errors import ExportRefused, TestimonyError


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
            "This account was made with a newer version of Testimony. This version cannot "
            "show its questions. Nothing has been changed or deleted. Update Testimony to see "
            "it.",
        ),
        "account_gone": QCoreApplication.translate(
            "messages", "This account is no longer here. It may have been deleted."
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
        # Attachments (issue 15): a file the person chose that cannot be added.
        "attachment_refused": QCoreApplication.translate(
            "messages", "That file cannot be added. Nothing was added."
        ),
        "attachment_too_large": QCoreApplication.translate(
            "messages", "That file is too large. Each file can be up to 50 MB. Nothing was added."
        ),
        "not_an_image": QCoreApplication.translate(
            "messages",
            "That file is named like a photo, but it is not a photo Testimony can read. "
            "Nothing was added.",
        ),
        "damaged_image": QCoreApplication.translate(
            "messages", "That photo is damaged or cut short. Nothing was added."
        ),
        "damaged_pdf": QCoreApplication.translate(
            "messages", "That PDF is damaged or cut short, so it cannot be read. Nothing was added."
        ),
        "unsupported_file": QCoreApplication.translate(
            "messages",
            "Testimony can keep photos (PNG or JPEG), PDFs and plain text files. "
            "That file is none of these. Nothing was added.",
        ),
        "unknown_attachment": QCoreApplication.translate(
            "messages", "That file is no longer in this account."
        ),
        "target_exists": QCoreApplication.translate(
            "messages", "There is already a file with that name. Choose another name."
        ),
        "unknown_account": QCoreApplication.translate(
            "messages", "That account is no longer in this vault."
        ),
        "disk_full": QCoreApplication.translate(
            "messages",
            "There is not enough space on the disk. Nothing was lost. "
            "Make some space and try again.",
        ),
        "vault_rolled_back": QCoreApplication.translate(
            "messages",
            "This vault is older than its lock says. Someone may have put back an old copy, "
            "and newer accounts may be missing. Nothing has been changed.",
        ),
        "vault_changed_elsewhere": QCoreApplication.translate(
            "messages",
            "The passphrase of this vault was changed in another Testimony window. "
            "Lock it and open it again with the new passphrase. What you typed is still "
            "on the screen.",
        ),
        "wait_before_trying": QCoreApplication.translate(
            "messages", "There have been several wrong tries. Please wait, then try again."
        ),
        # Saving an export or withdrawal notice to a file the person chose.
        "saving:cancelled": QCoreApplication.translate(
            "messages", "You stopped it. No file was saved."
        ),
        "saving:export_refused": QCoreApplication.translate(
            "messages", "Check the words of every account you chose first."
        ),
        "saving:export_refused/file exists": QCoreApplication.translate(
            "messages", "There is already a file with that name there. Choose another name."
        ),
        "saving:export_refused/folder missing": QCoreApplication.translate(
            "messages", "That folder is not there any more. Choose another."
        ),
        "saving:export_refused/nothing to export": QCoreApplication.translate(
            "messages", "There is nothing to share in what you chose."
        ),
        "saving:export_refused/no recipients": QCoreApplication.translate(
            "messages", "Testimony cannot find who this was sealed for."
        ),
        "saving:folder_unwritable": QCoreApplication.translate(
            "messages",
            "The file could not be saved there. Choose another place, or check that the USB "
            "stick is not full.",
        ),
        # The coalition's pages.
        "coalition:wrong_kind": QCoreApplication.translate(
            "messages",
            "That folder is a person's vault, not a coalition workspace. Choose the "
            "workspace folder instead.",
        ),
        "coalition:vault_exists": QCoreApplication.translate(
            "messages", "Something already exists there. Choose a new folder name."
        ),
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
    if isinstance(exc, CancelledError):  # its thread shut down before it ran
        return "cancelled"
    if isinstance(exc, KeyError):  # a row asked for by id is not there (deleted meanwhile)
        return "account_gone"
    return "unexpected"


def message_for(exc: BaseException, situation: str = "") -> str:
    """The sentence for `exc`; with a situation ("saving", "coalition"), its own words
    for the errors that need them."""
    code = code_for(exc)
    reason = exc.args[0] if isinstance(exc, ExportRefused) and exc.args else ""
    keys = [f"{code}/{reason}", code] if reason else [code]
    if situation:
        keys = [f"{situation}:{key}" for key in keys] + keys
    sentences = _sentences()
    found = next((sentences[key] for key in keys if key in sentences), None)
    return found if found is not None else sentences["unexpected"]


def message_for_code(code: str) -> str:
    sentences = _sentences()
    return sentences.get(code, sentences["unexpected"])
