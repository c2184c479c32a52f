"""Words the coalition's pages and report share: its error sentences (kept in ui/messages.py)
and the titles of what a table counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.core.errors import TestimonyError
from testimony.ui import messages


def message_for(exc: BaseException) -> str:
    """The app's sentence for `exc`, in the coalition's words where those differ."""
    if isinstance(exc, TestimonyError) and exc.code == "theme_refused":
        return _theme_refused(str(exc.details.get("reason", "")))
    if isinstance(exc, TestimonyError) and exc.code == "unknown_record":
        return QCoreApplication.translate(
            "coalition", "That record is not here any more, or has no words. Nothing changed."
        )
    return messages.message_for(exc, "coalition")


def _theme_refused(reason: str) -> str:
    t = QCoreApplication.translate
    sentences = {
        "empty": t("coalition", "A theme needs a name. Nothing was changed."),
        "too_long": t("coalition", "A theme's name can be at most 80 letters. Nothing changed."),
        "exists": t("coalition", "There is already a theme with that name. Nothing changed."),
        "unknown": t("coalition", "There is no theme with that name. Nothing was changed."),
        "same": t("coalition", "A theme cannot be merged into itself. Nothing was changed."),
        "retired": t("coalition", "That theme is retired. Bring it back first. Nothing changed."),
    }
    return sentences.get(reason, t("coalition", "That change cannot be made. Nothing changed."))


def dimension_title(dim_id: str, fallback: str = "") -> str:
    """What a table's rows or columns count, in the words the pages and the report share."""
    titles = {
        "service": QCoreApplication.translate("coalition", "Service"),
        "concern": QCoreApplication.translate("coalition", "Concern"),
        "area": QCoreApplication.translate("coalition", "Area"),
        "period": QCoreApplication.translate("coalition", "Period (quarter)"),
        "consent": QCoreApplication.translate("coalition", "Consent"),
        "theme": QCoreApplication.translate("coalition", "Theme"),
    }
    return titles.get(dim_id, fallback or dim_id)
