"""One Confirm covers every answer in the person's own words, so it is offered only once
each of them has been on screen, not just the one shown first (issue 10, item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from testimony.exporting.plan import plan_export
from testimony.store.reviews import reviews_for
from testimony.ui.export.review import ReviewScreen
from tests.ui.export.export_ui_helpers import STORY


def open_screen(qtbot, session, runner, account_id) -> ReviewScreen:
    screen = ReviewScreen(session, runner, account_id)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    return screen


def test_confirm_waits_until_every_answer_has_been_shown(qtbot, session, runner, account):
    aid = account(
        "words",
        STORY,
        how_affected="Sarah Jones never rang back.",
        would_have_helped="Someone to listen at the Leeds crisis house.",
    )
    screen = open_screen(qtbot, session, runner, aid)
    assert screen.question.count() == 3
    assert not screen.confirm_button.isEnabled()
    assert "You have looked at 1 of 3" in screen.seen_text.text()
    assert "1 of 3" in screen.confirm_button.accessibleDescription()
    # Clicking a disabled Confirm does nothing; nothing is confirmed.
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert not any(r.confirmed for r in session.call(reviews_for, aid).values())

    # "Next answer" (by keyboard) shows the ones not yet seen, one by one.
    screen.next_button.setFocus()
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    assert len(screen.seen) == 2
    assert "2 of 3" in screen.seen_text.text() and not screen.confirm_button.isEnabled()
    screen.next_button.click()
    assert screen.unseen() == []
    assert screen.confirm_button.isEnabled() and not screen.seen_text.isVisible()

    with qtbot.waitSignal(screen.confirmed, timeout=10000):
        screen.confirm_button.click()
    reviews = session.call(reviews_for, aid)
    assert set(reviews) == {"what_happened", "how_affected", "would_have_helped"}
    assert all(r.confirmed for r in reviews.values())
    plan = session.call(plan_export, session.paths.folder, [aid])
    assert set(plan.accounts[0].texts_leaving) == set(reviews)


def test_one_answer_needs_no_extra_step(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    assert screen.question.count() == 1
    assert screen.confirm_button.isEnabled()
    assert not screen.next_button.isVisible() and not screen.seen_text.isVisible()
