"""Words the coalition's pages and report share: its error sentences (kept in ui/messages.py)
and the titles of what a table counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.ui import messages


def message_for(exc: BaseException) -> str:
    """The app's sentence for `exc`, in the coalition's words where those differ."""
    return messages.message_for(exc, "coalition")


def dimension_title(dim_id: str, fallback: str = "") -> str:
    """What a table's rows or columns count, in the words the pages and the report share."""
    titles = {
        "service": QCoreApplication.translate("coalition", "Service"),
        "concern": QCoreApplication.translate("coalition", "Concern"),
        "area": QCoreApplication.translate("coalition", "Area"),
        "period": QCoreApplication.translate("coalition", "Period (quarter)"),
        "consent": QCoreApplication.translate("coalition", "Consent"),
    }
    return titles.get(dim_id, fallback or dim_id)
