"""Lines a mutation check could change with no test failing (issue 9, item 10): suppression
at exactly the threshold, and shareable() refusing a private account by itself."""

from __future__ import annotations

from testimony.core.consent import Level
from testimony.core.forms import load_form
from testimony.core.publication import Dim, publish
from testimony.core.suppression import suppress
from testimony.core.types import Account, Status
from testimony.exporting.shareable import shareable

AREA = Dim("area", False, ("a", "b", "c", "d"))


def test_a_count_at_the_threshold_is_shown_and_one_below_is_hidden():
    # Two small areas protect each other, so no other count needs hiding.
    counts = {"a": 10, "b": 9, "c": 30, "d": 9}
    pub = publish([AREA], [([("area", k)], n) for k, n in counts.items()], 10)
    assert pub.value([("area", "a")]) == 10
    assert pub.value([("area", "b")]) is None
    assert frozenset({("area", "b")}) in pub.primary
    assert frozenset({("area", "a")}) not in pub.primary
    # The same rule in the single-table engine.
    table = suppress([[10, 9, 30]], 10, margins=False)
    assert table.cell(0, 0) == 10 and table.cell(0, 1) is None and table.cell(0, 2) == 30


def _account(level: Level) -> Account:
    return Account(
        id=1,
        form_id="crisis-account",
        form_version=1,
        answers={"services": ["police"], "what_happened": "PC Jones at Leeds", "area": "london"},
        status=Status.COMPLETE,
        supported=False,
        created="2024-01-01T00:00:00Z",
        updated="2024-01-01T00:00:00Z",
        consent=level,
    )


def test_shareable_gives_nothing_for_a_private_account_on_its_own():
    """plan_export skips private accounts first; shareable must refuse them anyway."""
    form = load_form("crisis-account", 1)
    assert shareable(_account(Level.PRIVATE), form, None, (), {}, assume_automatic=True) is None
    counted = shareable(_account(Level.COUNT), form, None, (), {})
    assert counted is not None and counted.answers and not counted.texts
