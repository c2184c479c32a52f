"""src/testimony/resources/translations/testimony_en.ts holds every string the app shows
(kept current by packaging/update-translations.sh), so a translator starts from the real list."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "src" / "testimony" / "resources" / "translations" / "testimony_en.ts"


def _strings(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (
            msg.find("translation") is None
            or msg.find("translation").get("type") not in ("obsolete", "vanished")
        )
    }


def test_translation_source_is_current(tmp_path: Path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists() or shutil.which("pyside6-lupdate"), "PySide6's lupdate is missing"
    sources = sorted(str(p) for p in (ROOT / "src/testimony/ui").rglob("*.py"))
    sources.append(str(ROOT / "src/testimony/app.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=300
    )
    missing = _strings(fresh) - _strings(TS)
    assert not missing, (
        f"{len(missing)} strings are not in {TS.name}; run packaging/update-translations.sh. "
        f"First: {sorted(missing)[:3]}"
    )
    assert len(_strings(fresh)) > 500  # the extraction really found the app's strings


def test_every_count_has_its_english_plural_forms():
    """English counts come from testimony_en.qm ("1 account", "2 accounts"); a %n string
    with no English forms would show "1 account(s)"."""
    root = ET.parse(TS).getroot()
    counted = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(counted) >= 15
    for message in counted:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
        assert not any("(s)" in f for f in forms), message.findtext("source")
