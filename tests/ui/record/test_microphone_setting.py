"""The microphone chosen in Settings: remembered in app-settings.json by its id and name
only, and said plainly when it is not plugged in."""

from __future__ import annotations

import json

from testimony.services.app_settings import (
    MAX_DEVICE_TEXT,
    AppSettings,
    load_app_settings,
    save_app_settings,
    settings_path,
)
from testimony.ui.record.microphone import MicrophoneChoice
from testimony.ui.settings_page import SettingsPage
from testimony.ui.tasks import TaskRunner


def test_the_microphone_is_remembered_by_id_and_name_only(private_dirs):
    chosen = AppSettings(known_vaults=("/v/mine.testimony",)).with_microphone(
        "alsa_input.usb-headset", "USB headset"
    )
    save_app_settings(chosen)
    assert load_app_settings() == chosen
    doc = json.loads(settings_path().read_text())
    assert doc["microphone_id"] == "alsa_input.usb-headset"
    assert doc["microphone_name"] == "USB headset"
    # Discreet mode forgets vaults; the microphone is not a vault and stays.
    assert chosen.with_discreet(True).microphone_id == "alsa_input.usb-headset"
    settings_path().write_text(json.dumps({"microphone_id": 5, "microphone_name": "x" * 9999}))
    assert load_app_settings().microphone_id == ""
    assert load_app_settings().microphone_name == ""
    assert len(AppSettings().with_microphone("y" * 9999, "").microphone_id) == MAX_DEVICE_TEXT


def test_a_chosen_microphone_that_is_gone_is_named(qtbot):
    choice = MicrophoneChoice("gone-device-id", "Blue headset")
    qtbot.addWidget(choice)
    assert choice.combo.currentIndex() == 0  # the usual microphone is used
    assert "Blue headset" in choice.note.text() and not choice.note.isHidden()
    assert choice.combo.accessibleName() == "Microphone"


def test_choosing_the_usual_microphone_in_settings_saves_it(qtbot, private_dirs):
    runner = TaskRunner()
    page = SettingsPage(runner, AppSettings().with_microphone("old-id", "Old headset"))
    qtbot.addWidget(page)
    emitted: list[AppSettings] = []
    page.app_settings_changed.connect(emitted.append)
    page.microphone.combo.addItem("Another one", "another-id")  # as if plugged in now
    page.microphone.combo.setCurrentIndex(page.microphone.combo.count() - 1)
    assert emitted[-1].microphone_id == "another-id"
    assert emitted[-1].microphone_name == "Another one"
    page.microphone.combo.setCurrentIndex(0)
    assert (emitted[-1].microphone_id, emitted[-1].microphone_name) == ("", "")
    runner.shutdown()
