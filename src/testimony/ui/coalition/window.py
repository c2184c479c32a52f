"""An open coalition workspace: its public key, importing, and the pattern, as tabs.

Built for an unlocked workspace Session and thrown away when it is locked or closed, so
nothing read from the workspace outlives the key in a widget.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from testimony.services.session import Session
from testimony.ui.coalition.analysis_page import AnalysisPage
from testimony.ui.coalition.import_page import ImportPage
from testimony.ui.coalition.reading_page import ReadingPage
from testimony.ui.coalition.recipient_page import RecipientPage
from testimony.ui.coalition.themes_page import ThemesPage
from testimony.ui.tasks import TaskRunner


class CoalitionWindow(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Coalition workspace"))
        self.analysis = AnalysisPage(session, runner)
        self.importer = ImportPage(session, runner)
        self.key_page = RecipientPage(session, runner)
        self.reading = ReadingPage(session, runner)
        self.themes = ThemesPage(session, runner)
        self.tabs.addTab(self.analysis, self.tr("See the pattern"))
        self.tabs.addTab(self.reading, self.tr("Read the words"))
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.addTab(self.importer, self.tr("Import"))
        self.tabs.addTab(self.key_page, self.tr("Public key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.importer.imported.connect(lambda _summary: self.analysis.reload())
        self.importer.imported.connect(lambda _summary: self.reading.refresh())
        self.themes.changed.connect(self.reading.reload_choices)
        self.reading.tagged.connect(lambda _n: self.themes.reload())
        self.reading.tagged.connect(lambda _n: self.analysis.reload())

    def show_tab(self, name: str) -> None:
        pages = {"analysis": self.analysis, "import": self.importer, "key": self.key_page,
                 "reading": self.reading, "themes": self.themes}  # fmt: skip
        self.tabs.setCurrentWidget(pages[name])
