"""Screenshots of the sharing screens, with made-up content, as a person would see them.

    xvfb-run -a -s "-screen 0 1280x1024x24" \\
        .venv/bin/python tests/ui/export/make_screenshots.py docs/screenshots [--scale 200]

Each page is shown in its own window of the app's size and grabbed from the X server. All
data lives in a temporary vault that is deleted afterwards. Test code may spin the event
loop while it waits; the app itself never does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

from testimony.core.review import add_manual
from testimony.crypto.age import new_identity
from testimony.exporting.plan import save_known
from testimony.services.session import Session
from testimony.services.sharing import run_withdrawal
from testimony.services.vault import create_vault, vault_paths
from testimony.store.sharing import add_recipient
from testimony.ui.export.export_page import ExportPage
from testimony.ui.export.recipients import RecipientsPage
from testimony.ui.export.review import ReviewScreen
from testimony.ui.export.shared_page import SharedPage
from testimony.ui.tasks import TaskRunner
from testimony.ui.theme import apply_theme
from tests.ui.export.export_ui_helpers import add_account

PASSPHRASE = "lamp river socks gentle"
NIGHT = (
    "PC Davies from Leeds came at 3am. He said I was a high intensity user and that I "
    "would be arrested if I rang 999 again. My CPN Sarah Jones rang the crisis team on "
    "07700 900123 but nobody came. I was on Oak Ward for two weeks after."
)
AFFECT = "I stopped calling for help. Sarah Jones said she was sorry but nothing changed."


def spin(ms: int = 200) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def wait_until(cond: Callable[[], object], timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        spin(30)


def shoot(widget: QWidget, path: Path) -> None:
    widget.resize(1000, 760)
    widget.show()
    spin(400)
    image = widget.screen().grabWindow(widget.winId())
    if image.isNull() or image.width() < 10:  # offscreen: no X server to grab from
        image = widget.grab()
    if not image.save(str(path)):
        raise RuntimeError(f"could not save {path}")
    print(path)


def run(out: Path, scale: int, contrast: bool, suffix: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, contrast, scale)
    work = Path(tempfile.mkdtemp(prefix="testimony-shots-"))
    os.environ["TESTIMONY_CONFIG_DIR"] = str(work / "config")
    try:
        folder = work / "notes.testimony"
        create_vault(folder, PASSPHRASE)
        session = Session(vault_paths(folder))
        session.unlock(PASSPHRASE).result()
        runner = TaskRunner()
        coalition = new_identity()
        session.call_write(add_recipient, "StopSIM Coalition", coalition.recipient)
        session.call_write(save_known, {"places": ["Oak Ward"]})
        night = add_account(
            session,
            "words",
            NIGHT,
            how_affected=AFFECT,
            short_name="The night the police came",
        )
        add_account(session, "count", "", short_name="Waiting in A&E", area="yorkshire")
        add_account(session, "private", "Only for me.", short_name="My GP appointment")

        review = ReviewScreen(session, runner, night)
        wait_until(lambda: review.data is not None)
        start = NIGHT.index("high intensity user")
        review.decisions["what_happened"] = add_manual(
            NIGHT, review.decisions["what_happened"], start, start + len("high intensity user")
        )
        review._show_question(0)
        review._changed()
        review.spans.setCurrentIndex(review.model.index(1))
        review.keep_button.click()
        review.spans.setFocus(Qt.FocusReason.OtherFocusReason)
        shoot(review, out / f"export-review{suffix}.png")
        # Further down the same page: the words, what was found and the preview.
        review.scroll_area.verticalScrollBar().setValue(review.text_view.parentWidget().y() + 10)
        review.scroll_area.ensureWidgetVisible(review.text_view, 0, 0)
        shoot(review, out / f"export-review-words{suffix}.png")
        review.scroll_area.ensureWidgetVisible(review.preview, 0, 0)
        shoot(review, out / f"export-review-preview{suffix}.png")
        review.known_button.click()
        spin(300)
        review.scroll_area.verticalScrollBar().setValue(
            review.scroll_area.verticalScrollBar().maximum()
        )
        shoot(review, out / f"export-review-people-places{suffix}.png")
        for index in range(review.question.count()):  # Confirm waits until each was shown
            review.question.setCurrentIndex(index)
        review.confirm_button.click()
        wait_until(lambda: not review.confirm_button.isEnabled())
        spin(500)
        review.close()
        review.deleteLater()

        page = ExportPage(session, runner)
        wait_until(lambda: page.choices is not None)
        for box in page.account_boxes.values():
            box.setChecked(True)
        shoot(page, out / f"export-choose{suffix}.png")
        target = work / "exports"
        target.mkdir()
        page.save_to(str(target / "testimony-export-2026-11.age"))
        wait_until(lambda: page.currentWidget() is page.finished)
        shoot(page, out / f"export-done{suffix}.png")
        page.close()
        page.deleteLater()

        first = page.result.sent[0]
        session.call(run_withdrawal, [first.export_id], target / "testimony-withdrawal.age")
        shared = SharedPage(session, runner)
        wait_until(lambda: shared.shared is not None and shared.shared.receipts)
        shoot(shared, out / f"shared{suffix}.png")
        shared.close()
        shared.deleteLater()

        recipients = RecipientsPage(session, runner)
        wait_until(lambda: recipients.loaded)
        recipients.name.setText("StopSIM Coalition (second office)")
        recipients.key.setPlainText(new_identity().recipient)
        shoot(recipients, out / f"recipients{suffix}.png")
        recipients.close()
        recipients.deleteLater()
        spin(300)
        runner.shutdown()
        session.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--contrast", action="store_true")
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    run(args.out, args.scale, args.contrast, args.suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
