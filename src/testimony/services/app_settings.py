"""Settings the app needs before any vault is open: how text looks, and which vaults exist.

They live in a small JSON file in the user's config folder, outside every vault, so they can
be read by anyone who can read that folder. That is why this file never holds a secret or a
word of anyone's account, and in discreet mode not even a vault's name or place.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from testimony.store import files

APP_DIR_NAME = "Testimony"
FILE_NAME = "app-settings.json"
CONFIG_ENV = "TESTIMONY_CONFIG_DIR"  # tests point this at a temporary folder
DATA_ENV = "TESTIMONY_DATA_DIR"  # where new vaults go by default
MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
# A settings file is a few hundred bytes; refuse to read anything absurd.
MAX_FILE_BYTES = 256 * 1024
MAX_DEVICE_TEXT = 500  # a device's id or name; longer is not a real device
# Languages the app is translated into, as the code saved in "language". "" means follow the
# system's language (see app.install_translator).
LANGUAGES = ("en", "cy")


@dataclass(frozen=True)
class AppSettings:
    text_scale: int = MIN_TEXT_SCALE  # percent of the normal text size
    high_contrast: bool = False
    discreet: bool = False  # neutral title, and no list of vaults kept
    known_vaults: tuple[str, ...] = field(default=())
    # The microphone chosen in Settings: the system's id for it and the name it showed, so
    # it can be found again (and named if it is missing). "" means the system's default.
    microphone_id: str = ""
    microphone_name: str = ""
    language: str = ""  # one of LANGUAGES, or "" for the system's language
    # One laptop at a drop-in, many visitors (issue 12): no vault is remembered, nobody's
    # name or place is shown, and each visitor's session ends with a hand-over.
    shared_laptop: bool = False

    @property
    def remembers_vaults(self) -> bool:
        return not (self.discreet or self.shared_laptop)

    def remembering(self, folder: Path | str) -> AppSettings:
        """These settings with a vault added to the top of the list (never in discreet or
        shared-laptop mode)."""
        if not self.remembers_vaults:
            return self
        path = str(Path(folder).expanduser().absolute())
        rest = tuple(p for p in self.known_vaults if p != path)
        return replace(self, known_vaults=(path, *rest))

    def forgetting(self, folder: Path | str) -> AppSettings:
        path = str(Path(folder).expanduser().absolute())
        return replace(self, known_vaults=tuple(p for p in self.known_vaults if p != path))

    def with_microphone(self, device_id: str, name: str) -> AppSettings:
        return replace(
            self, microphone_id=device_id[:MAX_DEVICE_TEXT], microphone_name=name[:MAX_DEVICE_TEXT]
        )

    def with_discreet(self, discreet: bool) -> AppSettings:
        # Turning discreet mode on forgets every vault: the list itself says too much.
        vaults = () if discreet else self.known_vaults
        return replace(self, discreet=discreet, known_vaults=vaults)

    def with_shared_laptop(self, shared: bool) -> AppSettings:
        """Shared-laptop mode on (forgetting every vault) or off."""
        vaults = () if shared else self.known_vaults
        return replace(self, shared_laptop=shared, known_vaults=vaults)


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def default_vault_parent() -> Path:
    """The folder new vaults go in unless the person chooses another (a USB stick, say)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def settings_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / FILE_NAME


def load_app_settings(folder: Path | None = None) -> AppSettings:
    """The saved settings, or the defaults when there are none or the file is unreadable:
    a damaged settings file must never stop someone reaching their vault."""
    path = settings_path(folder)
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            return AppSettings()
        doc = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    return _from_doc(doc) if isinstance(doc, dict) else AppSettings()


def save_app_settings(settings: AppSettings, folder: Path | None = None) -> None:
    """Write atomically with owner-only permissions."""
    settings = _clean(settings)
    path = settings_path(folder)
    path.parent.mkdir(mode=files.PRIVATE_DIR, parents=True, exist_ok=True)
    doc = asdict(settings)
    doc["known_vaults"] = list(settings.known_vaults)
    files.atomic_write(path, (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())


def vault_folder_name(name: str) -> str:
    """A safe folder name for a vault called `name`: letters, digits, spaces, - and _."""
    cleaned = re.sub(r"[^\w \-]", "", name, flags=re.UNICODE).strip(" .-")
    cleaned = re.sub(r"\s+", " ", cleaned)[:60]
    return (cleaned or "My accounts") + ".testimony"


def _clean(settings: AppSettings) -> AppSettings:
    scale = min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, int(settings.text_scale)))
    vaults = tuple(dict.fromkeys(settings.known_vaults)) if settings.remembers_vaults else ()
    language = settings.language if settings.language in LANGUAGES else ""
    return replace(settings, text_scale=scale, known_vaults=vaults, language=language)


def _from_doc(doc: dict[str, Any]) -> AppSettings:
    defaults = AppSettings()
    scale = doc.get("text_scale", defaults.text_scale)
    vaults = doc.get("known_vaults", [])
    return _clean(
        AppSettings(
            text_scale=scale if type(scale) is int else defaults.text_scale,
            high_contrast=doc.get("high_contrast") is True,
            discreet=doc.get("discreet") is True,
            shared_laptop=doc.get("shared_laptop") is True,
            known_vaults=tuple(v for v in vaults if isinstance(v, str))
            if isinstance(vaults, list)
            else (),
            microphone_id=_short_text(doc.get("microphone_id")),
            microphone_name=_short_text(doc.get("microphone_name")),
            language=_text(doc.get("language")),
        )
    )


def _short_text(value: object) -> str:
    return value if isinstance(value, str) and len(value) <= MAX_DEVICE_TEXT else ""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
