"""Fixtures for GUI tests: an offscreen Qt, fast (still strong) key derivation, and config
and data folders in tmp so no test reads or writes the real user's settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
os.environ["TESTIMONY_KDF_SECONDS"] = "0"

from tests.helpers import PASSPHRASE


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Config and default vault folders under tmp, for every GUI test."""
    dirs = {"config": tmp_path / "config", "data": tmp_path / "data"}
    monkeypatch.setenv("TESTIMONY_CONFIG_DIR", str(dirs["config"]))
    monkeypatch.setenv("TESTIMONY_DATA_DIR", str(dirs["data"]))
    monkeypatch.setenv("TESTIMONY_KDF_SECONDS", "0")
    return dirs


@pytest.fixture
def make_vault(tmp_path: Path) -> Callable[..., Path]:
    """Make a vault directly through services (fast), returning its folder."""
    from testimony.services.vault import create_vault

    def make(name: str = "mine", passphrase: str = PASSPHRASE, parent: Path | None = None) -> Path:
        folder = (parent or tmp_path) / f"{name}.testimony"
        create_vault(folder, passphrase)
        return folder

    return make


@pytest.fixture
def open_window(qtbot, qapp) -> Iterator[Callable[..., object]]:
    """Build, theme and show a MainWindow; closed and shut down after the test."""
    from testimony.services.app_settings import load_app_settings
    from testimony.ui.main_window import MainWindow
    from testimony.ui.theme import apply_theme

    made: list[MainWindow] = []

    def build(vault: Path | None = None, **kwargs: object) -> MainWindow:
        settings = load_app_settings()
        apply_theme(qapp, settings.high_contrast, settings.text_scale)
        window = MainWindow(settings, **kwargs)
        qtbot.addWidget(window)
        window.start(vault)
        window.show()
        qtbot.waitExposed(window)
        if vault is not None:  # looked for on the runner's thread first
            wait_for_vault_page(qtbot, window)
        made.append(window)
        return window

    yield build
    for window in made:
        if window.isVisible():
            window.close()
        window.shutdown()
    apply_theme(qapp, False, 100)


@pytest.fixture
def unlock(qtbot) -> Callable[..., None]:
    """Type the passphrase on the unlock page and wait for the accounts list."""

    def do(window, passphrase: str = PASSPHRASE) -> None:
        assert window.stack.currentWidget() is window.unlock_page
        window.unlock_page.field.setText(passphrase)
        window.unlock_page.open_button.click()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)

    return do


# -- a vault already open, for tests of single pages ------------------------------------------
# Subfolders override vault_name or vault_passphrase where their tests need something else.


@pytest.fixture
def vault_name() -> str:
    return "test"


@pytest.fixture
def vault_passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path, vault_name: str, vault_passphrase: str) -> Path:
    from testimony.services.vault import create_vault

    path = tmp_path / f"{vault_name}.testimony"
    create_vault(path, vault_passphrase)
    return path


@pytest.fixture
def session(vault_path: Path, vault_passphrase: str) -> Iterator[object]:
    """An unlocked session on a real vault (real SQLCipher, real Argon2id)."""
    from testimony.services.session import Session
    from testimony.services.vault import vault_paths

    s = Session(vault_paths(vault_path))
    s.unlock(vault_passphrase).result()
    yield s
    s.close()


@pytest.fixture
def runner(qtbot) -> Iterator[object]:
    from testimony.ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The English .qm, as the app loads it at start, so counts read "1 account", not
    "1 account(s)". Compiled here from the .ts so tests never depend on a stale build."""
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    root = Path(__file__).resolve().parents[2]
    qm = tmp_path_factory.mktemp("qm") / "testimony_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts = root / "src" / "testimony" / "resources" / "translations" / "testimony_en.ts"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def wait_for_vault_page(qtbot, window) -> None:
    """After `start(vault)`: the unlock page, or the chooser saying it is not there."""
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.unlock_page
        or bool(window.chooser.error.text()),
        timeout=10000,
    )
