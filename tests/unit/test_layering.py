"""The architecture of DESIGN.md §3, checked on every import in the source, lazy ones too.

core <- crypto <- store <- exporting, coalition <- services <- ui <- app, cli
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "testimony"

RANK = {
    "core": 0,
    "crypto": 1,
    "store": 2,
    "exporting": 3,
    "coalition": 3,
    "services": 4,
    "ui": 5,
    "app": 6,
    "cli": 6,
    "__main__": 6,
}
# Third-party packages that only one part of the code may touch.
OWNERS = {
    "PySide6": {"ui", "app"},
    "shiboken6": {"ui", "app"},
    "sqlcipher3": {"store"},
    "sqlite3": {"store"},
    "cryptography": {"crypto"},
    "pyrage": {"crypto"},
}
# Anything that can open a network connection is used nowhere (DESIGN.md §2.1).
NETWORK = {
    "socket",
    "ssl",
    "urllib",
    "http",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "asyncio",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "webbrowser",
}
NETWORK_QT = {"QtNetwork", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebSockets"}


def _part(path: Path, src: Path) -> str:
    rel = path.relative_to(src)
    head = rel.parts[0]
    return head[:-3] if head.endswith(".py") else head


def _imports(path: Path, src: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(("testimony", *path.relative_to(src).with_suffix("").parts[:-1]))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
    return found


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "resources" not in p.relative_to(SRC).parts)


def _problems(path: Path, src: Path = SRC) -> list[str]:
    part = _part(path, src)
    rank = RANK.get(part, 0)  # testimony/__init__.py and other top files sit with core
    problems = []
    for line, name in _imports(path, src):
        top, *rest = name.split(".")
        where = f"{path.relative_to(src)}:{line} imports {name}"
        if top == "testimony" and rest:
            target = rest[0]
            if target in RANK and RANK[target] > rank:
                problems.append(f"{where}: {part} may not import {target}")
        elif top in OWNERS and part not in OWNERS[top]:
            problems.append(f"{where}: only {sorted(OWNERS[top])} may use {top}")
        if top in NETWORK or (top == "PySide6" and rest and rest[0] in NETWORK_QT):
            problems.append(f"{where}: network code is never used")
    return problems


def test_there_is_source_to_check():
    assert len(_modules()) > 20


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_the_right_way(path: Path):
    assert _problems(path) == []


def test_the_checker_catches_a_wrong_way_import(tmp_path: Path):
    fake = tmp_path / "testimony"
    (fake / "core").mkdir(parents=True)
    bad = fake / "core" / "bad.py"
    bad.write_text(
        "import socket\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    from testimony.store import accounts\n"
        "    import sqlcipher3\n"
    )
    text = "\n".join(_problems(bad, fake))
    assert "network" in text
    assert "PySide6" in text
    assert "core may not import store" in text
    assert "sqlcipher3" in text
