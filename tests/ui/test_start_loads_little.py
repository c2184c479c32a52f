"""The window's start loads only what its first page needs (issue 16, cold start).

What a start must not load, each a measured part of the start-up time
(docs/performance.md, "Cold start"): the command line's parser, the key header's crypto
and SQLCipher (until a vault is looked at, made or opened), the schema checker, the
settings page with Qt Multimedia, and the locked pages that are not on screen. Each case
runs in a fresh interpreter, since a module once imported stays for the process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NEVER_AT_START = [
    "testimony.cli",  # `testimony` with no arguments goes straight to the window
    "sqlcipher3",
    "cryptography",
    "jsonschema",
    "testimony.crypto.header",
    "testimony.services.session",
    "testimony.services.vault",
    "testimony.store.connection",
    "testimony.store.migrations",
    "PySide6.QtMultimedia",
    "testimony.ui.settings_page",
    "testimony.ui.workspace",
]
# Locked pages made only when first shown (ui/locked_pages.py): a first run shows the welcome.
NOT_ON_THE_WELCOME = [
    "testimony.ui.create_vault",
    "testimony.ui.vault_chooser",
    "testimony.ui.unlock",
    "testimony.ui.shared_laptop",
    "testimony.services.hand_over",
]

# The real entry point (`testimony`, no arguments) until the window has painted and quit;
# then the names of every module it had loaded.
FIRST_RUN = """
import json, sys
sys.argv = ["testimony"]
from testimony.launch import main
code = main()
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

IMPORTS_ONLY = """
import json, sys
import testimony.app
import testimony.ui.main_window
print(json.dumps({"modules": sorted(sys.modules)}))
"""


def _run(code: str, tmp_path: Path) -> dict[str, object]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TESTIMONY_CONFIG_DIR=str(tmp_path),
        TESTIMONY_SMOKE_QUIT_AFTER_MS="0",
        TESTIMONY_WIPE_FREED="1",  # no restart: the modules are read in this one process
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1])


def test_a_first_run_paints_the_welcome_without_loading_the_rest(tmp_path: Path):
    result = _run(FIRST_RUN, tmp_path)
    assert result["code"] == 0
    modules = set(result["modules"])  # type: ignore[arg-type]
    # It did start the window (the check would pass trivially otherwise).
    assert {"testimony.app", "testimony.ui.main_window", "testimony.ui.welcome"} <= modules
    assert not modules & set(NEVER_AT_START), sorted(modules & set(NEVER_AT_START))
    assert not modules & set(NOT_ON_THE_WELCOME), sorted(modules & set(NOT_ON_THE_WELCOME))


def test_the_window_module_itself_needs_no_crypto(tmp_path: Path):
    """A returning person's first page is the list of vaults, which looks for them on the
    runner's thread: the crypto may load there, never with the window's own modules."""
    modules = set(_run(IMPORTS_ONLY, tmp_path)["modules"])  # type: ignore[arg-type]
    assert "testimony.ui.main_window" in modules
    assert not modules & set(NEVER_AT_START), sorted(modules & set(NEVER_AT_START))
