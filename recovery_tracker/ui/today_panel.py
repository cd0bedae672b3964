"""Today: where the patient logs how they are, in a few seconds."""

from __future__ import annotations

import time
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.domain.recovery import daily_summaries, describe_position, position_on
from recovery_tracker.domain.text import DateStyle, format_date, single_full_stop, translate
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.storage.database import DamagedDatabaseError, StorageError
from recovery_tracker.ui.checkin_form import CheckInForm
from recovery_tracker.ui.impression_box import ImpressionBox
from recovery_tracker.ui.live_diary import CHECKINS, INJECTIONS, MEDICATIONS, SETTINGS, LiveDiary
from recovery_tracker.ui.qt_later import QMessageBox, set_by_name
from recovery_tracker.ui.qt_values import present, qdate_to_date
from recovery_tracker.ui.today_advice import TodayAdvice
from recovery_tracker.ui.widgets import heading

_SHOWN = frozenset((CHECKINS, INJECTIONS, MEDICATIONS))


# A Save within this long of the last one, on the emptied form, is the same click twice.
DOUBLE_SAVE_S = 5.0


class TodayPanel(QWidget):
    saved = Signal(object)  # the CheckIn just stored
    # Once, when the panel has first been painted: the window's start-up goes on from there
    # (MainWindow). Told by paintEvent, not seen by an event filter: a Python event filter
    # (or changeEvent) before the first paint made PySide6 build 53 event classes, 4 ms.
    first_painted = Signal()

    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setObjectName("todayPanel")
        self._last_saved: CheckIn | None = None
        self._saved_at = 0.0
        self._painted = False
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        self.position_label.setWordWrap(True)
        self.day_summary_label = QLabel(self)
        self.day_summary_label.setWordWrap(True)
        self.advice = TodayAdvice(diary, self)
        self._impression: ImpressionBox | None = None  # built the first week it is due
        self.medicines_label = QLabel(self)
        self.medicines_label.setWordWrap(True)
        self.form = CheckInForm(self, clock=diary.clock)
        self.medicine_button = QPushButton(translate("TodayPanel", "Log a &medicine…"), self)
        self.medicine_button.setToolTip(
            translate("TodayPanel", "Record a medicine you took (Ctrl+M)")
        )
        self.event_button = QPushButton(translate("TodayPanel", "L&og an event…"), self)
        self.event_button.setToolTip(
            translate("TodayPanel", "Record a fever, swelling, much more pain… (Ctrl+Shift+E)")
        )
        self.save_button = QPushButton(translate("TodayPanel", "&Save check-in"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("TodayPanel", "Save this check-in (Ctrl+Return)"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("savedConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setAccessibleName(translate("TodayPanel", "Save status"))

        font = self.position_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.position_label.setFont(font)

        # The form scrolls; the Save button and its confirmation stay in sight below it.
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(heading(translate("TodayPanel", "How are you today?"), content))
        content_layout.addWidget(self.position_label)
        content_layout.addWidget(self.day_summary_label)
        self.form.after_scores.addWidget(self.advice)
        self.form.after_scores.addWidget(self.medicines_label)
        content_layout.addWidget(self.form)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Never clip: with very large text a sideways scroll bar beats a cut-off button.
        set_by_name(scroll, "horizontalScrollBarPolicy", "ScrollBarAsNeeded")
        scroll.setWidget(content)
        self._scroll = scroll
        # The confirmation has a line of its own above the buttons: beside them, in a narrow
        # panel (800x600, large text), it was one word a line and squeezed a button's text.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.event_button)
        buttons.addWidget(self.medicine_button)
        buttons.addWidget(self.save_button)
        footer = QVBoxLayout()
        footer.setContentsMargins(9, 4, 9, 4)
        footer.addWidget(self.confirmation)
        footer.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        diary.changed.connect(lambda kinds: self._refresh_context() if kinds & _SHOWN else None)
        diary.changed.connect(
            lambda kinds: self._ask_impression_if_due() if kinds & _SHOWN else None
        )
        self._ask_impression_if_due()
        diary.changed.connect(
            lambda kinds: self._offer_leg_pain() if kinds & {INJECTIONS, SETTINGS} else None
        )
        self._offer_leg_pain()
        self.form.reset(diary.clock())
        self.form.dateChanged.connect(self._refresh_context)
        self._refresh_context()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    @property
    def impression(self) -> ImpressionBox:
        """The weekly question (PGIC). Built when first due: most days it is not shown, and
        seven radio buttons cost start-up time for nothing."""
        if self._impression is None:
            self._impression = ImpressionBox(self.diary, self)
            index = self.form.after_scores.indexOf(self.medicines_label)
            self.form.after_scores.insertWidget(index, self._impression)
            # Built late, it would come last in the Tab order: put it where it is seen,
            # between the scores and "More for your doctor".
            box = self._impression
            chain = [
                self.form.scores["soreness"],
                *box.group.buttons(),
                box.save_button,
                self.form.more_button,
            ]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        return self._impression

    def _ask_impression_if_due(self) -> None:
        if self._impression is None and self.diary.impression_due():
            self.impression.show()  # built, it follows the diary and hides once answered

    def content_width(self) -> int:
        """The width at which nothing in the form is cut off, scroll bar included."""
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        footer = present(present(present(self.layout()).itemAt(1)).layout())
        form = present(self._scroll.widget())
        return max(form.minimumSizeHint().width() + scrollbar + 4, footer.minimumSize().width())

    def save(self) -> CheckIn | None:
        """Validate and store the form. On any problem the form keeps every value typed."""
        self.form.follow_now.catch_up()  # a form left open overnight saves on today's date
        if (
            self._last_saved is not None
            and time.monotonic() - self._saved_at < DOUBLE_SAVE_S
            and not self.form.is_dirty()
        ):
            # A second click on Save (a double click): the check-in is saved; saying "please
            # check the highlighted fields" here made patients enter it again.
            self.confirmation.setText(_saved_sentence(self._last_saved))
            return None
        try:
            checkin = self.diary.save_checkin(self.form.values())
        except ValidationError as error:
            shown = self.form.show_errors(error.errors)
            if shown is not None:  # in sight on a scrolled panel too
                self._scroll.ensureWidgetVisible(shown)
            self.confirmation.setText(
                translate("TodayPanel", "Not saved yet: please check the highlighted fields.")
            )
            return None
        except StorageError as error:
            self.confirmation.setText(translate("TodayPanel", "Not saved."))
            said = str(error)
            if isinstance(error, DamagedDatabaseError):  # what to do: the notice says it too
                said += " " + translate(
                    "TodayPanel",
                    "What you typed is still in the form. To go back to your newest backup, "
                    "choose File > Restore from backup.",
                )
            QMessageBox.warning(self, translate("TodayPanel", "Could not save"), said)
            return None
        self.form.reset(self.diary.clock())
        self._last_saved, self._saved_at = checkin, time.monotonic()
        self.confirmation.setText(_saved_sentence(checkin))
        self.saved.emit(checkin)
        return checkin

    def _offer_leg_pain(self) -> None:
        self.form.offer_leg_pain(self.diary.leg_pain_applies())

    def _refresh_context(self, *_args: object) -> None:
        day: date = qdate_to_date(self.form.date_edit.date())
        position = position_on(day, self.diary.injections())
        self.position_label.setText(describe_position(position))
        self.form.name_soreness(injected=position.injection_number is not None)
        booked = [i.date for i in self.diary.planned_injections() if i.date > day]
        if position.injection_number is None and booked:  # a baseline week before a booking
            self.position_label.setText(
                translate(
                    "TodayPanel",
                    "Baseline: %n day(s) before your planned injection",
                    None,
                    (min(booked) - day).days,
                )
            )
        # A booking whose day has passed unanswered ("Not now" puts the question once): without
        # this, the days after the injection read as baseline, with nothing to say why.
        today = self.diary.today()
        waiting = [
            i.date for i in self.diary.planned_injections() if i.date <= day and i.date < today
        ]
        if waiting:
            self.position_label.setText(
                translate(
                    "TodayPanel",
                    "{position} Your injection booked for {day} is still marked planned: did it "
                    "take place? Say so in Treatments.",
                ).format(
                    position=self.position_label.text(),
                    day=format_date(max(waiting), DateStyle.WEEKDAY_NO_YEAR),
                )
            )
        self.day_summary_label.setText(_day_summary(self.diary.checkins_on(day), day))
        self.advice.show_day(day)
        doses = self.diary.medications_on(day)
        self.medicines_label.setText(
            translate("TodayPanel", "Medicines: {names}").format(
                names=", ".join(f"{d.name} {d.dose}".strip() for d in doses)
            )
            if doses
            else ""
        )
        self.medicines_label.setVisible(bool(doses))


def _saved_sentence(checkin: CheckIn) -> str:
    when = translate("TodayPanel", "{day} at {time}").format(
        day=format_date(checkin.date, DateStyle.DAY), time=f"{checkin.time:%H:%M}"
    )
    if checkin.soreness is None:
        return translate("TodayPanel", "✓ Saved: {when}, pain {pain}.").format(
            when=when, pain=checkin.pain
        )
    return translate("TodayPanel", "✓ Saved: {when}, pain {pain}, soreness {soreness}.").format(
        when=when, pain=checkin.pain, soreness=checkin.soreness
    )


def _day_summary(checkins: list[CheckIn], day: date) -> str:
    if not checkins:
        return single_full_stop(
            translate("TodayPanel", "No check-in yet on {day}.").format(
                day=format_date(day, DateStyle.DAY)
            )
        )
    summary = daily_summaries(checkins)[0]
    parts = []
    names = {
        "pain": translate("TodayPanel", "pain {mean}"),
        "soreness": translate("TodayPanel", "soreness {mean}"),
    }
    for field, name in names.items():
        stats = summary.scores.get(field)
        if stats:
            mean = f"{stats.mean:.1f}"
            if stats.low != stats.high:
                mean += " " + translate("TodayPanel", "(range {low}–{high})").format(
                    low=stats.low, high=stats.high
                )
            parts.append(name.format(mean=mean))
    return translate(
        "TodayPanel", "{day}: %n check-in(s); day's mean {means}.", None, summary.count
    ).format(day=format_date(day, DateStyle.DAY), means=", ".join(parts))
