"""A workspace with records in it, and a task runner, for the coalition's pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from testimony.coalition.importing import import_files
from testimony.services.coalition_texts import tag
from tests import coalition_bundles as cb


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[object, str, dict]]:
    """A workspace holding 240 counted records, 3 from Wales (a small cell), 12 that may be
    quoted and 12 whose words may be read but not quoted."""
    session, recipient = cb.make_workspace(tmp_path / "coalition.testimony")
    recs = cb.many(225, seed=11)
    recs += cb.many(3, seed=12, area="wales", services=["gp"])
    quote = cb.many(12, seed=13, consent="quote", text="QUOTABLE they turned me away at the door")
    words = cb.many(12, seed=14, consent="words", text="NOTFORQUOTING my neighbour saw it")
    path = cb.write(tmp_path / "b.age", cb.bundle(recs + quote + words), recipient)
    session.call(import_files, [path])
    # A report quotes only records staff placed under a theme (docs/coalition.md).
    session.call_write(tag, [r.export_id for r in quote + words], ["Refused care"])
    yield session, recipient, {"records": recs, "quote": quote, "words": words}
    session.close()
