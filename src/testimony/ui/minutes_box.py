"""A spin box for a number of minutes that says "1 minute" and "5 minutes".

QSpinBox's suffix is one fixed string, which gave "1 minutes"; the words come from tr()
with the number, so every language gets its own plural forms. English is the source
language and ships no .qm file, so with no translation loaded Qt hands back the source
text: its "(s)" is resolved here.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox


class MinutesBox(QSpinBox):
    def textFromValue(self, value: int) -> str:
        return english_plural(self.tr("%n minute(s)", "", value), value)

    def valueFromText(self, text: str) -> int:
        digits = re.search(r"\d+", text)
        return int(digits.group()) if digits else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Typing is checked by the number in it; the words around it are ours.
        digits = re.search(r"\d+", text)
        if digits is None:
            return QValidator.State.Intermediate, text, pos
        n = int(digits.group())
        ok = self.minimum() <= n <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


def english_plural(text: str, n: int) -> str:
    """Qt's source-language fallback for "%n thing(s)": "1 thing", "2 things"."""
    return text.replace("(s)", "" if n == 1 else "s")
