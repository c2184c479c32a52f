"""Everything shown while a vault is open: the accounts list, recording, one account, consent,
sharing and settings. Built on unlock and thrown away on lock, so no account text outlives
the key in a widget.

The pages themselves belong to ui/accounts, ui/record and ui/consent; this only moves between
them and makes the one piece of work the shell owns, a new draft, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget
from shiboken6 import isValid

from testimony.services.session import Session
from testimony.ui.accounts.page import AccountsPage
from testimony.ui.accounts.player import StreamPlayer
from testimony.ui.accounts.view import AccountView
from testimony.ui.consent.page import ConsentPage
from testimony.ui.export.export_page import ExportPage
from testimony.ui.export.shared_page import SharedPage
from testimony.ui.keyboard import focus_first_in
from testimony.ui.record.flow import RecordFlow
from testimony.ui.record.voice import VoiceRecorder
from testimony.ui.tasks import TaskRunner


class Workspace(QStackedWidget):
    failed = Signal(object)  # an exception from work the shell started

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        on_stick: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        # Whether the vault is on a removable drive: looked at off the GUI thread before the
        # workspace is built (MainWindow._look_where), so the pages that say where it is
        # never touch the disk themselves (docs/architecture.md, "Threads").
        self.on_stick = on_stick
        self._transient: QWidget | None = None  # the page over the list, if any
        self.visiting = False  # a shared laptop: new accounts start "with support"
        self.accounts = AccountsPage(session, runner, on_stick=on_stick)
        self.accounts.new_account_requested.connect(self.new_account)
        self.accounts.open_account_requested.connect(self.open_account)
        self.accounts.share_requested.connect(self.share)
        self.accounts.shared_requested.connect(self.shared)
        self.addWidget(self.accounts)
        self.setCurrentWidget(self.accounts)

    # -- moving between pages -------------------------------------------------------------

    def show_accounts(self) -> None:
        self._drop_transient()
        self.accounts.refresh()
        self.setCurrentWidget(self.accounts)
        _focus(self.accounts)

    def show_page(self, page: QWidget) -> None:
        """Show a page over the list (settings, say); the page before it is closed."""
        self._drop_transient()
        self._transient = page
        self.addWidget(page)
        self.setCurrentWidget(page)
        _focus(page)

    def new_account(self) -> None:
        """A new account: made once something is answered, so starting by mistake and
        leaving leaves nothing behind."""
        self.record(None)

    def record(self, account_id: int | None) -> None:
        flow = RecordFlow(
            self._session,
            self._runner,
            account_id,
            supported=self.visiting,
            on_stick=self.on_stick,
        )
        flow.closed.connect(self.show_accounts)
        self.show_page(flow)

    def open_account(self, account_id: int) -> None:
        view = AccountView(self._session, self._runner, account_id)
        view.back.connect(self.show_accounts)
        view.edit_requested.connect(self.record)
        view.consent_requested.connect(self.consent)
        view.deleted.connect(self.show_accounts)
        self.show_page(view)

    def share(self) -> None:
        page = ExportPage(self._session, self._runner)
        page.done.connect(self.show_accounts)
        self.show_page(page)

    def shared(self) -> None:
        page = SharedPage(self._session, self._runner)
        page.back.connect(self.show_accounts)
        self.show_page(page)

    def consent(self, account_id: int) -> None:
        page = ConsentPage(self._session, self._runner, account_id)
        page.done.connect(lambda: self.open_account(account_id))
        self.show_page(page)

    # -- before locking -------------------------------------------------------------------

    def flush(self) -> None:
        """Queue every unsaved answer now, so that a lock queued after cannot lose it.
        A recording in progress stops, and its last sound is queued too."""
        for recorder in self.findChildren(VoiceRecorder):
            recorder.stop()
        for player in self.findChildren(StreamPlayer):
            player.stop()  # and drop the decoded sound it holds
        for flow in self.findChildren(RecordFlow):
            flow.flush()
        for consent in self.findChildren(ConsentPage):
            consent.flush()

    @property
    def current_page(self) -> QWidget | None:
        return self.currentWidget()

    def _drop_transient(self) -> None:
        page, self._transient = self._transient, None
        if page is None:
            return
        if isinstance(page, RecordFlow):
            page.flush()
        self.removeWidget(page)
        page.deleteLater()

    def _alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """A callback that does nothing if this workspace was thrown away (locked) first."""

        def call(value: Any) -> None:
            if isValid(self):
                fn(value)

        return call


def _focus(page: QWidget) -> None:
    focus = getattr(page, "focus_first", None)
    if callable(focus):
        focus()
    else:
        focus_first_in(page)
