"""The shipped letter templates (resources/letters/<kind>-v<N>.toml), read the way question
sets are (core/forms.py): through core.resources, so it works from a checkout and a wheel.
A translation beside a template (<kind>-v<N>.<lang>.toml, core/letter_translation.py) gives
its words in that language."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from testimony.core import letter_translation
from testimony.core.errors import FormError
from testimony.core.letters import Template, parse_template
from testimony.core.resources import read_text, resource

_FILE = re.compile(r"^([a-z]+)-v(\d+)\.toml$")


def available_templates() -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for entry in resource("letters").iterdir():
        m = _FILE.match(entry.name)
        if m:
            found.setdefault(m.group(1), []).append(int(m.group(2)))
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def load_template(kind: str, version: int | None = None, language: str = "en") -> Template:
    """A shipped template; the newest version when none is given. In `language` when its
    translation ships (the same rule as the question set and the consent wording), else in
    English."""
    template = _load_english(kind, version)
    if language == "en":
        return template
    name = letter_translation.file_name(kind, template.version, language)
    if not resource("letters", name).is_file():
        return template
    try:
        doc = tomllib.loads(read_text("letters", name))
    except tomllib.TOMLDecodeError:
        raise FormError("letter translation is not valid", kind=kind, language=language) from None
    return letter_translation.translate_template(template, doc, language)


@cache
def _load_english(kind: str, version: int | None) -> Template:
    versions = available_templates().get(kind)
    if not versions or (version is not None and version not in versions):
        raise FormError("no such letter template", kind=kind)
    chosen = versions[-1] if version is None else version
    template = parse_template(read_text("letters", f"{kind}-v{chosen}.toml"))
    if (template.kind, template.version) != (kind, chosen):
        raise FormError("letter file name and contents disagree", kind=kind)
    return template
