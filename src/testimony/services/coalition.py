"""The coalition workspace as its screens see it: its key, importing, the pattern and the
report. The screens reach coalition/ only through here (docs/architecture.md, "Layers");
each name is the coalition layer's own, so the command line and the screens share one
implementation. Functions that take the connection first run on the database thread.
"""

from __future__ import annotations

from testimony.coalition.analysis import (
    CONSENT_LABELS,
    SINGLE,
    Fact,
    Filters,
    dimensions,
    load_facts,
)
from testimony.coalition.importing import IMPORTED, NOT_RUN, FileResult, ImportSummary, import_files
from testimony.coalition.report import (
    OneWay,
    ReportData,
    Table,
    build_report,
    csv_text,
    current_themes,
    read_quotes,
)
from testimony.coalition.workspace import (
    WORKSPACE,
    Recipient,
    init_identity,
    recipient,
    set_threshold,
    threshold,
    write_recipient_file,
)

__all__ = [
    "CONSENT_LABELS",
    "IMPORTED",
    "NOT_RUN",
    "SINGLE",
    "WORKSPACE",
    "Fact",
    "FileResult",
    "Filters",
    "ImportSummary",
    "OneWay",
    "Recipient",
    "ReportData",
    "Table",
    "build_report",
    "csv_text",
    "current_themes",
    "dimensions",
    "import_files",
    "init_identity",
    "load_facts",
    "read_quotes",
    "recipient",
    "set_threshold",
    "threshold",
    "write_recipient_file",
]
