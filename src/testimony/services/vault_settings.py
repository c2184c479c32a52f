"""Settings that belong to one vault, stored inside it (so they are locked with it).

Functions take the connection first and run on the session's database thread:
`session.submit(read_vault_settings)` and `session.submit_write(write_vault_settings, s)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from testimony.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    from testimony.store.connection import Connection

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 60

_KEYS = {
    "auto_lock_minutes": "auto_lock_minutes",
    "lock_on_minimise": "lock_on_minimise",
    "discreet": "discreet",
}


@dataclass(frozen=True)
class VaultSettings:
    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    discreet: bool = False

    def checked(self) -> VaultSettings:
        minutes = min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, self.auto_lock_minutes))
        return VaultSettings(minutes, bool(self.lock_on_minimise), bool(self.discreet))


def read_vault_settings(conn: Connection) -> VaultSettings:
    """The vault's settings; a missing or odd value falls back to its default."""
    defaults = VaultSettings()
    minutes = get_setting(conn, _KEYS["auto_lock_minutes"], defaults.auto_lock_minutes)
    minimise = get_setting(conn, _KEYS["lock_on_minimise"], defaults.lock_on_minimise)
    discreet = get_setting(conn, _KEYS["discreet"], defaults.discreet)
    return VaultSettings(
        minutes if type(minutes) is int else defaults.auto_lock_minutes,
        minimise is True,
        discreet is True,
    ).checked()


def write_vault_settings(conn: Connection, settings: VaultSettings) -> VaultSettings:
    """Save all of them; call with submit_write so they change together."""
    settings = settings.checked()
    set_setting(conn, _KEYS["auto_lock_minutes"], settings.auto_lock_minutes)
    set_setting(conn, _KEYS["lock_on_minimise"], settings.lock_on_minimise)
    set_setting(conn, _KEYS["discreet"], settings.discreet)
    return settings
