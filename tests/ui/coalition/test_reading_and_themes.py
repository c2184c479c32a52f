"""The reading and themes pages with a real workspace (issue 14): search, filters, the
record's words, tagging one or every record found, and managing themes; keyboard reachable
and named for screen readers. Screenshots go to docs/screenshots/."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from tests.ui.coalition.coalition_ui_helpers import save_screenshot
from tests.ui.coalition.test_coalition_pages import make_window


def _search(qtbot, page, text: str) -> None:
    with qtbot.waitSignal(page.searched, timeout=10000):
        page.search.setText(text)


def test_reading_page_searches_filters_and_tags(qtbot, runner, filled):
    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    window.show_tab("reading")
    page = window.reading
    qtbot.waitUntil(lambda: page.model.rowCount() == 24, timeout=10000)
    assert all(r.consent in ("words", "quote") for r in page.model.records)
    _search(qtbot, page, "turned awa")
    assert page.model.rowCount() == 12
    assert "QUOTABLE they turned me away" in page.detail.toPlainText()
    assert "Yes, by the person" in page.detail.toPlainText()
    assert "12 records with words match" in page.status.text().replace("(s)", "s")
    save_screenshot(window, "reading")

    page.tag_theme.setCurrentIndex(page.tag_theme.findText("Restraint"))
    with qtbot.waitSignal(page.tagged, timeout=10000) as got:
        page.tag_all.click()
    assert got.args == [12]
    qtbot.waitUntil(lambda: "Restraint" in page.model.data(page.model.index(0, 4)), timeout=5000)
    # Filter by the theme: only the tagged records.
    _search(qtbot, page, "")
    theme_box = page.filters["theme"]
    with qtbot.waitSignal(page.searched, timeout=10000):
        theme_box.setCurrentIndex(theme_box.findText("Restraint"))
    assert page.model.rowCount() == 12
    with qtbot.waitSignal(page.tagged, timeout=10000):
        page.untag_one.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 11, timeout=5000)

    page.period_from.setText("2024-13")
    page.refresh()
    assert "like 2024-03" in page.error.text() and page.model.rowCount() == 11


def test_themes_page_adds_renames_merges_and_retires(qtbot, runner, filled):
    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    window.show_tab("themes")
    page = window.themes
    qtbot.waitUntil(lambda: len(page.themes) == 8, timeout=10000)
    assert any(t.name == "Refused care" and t.records == 24 for t in page.themes)
    page.name.setText("Held in a cell")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.add_button.click()
    assert "Held in a cell" in [t.name for t in page.themes]
    page.name.setText("refused CARE")
    page.add_button.click()
    qtbot.waitUntil(lambda: "already a theme" in page.error.text(), timeout=5000)
    assert len(page.themes) == 9

    names = [t.name for t in page.themes]
    page.listing.setCurrentRow(names.index("Held in a cell"))
    page.name.setText("Held in a police cell")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.rename_button.click()
    names = [t.name for t in page.themes]
    page.listing.setCurrentRow(names.index("Held in a police cell"))
    page.merge_into.setCurrentIndex(page.merge_into.findText("Restraint"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.merge_button.click()
    assert "Held in a police cell" not in [t.name for t in page.themes]

    names = [t.name for t in page.themes]
    page.listing.setCurrentRow(names.index("Refused care"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.retire_button.click()
    retired = [t for t in page.themes if t.name == "Refused care"]
    assert retired[0].retired and retired[0].records == 24
    assert page.retire_button.text() == "Bring back the chosen theme"
    save_screenshot(window, "themes")
    # The reading page stops offering a retired theme.
    reading = window.reading
    qtbot.waitUntil(lambda: reading.tag_theme.findText("Refused care") == -1, timeout=5000)


def test_every_control_is_named_and_reachable(qtbot, runner, filled):
    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    for page in (window.reading, window.themes):
        controls = page.findChildren(QPushButton) + page.findChildren(QComboBox)
        controls += page.findChildren(QLineEdit)
        for control in controls:
            if control.parent() is not None and isinstance(control.parent(), QComboBox):
                continue  # a combo box's own line edit
            assert control.accessibleName(), control
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control


def test_an_answer_that_arrives_after_lock_submits_nothing(qtbot, runner, filled):
    """Locking closes the workspace while the page's first answer may still be on its way;
    filling the filters then searched a closed session ("cannot schedule new futures after
    shutdown"). Now the late answer is shown and nothing more is asked for."""
    from testimony.services import coalition_texts as ct

    session, _, _ = filled
    window = make_window(qtbot, session, runner)
    window.show_tab("reading")
    page = window.reading
    qtbot.waitUntil(lambda: page.model.rowCount() == 24, timeout=10000)
    choices = session.call(ct.filter_choices)
    session.close()
    page._fill(choices)  # the answer, delivered late
    page.reload_choices()
    assert page.model.rowCount() == 24
