"""The coalition's list of themes: add one, rename, merge two, retire or bring back.

Each change runs in one transaction on the workspace's database thread
(services/coalition_texts.py); a change that cannot be made says why and changes nothing.
The numbers beside each theme are for the team; reports hide the small ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from testimony.services import coalition_texts as ct
from testimony.services.session import Session
from testimony.ui.coalition.words import message_for
from testimony.ui.page import Page, error_label, make_button, make_label, show_error
from testimony.ui.tasks import TaskRunner


class ThemesPage(Page):
    changed = Signal()  # the list of themes changed (the reading page refills its choices)
    loaded = Signal()  # the list on screen is current (tests wait for it)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.themes: list[ct.Theme] = []
        self.add_heading(self.tr("Themes"))
        self.add_text(
            self.tr(
                "Themes are what an account speaks about. Give them to records on the "
                "\u201cRead the words\u201d page. Reports count records by theme, and quote "
                "only records that have one."
            ),
            "muted",
        )
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Themes"))
        self.listing.setMinimumHeight(220)
        label = make_label(self.tr("Your themes"))
        label.setBuddy(self.listing)
        self.body.addWidget(label)
        self.body.addWidget(self.listing)
        self.add_text(
            self.tr("The numbers are for your team only. Reports hide small numbers."), "muted"
        )

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Theme name"))
        name_label = make_label(self.tr("Theme name"))
        name_label.setBuddy(self.name)
        self.body.addWidget(name_label)
        self.body.addWidget(self.name)
        self.add_button = make_button(
            self.tr("Add a new theme"), self.tr("Add a theme with this name"), primary=True
        )
        self.rename_button = make_button(
            self.tr("Rename the chosen theme"), self.tr("Give the chosen theme this name")
        )
        self.add_buttons(self.add_button, self.rename_button)

        self.merge_into = QComboBox()
        self.merge_into.setAccessibleName(self.tr("Theme to merge into"))
        merge_label = make_label(self.tr("Merge the chosen theme into"))
        merge_label.setBuddy(self.merge_into)
        self.body.addWidget(merge_label)
        self.body.addWidget(self.merge_into)
        self.merge_button = make_button(
            self.tr("Merge"),
            self.tr("Move every record of the chosen theme to the other, then remove it"),
        )
        self.retire_button = make_button(
            self.tr("Retire or bring back the chosen theme"),
            self.tr("A retired theme keeps its records but is not offered or counted"),
        )
        self.add_buttons(self.merge_button, self.retire_button)
        self.status = self.add_text("", "muted")
        self.error = error_label()
        self.body.addWidget(self.error)

        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.merge_button.clicked.connect(self._merge)
        self.retire_button.clicked.connect(self._retire)
        self.name.returnPressed.connect(self._add)
        self.listing.currentRowChanged.connect(self._chosen_changed)
        self.reload()

    def reload(self) -> None:
        self._runner.watch(self._session.submit(ct.list_themes), self._show, self._failed)

    def _show(self, themes: list[ct.Theme]) -> None:
        keep = self.chosen()
        self.themes = themes
        self.listing.clear()
        for theme in themes:
            text = self.tr("{0}: %n record(s)", "", theme.records).format(theme.name)
            if theme.retired:
                text += " " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, theme.name)
            self.listing.addItem(item)
        names = [t.name for t in themes]
        self.listing.setCurrentRow(names.index(keep.name) if keep and keep.name in names else 0)
        self.merge_into.clear()
        for theme in themes:
            if not theme.retired:
                self.merge_into.addItem(theme.name)
        self.loaded.emit()

    def chosen(self) -> ct.Theme | None:
        row = self.listing.currentRow()
        return self.themes[row] if 0 <= row < len(self.themes) else None

    def _chosen_changed(self, _row: int) -> None:
        theme = self.chosen()
        if theme is not None:
            self.retire_button.setText(
                self.tr("Bring back the chosen theme")
                if theme.retired
                else self.tr("Retire the chosen theme")
            )
            self.retire_button.setAccessibleName(self.retire_button.text())
            # The new words need a new width; a layout keeps the old one otherwise.
            self.retire_button.setMinimumWidth(self.retire_button.sizeHint().width())

    # -- changes ---------------------------------------------------------------------------

    def _run(self, fn, *args, done: str) -> None:
        show_error(self.error, "")
        job = self._session.submit_write(fn, *args)
        self._runner.watch(job, lambda _r: self._done(done), self._failed)

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.changed.emit()
        self.reload()

    def _add(self) -> None:
        self._run(ct.add_theme, self.name.text(), done=self.tr("Theme added."))

    def _rename(self) -> None:
        theme = self.chosen()
        if theme is None:
            show_error(self.error, self.tr("Choose a theme first."))
            return
        self._run(ct.rename_theme, theme.name, self.name.text(), done=self.tr("Theme renamed."))

    def _merge(self) -> None:
        theme = self.chosen()
        if theme is None:
            show_error(self.error, self.tr("Choose a theme first."))
            return
        into = self.merge_into.currentText()
        self._run(ct.merge_theme, theme.name, into, done=self.tr("Themes merged."))

    def _retire(self) -> None:
        theme = self.chosen()
        if theme is None:
            show_error(self.error, self.tr("Choose a theme first."))
            return
        done = self.tr("Theme brought back.") if theme.retired else self.tr("Theme retired.")
        self._run(ct.retire_theme, theme.name, not theme.retired, done=done)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.error, message_for(exc))
