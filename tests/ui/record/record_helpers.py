"""Small helpers shared by the recording tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWidget

from testimony.core.types import Account
from testimony.services.session import Session
from testimony.services.vault import vault_paths
from testimony.store.accounts import get_account
from testimony.ui.record.flow import RecordFlow
from testimony.ui.tasks import TaskRunner

PASSPHRASE = "correct horse – «battery» 'staple'"


def open_second(vault_path: Path) -> Session:
    """A second, independent session on the same vault: what another run of the app sees."""
    s = Session(vault_paths(vault_path))
    s.unlock(PASSPHRASE).result()
    return s


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    if isinstance(widget, QRadioButton | QCheckBox):
        # A tick box only reacts on its box and words, not the empty width beside them.
        at = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def find_button(page: QWidget, name: str) -> QAbstractButton:
    """The visible button called `name` on a page (each page has its own set)."""
    found = [b for b in page.findChildren(QAbstractButton, name) if b.isVisible()]
    assert len(found) == 1, f"{name}: {len(found)} visible"
    return found[0]


def press(qtbot, flow: RecordFlow, name: str) -> None:
    click(qtbot, find_button(flow.current_page, name))


def start_flow(qtbot, session: Session, runner: TaskRunner, account_id: int) -> RecordFlow:
    flow = RecordFlow(session, runner, account_id)
    qtbot.addWidget(flow)
    flow.resize(900, 700)
    flow.show()
    qtbot.waitUntil(lambda: flow.current_page is not flow.stack.widget(0), timeout=5000)
    return flow


def stored(session: Session, account_id: int) -> Account | None:
    return session.call(get_account, account_id)


def vault_bytes(vault_path: Path) -> bytes:
    """Every byte of every file in the vault folder (database, log, header)."""
    return b"".join(p.read_bytes() for p in sorted(vault_path.iterdir()) if p.is_file())


def to_question(qtbot, flow: RecordFlow, question_id: str) -> QWidget:
    """Go forward (through notes, skipping questions) until `question_id` shows."""
    for _ in range(40):
        page = flow.current_page
        question = getattr(page, "question", None)
        if question is not None and question.id == question_id:
            return page
        name = "skip" if question is not None else "continue"
        press(qtbot, flow, name)
    raise AssertionError(f"never reached {question_id}")
