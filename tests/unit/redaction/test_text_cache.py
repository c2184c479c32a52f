"""Every cache in the redaction engine that keeps arguments (texts, words, known names) is
registered, so lock empties it: a plain lru_cache added later would keep a person's words
reachable after lock (tests/security/test_key_after_lock.py is the slow end-to-end check)."""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil

import testimony.core.redaction as redaction
from testimony.core.redaction import detect, forget_cached_text
from testimony.core.redaction.known import KnownDetails
from testimony.core.redaction.text_cache import registered


def _caches_with_arguments():
    for info in pkgutil.iter_modules(redaction.__path__):
        module = importlib.import_module(f"{redaction.__name__}.{info.name}")
        for name, obj in vars(module).items():
            wrapped = getattr(obj, "__wrapped__", None)
            if hasattr(obj, "cache_clear") and wrapped and inspect.signature(wrapped).parameters:
                yield f"{info.name}.{name}", obj


def test_every_cache_that_keeps_arguments_is_registered():
    known = set(map(id, registered()))
    missed = [name for name, obj in _caches_with_arguments() if id(obj) not in known]
    assert missed == []
    assert len(known) >= 5  # words_of, lowered, _norm, is_allowed, the known-name patterns


def _detect_once(needle: str) -> None:
    # Built at run time and dropped on return, so only the engine can still hold it.
    name = "Zorblatt " + needle.capitalize()
    text = f"My key worker {name} rang at half six. {name.lower()} said no."
    assert detect(text, KnownDetails(people=(name,)))


def _holders(needle: str) -> int:
    gc.collect()
    return sum(
        1
        for obj in gc.get_objects()
        if any(
            isinstance(r, str) and r != needle and needle in r.lower()
            for r in gc.get_referents(obj)
        )
    )


def test_nothing_holds_the_words_after_forgetting():
    needle = "".join(reversed("atsivneuq"))
    _detect_once(needle)
    assert _holders(needle) > 0  # the caches do hold it: the check can see
    forget_cached_text()
    assert _holders(needle) == 0
