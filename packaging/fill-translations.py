"""Fill a translation file (src/testimony/resources/translations/testimony_<lang>.ts) from
a JSON file of translations, so no one edits the XML by hand (docs/translation.md).

    .venv/bin/python packaging/fill-translations.py cy packaging/translations/cy.json [more.json]
    .venv/bin/python packaging/fill-translations.py cy packaging/translations/cy.json --list-missing

Each JSON file maps an English source string to its translation: a string, or for a string
with a count (%n) a list with one entry per plural form of the language (Welsh has five in
Qt: 0 | 1 | 2-5 | 6 | everything else; English two: 1 | everything else). A key may be
"Context|source" to translate one context's copy differently. Entries not in the JSON are
left as they are; the script ends by saying how many are still unfinished, and fails if a
given translation has the wrong number of plural forms or loses a placeholder. It then runs
packaging/update-translations.sh, so the files stay in lupdate's own layout.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "src" / "testimony" / "resources" / "translations"
PLURAL_FORMS = {"en": 2, "cy": 5}
_PLACEHOLDER = re.compile(r"%n|%L?\d|\{\d\}")

Translation = str | list[str]


def load_translations(paths: list[Path]) -> dict[str, Translation]:
    merged: dict[str, Translation] = {}
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict):
            raise SystemExit(f"{path}: expected an object of source → translation")
        merged.update(doc)
    return merged


def _check(source: str, forms: list[str], numerus: bool, count: int) -> None:
    if numerus and len(forms) != count:
        raise SystemExit(f"{source!r}: needs {count} plural forms, got {len(forms)}")
    if not numerus and len(forms) != 1:
        raise SystemExit(f"{source!r}: has no count, so it takes one string")
    wanted = sorted(set(_PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set()))
    for form in forms:
        have = sorted(set(_PLACEHOLDER.findall(form)) - {"%n"})
        if have != wanted:
            raise SystemExit(f"{source!r}: placeholders {wanted} but {form!r} has {have}")


def fill(
    ts: Path, translations: dict[str, Translation], plural_forms: int
) -> tuple[int, list[str]]:
    """Write the translations into `ts`; return (how many filled, sources still unfinished)."""
    tree = ET.parse(ts)  # noqa: S314 - our own file from git, not untrusted input
    filled, unfinished = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            value = translations.get(f"{name}|{source}", translations.get(source))
            if value is None:
                if element.get("type") == "unfinished":
                    unfinished.append(source)
                continue
            forms = value if isinstance(value, list) else [value]
            _check(source, forms, numerus, plural_forms)
            element.attrib.pop("type", None)
            element.text = None
            for child in list(element):
                element.remove(child)
            if numerus:
                element.text = "\n            "
                for i, form in enumerate(forms):
                    child = ET.SubElement(element, "numerusform")
                    child.text = form
                    child.tail = "\n        " if i == len(forms) - 1 else "\n            "
            else:
                element.text = forms[0]
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, unfinished


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    listing = "--list-missing" in argv
    argv = [a for a in argv if a != "--list-missing"]
    language, paths = argv[0], [Path(p) for p in argv[1:]]
    ts = FOLDER / f"testimony_{language}.ts"
    if not ts.exists():
        print(f"{ts} does not exist; make it first (docs/translation.md).", file=sys.stderr)
        return 2
    filled, unfinished = fill(ts, load_translations(paths), PLURAL_FORMS.get(language, 2))
    # lupdate rewrites the files in its own layout, so a later lupdate run changes nothing.
    subprocess.run(  # noqa: S603 - our own script, fixed arguments
        ["bash", str(ROOT / "packaging" / "update-translations.sh")],  # noqa: S607
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{ts.name}: {filled} filled, {len(unfinished)} still unfinished.")
    if listing:
        print(json.dumps(dict.fromkeys(unfinished, ""), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
