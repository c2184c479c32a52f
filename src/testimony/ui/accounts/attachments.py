"""The files kept with an account: the list on the account page, adding (and then the
honest offer to delete the original), opening and deleting.

Pages open in the account view's own stack (ui/accounts/page_stack.py), so locking, which
throws the view away, takes any open file with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony.services.attachments import (
    Attachment,
    Opened,
    attach_paths,
    attachment_data,
    delete_attachment,
    list_attachments,
    remove_original,
)
from testimony.services.session import Session
from testimony.ui.accounts.page_stack import PageStack
from testimony.ui.accounts.viewer import AttachmentViewer
from testimony.ui.evidence_pdf import kind_words, size_words
from testimony.ui.file_dialogs import ask
from testimony.ui.messages import message_for
from testimony.ui.record.common import body, button, error_label, guarded, heading
from testimony.ui.record.pages import PageFrame
from testimony.ui.tasks import TaskRunner

FILE_FILTER = "(*.png *.jpg *.jpeg *.pdf *.txt *.PNG *.JPG *.JPEG *.PDF *.TXT)"


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner, account_id: int, pages: PageStack
    ) -> None:
        super().__init__()
        self.setObjectName("attachments")
        self._session, self._runner, self._account_id, self._pages = (
            session,
            runner,
            account_id,
            pages,
        )
        self._items: list[Attachment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Your files"), 1.2))
        layout.addWidget(
            body(
                self.tr(
                    "Keep photos, scans and letters with this account: PNG, JPEG, PDF or "
                    "text, up to 50 MB each. They are locked in your vault and are never shared."
                )
            )
        )
        self.empty = body(self.tr("No files yet."))
        self.empty.setObjectName("noFiles")
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setObjectName("fileList")
        self.list.setAccessibleName(self.tr("Files in this account"))
        self.list.setAccessibleDescription(self.tr("Press Enter to open the chosen file"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Add a photo or document"), "addFile")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = button(self.tr("Open"), "openFile")
        self.open_button.setAccessibleName(self.tr("Open the chosen file"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = button(self.tr("Delete"), "deleteFile")
        self.delete_button.setAccessibleName(self.tr("Delete the chosen file"))
        self.delete_button.setProperty("warning", True)
        self.delete_button.clicked.connect(self.ask_delete)
        for b in (self.add_button, self.open_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        future = self._session.submit(list_attachments, self._account_id)
        self._runner.watch(future, guarded(self, self._show), guarded(self, self._failed))

    def _show(self, items: tuple[Attachment, ...]) -> None:
        self._items = list(items)
        self.list.clear()
        for a in items:
            words = f"{a.name} — {kind_words(a.type.value)}, {size_words(a.bytes)}"
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
            self.list.addItem(item)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentRow(0)
            rows = min(len(items), 6)
            self.list.setFixedHeight(
                self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
            )
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> Attachment | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))

    # -- adding --------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.error.setText("")
        ask(
            self,
            self.tr("Add photos or documents"),
            "open_many",
            self.add_files,
            name_filter=self.tr("Photos, PDFs and text files") + " " + FILE_FILTER,
        )

    def add_files(self, paths: list[Path]) -> None:
        """Read the files into the vault, all in one transaction, on the database thread."""
        self.add_button.setEnabled(False)
        future = self._session.submit_write(attach_paths, self._account_id, paths)
        self._runner.watch(
            future,
            guarded(self, lambda added: self._added(added, paths)),
            guarded(self, self._add_failed),
        )

    def _added(self, added: list[Attachment], paths: list[Path]) -> None:
        self.add_button.setEnabled(True)
        self.refresh()
        self._pages.open(OriginalsPage(paths, len(added)))

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.error.setText(message_for(exc))
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening and deleting ------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        future = self._session.submit(attachment_data, chosen.id)
        self._runner.watch(future, guarded(self, self._opened), guarded(self, self._failed))

    def _opened(self, opened: Opened) -> None:
        self._pages.open(AttachmentViewer(opened))

    def ask_delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        page = DeleteFilePage(chosen)
        page.confirmed.connect(lambda: self._delete(chosen, page))
        self._pages.open(page)

    def _delete(self, chosen: Attachment, page: DeleteFilePage) -> None:
        page.yes.setEnabled(False)
        # delete_attachment commits on its own and then empties the write-ahead log.
        future = self._session.submit(delete_attachment, chosen.id)
        self._runner.watch(
            future, guarded(self, lambda _found: self._deleted()), guarded(page, page.failed)
        )

    def _deleted(self) -> None:
        self._pages.go_home(self.add_button)
        self.refresh()


class OriginalsPage(PageFrame):
    """After adding: the originals are still on the computer; offer to delete them, and
    say honestly what deleting does not do."""

    def __init__(self, paths: list[Path], added: int) -> None:
        super().__init__(with_break=False)
        self.setObjectName("originalsPage")
        self._paths = paths
        one = len(paths) == 1
        self.content.addWidget(
            heading(
                self.tr("%n files are added to your account", "", added)
                if added != 1
                else self.tr("Your file is added")
            )
        )
        self.content.addWidget(
            body(
                self.tr("A copy is now locked in your vault. The file you chose is still here:")
                if one
                else self.tr(
                    "A copy of each is now locked in your vault. The files you chose are "
                    "still here:"
                )
            )
        )
        where = body("\n".join(str(p) for p in paths))
        where.setObjectName("originalPaths")
        self.content.addWidget(where)
        self.content.addWidget(
            body(
                self.tr(
                    "If someone else uses this computer, you can delete the original from there. "
                    "Deleting a file does not always destroy it. On an SSD or a USB stick, in a "
                    "backup or in a cloud copy, it may still be found."
                )
            )
        )
        self.error = error_label()
        self.content.addWidget(self.error)
        self.keep = button(
            self.tr("Keep it there") if one else self.tr("Keep them there"),
            "keepOriginal",
            primary=True,
        )
        self.keep.clicked.connect(self.back)
        self.remove = button(
            self.tr("Delete it from there") if one else self.tr("Delete them from there"),
            "deleteOriginal",
        )
        self.remove.setProperty("warning", True)
        self.remove.clicked.connect(self._remove)
        self.action_row.addWidget(self.keep)
        self.action_row.addWidget(self.remove)
        self.finish_actions(with_leave=False)

    def focus_first(self) -> None:
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        failed = []
        for path in self._paths:
            try:
                remove_original(path)
            except OSError:
                failed.append(path)
        if failed:
            self.error.setText(
                self.tr(
                    "%n file(s) could not be deleted. You can delete them yourself.",
                    "",
                    len(failed),
                )
            )
            return
        self.back.emit()


class DeleteFilePage(PageFrame):
    confirmed = Signal()

    def __init__(self, chosen: Attachment) -> None:
        super().__init__(with_break=False)
        self.setObjectName("deleteFilePage")
        self.content.addWidget(heading(self.tr("Delete this file?")))
        self.content.addWidget(body(chosen.name))
        self.content.addWidget(
            body(self.tr("It will be gone from your vault. This cannot be undone."))
        )
        self.error = error_label()
        self.content.addWidget(self.error)
        self.keep = button(self.tr("No, keep it"), "keepFile", primary=True)
        self.keep.clicked.connect(self.back)
        self.yes = button(self.tr("Yes, delete it"), "confirmDeleteFile")
        self.yes.setProperty("warning", True)
        self.yes.clicked.connect(self.confirmed)
        self.action_row.addWidget(self.keep)
        self.action_row.addWidget(self.yes)
        self.finish_actions(with_leave=False)

    def focus_first(self) -> None:
        # The safe choice has focus, so a stray Enter keeps the file.
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def failed(self, exc: BaseException) -> None:
        self.yes.setEnabled(True)
        self.error.setText(message_for(exc))
