"""Importing bundles and withdrawal notices: drop files on the page or choose them, watch
the progress, stop between files. The work runs on the workspace's database thread; the
progress comes back to the GUI thread by a queued signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QListWidget, QProgressBar, QVBoxLayout, QWidget

from testimony.services.coalition import IMPORTED, NOT_RUN, FileResult, ImportSummary, import_files
from testimony.services.session import Session
from testimony.ui.coalition.words import message_for
from testimony.ui.file_dialogs import ask
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import Progress, TaskRunner


class ImportPage(Page):
    imported = Signal(object)  # ImportSummary, after every run

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._cancel: threading.Event | None = None
        self.setAcceptDrops(True)
        self.add_heading(self.tr("Import accounts"))
        self.add_text(
            self.tr(
                "Add the files people sent you: exports and withdrawal notices. You can add "
                "many at once. Each file is checked before anything from it is added; a file "
                "that is damaged or not a Testimony file is turned down whole."
            )
        )
        self.drop_area = QFrame()
        self.drop_area.setObjectName("dropArea")
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_area.setMinimumHeight(90)
        drop_layout = QVBoxLayout(self.drop_area)
        drop_label = make_label(self.tr("Drop files here"), "subheading")
        drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_layout.addWidget(drop_label)
        self.body.addWidget(self.drop_area)
        self.choose_button = make_button(
            self.tr("Choose files…"), self.tr("Pick export files to import"), primary=True
        )
        self.cancel_button = make_button(
            self.tr("Stop"), self.tr("Stop after the file being imported now")
        )
        self.cancel_button.setEnabled(False)
        self.choose_button.clicked.connect(self.ask_for_files)
        self.cancel_button.clicked.connect(self.cancel)
        self.add_buttons(self.choose_button, self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.status = self.add_text("", "subheading")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("What happened to each file"))
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(160)
        self.body.addWidget(self.results, 1)
        self.error = error_label()
        self.body.addWidget(self.error)

    # -- choosing files ------------------------------------------------------------------

    def ask_for_files(self) -> None:
        ask(
            self,
            self.tr("Choose files to import"),
            "open_many",
            self.start,
            name_filter=self.tr("Testimony files (*.age *.testimony-export);;All files (*)"),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start(paths)

    # -- running -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(self, paths: list[Path]) -> None:
        if self.busy:
            return
        show_error(self.error, "")
        # Stop pressed, or the page thrown away (locked): the import stops after this file.
        self._cancel = self._runner.stop_with(self, threading.Event())
        self.results.clear()
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Importing %n file(s)…", "", len(paths)))
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        future = self._session.submit(
            import_files,
            paths,
            progress=Progress(self._runner, self._on_progress),
            cancel=self._cancel,
        )
        self._runner.watch(future, self._finished, self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after this file…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, summary: ImportSummary) -> None:
        self._idle()
        for result in summary.files:
            self.results.addItem(self.describe(result))
        t = summary.totals
        text = " ".join(
            (
                self.tr("%n file(s) imported,", "", t["imported"]),
                self.tr("%n turned down.", "", t["rejected"]),
                self.tr("%n record(s) added.", "", t["added"]),
            )
        )
        if summary.cancelled:
            text = self.tr("Stopped. ") + text
        self.status.setText(text)
        self.imported.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.status.setText("")
        show_error(self.error, message_for(exc))

    def _idle(self) -> None:
        self._cancel = None
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    # -- words -----------------------------------------------------------------------------

    def describe(self, r: FileResult) -> str:
        if r.status == NOT_RUN:
            return self.tr("{0}: not imported (stopped before it).").format(r.name)
        if r.status != IMPORTED:
            return self.tr("{0}: turned down: {1}. Nothing from it was added.").format(
                r.name, self.reason(r.reason or "")
            )
        if r.kind == "export":
            return self.tr(
                "{0}: {1} added, {2} already here, {3} withdrawn by their writer."
            ).format(r.name, r.added, r.duplicates, r.withdrawn_before)
        text = self.tr("{0}: withdrawal notice: {1} removed.").format(r.name, r.withdrawn)
        if r.not_matched:
            text += " " + self.tr(
                "{0} not removed, because the secret did not match the record."
            ).format(r.not_matched)
        if r.not_found:
            text += " " + self.tr("{0} not here yet; they will be refused if they arrive.").format(
                r.not_found
            )
        return text

    def reason(self, code: str) -> str:
        reasons = {
            "too_large": self.tr("it is larger than a Testimony export can be"),
            "not_a_file": self.tr("it is a folder, not a file"),
            "unreadable": self.tr("it could not be read"),
            "does_not_open": self.tr(
                "it does not open with this workspace's key (damaged, incomplete, or sealed "
                "for someone else)"
            ),
            "too_large_decrypted": self.tr("what is inside is too large"),
            "not_json": self.tr("what is inside is not a Testimony export"),
            "too_deep": self.tr("what is inside is not a Testimony export"),
            "not_testimony": self.tr("it is not a Testimony export or withdrawal notice"),
            "unknown_version": self.tr("it was made by a newer Testimony; update to import it"),
            "schema": self.tr("it does not follow the Testimony export format"),
            "duplicate_ids": self.tr("the same record appears twice in it"),
            "form_not_listed": self.tr("it does not follow the Testimony export format"),
            "unknown_form": self.tr("it uses questions this version of Testimony does not know"),
            "invalid_answers": self.tr("an answer does not fit its question"),
            "invalid_texts": self.tr("it does not follow the Testimony export format"),
        }
        return reasons.get(code, self.tr("it is not a valid Testimony file"))
