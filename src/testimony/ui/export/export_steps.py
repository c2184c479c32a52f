"""The last two steps of sharing: the file being made (with a way to stop), and done (what
to do next). Also the plain words for why a file was not saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from testimony.services.files import SavePlace, save_place
from testimony.services.sharing import ExportResult, export_month
from testimony.ui.discreet import is_discreet
from testimony.ui.file_dialogs import make_dialog
from testimony.ui.messages import message_for
from testimony.ui.page import Page
from testimony.ui.record.common import button
from testimony.ui.tasks import TaskRunner

STEPS = ("plan", "bundle", "seal", "write", "done")


def file_stem(kind: str = "export") -> str:
    """No names and no date finer than the month. In discreet mode not the app's name or
    what the file is either (issue 12)."""
    return f"notes-{export_month()}" if is_discreet() else f"testimony-{kind}-{export_month()}"


def documents_folder() -> Path | None:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else None


class SaveFileAsk:
    """A save dialog that opens at a free file name in the Documents folder.

    The look at the folder runs on the runner's thread (docs/architecture.md, "Threads"),
    so the dialog opens once it is back. A second ask while one is under way is ignored;
    once the page is gone the answer is dropped, and a cancelled look opens nothing."""

    def __init__(self, page: QWidget, runner: TaskRunner, title: str, kind: str) -> None:
        self._page = page
        self._runner = runner
        self._title = title
        self._kind = kind
        self._asking = False

    @property
    def asking(self) -> bool:
        return self._asking

    def ask(self, on_chosen: Callable[[str], None]) -> None:
        if self._asking:
            return
        self._asking = True
        self._runner.run(
            save_place,
            documents_folder(),
            file_stem(self._kind),
            on_done=lambda place: self._open(place, on_chosen),
            on_error=self._failed,
            owner=self._page,
        )

    def _open(self, place: SavePlace, on_chosen: Callable[[str], None]) -> None:
        self._asking = False
        dialog = make_dialog(self._page, self._title, "save")
        dialog.setDirectory(str(place.folder))
        dialog.selectFile(place.name)
        dialog.setDefaultSuffix("age")
        dialog.fileSelected.connect(on_chosen)
        dialog.open()

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False  # cancelled (the window is closing): no dialog


class WorkingPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Making your file"))
        self.step_text = self.add_text("")
        self.step_text.setObjectName("exportStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("How far it has got"))
        self.progress.setRange(0, len(STEPS))
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        self.cancel_button = button(
            self.tr("Stop"), "cancelExport", description=self.tr("Stop. No file will be saved.")
        )
        self.add_buttons(self.cancel_button)
        self.body.addStretch(1)

    def start(self) -> None:
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Stop"))
        self.show_step("plan")
        self.cancel_button.setFocus()

    def stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))

    def show_step(self, step: str) -> None:
        words = {
            "plan": self.tr("Getting your accounts ready…"),
            "bundle": self.tr("Putting your accounts together…"),
            "seal": self.tr("Sealing it so only the coalition can open it…"),
            "write": self.tr("Saving the file…"),
            "done": self.tr("Saved."),
        }
        self.step_text.setText(words.get(step, ""))
        self.step_text.setAccessibleName(self.step_text.text())
        self.progress.setValue(STEPS.index(step) + 1 if step in STEPS else 0)


class DonePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Your file is ready"))
        self.summary = self.add_text("")
        self.summary.setObjectName("doneSummary")
        self.where = self.add_text("")
        self.where.setObjectName("doneWhere")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_text(
            self.tr(
                "The file is sealed so only the coalition can open it. Nobody else can read "
                "it, even if they find it."
            )
        )
        self.add_subheading(self.tr("What to do next"))
        self.add_text(
            self.tr(
                "Send the file to the coalition, in the way they ask. For example, attach it "
                "to an email, or hand it over on a USB stick."
            )
        )
        self.add_text(
            self.tr("You can take it back later. Go to “What I have shared” and choose Withdraw.")
        )
        self.done_button = button(self.tr("Done"), "exportDone", primary=True)
        self.add_buttons(self.done_button)
        self.body.addStretch(1)

    def show_result(self, result: ExportResult) -> None:
        n = len(result.sent)
        self.summary.setText(self.tr("You saved %n account(s) in this file.", "", n))
        self.where.setText(
            self.tr("File name: %1\nFolder: %2")
            .replace("%2", str(result.path.parent))
            .replace("%1", result.path.name)
        )


def why_not_saved(exc: BaseException) -> str:
    """Why no file was saved, in words a person can act on (ui/messages.py, "saving")."""
    return message_for(exc, "saving")
