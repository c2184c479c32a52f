"""Saving a file the person chose (a CSV table, a PDF report) for the screens, which may not
reach store/ themselves (docs/architecture.md, "Layers")."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from testimony.store.files import atomic_write


def save_file(target: Path, data: bytes) -> None:
    """Write all of `data` to `target` or leave what was there: never half a file."""
    atomic_write(target, data)


@dataclass(frozen=True)
class SavePlace:
    """Where a save dialog opens, and the name it offers."""

    folder: Path
    name: str


def save_place(wanted: Path | None, stem: str, suffix: str = ".age") -> SavePlace:
    """`wanted` (the Documents folder) if it is a folder now, else the home folder, and a
    name there that no file has yet: `stem.age`, then `stem-2.age` and so on. Called on a
    task thread: looking at a folder on a sleeping network drive can take seconds."""
    home = Path.home()
    folder = home
    with contextlib.suppress(OSError):
        if wanted is not None and wanted.is_dir():
            folder = wanted
    name, n = f"{stem}{suffix}", 1
    with contextlib.suppress(OSError):  # cannot look: the dialog still warns before overwriting
        while (folder / name).exists():
            n += 1
            name = f"{stem}-{n}{suffix}"
    return SavePlace(folder, name)
