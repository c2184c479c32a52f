"""Where a vault's files are, and what making one gave back: plain paths, no crypto.

Kept apart from services/vault.py so that the window's first pages (the welcome, the list
of vaults, the unlock page) can name a vault without loading the key header's crypto and
SQLCipher; those load when a vault is first looked at, made or opened (issue 16, cold
start). services/vault.py re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from testimony.services.rekey import DB_NAME, HEADER_NAME

SUFFIX = ".testimony"  # the end of a vault folder's name, left off when it is shown


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def header(self) -> Path:
        return self.folder / HEADER_NAME

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME

    @property
    def name(self) -> str:
        n = self.folder.name
        return n[: -len(SUFFIX)] if n.endswith(SUFFIX) else n


@dataclass(frozen=True)
class Created:
    paths: VaultPaths
    recovery_code: str | None


def vault_paths(path: str | Path) -> VaultPaths:
    return VaultPaths(Path(path).expanduser().absolute())
