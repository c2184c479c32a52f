"""Looking at folders a person points to, for the vault chooser: is a vault there, and which
vault a picked folder stands for. Plain calls, made on a task thread: a USB stick being
pulled out or a sleeping network drive can make even a look at a folder slow.

Reading a vault's header needs the crypto modules: they load on that thread, the first
time a folder is looked at, not when the window starts (issue 16, cold start)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from testimony.services.vault_folder import SUFFIX


def _is_vault(folder: Path) -> bool:
    from testimony.services.vault import is_vault

    return is_vault(folder)


def vaults_present(folders: Sequence[Path]) -> tuple[bool, ...]:
    """For each folder, whether a vault is there now (a stick may not be in)."""
    return tuple(_is_vault(folder) for folder in folders)


def vault_in(folder: Path) -> Path | None:
    """The vault a picked folder stands for: the folder itself, or the one vault directly
    inside it (the top of a USB stick). None when there is none, or more than one."""
    if _is_vault(folder):
        return folder
    try:
        inside = sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return None
    found = [p for p in inside if p.name.endswith(SUFFIX) and _is_vault(p)]
    return found[0] if len(found) == 1 else None


def vault_at(folder: Path) -> Path | None:
    """`folder` if a vault is there now, else None."""
    return folder if _is_vault(folder) else None
