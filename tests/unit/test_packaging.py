"""What a packager ships: the licence, the icon, the desktop file, the AppStream metainfo and
the bundle spec. The bundle itself is built by packaging/build-bundle.sh (slow, not in every
run); these checks run every time."""

from __future__ import annotations

import ast
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.testimony.Testimony.desktop"
METAINFO = LINUX / "org.testimony.Testimony.metainfo.xml"


def test_licence_is_the_agpl_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "Version 3, 19 November 2007" in text
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "AGPL-3.0-or-later"


def test_gui_entry_point_beside_the_console_one():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["testimony"] == "testimony.launch:main"
    module, _, func = project["gui-scripts"]["testimony-gui"].partition(":")
    import importlib

    assert callable(getattr(importlib.import_module(module), func))


def test_icon_svg_and_every_png_size():
    svg = ET.parse(ROOT / "src" / "testimony" / "resources" / "icons" / "testimony.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "packaging" / "icons" / f"{size}x{size}" / "testimony.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        height = int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size), png


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are fine; warnings and errors are not.
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower()
    entries = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entries["Exec"].split()[0] == "testimony-gui"
    assert entries["Icon"] == METAINFO.stem.removesuffix(".metainfo")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_metainfo_validates_offline():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findall("screenshots/screenshot"), "software centres show screenshots"
    releases = root.findall("releases/release")
    assert releases and releases[0].findall("description/p"), "release notes"
    for shot in root.findall("screenshots/screenshot/image"):
        name = (shot.text or "").rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).exists(), name


def test_bundle_spec_keeps_only_the_qt_the_app_uses():
    spec = (ROOT / "packaging" / "testimony.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)  # it is Python: it must at least parse
    names = {
        t.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    keep = ast.literal_eval(names["KEEP_QT"])
    drop = set(ast.literal_eval(names["DROP_QT"]))
    assert not keep & drop
    assert {"QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore"} <= drop
    used = set()
    for path in (ROOT / "src" / "testimony").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    assert used <= keep, f"the bundle would miss {sorted(used - keep)}"
    assert 'PACKAGE.glob(pattern)' in spec and '["package-data"]["testimony"]' in spec


RESOURCES = ROOT / "src" / "testimony" / "resources"


def _shipped() -> set[Path]:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["testimony"]
    package = ROOT / "src" / "testimony"
    return {path for pattern in patterns for path in package.glob(pattern)}


def test_resources_are_a_real_folder_inside_the_package():
    # A symlink is not honoured by Windows checkouts (issue 17).
    assert RESOURCES.is_dir() and not RESOURCES.is_symlink()
    assert not any(path.is_symlink() for path in RESOURCES.rglob("*"))
    assert not (ROOT / "resources").exists()


def test_package_data_is_what_the_app_reads_and_nothing_for_development():
    shipped = _shipped()
    everything = {path for path in RESOURCES.rglob("*") if path.is_file()}
    for folder in ("consent", "forms", "letters", "schemas", "icons"):
        files = {p for p in everything if p.parent.name == folder}
        assert files and files <= shipped, folder
    lists = {p for p in everything if p.parent.name == "redaction" and p.suffix == ".txt"}
    assert lists and lists <= shipped
    assert not {p for p in shipped if p.suffix in {".ts", ".md", ".py"}}
    assert all(p.suffix == ".qm" for p in shipped if p.parent.name == "translations")
