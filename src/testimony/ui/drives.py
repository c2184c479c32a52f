"""Which drives are removable (a USB stick, a memory card), found with Qt's QStorageInfo.

QStorageInfo lists mounted volumes but has no "removable" flag, so this is a heuristic on
what it reports, and says so: a volume whose root is where desktops mount plugged-in
drives (/media/…, /run/media/… on Linux and BSD, /Volumes/… on macOS), or on Windows any
volume other than the one the system runs from. No mount tables are parsed by hand.
`TESTIMONY_REMOVABLE_DIRS` (folders separated by the path separator) adds places to count
as removable: for tests, and for machines that mount sticks somewhere unusual.

Both functions look at the disk (a stick being pulled out, or a sleeping network drive,
can make that slow), so they are called on the TaskRunner's thread, never the GUI thread
(docs/architecture.md, "Threads"). QStorageInfo is a plain QtCore value class, made afresh
in each call, so that is safe.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from PySide6.QtCore import QStorageInfo

EXTRA_ENV = "TESTIMONY_REMOVABLE_DIRS"
_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str  # the volume's label, or its folder's name
    free_bytes: int


def removable_drives() -> list[Drive]:
    """Removable drives that can be written to, by name."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        if _removable_root(volume):
            name = volume.displayName() or root.name
            drives.append(Drive(root, name, volume.bytesAvailable()))
    for extra in _extra_dirs():
        if extra.is_dir():
            drives.append(Drive(extra, extra.name, QStorageInfo(str(extra)).bytesAvailable()))
    return sorted(drives, key=lambda d: d.name.lower())


def is_removable(path: Path) -> bool:
    """Is `path` on a removable drive (as far as the heuristic above can tell)?"""
    absolute = Path(os.path.abspath(path))
    if any(_inside(absolute, extra) for extra in _extra_dirs()):
        return True
    probe = absolute
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    volume = QStorageInfo(str(probe))
    return volume.isValid() and _removable_root(volume)


def _removable_root(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform.startswith("win"):
        return not volume.isRoot() and root != QStorageInfo.root().rootPath()
    return root.startswith(_MOUNT_PARENTS)


def _extra_dirs() -> list[Path]:
    raw = os.environ.get(EXTRA_ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


def _inside(path: PurePath, parent: PurePath) -> bool:
    return path == parent or parent in path.parents
