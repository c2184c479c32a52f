"""Checking, at the end of a visitor's session on a shared laptop, that nothing of their
vault is left on the laptop outside the vault folder itself (issue 12).

What is looked at: the app's settings file (no vault path, no list of vaults), and every
file under the places the app or Qt could have written on its own — the app's config and
cache folders, Qt's own settings file, and the temp folder — for the vault's folder path,
its name, or the stick's path. Only files changed since the session began are read in the
temp folder (it is shared with every other program); the files are read, never changed.
The clipboard is the GUI's to empty and check (ui/hand_over.py).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from testimony.services.app_settings import APP_DIR_NAME, AppSettings, config_dir, settings_path

MAX_READ_BYTES = 4 * 1024 * 1024  # our own files are small; a big file is not ours
MAX_FILES = 5000  # a temp folder can be huge: look at this many at most


@dataclass(frozen=True)
class Place:
    folder: Path
    since: float | None = None  # only files changed after this time (seconds since epoch)


@dataclass(frozen=True)
class HandOverCheck:
    settings_clean: bool  # the settings file names no vault
    leftovers: tuple[Path, ...]  # files outside the vault that name or locate it
    looked_at: int  # how many files were read

    @property
    def clean(self) -> bool:
        return self.settings_clean and not self.leftovers


def app_places(since: float, extra: Iterable[Path] = ()) -> list[Place]:
    """Where the app, Qt or Python could have left something during a session: the app's
    config and cache folders, `extra` (Qt's settings file, from the GUI), and the temp
    folder (only what changed since the session began)."""
    places = [
        Place(config_dir()),
        Place(Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))),
        *(Place(p) for p in extra),
        Place(Path(tempfile.gettempdir()), since),
    ]
    return places


def needles_for(vault_folder: Path) -> tuple[str, ...]:
    """What would name or locate a vault: its path, its folder's name, and its name."""
    folder = Path(os.path.abspath(vault_folder))
    name = folder.name.removesuffix(".testimony")
    return tuple(dict.fromkeys(n for n in (str(folder), folder.name, name) if len(n) >= 3))


def check_nothing_left(
    vault_folder: Path, settings: AppSettings, places: Iterable[Place]
) -> HandOverCheck:
    """Look for anything of the vault in `places`, skipping the vault folder itself."""
    vault = Path(os.path.abspath(vault_folder))
    needles = [n.encode("utf-8") for n in needles_for(vault)]
    settings_clean = not settings.known_vaults and _file_names_none(settings_path(), needles)
    leftovers: list[Path] = []
    looked_at = 0
    for path, place in _files(places):
        if vault == path or vault in path.parents:
            continue
        if place.since is not None and _mtime(path) < place.since:
            continue
        looked_at += 1
        if any(n in path.name.encode("utf-8", "surrogateescape") for n in needles) or (
            not _file_names_none(path, needles)
        ):
            leftovers.append(path)
    return HandOverCheck(settings_clean, tuple(dict.fromkeys(leftovers)), looked_at)


def _files(places: Iterable[Place]) -> Iterator[tuple[Path, Place]]:
    count = 0
    for place in places:
        if not place.folder.exists():
            continue
        candidates = [place.folder] if place.folder.is_file() else _walk(place.folder)
        for path in candidates:
            count += 1
            if count > MAX_FILES:
                return
            yield path, place


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder, onerror=lambda _e: None):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            path = Path(root, name)
            if path.is_file() and not path.is_symlink():
                yield path


def _file_names_none(path: Path, needles: list[bytes]) -> bool:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_READ_BYTES)
    except OSError:
        return True  # not there, or not ours to read
    return not any(n in data for n in needles)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
