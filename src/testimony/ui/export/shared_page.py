"""What I have shared: every file saved to share, who it was sealed for, which accounts it
held and how; and a way to take any of it back with a sealed withdrawal notice."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from testimony.core.consent import Level
from testimony.services.session import Session
from testimony.services.sharing import ExportItem, Receipt, Shared, load_shared, run_withdrawal
from testimony.ui.export.export_steps import SaveFileAsk, why_not_saved
from testimony.ui.export.recipients import clear_layout
from testimony.ui.export.words import shown_code
from testimony.ui.page import Page, show_error
from testimony.ui.record.common import (
    body,
    bold,
    button,
    error_label,
    format_stamp,
    guarded,
    level_short,
)
from testimony.ui.tasks import TaskRunner


class SharedPage(QStackedWidget):
    back = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.save_ask = SaveFileAsk(
            self, runner, self.tr("Choose where to save the notice"), "withdrawal"
        )
        self.shared: Shared | None = None
        self.withdraw_buttons: dict[str, QWidget] = {}
        self.setAccessibleName(self.tr("What I have shared"))
        self.main = self._build_main()
        self.notice = self._build_notice()
        self.addWidget(self.main)
        self.addWidget(self.notice)
        self.reload()

    def _build_main(self) -> Page:
        page = Page()
        self.back_button = button(self.tr("Back"), "sharedBack")
        self.back_button.clicked.connect(self.back)
        page.add_buttons(self.back_button)
        page.add_heading(self.tr("What I have shared"))
        page.add_text(
            self.tr(
                "Each file you saved to share is listed here. You can take back what you "
                "shared at any time: make a withdrawal notice and send it to the coalition. "
                "They will then delete it."
            )
        )
        self.error = error_label()
        self.error.hide()
        page.body.addWidget(self.error)
        self.list_area = QVBoxLayout()
        self.list_area.setSpacing(16)
        page.body.addLayout(self.list_area)
        page.body.addStretch(1)
        return page

    def _build_notice(self) -> Page:
        page = Page()
        page.add_heading(self.tr("Your withdrawal notice is ready"))
        self.notice_where = page.add_text("")
        self.notice_where.setObjectName("noticeWhere")
        self.notice_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.add_text(
            self.tr("It is sealed so only the coalition can open it. It holds none of your words.")
        )
        page.add_subheading(self.tr("What to do next"))
        page.add_text(
            self.tr(
                "Send this file to the coalition, the same way you sent what you shared. "
                "When they get it, they will delete those accounts. Until then, they still "
                "have what you sent."
            )
        )
        self.notice_back = button(self.tr("Back to what I have shared"), "noticeBack", primary=True)
        self.notice_back.clicked.connect(self._show_main)
        page.add_buttons(self.notice_back)
        page.body.addStretch(1)
        return page

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        future = self._session.submit(load_shared)
        self._runner.watch(future, guarded(self, self._show), guarded(self, self._failed))

    def _show(self, shared: Shared) -> None:
        self.shared = shared
        clear_layout(self.list_area)
        self.withdraw_buttons = {}
        if not shared.receipts:
            self.list_area.addWidget(body(self.tr("You have not shared anything yet.")))
        for receipt in shared.receipts:
            self.list_area.addWidget(self._receipt(receipt))

    def _receipt(self, receipt: Receipt) -> QFrame:
        frame = QFrame()
        frame.setObjectName("receipt")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        col = QVBoxLayout(frame)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(6)
        when = format_stamp(receipt.created, with_time=False)
        col.addWidget(bold(body(self.tr("Shared on %1").replace("%1", when))))
        for name, key in receipt.recipients:
            col.addWidget(
                body(
                    self.tr("Sealed for %2.\nCode: %3")
                    .replace("%3", shown_code(key))
                    .replace("%2", name)
                )
            )
        col.addWidget(body(self.tr("File name: %1").replace("%1", receipt.file_name)))
        for item in receipt.items:
            col.addLayout(self._item_row(item))
        open_items = [i.export_id for i in receipt.items if i.withdrawn_at is None]
        if len(open_items) > 1:
            everything = button(
                self.tr("Withdraw everything in this file"),
                "withdrawAll",
                description=self.tr("Make one notice that takes back every account in this file"),
            )
            everything.clicked.connect(lambda: self.withdraw(open_items))
            col.addWidget(everything, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _item_row(self, item: ExportItem) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        title = self._title(item)
        try:
            level = level_short(Level(item.level))
        except ValueError:
            level = item.level
        if item.withdrawn_at is None:
            state = self.tr("Shared")
        else:
            when = format_stamp(item.withdrawn_at, with_time=False)
            state = self.tr("Withdrawn on %1").replace("%1", when)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(bold(body(title)))
        words.addWidget(body(f"{level}. {state}."))
        row.addLayout(words, 1)
        if item.withdrawn_at is None:
            withdraw = button(self.tr("Withdraw"), "withdraw")
            withdraw.setAccessibleName(self.tr("Withdraw %1").replace("%1", title))
            withdraw.setAccessibleDescription(
                self.tr("Make a notice that asks the coalition to delete this account")
            )
            withdraw.clicked.connect(lambda: self.withdraw([item.export_id]))
            row.addWidget(withdraw, 0, Qt.AlignmentFlag.AlignTop)
            self.withdraw_buttons[item.export_id] = withdraw
        return row

    def _title(self, item: ExportItem) -> str:
        if item.account_id is None or self.shared is None:
            return self.tr("An account you have since deleted")
        return self.shared.titles.get(item.account_id) or self.tr("An account with no name")

    # -- withdrawing -------------------------------------------------------------------------

    def withdraw(self, export_ids: Sequence[str]) -> None:
        """Ask where to save a notice for these records, then make it."""
        ids = list(export_ids)
        self.save_ask.ask(lambda path: self.save_notice(path, ids))

    def save_notice(self, path: str, export_ids: Sequence[str]) -> None:
        if not path or not export_ids:
            return
        show_error(self.error, "")
        for b in self.withdraw_buttons.values():
            b.setEnabled(False)
        future = self._session.submit(run_withdrawal, list(export_ids), Path(path))
        self._runner.watch(
            future,
            guarded(self, lambda _ids: self._saved(Path(path))),
            guarded(self, self._failed),
        )

    def _saved(self, path: Path) -> None:
        self.notice_where.setText(
            self.tr("File name: %1\nFolder: %2")
            .replace("%2", str(path.parent))
            .replace("%1", path.name)
        )
        self.setCurrentWidget(self.notice)
        self.notice_back.setFocus()
        self.reload()

    def _show_main(self) -> None:
        self.setCurrentWidget(self.main)
        self.back_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        for b in self.withdraw_buttons.values():
            b.setEnabled(True)
        show_error(self.error, why_not_saved(exc))

    def focus_first(self) -> None:
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
