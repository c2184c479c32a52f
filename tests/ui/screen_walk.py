"""Walk the real main window through every page, for the small-screen test and the
screenshot script. Each step leaves one page showing and yields its name.

Pages are reached the way the app reaches them (the window's and workspace's own methods),
on a real vault; `wait(cond)` spins the event loop until `cond()` is true.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
)

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, create_draft, parse_incoming
from testimony.services.vault import create_vault

PASSPHRASE = "lamp river socks gentle"
SAMPLE = {
    "services": ["ae", "police"],
    "when": "2023-11",
    "what_happened": "I went to A&E and waited a long time. Then the police came.",
}
# Buttons the issue says must always be on screen, wherever they appear, by object name so
# the check works in every language (Quick exit, Take a break, Continue, Save and come back
# later).
ALWAYS_SHOWN = ("quickExit", "takeBreak", "continue", "saveAndLeave")

Wait = Callable[[Callable[[], object]], None]


def walk(window: object, work: Path, wait: Wait) -> Iterator[str]:
    from testimony.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    yield "welcome"
    window.show_create()
    yield "create-vault"
    folder = work / "Walk.testimony"
    create_vault(folder, PASSPHRASE)
    window._update_settings(window.app_settings.remembering(folder))
    window.show_chooser()
    yield "choose-vault"
    window.show_restore()
    yield "open-backup-copy"
    window.open_vault(folder)
    yield "unlock"
    window.show_settings()
    yield "settings-while-locked"
    window.coalition.show_open_page()
    yield "coalition-open"
    window.set_shared_laptop(True)
    yield "shared-laptop-start"
    window.show_visitor_create()
    yield "visitor-vault"
    window.set_shared_laptop(False)
    window._update_settings(window.app_settings.remembering(folder))
    window.show_start()
    window.open_vault(folder)
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.open_button.click()
    wait(lambda: window.workspace is not None)
    session, workspace = window.session, window.workspace
    assert session is not None and workspace is not None
    session.call_write(add_incoming, [parse_incoming({"answers": SAMPLE})] * 3, Method.ALONE)
    workspace.show_accounts()
    wait(lambda: workspace.accounts.model.total == 3)
    yield "accounts"
    account_id = session.call_write(create_draft)
    workspace.record(account_id)
    flow = workspace.current_page
    wait(lambda: getattr(flow, "_saver", None) is not None)
    yield "record-intro"
    for index, page in enumerate(flow.questions):
        flow._go(("question", index))
        yield f"record-question-{page.question.id}"
    flow._go(("note", len(flow.questions) - 1))
    yield "record-note"
    flow._go(("check", 0))
    yield "record-check"
    flow._go(("break", 0))
    yield "record-break"
    workspace.consent(1)
    wait(lambda: workspace.current_page.save_button.isEnabled())
    yield "consent"
    workspace.open_account(1)
    wait(lambda: workspace.current_page.main is not None)
    yield "account"
    view = workspace.current_page
    view.evidence.open_letter()
    wait(lambda: view.stack.currentWidget().objectName() == "letterSetup")
    setup = view.stack.currentWidget()
    setup.organisation.setText("Hywel Dda University Health Board")
    setup._guess(setup.organisation.text())
    yield "letter-setup"
    setup._write()
    wait(lambda: view.stack.currentWidget().objectName() == "letterEdit")
    yield "letter"
    view.evidence.pages.go_home()
    window.show_settings()
    yield "settings"
    workspace.share()
    yield "share"
    workspace.shared()
    yield "what-i-have-shared"
    window._update_settings(window.app_settings.with_shared_laptop(True))
    window.hand_over()
    wait(window.hand_over_page.next_button.isEnabled)
    yield "hand-over"
    window._next_person()
    yield "next-person"


# -- reading the widget tree --------------------------------------------------------------


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` a person can see: its rectangle in window coordinates, cut by
    every ancestor (a scroll area's viewport hides what is scrolled away)."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect &= QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        parent = parent.parentWidget()
    return rect & window.rect()


def hidden_actions(window: QWidget) -> list[str]:
    """Buttons in ALWAYS_SHOWN, and each page's main buttons (Page.set_actions), that are
    showing but not wholly inside the window."""
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue
        name = button.accessibleName()
        if button.objectName() not in ALWAYS_SHOWN and button.property("pageAction") is not True:
            continue
        whole = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if shown_rect(button, window) != whole:
            problems.append(f"{name!r} at {whole.getRect()} is not wholly on screen")
    return problems


def sideways_scrolling(window: QWidget) -> list[str]:
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        name = f"{type(area).__name__} {area.objectName()!r}"
        if area.horizontalScrollBar().isVisible():
            problems.append(f"{name} scrolls sideways")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is not None and inner.width() > area.viewport().width():
            problems.append(f"{name} content is wider than its view")
    return problems


def focus_outside_page(window: object) -> list[str]:
    """Keyboard focus must start inside the page shown, never on the window's top bar
    (where Enter would press Lock)."""
    from testimony.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    focused = QApplication.focusWidget()
    page = window.stack.currentWidget()
    if focused is None:
        return ["nothing has keyboard focus"]
    if not page.isAncestorOf(focused):
        return [f"focus is on {type(focused).__name__} {focused.accessibleName()!r}"]
    return []
