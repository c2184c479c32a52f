"""Render src/testimony/resources/icons/testimony.svg to the PNG sizes desktops ask for.

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make-icons.py
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs an application to paint
    svg = ROOT / "src" / "testimony" / "resources" / "icons" / "testimony.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print("the SVG icon could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = ROOT / "packaging" / "icons" / f"{size}x{size}"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / "testimony.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
