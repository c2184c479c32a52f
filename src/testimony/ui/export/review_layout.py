"""How the review screen is laid out, and the fixed words it says; review.py holds what it
does. Widgets are made in reading order, so Tab follows the order a person reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony.core.consent import Level
from testimony.ui.export.known import KnownDetailsEditor
from testimony.ui.export.review_text import MarkedText, Preview
from testimony.ui.export.spans_model import SpansModel
from testimony.ui.page import show_error
from testimony.ui.record.common import body, bold, button, error_label, heading

SIDE_BY_SIDE_CHARS = 120  # narrower than this, the preview goes under the words


class ReviewLayout(QWidget):
    """The widgets of the review screen. Subclasses connect them."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.sides.direction() != direction:
            self.sides.setDirection(direction)

    def _build(self) -> None:
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(12)
        col.addWidget(heading(self.tr("Check your words before they are shared")))
        self.account_title = heading("", 1.2)
        self.account_title.setObjectName("accountTitle")
        self.account_title.hide()
        col.addWidget(self.account_title)
        self.level_text = body("")
        col.addWidget(self.level_text)
        self.message = body(self.tr("Opening your account…"))
        self.message.setObjectName("reviewMessage")
        col.addWidget(self.message)
        self.banner = error_label()
        self.banner.setObjectName("staleBanner")
        self.banner.hide()
        col.addWidget(self.banner)

        self.review_part = QWidget()
        part = QVBoxLayout(self.review_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(10)
        part.addWidget(
            body(
                self.tr(
                    "We have marked words that could show who you are, or who you talk about. "
                    "Words with a solid line under them will be taken out. Words with a dashed "
                    "line will stay. Words with a wavy line are details of this computer. They "
                    "are always taken out."
                )
            )
        )
        self.question = QComboBox()
        self.question.setObjectName("question")
        self.question.setAccessibleName(self.tr("Answer to check"))
        question_label = bold(body(self.tr("Answer to check")))
        question_label.setBuddy(self.question)
        part.addWidget(question_label)
        chooser = QHBoxLayout()
        chooser.addWidget(self.question, 1)
        self.next_button = button(
            self.tr("Next answer"),
            "nextAnswer",
            description=self.tr("Show the next answer you have not looked at yet"),
        )
        chooser.addWidget(self.next_button)
        part.addLayout(chooser)

        # Side by side when there is room; the preview goes below when text is large.
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sides.setSpacing(20)
        self.sides.addLayout(self._build_left(), 1)
        self.sides.addLayout(self._build_right(), 1)
        part.addLayout(self.sides)

        self.known_button = button(
            self.tr("Change the people and places I mention"),
            "showKnown",
            description=self.tr("Names and details we should look for and take out"),
        )
        part.addWidget(self.known_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.known = KnownDetailsEditor()
        self.known.hide()
        part.addWidget(self.known)

        prompt = QFrame()
        prompt.setObjectName("intruderBox")
        prompt.setFrameShape(QFrame.Shape.Box)
        prompt.setLineWidth(2)
        prompt_layout = QVBoxLayout(prompt)
        prompt_layout.setContentsMargins(16, 12, 16, 12)
        prompt_layout.addWidget(bold(body(self.tr("Before you confirm"))))
        self.intruder = body(
            self.tr(
                "Could someone who was there recognise you from this? Think about exact times, "
                "names of wards or stations, rare events, injuries, your job, faith, ethnicity "
                "or sexuality. If so, select those words and choose “Take this out too”."
            )
        )
        self.intruder.setObjectName("intruderPrompt")
        prompt_layout.addWidget(self.intruder)
        part.addWidget(prompt)
        col.addWidget(self.review_part)
        self.status = body("")
        self.status.setObjectName("reviewStatus")
        col.addWidget(self.status)
        col.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(inner)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.confirm_button = button(
            self.tr("Confirm what will leave"),
            "confirmReview",
            primary=True,
            description=self.tr("Save your choices. These words may then be shared."),
        )
        self.back_button = button(
            self.tr("Back"),
            "reviewBack",
            description=self.tr(
                "Go back. Your choices are kept, but these words will not leave until you confirm."
            ),
        )
        # One Confirm covers every answer, so it waits until each has been on screen.
        self.seen_text = body("")
        self.seen_text.setObjectName("seenAnswers")
        self.seen_text.setContentsMargins(24, 8, 24, 0)
        actions = QHBoxLayout()
        actions.setContentsMargins(24, 8, 24, 16)
        actions.setSpacing(12)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.seen_text)
        outer.addLayout(actions)

    def _build_left(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(bold(body(self.tr("Your words"))))
        self.text_view = MarkedText(
            self.tr("Your words"),
            self.tr("To take out more words, select them here, then choose Take this out too"),
        )
        self.text_view.setObjectName("reviewText")
        self.text_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        left.addWidget(self.text_view)
        self.manual_button = button(
            self.tr("Take this out too"),
            "takeOutSelection",
            description=self.tr("Take out the words you selected in your words"),
        )
        left.addWidget(self.manual_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(bold(body(self.tr("What we found"))))
        self.model = SpansModel(self)
        self.spans = QListView()
        self.spans.setObjectName("spans")
        self.spans.setAccessibleName(self.tr("What we found"))
        self.spans.setAccessibleDescription(
            self.tr("A tick means it will be taken out. Press Space to change it.")
        )
        self.spans.setModel(self.model)
        self.spans.setWordWrap(True)
        self.spans.setUniformItemSizes(False)
        self.spans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.spans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.spans.setSpacing(4)
        self.spans.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        left.addWidget(self.spans)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.take_out_button = button(self.tr("Take it out"), "takeOut")
        self.keep_button = button(self.tr("Keep it"), "keep")
        row.addWidget(self.take_out_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        left.addLayout(row)
        self.everywhere_button = button(
            self.tr("Do the same for every time this appears"),
            "sameEverywhere",
            description=self.tr("Make the same choice wherever these words appear in this account"),
        )
        left.addWidget(self.everywhere_button, 0, Qt.AlignmentFlag.AlignLeft)
        return left

    def _build_right(self) -> QVBoxLayout:
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(bold(body(self.tr("What will leave"))))
        explain = body(self.tr("This is exactly what the coalition will get from this account."))
        explain.setProperty("role", "muted")
        right.addWidget(explain)
        self.preview = Preview(self.tr("What will leave"))
        self.preview.setObjectName("preview")
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        right.addWidget(self.preview, 1)
        return right

    def _show_banner(self, stale: bool, new: bool) -> None:
        if stale:
            text = self.tr(
                "Something changed since you last checked this account: its words, or your list "
                "of people and places. Please check it again. None of its words will leave "
                "until you confirm."
            )
        elif new:
            text = self.tr(
                "We found more to check since you last confirmed. Look at the new marks, "
                "then confirm again."
            )
        else:
            text = ""
        show_error(self.banner, text)

    def _level_words(self, level: Level) -> str:
        if level is Level.QUOTE:
            return self.tr(
                "You chose: may be quoted. Your words may be quoted in public, with the marked "
                "details taken out."
            )
        if level is Level.WORDS:
            return self.tr(
                "You chose: share my words. The coalition may read your words, with the marked "
                "details taken out. They will not quote them in public."
            )
        return self.tr("You chose: count it. Only your answers to the questions are shared.")

    def _excluded_words(self, reason: str) -> str:
        if reason == "private":
            return self.tr("This account is kept private, so nothing in it can leave.")
        if reason == "unknown_form":
            return self.tr("This account was made with a newer version of Testimony.")
        return self.tr("There is nothing in this account to share yet.")
