"""Details of this computer that must never leave in an export.

The person's user name, full name on the account, the computer's name and the vault's
folder identify them and say nothing about what happened. If they appear in an account's
words they are always taken out, whatever the review says.
"""

from __future__ import annotations

import getpass
import os
import platform
import re
from functools import lru_cache
from pathlib import Path

from testimony.core.redaction import Span
from testimony.core.review import FORCED_TYPE

MIN_TERM = 2  # matched as whole words only, so a short host name is still safe to look for


def machine_terms(vault_folder: Path | None = None) -> tuple[str, ...]:
    terms: set[str] = set()
    for value in (_user(), _full_name(), platform.node(), platform.node().split(".")[0]):
        if value:
            terms.add(value)
    home = Path.home()
    terms.add(str(home))
    if vault_folder is not None:
        terms.add(str(vault_folder))
        terms.add(vault_folder.name)
        terms.add(vault_folder.name.removesuffix(".testimony"))
    return tuple(sorted((t for t in terms if len(t.strip()) >= MIN_TERM), key=len, reverse=True))


def find_terms(text: str, terms: tuple[str, ...]) -> list[Span]:
    pattern = _pattern(terms)
    if pattern is None:
        return []
    return [Span(m.start(), m.end(), FORCED_TYPE, ("machine",)) for m in pattern.finditer(text)]


def forget_patterns() -> None:
    """Drop the cached patterns (they spell out this computer's user and folder names)."""
    _pattern.cache_clear()


@lru_cache(maxsize=8)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Whole words only, any case: "root" in "rooted" is not the user name. Longest first,
    # so a folder path wins over the folder name inside it.
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def _full_name() -> str:
    try:
        import pwd  # not on Windows

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, AttributeError):
        return ""
    return gecos.split(",")[0].strip()
