"""The shipped letter templates (resources/letters/<kind>-v<N>.toml), read the way question
sets are (core/forms.py): through core.resources, so it works from a checkout and a wheel."""

from __future__ import annotations

import re
from functools import cache

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
def load_template(kind: str, version: int | None = None) -> Template:
    """A shipped template; the newest version when none is given."""
    versions = available_templates().get(kind)
    if not versions or (version is not None and version not in versions):
        raise FormError("no such letter template", kind=kind)
    chosen = versions[-1] if version is None else version
    template = parse_template(read_text("letters", f"{kind}-v{chosen}.toml"))
    if (template.kind, template.version) != (kind, chosen):
        raise FormError("letter file name and contents disagree", kind=kind)
    return template
