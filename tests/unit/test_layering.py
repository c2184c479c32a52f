"""The layers of docs/architecture.md, as a table of what each part may import, checked on
every import in the source: top-level, inside functions, `from testimony import x`, relative,
and `importlib.import_module("...")` / `__import__("...")` with a fixed name.

    core <- crypto <- store <- exporting, coalition <- services <- ui <- app, cli
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "testimony"

ANYTHING = frozenset({"*"})
# What each part of the package may import from the package. A part is a sub-package
# (testimony/store/) or a top-level module (testimony/app.py). A top-level module that is
# not in the table fails the test: whoever adds one decides here where it sits.
MAY_IMPORT: dict[str, frozenset[str]] = {
    "__init__": frozenset(),  # testimony/__init__.py: the version, nothing else
    "core": frozenset(),
    "crypto": frozenset({"core"}),
    "store": frozenset({"core", "crypto"}),
    # exporting and coalition are siblings: neither imports the other.
    "exporting": frozenset({"core", "crypto", "store"}),
    "coalition": frozenset({"core", "crypto", "store"}),
    "services": frozenset({"core", "crypto", "store", "exporting", "coalition"}),
    "ui": frozenset({"core", "services"}),
    # Process hardening (no core dumps), called first by app and cli: the OS, nothing of ours.
    "hardening": frozenset(),
    "app": ANYTHING,
    "cli": ANYTHING,
    "launch": ANYTHING,  # the entry points: restart with wiping, then cli
    "__main__": ANYTHING,
}
# Third-party packages that only some parts may touch.
OWNERS = {
    "PySide6": {"ui", "app"},
    "shiboken6": {"ui", "app"},
    "sqlcipher3": {"store"},
    "sqlite3": {"store"},
    "cryptography": {"crypto"},
    "pyrage": {"crypto"},
}
# Anything that can open a network connection is used nowhere (docs/architecture.md).
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

# core is pure: no files, processes or environment. These modules are how Python reaches them.
CORE_NO_IO_MODULES = {
    "os",
    "io",
    "pathlib",
    "shutil",
    "subprocess",
    "tempfile",
    "glob",
    "fileinput",
    "mmap",
    "pickle",
    "shelve",
    "dbm",
    "importlib",
}
# Calls that write or open files whatever object they are on (pathlib, Traversable, ...).
CORE_NO_IO_CALLS = {
    "open",
    "write_text",
    "write_bytes",
    "mkdir",
    "makedirs",
    "unlink",
    "rmdir",
    "touch",
    "rename",
    "chmod",
    "symlink_to",
    "hardlink_to",
}
# The one door from core to the outside: reading the app's own read-only data files
# (forms, consent wording, word lists) through importlib.resources.
CORE_RESOURCE_READER = "core/resources.py"
CORE_RESOURCE_ALLOWED = {"importlib", "importlib.resources", "importlib.resources.abc"}


def _part(path: Path, src: Path) -> str:
    head = path.relative_to(src).parts[0]
    return head[:-3] if head.endswith(".py") else head


def _dynamic_name(node: ast.Call) -> str | None:
    """The module named by importlib.import_module("x") or __import__("x"); "" if the name is
    computed (which cannot be checked), None if this call is not a dynamic import."""
    func = node.func
    is_dynamic = (isinstance(func, ast.Name) and func.id in {"__import__", "import_module"}) or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )
    if not is_dynamic:
        return None
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return ""


def _imports(tree: ast.AST, path: Path, src: Path) -> list[tuple[int, str]]:
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
        elif isinstance(node, ast.Call) and (name := _dynamic_name(node)) is not None:
            found.append((node.lineno, name or "<computed name>"))
    return found


def _core_io(tree: ast.AST, rel: str) -> list[str]:
    problems = []
    reader = rel == CORE_RESOURCE_READER
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        for name in names:
            if name.split(".")[0] in CORE_NO_IO_MODULES and not (
                reader and name in CORE_RESOURCE_ALLOWED
            ):
                problems.append(f"{rel}:{node.lineno} imports {name}: core does no I/O")
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called in CORE_NO_IO_CALLS:
                problems.append(f"{rel}:{node.lineno} calls {called}(): core does no I/O")
    return problems


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "resources" not in p.relative_to(SRC).parts)


def _problems(path: Path, src: Path = SRC) -> list[str]:
    part = _part(path, src)
    rel = path.relative_to(src).as_posix()
    if part not in MAY_IMPORT:
        return [f"{rel}: {part} is not in the layering table; add a row to MAY_IMPORT"]
    allowed = MAY_IMPORT[part]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = _core_io(tree, rel) if part == "core" else []
    for line, name in _imports(tree, path, src):
        top, *rest = name.split(".")
        where = f"{rel}:{line} imports {name}"
        if name == "<computed name>" and allowed is not ANYTHING:
            problems.append(f"{where}: a computed import cannot be checked")
        elif top == "testimony" and rest and rest[0] != part and rest[0] != "__version__":
            if allowed is not ANYTHING and rest[0] not in allowed:
                problems.append(f"{where}: {part} may not import {rest[0]}")
        elif top in OWNERS and part not in OWNERS[top]:
            problems.append(f"{where}: only {sorted(OWNERS[top])} may use {top}")
        if top in NETWORK or (top == "PySide6" and rest and rest[0] in NETWORK_QT):
            problems.append(f"{where}: network code is never used")
    return problems


def test_there_is_source_to_check():
    assert len(_modules()) > 20


def test_every_part_of_the_package_is_in_the_table():
    parts = {_part(p, SRC) for p in _modules()}
    assert parts <= set(MAY_IMPORT), sorted(parts - set(MAY_IMPORT))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_the_right_way(path: Path):
    assert _problems(path) == []


# -- the checker itself: each kind of wrong import, planted, is caught ------------------------


def _plant(tmp_path: Path, where: str, source: str) -> list[str]:
    fake = tmp_path / "testimony"
    target = fake / where
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source)
    return _problems(target, fake)


WRONG = [
    ("ui/page.py", "from testimony.store import accounts\n", "ui may not import store"),
    ("ui/page.py", "import testimony.crypto.age\n", "ui may not import crypto"),
    ("ui/page.py", "from testimony import exporting\n", "ui may not import exporting"),
    ("ui/a/b.py", "from ...coalition import workspace\n", "ui may not import coalition"),
    ("ui/page.py", "def f():\n    from testimony.store.tx import x\n", "ui may not import store"),
    (
        "ui/page.py",
        "import importlib\nm = importlib.import_module('testimony.store.files')\n",
        "ui may not import store",
    ),
    (
        "ui/page.py",
        "from importlib import import_module\nm = import_module('testimony.crypto')\n",
        "ui may not import crypto",
    ),
    ("ui/page.py", "m = __import__('testimony.store')\n", "ui may not import store"),
    ("ui/page.py", "import importlib\nimportlib.import_module(n)\n", "computed import"),
    ("exporting/x.py", "from testimony.coalition import report\n", "may not import coalition"),
    ("coalition/x.py", "from testimony.exporting import plan\n", "may not import exporting"),
    ("store/x.py", "from testimony.services import session\n", "store may not import services"),
    ("services/x.py", "from testimony.ui import page\n", "services may not import ui"),
    ("crypto/x.py", "from testimony.store import tx\n", "crypto may not import store"),
    ("core/x.py", "from testimony import crypto\n", "core may not import crypto"),
    ("core/x.py", "def f():\n    import sqlcipher3\n", "may use sqlcipher3"),
    ("services/x.py", "import sqlcipher3\n", "may use sqlcipher3"),
    ("exporting/x.py", "import pyrage\n", "may use pyrage"),
    ("services/x.py", "from PySide6.QtCore import QObject\n", "may use PySide6"),
    ("ui/x.py", "from PySide6.QtNetwork import QTcpSocket\n", "network"),
    ("cli/x.py", "import socket\n", "network"),
    ("core/x.py", "import os\n", "core does no I/O"),
    ("core/x.py", "from pathlib import Path\n", "core does no I/O"),
    ("core/x.py", "def f(p):\n    p.write_text('x')\n", "core does no I/O"),
    ("core/x.py", "def f():\n    return open('x').read()\n", "core does no I/O"),
    ("core/x.py", "from importlib import resources\n", "core does no I/O"),
    ("newpart.py", "import os\n", "not in the layering table"),
]


@pytest.mark.parametrize(("where", "source", "message"), WRONG, ids=[w[2] for w in WRONG])
def test_the_checker_catches_each_kind_of_wrong_import(tmp_path, where, source, message):
    problems = _plant(tmp_path, where, source)
    assert any(message in p for p in problems), problems


RIGHT = [
    ("ui/page.py", "from testimony.services import session\nfrom testimony.core import errors\n"),
    ("ui/a/b.py", "from ..page import x\nfrom testimony.ui.tasks import TaskRunner\n"),
    ("app.py", "from testimony.store import tx\nfrom PySide6.QtWidgets import QWidget\n"),
    ("cli/x.py", "import importlib\nimportlib.import_module(name)\n"),
    ("services/x.py", "from testimony.exporting import plan\nfrom testimony.coalition import r\n"),
    ("core/resources.py", "from importlib import resources\n"),
    ("core/x.py", "def f(s):\n    return s.replace('a', 'b')\n"),
]


@pytest.mark.parametrize(("where", "source"), RIGHT, ids=[w[0] for w in RIGHT])
def test_the_checker_lets_right_imports_through(tmp_path, where, source):
    assert _plant(tmp_path, where, source) == []
