"""The last two steps of sharing: the file being made (with a way to stop), and done (what
to do next). Also the plain words for why a file was not saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from testimony.services.sharing import ExportResult, export_month
from testimony.ui.discreet import is_discreet
from testimony.ui.messages import message_for
from testimony.ui.page import Page
from testimony.ui.record.common import button

STEPS = ("plan", "bundle", "seal", "write", "done")


def suggested_name(folder: Path, kind: str = "export") -> str:
    """No names and no date finer than the month, and never a file that is already there.
    In discreet mode not the app's name or what the file is either (issue 12)."""
    stem = f"notes-{export_month()}" if is_discreet() else f"testimony-{kind}-{export_month()}"
    name, n = f"{stem}.age", 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}.age"
    return name


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


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
