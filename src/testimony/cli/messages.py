"""What each expected failure means, in one plain sentence for the command line."""

from __future__ import annotations

from testimony.core.errors import TestimonyError

_MESSAGES = {
    "wrong_passphrase": "That passphrase does not open this vault. Nothing was changed.",
    "vault_damaged": (
        "This vault is damaged and cannot be read safely. Nothing was deleted; "
        "restore it from a backup or ask for help."
    ),
    "vault_not_found": "There is no vault at that place.",
    "vault_too_new": (
        "This vault was made by a newer version of Testimony. Update Testimony to open it. "
        "Nothing was changed."
    ),
    "vault_exists": "Something already exists at that place. Choose a new folder name.",
    "header_invalid": (
        "The vault's key file is damaged or has been changed, so the vault will not open. "
        "Nothing was changed."
    ),
    "vault_locked": "The vault is locked.",
    "wrong_kind": (
        "That folder is not the right kind: a vault and a coalition workspace are different."
    ),
    "invalid_recipient": "That is not a valid coalition key. It should start with age1.",
    "sealed_file_invalid": (
        "That file cannot be opened: it is damaged, incomplete, or was sealed for someone else."
    ),
    "bundle_invalid": "That file is not a valid Testimony export or withdrawal notice.",
    "export_refused": "Nothing was exported.",
    "cancelled": "Stopped. Nothing was written.",
    "unknown_export": "No export in this vault has that id. Nothing was written.",
    "vault_unavailable": (
        "The vault's files cannot be reached. If it is on a USB stick, put the stick back in."
    ),
    "unknown_form": "This account uses a question set this version of Testimony does not know.",
    "form_error": "The question set is not valid.",
    "invalid_answer": "An answer does not fit the question set.",
    "input_error": "The input is not in the expected format.",
    "attachment_refused": "That file cannot be added. Nothing was added.",
    "attachment_too_large": "That file is larger than 50 MB. Nothing was added.",
    "not_an_image": "That file is named like a photo but is not a PNG or JPEG. Nothing was added.",
    "damaged_image": "That photo is damaged or cut short. Nothing was added.",
    "damaged_pdf": "That PDF is damaged or cut short. Nothing was added.",
    "unsupported_file": (
        "Only photos (PNG, JPEG), PDFs and plain text files can be added. Nothing was added."
    ),
    "unknown_attachment": "This vault has no attachment with that id.",
    "target_exists": "The output file already exists. Choose a new name.",
    "unknown_account": "This vault has no account with that id. Nothing was changed.",
    "disk_full": (
        "There is not enough space on the disk. Nothing was lost: make some space and try again."
    ),
    "vault_rolled_back": (
        "This vault's database is older than its key file: an old copy may have been put "
        "back, and newer accounts may be missing. Nothing was changed."
    ),
    "wait_before_trying": "There have been several wrong tries.",
    "vault_changed_elsewhere": (
        "This vault's passphrase was changed by another Testimony while it was open here. "
        "Nothing more was saved; open it again with the new passphrase."
    ),
    "theme_refused": "That change to the themes cannot be made. Nothing was changed.",
    "unknown_record": "No record in this workspace has that export id. Nothing was changed.",
}

_THEME_REASONS = {
    "empty": "A theme needs a name.",
    "too_long": "A theme's name can be at most 80 characters.",
    "exists": "A theme with that name already exists.",
    "unknown": "There is no theme with that name.",
    "same": "A theme cannot be merged into itself.",
    "retired": "That theme is retired; bring it back before using it.",
}


_REFUSALS = {
    "file exists": "The output file already exists; choose a new name.",
    "folder missing": "The folder for the output file does not exist.",
    "nothing to export": "No account's consent allows anything to be shared.",
    "choices changed": (
        "An account's sharing choice or reviewed words changed since the export was prepared."
        " Prepare it again."
    ),
}


def message_for(exc: TestimonyError) -> str:
    base = _MESSAGES.get(exc.code, "Something went wrong. Nothing was changed.")
    detail = _detail(exc)
    return f"{base} {detail}".strip()


def _detail(exc: TestimonyError) -> str:
    d = exc.details
    if exc.code == "invalid_answer" and "question" in d:
        option = f" (option '{d['option']}')" if "option" in d else ""
        return f"Question '{d['question']}'{option}: {exc}."
    if exc.code == "unknown_form" and "form" in d:
        version = f" version {d['version']}" if "version" in d else ""
        return f"(Form '{d['form']}'{version}.)"
    if exc.code == "input_error" and str(exc) != exc.code:
        return f"({exc})"
    if exc.code.startswith(("attachment_", "not_an_", "damaged_", "unsupported_")) and "name" in d:
        return f"(The file was {d['name']}.)"
    if exc.code == "unknown_export" and "export_id" in d:
        return f"(The id was {d['export_id']}.)"
    if exc.code == "theme_refused":
        return _THEME_REASONS.get(str(d.get("reason", "")), "")
    if exc.code == "export_refused":
        return _REFUSALS.get(str(exc), "")
    if exc.code == "wait_before_trying" and isinstance(d.get("seconds"), int):
        n = d["seconds"]
        return f"Wait {n} second{'' if n == 1 else 's'} and try again. Nothing was changed."
    return ""
