"""Saving a file the person chose (a CSV table, a PDF report) for the screens, which may not
reach store/ themselves (docs/architecture.md, "Layers")."""

from __future__ import annotations

from pathlib import Path

from testimony.store.files import atomic_write


def save_file(target: Path, data: bytes) -> None:
    """Write all of `data` to `target` or leave what was there: never half a file."""
    atomic_write(target, data)
