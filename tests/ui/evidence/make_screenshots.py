"""Screenshots of a person's own evidence: their files, a file shown from memory, the
readable copy and each letter, with made-up content, at any text size.

    xvfb-run -a -s "-screen 0 1280x1024x24" \\
        .venv/bin/python tests/ui/evidence/make_screenshots.py build/screenshots [--scale 200]

All data lives in a temporary vault that is deleted afterwards. Test code may spin the
event loop while it waits; the app itself never does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TESTIMONY_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from testimony.core.consent import Method
from testimony.services.accounts import add_incoming, parse_incoming
from testimony.services.session import Session
from testimony.services.vault import create_vault, vault_paths
from testimony.ui.accounts.view import AccountView
from testimony.ui.record.pages import ReadingArea
from testimony.ui.tasks import TaskRunner
from testimony.ui.theme import apply_theme
from tests.evidence.files import pdf
from tests.ui.export.make_screenshots import shoot, spin, wait_until

PASSPHRASE = "lamp river socks gentle"
ANSWERS = {
    "services": ["ae", "police"],
    "when": "2023-11",
    "area": "yorkshire",
    "what_happened": (
        "I went to A&E because I was scared I would hurt myself. After a long wait a police "
        "officer came instead of the crisis team. He said I was a high intensity user and "
        "that I would be prosecuted if I kept calling 999."
    ),
    "police_involved": "yes",
    "care_refused": "refused",
    "label_or_plan": "found_out",
    "shared_with_police": "think_so",
    "threats": ["prosecution"],
    "how_affected": "I stopped asking for help, even when I needed it.",
    "would_have_helped": "A nurse who listened, and no police.",
    "short_name": "The night at A&E",
}


def letter_photo() -> bytes:
    """A made-up photo of a letter, drawn here."""
    image = QImage(900, 1150, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9e4d8"))
    p = QPainter(image)
    p.fillRect(60, 50, 780, 1050, QColor("#fbfaf6"))
    p.setPen(QColor("#222222"))
    p.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    p.drawText(110, 150, "Anytown NHS Foundation Trust")
    p.setFont(QFont("DejaVu Sans", 16))
    lines = [
        "Care plan: High Intensity User",
        "",
        "Agreed with the police on 3 October 2023.",
        "If this patient attends A&E, call the",
        "Serenity Integrated Mentoring officer.",
        "",
        "(A made-up example for this screenshot.)",
    ]
    for i, line in enumerate(lines):
        p.drawText(110, 240 + i * 44, line)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def run(out: Path, scale: int, suffix: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, False, scale)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="testimony-shots-"))
    os.environ["TESTIMONY_CONFIG_DIR"] = str(work / "config")
    try:
        folder = work / "notes.testimony"
        create_vault(folder, PASSPHRASE)
        session = Session(vault_paths(folder))
        session.unlock(PASSPHRASE).result()
        runner = TaskRunner()
        items = [parse_incoming({"answers": ANSWERS, "consent": "private"})]
        (aid,) = session.call_write(add_incoming, items, Method.ALONE)
        originals = work / "Downloads"
        originals.mkdir()
        photo = originals / "care-plan-photo.jpg"
        photo.write_bytes(letter_photo())
        letter = originals / "discharge-letter.pdf"
        letter.write_bytes(pdf("Discharge letter (a made-up example)"))

        view = AccountView(session, runner, aid)
        wait_until(lambda: view.main is not None)
        files = view.evidence.files
        files.add_files([photo, letter])
        wait_until(lambda: view.stack.currentWidget().objectName() == "originalsPage")
        shoot(view, out / f"evidence-added{suffix}.png")
        view.stack.currentWidget().back.emit()
        wait_until(lambda: files.list.count() == 2)
        (area,) = view.main.findChildren(ReadingArea)
        area.ensureWidgetVisible(files, 0, 0)
        files.list.setFocus()
        shoot(view, out / f"evidence-files{suffix}.png")

        files.list.setCurrentRow(0)
        files.open_selected()
        wait_until(lambda: view.stack.currentWidget().objectName() == "attachmentViewer")
        shoot(view, out / f"evidence-view-photo{suffix}.png")
        view.stack.currentWidget().back.emit()
        files.list.setCurrentRow(1)
        files.open_selected()
        wait_until(lambda: view.stack.currentWidget().objectName() == "attachmentViewer")
        spin(500)
        shoot(view, out / f"evidence-view-pdf{suffix}.png")
        view.stack.currentWidget().back.emit()

        view.evidence.open_copy()
        wait_until(lambda: view.stack.currentWidget().objectName() == "copyPage")
        shoot(view, out / f"evidence-copy{suffix}.png")
        copy_page = view.stack.currentWidget()
        copy_page.warn(printing=False)
        shoot(view, out / f"evidence-copy-warning{suffix}.png")
        copy_page.save_to(work / "copy.pdf")
        shutil.copy(work / "copy.pdf", out / f"evidence-copy{suffix}.pdf")
        view.evidence.pages.go_home()

        for kind, org in (("access", "Anytown Police"), ("complaint", "Anytown NHS Trust")):
            view.evidence.open_letter()
            wait_until(lambda: view.stack.currentWidget().objectName() == "letterSetup")
            setup = view.stack.currentWidget()
            (setup.access if kind == "access" else setup.complaint).setChecked(True)
            setup.organisation.setText(org)
            setup._guess(org)
            setup.name.setText("Sam Example")
            setup.address.setPlainText("1 Example Street\nAnytown AN1 1AA")
            shoot(view, out / f"evidence-letter-{kind}-setup{suffix}.png")
            setup._write()
            wait_until(lambda: view.stack.currentWidget().objectName() == "letterEdit")
            edit = view.stack.currentWidget()
            shoot(view, out / f"evidence-letter-{kind}{suffix}.png")
            edit.save_to(work / f"{kind}.pdf")
            shutil.copy(work / f"{kind}.pdf", out / f"evidence-letter-{kind}{suffix}.pdf")
            view.evidence.pages.go_home()
        view.close()
        session.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    run(args.out, args.scale, args.suffix or ("" if args.scale == 100 else f"-{args.scale}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
