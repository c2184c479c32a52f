"""Errors the layers below the UI raise.

Each carries a stable `code`; the UI and the command line turn codes into words. Nothing
here holds user content, so an error can be logged or shown without leaking an account.
"""

from __future__ import annotations


class TestimonyError(Exception):
    """Base class: an expected failure with a clear cause, never a bug."""

    code = "error"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.code)
        self.details = details


class WrongPassphrase(TestimonyError):
    code = "wrong_passphrase"


class VaultDamaged(TestimonyError):
    code = "vault_damaged"


class VaultNotFound(TestimonyError):
    code = "vault_not_found"


class VaultExists(TestimonyError):
    code = "vault_exists"


class HeaderInvalid(TestimonyError):
    """The key header is unreadable, tampered with or weaker than we allow."""

    code = "header_invalid"


class VaultTooNew(VaultDamaged):
    """Made by a newer version of Testimony: its schema has steps this version lacks."""

    code = "vault_too_new"


class WrongKind(TestimonyError):
    """A vault opened as a coalition workspace, or the other way round."""

    code = "wrong_kind"


class VaultLocked(TestimonyError):
    code = "vault_locked"


class VaultUnavailable(TestimonyError):
    """The vault's files cannot be reached (a USB stick removed, a permission lost)."""

    code = "vault_unavailable"


class FormError(TestimonyError):
    """A question set file is malformed, or an answer does not fit it."""

    code = "form_error"


class UnknownForm(FormError):
    code = "unknown_form"


class InvalidAnswer(FormError):
    code = "invalid_answer"


class InputError(TestimonyError):
    """Input from a file or stdin is malformed."""

    code = "input_error"


class InvalidRecipient(TestimonyError):
    """Not a valid age X25519 public key (age1…)."""

    code = "invalid_recipient"


class SealedFileInvalid(TestimonyError):
    """An age file that will not open with this identity: damaged, tampered with,
    truncated, or sealed to someone else."""

    code = "sealed_file_invalid"


class BundleInvalid(TestimonyError):
    """A decrypted bundle or notice that is not what the format says it must be."""

    code = "bundle_invalid"


class ExportRefused(TestimonyError):
    """The export cannot go ahead as asked (nothing consented, reviews missing…)."""

    code = "export_refused"


class UnknownExport(TestimonyError):
    code = "unknown_export"


class Cancelled(TestimonyError):
    code = "cancelled"


class AttachmentRefused(TestimonyError):
    """A file that cannot be added to an account; `code` says why, nothing of its content."""

    code = "attachment_refused"


class AttachmentTooLarge(AttachmentRefused):
    code = "attachment_too_large"


class NotAnImage(AttachmentRefused):
    """Named like a photo (.png, .jpg) but its bytes are not a PNG or JPEG picture."""

    code = "not_an_image"


class DamagedPdf(AttachmentRefused):
    """Starts like a PDF (or is named like one) but is cut short or broken inside."""

    code = "damaged_pdf"


class DamagedImage(AttachmentRefused):
    code = "damaged_image"


class UnsupportedFile(AttachmentRefused):
    """Not a photo, a PDF or plain text."""

    code = "unsupported_file"


class UnknownAttachment(TestimonyError):
    code = "unknown_attachment"


class UnknownAccount(TestimonyError):
    code = "unknown_account"


class TargetExists(TestimonyError):
    """A file the person asked to save would replace one that is already there."""

    code = "target_exists"


class DiskFull(TestimonyError):
    """There is not enough space on the disk to write; nothing was changed."""

    code = "disk_full"


class VaultRolledBack(VaultDamaged):
    """The database is older than its key header says: an old copy was put back."""

    code = "vault_rolled_back"


class WaitBeforeTrying(TestimonyError):
    """Too many wrong guesses in a row: no guess is tried until the wait is over.
    details: seconds (int)."""

    code = "wait_before_trying"


class VaultChangedElsewhere(TestimonyError):
    """Another Testimony changed this vault's passphrase while it was open here: the open
    database is the old copy, so nothing more is read from or written to it."""

    code = "vault_changed_elsewhere"


class ThemeRefused(TestimonyError):
    """A change to the coalition's themes that cannot be made; `reason` says why:
    empty, too_long, exists, unknown, same, retired."""

    code = "theme_refused"


class UnknownRecord(TestimonyError):
    """No record in the workspace has that export id (or it was withdrawn)."""

    code = "unknown_record"
