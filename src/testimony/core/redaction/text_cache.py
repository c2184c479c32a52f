"""Caches that may hold a person's words, registered so that lock can empty every one.

The engine caches per-text and per-word work (a text split into words, its lower-case
copy, a word's normal form), and the compiled patterns of the person's known names. Each
of those holds decrypted words, so each is made with `text_cache`, and `forget_all`
(called at lock, through services.session.forget_decrypted) clears them all. A cache made
with plain `functools.lru_cache` would be missed: tests/unit/redaction/test_text_cache.py
fails on one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[_lru_cache_wrapper[Any]] = []


def text_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, remembered so that `forget_all` can clear it."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def registered() -> tuple[object, ...]:
    return tuple(_CACHES)


def forget_all() -> None:
    """Empty every cache that may hold a person's words, and the `re` module's own cache
    of compiled patterns (the known-name patterns spell out the names)."""
    for cached in _CACHES:
        cached.cache_clear()
    re.purge()
