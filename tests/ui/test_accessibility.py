"""Every page, the shell's and the recording screens': every control has a name a screen
reader can say and can be reached with the keyboard; both themes have enough contrast; and
at 200% text nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from testimony.services.accounts import create_draft
from testimony.services.app_settings import AppSettings, save_app_settings
from testimony.ui.theme import HIGH_CONTRAST, NORMAL, contrast_ratio

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
# Controls made of controls: their inner parts (a spin box's text box, a combo box's popup
# list, a table's header) are named and reached through the outer control.
INNER_PARTS = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractItemView)


def is_inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INNER_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [
        w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not is_inner_part(w)
    ]
    return found


def reachable(widget: QWidget) -> bool:
    """Tab reaches it, or (a radio button in a group) Tab reaches its group and the arrow
    keys move between the buttons, as Qt 6 and every screen reader expect."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QRadioButton):
        group = widget.group()
        members = group.buttons() if group is not None else []
        return any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in members)
    return False


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def all_pages(window, qtbot) -> Iterator[tuple[str, QWidget]]:
    """Every page of the app, shown in the window one after another."""
    yield "top bar", window.findChild(QWidget, "topBar")
    for name in ("welcome", "create_page", "recovery_page", "chooser", "unlock_page"):
        page = getattr(window, name)
        window.stack.setCurrentWidget(page)
        yield name, page
    window.show_settings()
    yield "settings (locked)", window.stack.currentWidget()
    window.open_vault(window._test_vault)
    window.unlock_page.field.setText(window._test_passphrase)
    window.unlock_page.open_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    ws = window.workspace
    qtbot.wait(300)
    yield "accounts", ws.currentWidget()
    account_id = window.session.call_write(create_draft)
    ws.record(account_id)
    flow = ws.currentWidget()
    qtbot.waitUntil(lambda: getattr(flow, "_saver", None) is not None, timeout=10000)
    for index in range(flow.stack.count()):
        flow.stack.setCurrentIndex(index)
        yield f"record step {index}", flow
    ws.open_account(account_id)
    qtbot.wait(300)
    yield "account view", ws.currentWidget()
    ws.consent(account_id)
    qtbot.wait(300)
    yield "consent", ws.currentWidget()
    window.show_settings()
    yield "settings (open)", ws.currentWidget()
    ws.share()
    qtbot.wait(300)
    yield "share", ws.currentWidget()
    ws.shared()
    qtbot.wait(300)
    yield "what I have shared", ws.currentWidget()
    window.lock()
    window.coalition.show_open_page()
    yield "coalition: open a workspace", window.stack.currentWidget()
    page = window.stack.currentWidget()
    page.new_folder.setText(str(window._test_vault.parent / "coalition.testimony"))
    page.new_pass.setText("coalition words")
    page.new_again.setText("coalition words")
    page.create_button.click()
    qtbot.waitUntil(lambda: window.coalition.is_open, timeout=20000)
    view = window.coalition.view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(100)
        yield f"coalition tab {index}", view


@pytest.fixture
def walk(open_window, make_vault, qtbot):
    def run(**settings: object) -> Iterator[tuple[str, QWidget]]:
        save_app_settings(AppSettings(**settings))
        vault = make_vault()
        window = open_window()
        window.resize(1000, 760)
        window._test_vault = vault
        from tests.helpers import PASSPHRASE

        window._test_passphrase = PASSPHRASE
        for name, page in all_pages(window, qtbot):
            qtbot.wait(30)  # let the layout settle
            yield name, page

    return run


def test_every_control_has_a_name_and_takes_keyboard_focus(walk):
    problems = []
    pages = 0
    for name, page in walk():
        pages += 1
        for w in controls(page):
            if not spoken_name(w):
                problems.append(f"{name}: no accessible name: {describe(w)}")
            if not reachable(w):
                problems.append(f"{name}: cannot be reached with Tab: {describe(w)}")
    assert pages >= 12
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST], ids=lambda t: t.name)
def test_text_contrast_is_at_least_4_5_to_1(theme):
    low = {
        role: round(contrast_ratio(fg, bg), 2)
        for role, (fg, bg) in theme.text_pairs().items()
        if contrast_ratio(fg, bg) < 4.5
    }
    assert low == {}


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _clipped(widget: QWidget) -> str:
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                return f"needs {need}px high, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width() + 1:
            return f"needs {widget.sizeHint().width()}px wide, has {widget.width()}"
    elif isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return ""


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_text_at_200_percent_is_not_cut_off(walk, contrast):
    problems = []
    for name, page in walk(text_scale=200, high_contrast=contrast):
        shown = page.currentWidget() if isinstance(page, QStackedWidget) else page
        for w in shown.findChildren(QWidget):
            if not w.isVisible() or is_inner_part(w):
                continue
            problem = _clipped(w)
            if problem:
                problems.append(f"{name}: {describe(w)} {problem}")
    assert problems == [], "\n".join(problems)
