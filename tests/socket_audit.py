"""Records every socket event Python raises, to prove a workflow opens no connection.

An audit hook cannot be removed once added, so one hook is installed per process and only
records while a `no_sockets()` block is active.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_events: list[tuple[str, str]] = []
_armed = False
_installed = False


def _hook(event: str, args: tuple) -> None:
    if _armed and event.startswith("socket."):
        _events.append((event, repr(args)[:200]))


@contextmanager
def no_sockets() -> Iterator[list[tuple[str, str]]]:
    """Yield the list of socket events seen inside the block; callers assert it is empty."""
    global _armed, _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    _events.clear()
    _armed = True
    try:
        yield _events
    finally:
        _armed = False
