"""Where the app's bundled, read-only data lives (forms, schemas, word lists).

Works both from a source checkout and from an installed wheel, where `resources/` is installed
as the package `testimony.resources`.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource_root() -> Traversable:
    return resources.files("testimony") / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
