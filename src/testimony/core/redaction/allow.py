"""Words that carry the campaign's meaning: never redacted, whatever a detector thinks."""

from __future__ import annotations

import re

from testimony.core.redaction.scan import Caseless, words
from testimony.core.redaction.text_cache import text_cache

# Matched case-insensitively as whole words. "paramedic" and "CPN" are roles: the word itself
# stays, only a name that goes with it is redacted.
ALLOW_TERMS: tuple[str, ...] = (
    r"A\s?&\s?E",
    r"A\s+and\s+E",
    r"accident\s+and\s+emergency",
    r"999",
    r"111",
    r"NHS(?:\s+111)?",
    r"NHS\s+England",
    r"s\.?\s?136",
    r"sec(?:tion|\.)?\s*136",
    r"s\.?\s?135",
    r"sec(?:tion|\.)?\s*135",
    r"section\s+[2-5]",
    r"s\.?\s?[2-5]",
    r"SIM",
    r"Serenity\s+Integrated\s+Mentoring",
    r"police",
    r"police\s+(?:officers?|station|car|van|cell)s?",
    r"ambulance(?:\s+service)?s?",
    r"paramedics?",
    r"crisis\s+(?:team|line|house|cafe|café|service)s?",
    r"home\s+treatment\s+team",
    r"CPNs?",
    r"community\s+psychiatric\s+nurses?",
    r"care\s+coordinator",
    r"Samaritans",
    r"Mental\s+Health\s+Act",
    r"place\s+of\s+safety",
    r"GP",
    r"AMHP",
    r"CMHT",
    r"Mind",
)

_ALLOW_RE = re.compile(
    r"(?<![\w&])(?:" + "|".join(sorted(ALLOW_TERMS, key=len, reverse=True)) + r")(?![\w&])",
    re.IGNORECASE,
)


# The same terms for scanning a whole text: each from its first letter, on the lower-cased text.
_ALLOW_SCAN = Caseless(
    words(sorted(ALLOW_TERMS, key=len, reverse=True), before=r"[\w&]") + r"(?![\w&])"
)


def allowed_ranges(text: str) -> list[tuple[int, int]]:
    """Where the allow-listed terms are in ``text``."""
    return [(m.start(), m.end()) for m in _ALLOW_SCAN.finditer(text)]


@text_cache(maxsize=8192)  # asked of the same few thousand words again and again
def is_allowed(word: str) -> bool:
    m = _ALLOW_RE.fullmatch(word)
    return m is not None
