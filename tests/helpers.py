"""Small helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def account(**answers: object) -> dict:
    """One account in the `account add --json` shape."""
    return {"form": "crisis-account", "answers": answers, "consent": "private"}


def snapshot(folder: Path) -> dict[str, str]:
    """A fingerprint of every file in a folder, to prove nothing changed.

    The wrong-guess counter (services/guesses.py) is left out: it is meant to change when a
    guess is wrong, and holds nothing of the vault's.
    """
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name != "guesses.json"
    }


# Screenshots made by tests go to build/ (ignored by git) so a test run never rewrites tracked
# files; packaging/refresh-screenshots.sh points this at docs/screenshots/ on purpose.
SCREENSHOTS_ENV = "TESTIMONY_SCREENSHOTS"


def screenshot_dir() -> Path:
    """Where tests save screenshots: $TESTIMONY_SCREENSHOTS, or build/screenshots/."""
    import os

    root = Path(__file__).resolve().parents[1]
    chosen = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(chosen) if chosen else root / "build" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def saved_settings() -> dict:
    """The app settings file as saved so far ({} before the first save); the window saves
    them on a background thread, so tests wait for this to change."""
    import json

    from testimony.services.app_settings import settings_path

    try:
        return json.loads(settings_path().read_text())
    except (OSError, ValueError):
        return {}
