"""How the app looks: a normal and a high-contrast palette, text size, and a focus ring
that is always easy to see.

Every pair of text and background colour we use is listed in `Theme.text_pairs`, so a test
can compute each contrast ratio (WCAG 2.2, at least 4.5:1) instead of trusting our eyes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 12  # at 100%; the person can raise it to 200%


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str  # secondary text, hints
    base: str  # inside text boxes and lists
    button: str
    button_text: str
    border: str
    primary: str  # the main action on a page
    primary_text: str
    warning: str  # quick exit
    warning_text: str
    error: str  # error text on the window colour
    focus: str  # background of a focused control
    focus_text: str
    focus_border: str
    highlight: str  # selected list rows
    highlight_text: str
    disabled_text: str
    bar: str  # the top bar
    bar_text: str
    indicator_window: str  # makes Fusion draw tick-box edges (window colour, darker 140%)

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text colour, background colour) pair the app draws text with."""
        return {
            "body": (self.text, self.window),
            "muted": (self.muted, self.window),
            "input": (self.text, self.base),
            "button": (self.button_text, self.button),
            "primary button": (self.primary_text, self.primary),
            "quick exit": (self.warning_text, self.warning),
            "error": (self.error, self.window),
            "focused control": (self.focus_text, self.focus),
            "selected row": (self.highlight_text, self.highlight),
            "disabled": (self.disabled_text, self.window),
            "top bar": (self.bar_text, self.bar),
        }


NORMAL = Theme(
    name="normal",
    window="#ffffff",
    text="#0b0c0c",
    muted="#505a5f",
    base="#ffffff",
    button="#f3f2f1",
    button_text="#0b0c0c",
    border="#0b0c0c",
    primary="#00703c",
    primary_text="#ffffff",
    warning="#aa2a16",
    warning_text="#ffffff",
    error="#aa2a16",
    focus="#ffdd00",
    focus_text="#0b0c0c",
    focus_border="#0b0c0c",
    highlight="#1d70b8",
    highlight_text="#ffffff",
    disabled_text="#595959",
    bar="#0b0c0c",
    bar_text="#ffffff",
    indicator_window="#6f6f6f",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    base="#000000",
    button="#000000",
    button_text="#ffffff",
    border="#ffffff",
    primary="#ffff00",
    primary_text="#000000",
    warning="#ffb3b3",
    warning_text="#000000",
    error="#ff9e9e",
    focus="#00ffff",
    focus_text="#000000",
    focus_border="#ffffff",
    highlight="#ffff00",
    highlight_text="#000000",
    disabled_text="#b3b3b3",
    bar="#000000",
    bar_text="#ffffff",
    indicator_window="#ffffff",
)


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else NORMAL


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour like '#1d70b8'."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def point_size(scale_percent: int) -> float:
    return BASE_POINT_SIZE * max(100, min(200, scale_percent)) / 100


def apply_theme(app: QApplication, high_contrast: bool, scale_percent: int) -> Theme:
    """Set style, palette, font size and style sheet for the whole application."""
    theme = theme_for(high_contrast)
    font = QFont(app.font())
    font.setPointSizeF(point_size(scale_percent))
    app.setFont(font)
    # Fusion draws the same on every platform and honours the palette fully. (No Python
    # QProxyStyle: PySide6 6.12.0 loses a reference to None on every call of a Python
    # drawPrimitive override, and the interpreter aborts after a few thousand paints.)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(_palette(theme))
    # Fusion draws a tick box's edge a shade darker than the palette's window colour, which
    # on black is black: give tick boxes and round buttons a window colour that makes a
    # visible edge (at least 3:1 against the box).
    edge = QPalette(_palette(theme))
    edge.setColor(QPalette.ColorRole.Window, QColor(theme.indicator_window))
    for cls in ("QCheckBox", "QRadioButton"):
        app.setPalette(edge, cls)  # type: ignore[arg-type]  # the stub says bytes; str works
    app.setStyleSheet(style_sheet(theme, point_size(scale_percent)))
    return theme


def _palette(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.window,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.button,
        QPalette.ColorRole.ButtonText: t.button_text,
        QPalette.ColorRole.Highlight: t.highlight,
        QPalette.ColorRole.HighlightedText: t.highlight_text,
        QPalette.ColorRole.ToolTipBase: t.window,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Link: t.highlight if t is NORMAL else t.primary,
        QPalette.ColorRole.BrightText: t.error,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled_text))
    return p


def style_sheet(t: Theme, points: float) -> str:
    """Buttons, boxes and a thick focus ring; sizes follow the chosen text size."""
    heading = points * 1.6
    indicator = max(13, round(points * 1.4))  # tick boxes grow with the text
    subheading = points * 1.2
    return f"""
QWidget {{ color: {t.text}; }}
QMainWindow, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget {{
    background: {t.window}; }}
QLabel[role="heading"], QLabel#heading {{ font-size: {heading:.1f}pt; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: {subheading:.1f}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="code"] {{ font-family: monospace; font-size: {subheading:.1f}pt;
    font-weight: bold; }}
QFrame#topBar {{ background: {t.bar}; border-bottom: 2px solid {t.border}; }}
QFrame#topBar QLabel {{ color: {t.bar_text}; font-weight: bold; }}
QFrame#actionBar {{ border-top: 2px solid {t.border}; background: {t.window}; }}
QFrame#banner {{ border: 3px solid {t.error}; background: {t.window}; }}
QPushButton {{
    background: {t.button}; color: {t.button_text};
    border: 2px solid {t.border}; border-radius: 4px; padding: 6px 14px; }}
QPushButton[primary="true"] {{ background: {t.primary}; color: {t.primary_text};
    border-color: {t.primary}; font-weight: bold; }}
QPushButton[warning="true"] {{ background: {t.warning}; color: {t.warning_text};
    border-color: {t.warning_text}; font-weight: bold; }}
QPushButton:hover {{ border-width: 3px; }}
QPushButton:disabled {{ color: {t.disabled_text}; border-color: {t.disabled_text};
    background: {t.window}; }}
QPushButton:focus, QPushButton[primary="true"]:focus, QPushButton[warning="true"]:focus {{
    background: {t.focus}; color: {t.focus_text}; border: 3px solid {t.focus_border}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox, QListWidget, QListView {{
    background: {t.base}; color: {t.text}; border: 2px solid {t.border}; padding: 4px;
    selection-background-color: {t.highlight}; selection-color: {t.highlight_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QComboBox:focus,
QListWidget:focus, QListView:focus {{ border: 4px solid {t.focus_border};
    padding: 2px; }}
QCheckBox, QRadioButton {{ padding: 4px; spacing: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QListWidget::item {{ padding: 8px 4px; border-bottom: 1px solid {t.muted}; }}
QListWidget::item:selected {{ background: {t.highlight}; color: {t.highlight_text}; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.focus}; color: {t.focus_text}; }}
QProgressBar {{ border: 2px solid {t.border}; background: {t.base}; color: {t.text};
    text-align: center; }}
QProgressBar::chunk {{ background: {t.highlight}; }}
"""
