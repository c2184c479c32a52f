"""Issue 12, item 7: words that were wrong or said too much."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from testimony.core.consent import Level, Method
from testimony.core.forms import load_form
from testimony.ui.drives import EXTRA_ENV, is_removable
from testimony.ui.minutes_box import MinutesBox
from testimony.ui.record.common import level_short
from testimony.ui.record.pages import IntroPage


def test_one_minute_is_not_one_minutes(qtbot):
    box = MinutesBox()
    qtbot.addWidget(box)
    box.setRange(1, 60)
    box.setValue(1)
    assert box.text() == "1 minute"
    box.setValue(5)
    assert box.text() == "5 minutes"
    box.lineEdit().setText("12 minutes")
    box.interpretText()
    assert box.value() == 12


def test_the_accounts_list_does_not_say_words_were_shared(qtbot, session, runner):
    from testimony.services.accounts import add_incoming, parse_incoming
    from testimony.ui.accounts.model import AccountsModel

    item = parse_incoming({"answers": {"short_name": "x"}, "consent": "words"})
    session.call_write(add_incoming, [item], Method.ALONE)
    model = AccountsModel(session, runner)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, AccountsModel.CONSENT).data() == "Words may be shared"
    assert level_short(Level.WORDS) == "Words shared"  # for files that were shared


def test_the_date_question_says_the_year_is_shared_too():
    when = load_form("crisis-account").question("when")
    assert "month and year will ever be shared" in when.help


def test_a_vault_on_a_stick_says_so(qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setenv(EXTRA_ENV, str(stick))
    assert is_removable(stick / "Visitor.testimony")
    assert not is_removable(tmp_path / "home")
    form = load_form("crisis-account")
    on_stick = IntroPage(form, on_stick=True)
    here = IntroPage(form, on_stick=False)
    for page in (on_stick, here):
        qtbot.addWidget(page)
    words = " ".join(label.text() for label in on_stick.findChildren(QLabel))
    assert "on your USB stick" in words and "this computer" not in words
    assert "on this computer" in " ".join(label.text() for label in here.findChildren(QLabel))
