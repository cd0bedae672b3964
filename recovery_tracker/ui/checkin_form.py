"""The check-in fields, shared by the Today panel and the edit dialog."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.now_fields import FollowsClock, future_date_problem, past_date_edit
from recovery_tracker.ui.qt_later import Qt, set_by_name
from recovery_tracker.ui.qt_values import qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.widgets import FieldError, ScoreSelector

# field, label, low anchor, high anchor
_PAIN_ANCHORS = (
    QT_TRANSLATE_NOOP("CheckInForm", "0 = no pain"),
    QT_TRANSLATE_NOOP("CheckInForm", "10 = worst imaginable"),
)
_SCORES = (
    ("pain", QT_TRANSLATE_NOOP("CheckInForm", "Pain now"), *_PAIN_ANCHORS),
    (
        "soreness",
        QT_TRANSLATE_NOOP("CheckInForm", "Soreness where you were injected"),
        *_PAIN_ANCHORS,
    ),
)
# Before the first injection (a baseline week) there is no injection site yet.
_SORENESS_BEFORE = QT_TRANSLATE_NOOP("CheckInForm", "Soreness where you will be injected")
# Only for the spine (see domain/leg_pain.py); built the first time it is offered.
_LEG_PAIN = (
    "leg_pain",
    QT_TRANSLATE_NOOP("CheckInForm", "Leg pain now (pain going down into the leg)"),
    *_PAIN_ANCHORS,
)
_OPTIONAL_SCORES = (
    (
        "enjoyment_interference",
        QT_TRANSLATE_NOOP(
            "CheckInForm", "How much did pain interfere with your enjoyment of life?"
        ),
        QT_TRANSLATE_NOOP("CheckInForm", "0 = not at all"),
        QT_TRANSLATE_NOOP("CheckInForm", "10 = completely"),
    ),
    (
        "activity_interference",
        QT_TRANSLATE_NOOP("CheckInForm", "How much did pain interfere with your general activity?"),
        QT_TRANSLATE_NOOP("CheckInForm", "0 = not at all"),
        QT_TRANSLATE_NOOP("CheckInForm", "10 = completely"),
    ),
    (
        "sleep",
        QT_TRANSLATE_NOOP("CheckInForm", "How well did you sleep?"),
        QT_TRANSLATE_NOOP("CheckInForm", "0 = very badly"),
        QT_TRANSLATE_NOOP("CheckInForm", "10 = very well"),
    ),
)


class CheckInForm(QWidget):
    dateChanged = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self._clock = clock
        self._id: int | None = None
        self._baseline: dict[str, object] = {}
        self.errors: dict[str, FieldError] = {}
        self.scores: dict[str, ScoreSelector] = {}
        self._titles: dict[str, QLabel] = {}

        self.date_edit = past_date_edit(self, translate("CheckInForm", "Date of this check-in"))
        self.date_edit.dateChanged.connect(lambda d: self.dateChanged.emit(qdate_to_date(d)))
        self.date_edit.dateChanged.connect(self._say_if_future)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(translate("CheckInForm", "Time of this check-in"))
        # A new check-in is "now" until the patient picks another moment.
        self._began_on: date | None = None  # the day the patient began filling the form in
        self.follow_now = FollowsClock(
            clock, self.date_edit, self.time_edit, self, holds_entry=self._begun_on_shown_day
        )
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.time_edit, 1)
        self.date_edit.setMinimumWidth(1)  # may shrink with large text; the popup stays whole

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        when_label = QLabel(translate("CheckInForm", "&When:"), self)
        when_label.setBuddy(self.date_edit)
        form.addRow(when_label, when)
        self._add_error(form, "date")
        self._add_error(form, "time")
        self.follow_now.day_passed.connect(self._say_the_day_passed)
        layout.addLayout(form)
        for spec in _SCORES:
            layout.addWidget(self._score_block(*spec))
        self._leg_pain_at = layout.count()  # right under the back-pain scores
        self._leg_pain_block: QWidget | None = None
        # Room right under the two scores for what the panel shows around the form (today's
        # advice, the weekly question): the scores stay at the top, where the patient starts.
        self.after_scores = QVBoxLayout()
        layout.addLayout(self.after_scores)
        # The three optional questions are built when first opened: most check-ins are just
        # pain and soreness, and the form is ready sooner without 33 more buttons.
        self.more_button = QToolButton(self)
        self.more_button.setText(translate("CheckInForm", "More for your doctor (optional)"))
        self.more_button.setCheckable(True)
        set_by_name(self.more_button, "toolButtonStyle", "ToolButtonTextBesideIcon")
        set_by_name(self.more_button, "arrowType", "RightArrow")
        self.more_button.setAccessibleName(
            translate("CheckInForm", "More questions for your doctor (optional)")
        )
        self.more_button.toggled.connect(self.show_more)
        self.more = QGroupBox(self)
        self.more.hide()
        layout.addWidget(self.more_button)
        layout.addWidget(self.more)

        notes_label = QLabel(translate("CheckInForm", "&Notes:"), self)
        self.notes_edit = NoteEdit(self)  # Tab moves on, so keyboard users never get stuck
        self.notes_edit.textChanged.connect(self._note_begun)
        self.notes_edit.setAccessibleName(translate("CheckInForm", "Notes"))
        self.notes_edit.setPlaceholderText(
            translate("CheckInForm", "e.g. walked 20 minutes; stiff in the morning")
        )
        self.notes_edit.setMinimumHeight(70)
        notes_label.setBuddy(self.notes_edit)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit)
        self.errors["notes"] = FieldError(self)
        self.notes_edit.refused.connect(self.errors["notes"].show_message)
        layout.addWidget(self.errors["notes"])
        # Short, so it never sets the form's minimum width; the detail is in the tooltip.
        self.for_doctor = QCheckBox(translate("CheckInForm", "For m&y doctor"), self)
        self.for_doctor.setToolTip(
            translate("CheckInForm", "Show this note in the appointment report")
        )
        self.for_doctor.setAccessibleDescription(
            translate("CheckInForm", "Show this note in the appointment report")
        )
        layout.addWidget(self.for_doctor)

    def offer_leg_pain(self, offered: bool) -> None:
        """Show (building on first use) or hide the leg-pain score; a hidden one is not saved."""
        if offered and self._leg_pain_block is None:
            self._leg_pain_block = self._score_block(*_LEG_PAIN)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._leg_pain_at, self._leg_pain_block)
            # Tab goes pain, soreness, leg pain, as they stand on screen.
            QWidget.setTabOrder(self.scores["soreness"], self.scores["leg_pain"])
        if self._leg_pain_block is not None:
            self._leg_pain_block.setVisible(offered)

    def _leg_pain_offered(self) -> bool:
        return self._leg_pain_block is not None and not self._leg_pain_block.isHidden()

    def show_more(self, visible: bool = True) -> None:
        """Open (building on first use) or close the optional questions."""
        if visible and not self.more.layout():
            more_layout = QVBoxLayout(self.more)
            for spec in _OPTIONAL_SCORES:
                more_layout.addWidget(self._score_block(*spec, parent=self.more))
            # Built after the rest, these would come last in the Tab order: put them where
            # the eye sees them, right after the button that opened them.
            chain = [self.more_button, *(self.scores[f] for f, *_ in _OPTIONAL_SCORES)]
            for before, after in zip(chain, [*chain[1:], self.notes_edit], strict=True):
                QWidget.setTabOrder(before, after)
        self.more.setVisible(visible)
        self.more_button.setArrowType(
            Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        )
        if self.more_button.isChecked() != visible:
            self.more_button.setChecked(visible)

    def _add_error(self, form: QFormLayout, field: str) -> None:
        self.errors[field] = FieldError(self)
        form.addRow("", self.errors[field])

    def _score_block(
        self, field: str, label: str, low: str, high: str, parent: QWidget | None = None
    ) -> QWidget:
        label, low, high = (translate("CheckInForm", text) for text in (label, low, high))
        block = QWidget(parent or self)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        title = QLabel(label + (" *" if field == "pain" else ""), block)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        selector = ScoreSelector(label, low, high, block)
        selector.setObjectName(f"score_{field}")
        title.setBuddy(selector)
        self.scores[field] = selector
        self._titles[field] = title
        self.errors[field] = FieldError(block)
        selector.valueChanged.connect(lambda _v, f=field: self.errors[f].show_message(None))
        selector.valueChanged.connect(lambda _v: self._note_begun())
        layout.addWidget(title)
        layout.addWidget(selector)
        layout.addWidget(self.errors[field])
        return block

    def name_soreness(self, injected: bool) -> None:
        """'Soreness where you were injected', or before any injection 'will be injected'."""
        label = translate("CheckInForm", _SCORES[1][1] if injected else _SORENESS_BEFORE)
        self._titles["soreness"].setText(label)
        self.scores["soreness"].set_label(label)

    # --- values in and out -------------------------------------------------------------
    def values(self) -> dict[str, object]:
        raw: dict[str, object] = {
            "id": self._id,
            "date": qdate_to_date(self.date_edit.date()),
            "time": qtime_to_time(self.time_edit.time()),
            "notes": self.notes_edit.toPlainText(),
            "for_doctor": self.for_doctor.isChecked(),
        }
        raw.update({field: None for field, *_rest in _OPTIONAL_SCORES})  # until opened
        raw.update({field: selector.value() for field, selector in self.scores.items()})
        if not self._leg_pain_offered():
            raw["leg_pain"] = None
        return raw

    def reset(self, now: datetime) -> None:
        """An empty check-in for ``now``."""
        self._id = None
        self.follow_now.start(now)
        for selector in self.scores.values():
            selector.clear()
        self.notes_edit.clear()
        self.for_doctor.setChecked(False)
        self._finish_loading()
        self._began_on = None  # after the clearing above, which may look like typing

    def load(self, checkin: CheckIn, today: date) -> None:
        self._id = checkin.id
        self.follow_now.stop()
        # Its own date, even one after today's (the clock went back): never moved silently.
        self.date_edit.setDate(to_qdate(checkin.date))
        self.time_edit.setTime(QTime(checkin.time.hour, checkin.time.minute))
        if any(getattr(checkin, field) is not None for field, *_rest in _OPTIONAL_SCORES):
            self.show_more(True)
        if checkin.leg_pain is not None:
            self.offer_leg_pain(True)  # an entry that has it shows it, whatever the site now
        for field, selector in self.scores.items():
            selector.setValue(getattr(checkin, field))
        self.notes_edit.setPlainText(checkin.notes)
        self.for_doctor.setChecked(checkin.for_doctor)
        self._finish_loading()

    def _finish_loading(self) -> None:
        self.clear_errors()
        self._say_if_future()
        self._baseline = self._content()

    def _say_if_future(self, *_args: object) -> None:
        day: date = qdate_to_date(self.date_edit.date())
        self.errors["date"].show_message(future_date_problem(day, self._clock().date()))

    def _content(self) -> dict[str, object]:
        content = self.values()
        if self._id is None:  # a new entry with only a date or time set has nothing to lose
            content.pop("date")
            content.pop("time")
        return content

    def _note_begun(self) -> None:
        if self._began_on is None and self.is_dirty():
            self._began_on = self._clock().date()

    def _begun_on_shown_day(self) -> bool:
        """An entry begun on the day it shows keeps it when midnight passes; one begun after
        a night's sleep on yesterday's form follows the clock to today."""
        return self.is_dirty() and self._began_on == qdate_to_date(self.date_edit.date())

    def _say_the_day_passed(self, today: date) -> None:
        self.errors["date"].show_message(
            translate(
                "CheckInForm",
                "It is now {today}. This check-in keeps the day you began it on; change the "
                "date if you meant today.",
            ).format(today=format_date(today, DateStyle.DAY))
        )

    def is_dirty(self) -> bool:
        return self._content() != self._baseline

    # --- messages ------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Show each message under its field and focus the first such field (returned)."""
        for field, label in self.errors.items():
            label.show_message(errors.get(field))
        first = next((f for f in ("date", "time", *self.scores, "notes") if f in errors), None)
        widget = {"date": self.date_edit, "time": self.time_edit, "notes": self.notes_edit}.get(
            first or "", self.scores.get(first or "")
        )
        if widget is not None:
            widget.setFocus()
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message(None)
