"""Bar charts of suppressed counts, shared by the analysis page and the PDF report.

A chart shows only counts that may be shown: a suppressed category is left out (a bar of
zero would say "nobody", which is not what suppressed means), and the chart says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

BAR_COLOUR = "#1d70b8"  # the theme's highlight blue: 5.2:1 on white


def bar_chart(
    title: str,
    items: Sequence[tuple[str, int | None]],
    point_size: int = 9,
    pixel_size: int | None = None,
    label_limit: int = 34,
) -> QChart:
    """A horizontal bar chart, one bar per category with a count that may be shown.

    `pixel_size` sets the text in the chart's own pixels instead of points: the PDF draws
    its charts at the page's resolution, so the print size is exact (ui/report_pdf.py).
    An empty title draws none (the PDF heads each chart with real text instead)."""
    shown = [(label, value) for label, value in items if value is not None]
    left_out = len(items) - len(shown)
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    if left_out and title:
        note = QCoreApplication.translate("charts", "{0} ({1} suppressed, not shown)")
        title = note.format(title, left_out)
    font = QFont()
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    else:
        font.setPointSize(point_size)
    if title:
        chart.setTitle(title)
    chart.setTitleFont(font)
    bars = QBarSet(title)
    bars.setColor(QColor(BAR_COLOUR))
    bars.setLabelColor(QColor("#0b0c0c"))
    bars.setLabelFont(font)
    # Qt draws the first category at the bottom; reverse so the list reads top-down.
    for _label, value in reversed(shown):
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([_short(label, label_limit) for label, _ in reversed(shown)] or [""])
    axis_y.setLabelsFont(font)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    top = max((v for _, v in shown), default=0)
    axis_x.setRange(0, max(1, top) * 1.15)
    axis_x.applyNiceNumbers()
    axis_x.setLabelFormat("%d")
    axis_x.setLabelsFont(font)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return chart


def chart_height(bars: int, row: int = 26, room: int = 70) -> int:
    """Room for every label: Qt shortens category labels to "…" when rows are too tight."""
    return room + row * max(bars, 1)


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def chart_image(chart: QChart, width: int, height: int, scale: float = 2.0) -> QImage:
    """Draw a chart off screen (for the PDF), at `scale` times the size for sharp print."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image
