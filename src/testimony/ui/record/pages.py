"""The pages of the recording flow. They show things and say what was pressed; the flow
(flow.py) decides where to go next and when to save.

Every page has the same frame: Back and "Take a break" at the top, the content in a scroll
area, and the page's own buttons at the bottom with "Save and come back later". Widgets are
created in reading order, so the tab order is the reading order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony.core.forms import Form, Question
from testimony.ui.flow_layout import FlowLayout
from testimony.ui.keyboard import focus_first_in
from testimony.ui.record.common import body, bold, button, heading, option_row
from testimony.ui.record.questions import QuestionEditor, TextEditor, make_editor

READING_WIDTH = 760


class ReadingArea(QScrollArea):
    """A scroll area that gives wrapped text the height it needs at the width it has.

    QScrollArea's own resizing ignores height-for-width, so wrapped paragraphs get the height
    they would need in a narrow column, leaving gaps; this sizes the content itself.
    """

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setWidget(inner)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if inner is None or layout is None:
            return
        width = self.viewport().width()
        # Long lines are hard to read: keep the text to a column, as GOV.UK pages do.
        right = max(8, width - READING_WIDTH)
        if layout.contentsMargins().right() != right:
            layout.setContentsMargins(0, 0, right, 0)
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if needed < 0:
            needed = layout.sizeHint().height()
        inner.resize(width, max(needed, self.viewport().height()))


class PageFrame(QWidget):
    """The common frame. Subclasses fill `content` and add buttons to `action_row`."""

    back = Signal()
    take_break = Signal()
    save_and_leave = Signal()

    def __init__(self, *, with_back: bool = True, with_break: bool = True) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.back_button: QPushButton | None = None
        if with_back:
            self.back_button = button(self.tr("Back"), "back")
            self.back_button.setAccessibleDescription(self.tr("Go to the page before"))
            self.back_button.clicked.connect(self.back)
            top.addWidget(self.back_button)
        top.addStretch(1)
        if with_break:
            pause = button(self.tr("Take a break"), "takeBreak")
            pause.setAccessibleDescription(
                self.tr("Stop for a moment and see where to get support")
            )
            # A click must not take focus from the answer being written: coming back from
            # the break puts the person back in the same box, at the same place.
            pause.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            pause.clicked.connect(self.take_break)
            top.addWidget(pause)
        outer.addLayout(top)

        inner = QWidget()
        self.content = QVBoxLayout(inner)
        self.content.setContentsMargins(0, 0, 8, 0)
        self.content.setSpacing(14)
        outer.addWidget(ReadingArea(inner), 1)

        # Wraps at large text on small screens, and never scrolls away with the content.
        self.action_row = FlowLayout()
        outer.addLayout(self.action_row)
        self._leave: QPushButton | None = None
        # What Return means on this page when the focused control has no use for it (a
        # radio, a tick box, a list of months): Continue, as in a web form.
        self.enter_button: QPushButton | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and plain and self.enter_button is not None and self.enter_button.isEnabled():
            self.enter_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def finish_actions(self, with_leave: bool = True) -> None:
        """Close the button row; call once the page's own buttons are added."""
        self.action_row.addStretch(1)
        if with_leave:
            self._leave = button(self.tr("Save and come back later"), "saveAndLeave")
            self._leave.setAccessibleDescription(
                self.tr("Save what you have written and go back to your list")
            )
            self._leave.clicked.connect(self.save_and_leave)
            self.action_row.addWidget(self._leave)
        self.content.addStretch(1)

    def focus_first(self) -> None:
        """Where keyboard focus goes when the page is shown."""
        focus_first_in(self)


class IntroPage(PageFrame):
    """ "Before you start": what this is, and whether someone is helping (naming nobody)."""

    go_on = Signal()

    def __init__(self, form: Form, *, on_stick: bool = False) -> None:
        super().__init__(with_back=False)
        self.content.addWidget(heading(self.tr("Before you start")))
        self.content.addWidget(body(form.intro))
        if on_stick:  # say honestly where it is (issue 12)
            where = self.tr(
                "What you write stays on your USB stick. It is locked with your passphrase. "
                "It is saved as you go."
            )
        else:
            where = self.tr(
                "What you write stays on this computer. It is locked with your passphrase. "
                "It is saved as you go."
            )
        self.content.addWidget(body(where))
        self.content.addWidget(
            body(self.tr("If it gets too much, choose “Take a break”. You can stop at any time."))
        )
        question = self.tr("Is someone helping you today, like an advocate or supporter?")
        self.content.addWidget(bold(body(question)))
        self.content.addWidget(body(self.tr("We only note that you had help. We never ask who.")))
        self._group = QButtonGroup(self)
        self.helped = QRadioButton()
        self.alone = QRadioButton()
        for radio, words in (
            (self.helped, self.tr("Yes, someone is helping me")),
            (self.alone, self.tr("No, I am doing this on my own")),
        ):
            radio.setAccessibleDescription(question)
            self._group.addButton(radio)
            self.content.addWidget(option_row(radio, words))
        self.continue_button = button(self.tr("Continue"), "continue", primary=True)
        self.continue_button.clicked.connect(self.go_on)
        self.enter_button = self.continue_button
        self.action_row.addWidget(self.continue_button)
        self.finish_actions()

    def set_supported(self, supported: bool) -> None:
        # "No" is only shown once chosen: a new account has not been asked yet.
        if supported:
            self.helped.setChecked(True)

    def supported(self) -> bool:
        return self.helped.isChecked()

    def focus_first(self) -> None:
        target = self.alone if self.alone.isChecked() else self.helped
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class QuestionPage(PageFrame):
    """One question, with Continue and Skip."""

    go_on = Signal()
    skip = Signal()

    def __init__(self, question: Question, number: int, total: int) -> None:
        super().__init__()
        self.question = question
        progress = body(self.tr("Question %1 of %2").replace("%1", str(number)))
        progress.setText(progress.text().replace("%2", str(total)))
        progress.setObjectName("progress")
        self.content.addWidget(progress)
        title = heading(question.title)
        self.content.addWidget(title)
        if question.help:
            self.content.addWidget(body(question.help))
        self.editor: QuestionEditor = make_editor(question)
        self.content.addWidget(self.editor)
        if isinstance(self.editor, TextEditor) and isinstance(self.editor.edit, QLineEdit):
            # Return in a one-line answer moves on, as it does in a web form.
            self.editor.edit.returnPressed.connect(self.go_on)
        self.continue_button = button(self.tr("Continue"), "continue", primary=True)
        self.continue_button.clicked.connect(self.go_on)
        self.skip_button = button(
            self.tr("Skip this question"),
            "skip",
            description=self.tr("Go on without answering. You can come back to it later."),
        )
        self.skip_button.clicked.connect(self.skip)
        self.enter_button = self.continue_button
        self.action_row.addWidget(self.continue_button)
        self.action_row.addWidget(self.skip_button)
        self.finish_actions()

    def focus_first(self) -> None:
        self.editor.focus_first()


class NotePage(PageFrame):
    """A content note before one or more questions that may be hard to answer."""

    go_on = Signal()
    skip_all = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._title = heading("")
        self.content.addWidget(self._title)
        self._text = body()
        self._text.setObjectName("noteText")
        self.content.addWidget(self._text)
        self._list = body()
        self._list.setContentsMargins(16, 0, 0, 0)
        self.content.addWidget(self._list)
        self.content.addWidget(
            body(self.tr("You can skip them. You can take a break at any time."))
        )
        self.continue_button = button(self.tr("Continue"), "continue", primary=True)
        self.continue_button.clicked.connect(self.go_on)
        self.skip_button = button(self.tr("Skip these questions"), "skipAll")
        self.skip_button.clicked.connect(self.skip_all)
        self.action_row.addWidget(self.continue_button)
        self.action_row.addWidget(self.skip_button)
        self.finish_actions()

    def show_for(self, questions: list[Question]) -> None:
        if len(questions) == 1:
            self._title.setText(self.tr("The next question may be hard"))
            self._text.setText(self.tr("The next question asks about:"))
            self.skip_button.setText(self.tr("Skip this question"))
        else:
            self._title.setText(self.tr("The next questions may be hard"))
            self._text.setText(self.tr("The next %n question(s) ask about:", "", len(questions)))
            self.skip_button.setText(self.tr("Skip these questions"))
        self._title.setAccessibleName(self._title.text())
        self.skip_button.setAccessibleName(self.skip_button.text())
        self._list.setText("\n".join(f"•  {q.title}" for q in questions))

    def focus_first(self) -> None:
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)


class BreakPage(PageFrame):
    """Support numbers, the honest limits of what the coalition can do, and a way back."""

    resume = Signal()

    def __init__(self) -> None:
        super().__init__(with_back=False, with_break=False)
        self.content.addWidget(heading(self.tr("Take a break")))
        self.content.addWidget(
            body(self.tr("You can stop here for as long as you need. What you wrote is kept."))
        )
        self.content.addWidget(bold(body(self.tr("If you want to talk to someone now"))))
        for line in (
            self.tr("Samaritans: call 116 123. It is free, day or night."),
            self.tr("Shout: text SHOUT to 85258. It is free, day or night."),
            self.tr("NHS 111: call 111 and choose the mental health option."),
            self.tr("If your life is in danger now, call 999."),
        ):
            label = body(line)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.content.addWidget(label)
        self.content.addWidget(
            body(
                self.tr(
                    "Please know: the coalition (the campaign group that collects these "
                    "accounts) cannot see what you write here. It cannot reply to anyone, "
                    "and it cannot help in a crisis."
                )
            )
        )
        self.resume_button = button(self.tr("Go back to where I was"), "resume", primary=True)
        self.resume_button.clicked.connect(self.resume)
        self.action_row.addWidget(self.resume_button)
        self.finish_actions()

    def focus_first(self) -> None:
        self.resume_button.setFocus(Qt.FocusReason.OtherFocusReason)


class MessagePage(PageFrame):
    """A clear message with one way out, for when the account cannot be shown."""

    def __init__(self) -> None:
        super().__init__(with_back=False, with_break=False)
        self.title = heading(self.tr("This account cannot be opened"))
        self.text = body()
        self.text.setObjectName("message")
        self.content.addWidget(self.title)
        self.content.addWidget(self.text)
        self.close_button = button(self.tr("Go back to your accounts"), "close", primary=True)
        self.action_row.addWidget(self.close_button)
        self.finish_actions(with_leave=False)

    def focus_first(self) -> None:
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
