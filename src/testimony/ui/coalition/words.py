"""Plain words for the failures only the coalition's pages meet; the rest are the app's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.core.errors import TestimonyError
from testimony.ui import messages


def message_for(exc: BaseException) -> str:
    if isinstance(exc, TestimonyError) and exc.code == "wrong_kind":
        return QCoreApplication.translate(
            "coalition",
            "That folder is a person's vault, not a coalition workspace. Choose the "
            "workspace folder instead.",
        )
    if isinstance(exc, TestimonyError) and exc.code == "vault_exists":
        return QCoreApplication.translate(
            "coalition", "Something already exists there. Choose a new folder name."
        )
    return messages.message_for(exc)


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
