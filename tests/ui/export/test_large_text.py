"""At 200% text, in both themes, nothing on the sharing screens is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from testimony.crypto.age import new_identity
from testimony.store.sharing import add_recipient
from testimony.ui.export.export_page import ExportPage
from testimony.ui.export.recipients import RecipientsPage
from testimony.ui.export.review import ReviewScreen
from testimony.ui.export.shared_page import SharedPage
from testimony.ui.theme import apply_theme
from tests.ui.export.export_ui_helpers import STORY


def clipped(root: QWidget) -> list[str]:
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"{name} needs {need}px high, has {w.height()}")
            elif w.sizeHint().width() > w.width() + 1:
                problems.append(f"{name} needs {w.sizeHint().width()}px wide, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.minimumSizeHint()
            if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                problems.append(f"{name} needs {hint.width()}x{hint.height()}")
    return problems


@pytest.fixture
def big_text(qapp):
    def apply(contrast: bool) -> None:
        apply_theme(qapp, contrast, 200)

    yield apply
    apply_theme(qapp, False, 100)


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_sharing_screens_at_200_percent_are_not_cut_off(
    qtbot, session, runner, account, big_text, contrast
):
    big_text(contrast)
    aid = account("words", STORY, short_name="The night the police came")
    account("private", "x", short_name="Only for me")
    session.call_write(add_recipient, "StopSIM Coalition", new_identity().recipient)
    review = ReviewScreen(session, runner, aid)
    export = ExportPage(session, runner)
    shared = SharedPage(session, runner)
    keys = RecipientsPage(session, runner)
    for w in (review, export, shared, keys):
        qtbot.addWidget(w)
        w.resize(1000, 760)
        w.show()
    qtbot.waitUntil(lambda: review.data is not None and export.choices is not None, timeout=10000)
    qtbot.waitUntil(lambda: shared.shared is not None and keys.loaded, timeout=10000)
    review.known_button.click()
    qtbot.wait(100)
    problems = [
        f"{type(w).__name__}: {p}" for w in (review, export, shared, keys) for p in clipped(w)
    ]
    assert problems == [], "\n".join(problems)
