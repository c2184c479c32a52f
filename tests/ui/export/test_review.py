"""The review screen: each choice the person makes changes exactly what leaves, and nothing
leaves until they confirm the text as it is now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from testimony.core.review import FORCED_TYPE, ReviewState
from testimony.exporting.plan import load_known, plan_export
from testimony.services.accounts import save_answers
from testimony.store.reviews import reviews_for
from testimony.ui.export.review import ReviewScreen
from testimony.ui.export.spans_model import DECISION_ROLE
from tests.ui.export.export_ui_helpers import STORY, access_problems


def open_screen(qtbot, session, runner, account_id) -> ReviewScreen:
    screen = ReviewScreen(session, runner, account_id)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    return screen


def row_of(screen: ReviewScreen, words: str, nth: int = 0) -> int:
    found = [
        r
        for r in range(screen.model.rowCount())
        if screen.model.surface(screen.model.row_at(r)) == words
    ]
    return found[nth]


def look_at_every_answer(screen: ReviewScreen) -> None:
    for index in range(screen.question.count()):
        screen.question.setCurrentIndex(index)


def confirm(qtbot, screen: ReviewScreen) -> None:
    look_at_every_answer(screen)
    with qtbot.waitSignal(screen.confirmed, timeout=10000):
        screen.confirm_button.click()


def leaving(session, account_id) -> dict[str, str]:
    view = session.call(plan_export, session.paths.folder, [account_id])
    return view.accounts[0].texts_leaving if view.accounts else {}


def test_every_span_is_listed_with_what_it_is_and_why(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    first = screen.model.data(screen.model.index(row_of(screen, "PC Davies")))
    assert "a police officer's name" in first
    assert "a police title like PC or Sgt comes before it" in first
    assert "Will be taken out." in first
    phone = screen.model.data(screen.model.index(row_of(screen, "07700 900123")))
    assert "a phone number" in phone
    # No code ever reaches the person: no PERSON, pattern:…, role:… in what is shown.
    for r in range(screen.model.rowCount()):
        shown = screen.model.data(screen.model.index(r))
        assert "pattern:" not in shown and "role:" not in shown and "_" not in shown
    assert "Could someone who was there recognise you" in screen.intruder.text()


def test_nothing_leaves_before_confirming_and_confirm_saves_every_text(
    qtbot, session, runner, account
):
    aid = account("words", STORY, how_affected="Sarah Jones never rang back.")
    assert leaving(session, aid) == {}
    screen = open_screen(qtbot, session, runner, aid)
    shown = dict(screen.preview_texts)
    assert "PC Davies" not in shown["what_happened"]
    assert "[POLICE OFFICER]" in shown["what_happened"]
    assert leaving(session, aid) == {}  # opening the screen confirms nothing
    confirm(qtbot, screen)
    assert leaving(session, aid) == shown
    assert all(r.confirmed for r in session.call(reviews_for, aid).values())


def test_reject_keeps_the_words_and_accept_takes_them_out(qtbot, session, runner, account):
    aid = account("words", STORY)
    screen = open_screen(qtbot, session, runner, aid)
    leeds = screen.model.index(row_of(screen, "Leeds"))
    # Reject by unticking in the list (what Space does)…
    assert screen.model.setData(leeds, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "from Leeds came" in screen.preview_texts["what_happened"]
    assert "You chose to keep this." in screen.model.data(leeds)
    # …and reject another with the "Keep it" button.
    screen.spans.setCurrentIndex(screen.model.index(row_of(screen, "3am")))
    screen.keep_button.click()
    assert "came at 3am" in screen.preview_texts["what_happened"]
    # Accept again with "Take it out".
    screen.take_out_button.click()
    assert "came at [TIME]" in screen.preview_texts["what_happened"]
    confirm(qtbot, screen)
    out = leaving(session, aid)["what_happened"]
    assert "from Leeds came at [TIME]" in out
    assert out == screen.preview_texts["what_happened"]


def test_space_in_the_list_keeps_or_takes_out(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    screen.spans.setFocus()
    screen.spans.setCurrentIndex(screen.model.index(row_of(screen, "Leeds")))
    qtbot.keyClick(screen.spans, Qt.Key.Key_Space)
    assert "from Leeds came" in screen.preview_texts["what_happened"]
    qtbot.keyClick(screen.spans, Qt.Key.Key_Space)
    assert "from [PLACE] came" in screen.preview_texts["what_happened"]


def test_do_the_same_everywhere_changes_every_occurrence_in_every_answer(
    qtbot, session, runner, account
):
    aid = account("words", STORY, how_affected="PC DAVIES still frightens me.")
    screen = open_screen(qtbot, session, runner, aid)
    screen.spans.setCurrentIndex(screen.model.index(row_of(screen, "PC Davies", 0)))
    screen.keep_button.click()
    text = screen.preview_texts["what_happened"]
    assert text.startswith("PC Davies from") and "[POLICE OFFICER] laughed" in text
    screen.everywhere_button.click()
    assert "PC Davies laughed" in screen.preview_texts["what_happened"]
    assert screen.preview_texts["how_affected"].startswith("PC DAVIES")
    assert "2 more changed" in screen.status.text()
    confirm(qtbot, screen)
    assert leaving(session, aid) == screen.preview_texts


def test_take_this_out_too_removes_words_the_engine_missed(qtbot, session, runner, account):
    aid = account("words", STORY)
    screen = open_screen(qtbot, session, runner, aid)
    start = STORY.index("high intensity user")
    # With the keyboard: put the caret before the words and select with Shift+Right.
    screen.text_view.setFocus()
    cursor = screen.text_view.textCursor()
    cursor.setPosition(start)
    screen.text_view.setTextCursor(cursor)
    for _ in range(len("high intensity user")):
        qtbot.keyClick(screen.text_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert screen.text_view.selected_range() == (start, start + len("high intensity user"))
    screen.manual_button.click()
    assert "I was a [REMOVED]." in screen.preview_texts["what_happened"]
    row = screen.model.row_at(row_of(screen, "high intensity user"))
    assert row.manual and row.redact
    confirm(qtbot, screen)
    assert "high intensity" not in leaving(session, aid)["what_happened"]
    saved = session.call(reviews_for, aid)["what_happened"].decisions
    assert any(d.manual and STORY[d.start : d.end] == "high intensity user" for d in saved)


def test_take_this_out_too_without_a_selection_says_what_to_do(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    screen.text_view.moveCursor(QTextCursor.MoveOperation.Start)
    before = screen.decisions["what_happened"]
    screen.manual_button.click()
    assert screen.decisions["what_happened"] == before
    assert "First select the words" in screen.status.text()


def test_editing_the_account_makes_the_review_stale(qtbot, session, runner, account):
    aid = account("words", STORY)
    screen = open_screen(qtbot, session, runner, aid)
    assert not screen.banner.isVisible()
    confirm(qtbot, screen)
    assert leaving(session, aid)
    answers = {
        "services": ["police"],
        "when": "2024-03-14",
        "what_happened": STORY + " Later Dr Okafor said sorry.",
    }
    session.call_write(save_answers, aid, answers)
    plan = session.call(plan_export, session.paths.folder, [aid])
    assert plan.accounts[0].texts[0].state is ReviewState.STALE
    assert leaving(session, aid) == {}  # no words leave until confirmed again

    again = open_screen(qtbot, session, runner, aid)
    assert again.banner.isVisible()
    assert "check it again" in again.banner.text()
    assert "Okafor" not in again.preview_texts["what_happened"]
    confirm(qtbot, again)
    assert leaving(session, aid) == again.preview_texts


def test_machine_details_are_always_taken_out(qtbot, session, runner, account):
    # The vault's folder is called "kestrel": a detail of this computer.
    aid = account("words", "I wrote this on kestrel after PC Davies left.")
    screen = open_screen(qtbot, session, runner, aid)
    r = row_of(screen, "kestrel")
    index = screen.model.index(r)
    assert screen.model.row_at(r).type == FORCED_TYPE
    assert screen.model.data(index, DECISION_ROLE) == -1
    assert not screen.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not screen.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    screen.spans.setCurrentIndex(index)
    screen.keep_button.click()
    assert "cannot" in screen.model.data(index) and "always" in screen.status.text()
    assert "kestrel" not in screen.preview_texts["what_happened"]
    confirm(qtbot, screen)
    assert "kestrel" not in leaving(session, aid)["what_happened"]


def test_people_and_places_list_is_saved_and_searched_again(qtbot, session, runner, account):
    aid = account("words", "The man at the front desk of the station laughed at me. Ravi too.")
    screen = open_screen(qtbot, session, runner, aid)
    screen.spans.setCurrentIndex(screen.model.index(0))
    screen.known_button.click()
    assert screen.known.isVisible()
    screen.known.fields["places"].setText("front desk")
    screen.known.fields["people"].setText("Ravi")
    screen.known.fields["date_of_birth"].setText("31 2 1990")
    screen.known.save_button.click()
    assert "date of birth" in screen.known.error.text()  # 31 February is not a date
    screen.known.fields["date_of_birth"].setText("27 3 1990")
    screen.known.save_button.click()
    qtbot.waitUntil(lambda: "looked through" in screen.status.text(), timeout=10000)
    known = session.call(load_known)
    assert known.places == ("front desk",) and known.date_of_birth == "1990-03-27"
    text = screen.preview_texts["what_happened"]
    assert "front desk" not in text and "Ravi" not in text


def test_a_name_added_to_the_list_after_confirming_is_shown_to_check(
    qtbot, session, runner, account
):
    from testimony.exporting.plan import save_known

    aid = account("words", "The duty sergeant on the desk was called Marek.")
    confirm(qtbot, open_screen(qtbot, session, runner, aid))
    session.call_write(save_known, {"people": ["Marek"], "places": ["the desk"]})
    again = open_screen(qtbot, session, runner, aid)
    # The list changed, so the confirmed review is stale and must be checked again.
    assert "Please check it again" in again.banner.text()
    desk = again.model.data(again.model.index(row_of(again, "the desk")))
    assert "you told us this is a place you mention" in desk
    assert "Will be taken out." in desk
    # The reasons of what was confirmed before are shown again, not lost.
    marek = again.model.data(again.model.index(row_of(again, "Marek")))
    assert "you told us this is someone you mention" in marek
    assert "[PLACE]" in again.preview_texts["what_happened"]
    confirm(qtbot, again)
    assert leaving(session, aid) == again.preview_texts


def test_back_keeps_choices_without_confirming(qtbot, session, runner, account):
    aid = account("words", STORY)
    screen = open_screen(qtbot, session, runner, aid)
    screen.model.setData(
        screen.model.index(row_of(screen, "Leeds")),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    with qtbot.waitSignal(screen.cancelled, timeout=10000):
        screen.back_button.click()
    review = session.call(reviews_for, aid)["what_happened"]
    assert not review.confirmed
    assert leaving(session, aid) == {}
    again = open_screen(qtbot, session, runner, aid)
    assert "from Leeds came" in again.preview_texts["what_happened"]


def test_count_only_accounts_have_no_words_to_check(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("count", STORY))
    assert not screen.question.isVisible()
    assert "no words to check" in screen.message.text()
    assert "March 2024" in screen.preview.toPlainText()
    assert "PC Davies" not in screen.preview.toPlainText()


def test_private_accounts_cannot_be_reviewed_for_sharing(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("private", STORY))
    assert "kept private" in screen.message.text()
    assert not screen.confirm_button.isVisible()


def test_spans_model_passes_qt_model_tester(qtbot, qtmodeltester, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    assert screen.model.rowCount() >= 5
    qtmodeltester.check(screen.model)


def test_every_control_is_named_and_reachable(qtbot, session, runner, account):
    screen = open_screen(qtbot, session, runner, account("words", STORY))
    screen.known_button.click()
    assert access_problems(screen) == []
    assert screen.preview.plain()  # the preview is text a screen reader can read
