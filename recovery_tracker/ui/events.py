"""Events: what happened between visits (fever, swelling, much more pain, ...), for the doctor.

The dialog is reached from Today (and Diary > Log an event…, Ctrl+Shift+E); the list is the
Events tab, where an entry is edited (Enter) or deleted (Delete, undoable).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.events import (
    EVENT_KINDS,
    MAX_OTHER_LENGTH,
    OTHER,
    SEVERITIES,
    AdverseEvent,
    clinic_advice,
)
from recovery_tracker.domain.text import (
    QT_TRANSLATE_NOOP,
    DateStyle,
    format_date,
    single_full_stop,
    translate,
)
from recovery_tracker.ui.entry_list import EntryListPanel
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import EVENTS, LiveDiary
from recovery_tracker.ui.now_fields import DayStepDateEdit
from recovery_tracker.ui.qt_values import qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.table_model import DiaryTableModel, Index
from recovery_tracker.ui.translation import qt_date_format


class EventDialog(FormDialog):
    def __init__(
        self,
        diary: LiveDiary,
        event: AdverseEvent | None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(
            translate("Events", "Edit event")
            if event
            else translate("Events", "Log an event (fever, swelling, …)"),
            diary.save_event,
            parent,
        )
        self.diary = diary
        self._id = event.id if event else None
        now = diary.clock()

        self.kind = QComboBox(self)
        for key, label in EVENT_KINDS:
            self.kind.addItem(translate("Events", label), key)
        self.kind.setAccessibleName(translate("Events", "What happened"))
        self.other = QLineEdit(self)
        self.other.setMaxLength(MAX_OTHER_LENGTH)
        self.other.setPlaceholderText(translate("Events", "e.g. itchy rash"))
        self.other.setAccessibleName(translate("Events", "What happened, in a few words"))
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())

        self.date_edit = DayStepDateEdit(to_qdate(event.date if event else day or now.date()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_date_format(DateStyle.DAY_YEAR))
        self.date_edit.setMaximumDate(to_qdate(now.date()))
        self.date_edit.setAccessibleName(translate("Events", "Date of the event"))
        self.time_known = QCheckBox(translate("Events", "At &time:"), self)
        self.time_known.setAccessibleName(translate("Events", "I know the time"))
        at = event.time if event and event.time else now.time()
        self.time_edit = QTimeEdit(QTime(at.hour, at.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(translate("Events", "Time of the event"))
        self.time_known.toggled.connect(self.time_edit.setEnabled)
        self.time_known.setChecked(bool(event and event.time))
        self.time_edit.setEnabled(self.time_known.isChecked())
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.date_edit, 2)
        when_layout.addWidget(self.time_known)
        when_layout.addWidget(self.time_edit, 1)

        # Three radio buttons rather than a list: all three answers in sight, arrow keys
        # move between them.
        severity = QWidget(self)
        severity_layout = QHBoxLayout(severity)
        severity_layout.setContentsMargins(0, 0, 0, 0)
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[str, QRadioButton] = {}
        for key, label in SEVERITIES:
            button = QRadioButton(translate("Events", label), severity)
            button.setAccessibleName(
                translate("Events", "How bad: {severity}").format(
                    severity=translate("Events", label)
                )
            )
            self.severity_group.addButton(button)
            self.severity_buttons[key] = button
            severity_layout.addWidget(button)
        severity_layout.addStretch(1)
        if event:
            self.severity_buttons[event.severity].setChecked(True)

        self.contacted = QCheckBox(translate("Events", "I &contacted the clinic about it"), self)
        self.contacted.setAccessibleName(translate("Events", "I contacted the clinic about it"))
        self.contacted.setChecked(bool(event and event.contacted_clinic))
        self.notes = QPlainTextEdit(event.notes if event else "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            translate("Events", "e.g. 38.2 °C in the evening; the clinic said to rest")
        )
        self.notes.setAccessibleName(translate("Events", "Notes about the event"))
        self.notes.setMaximumHeight(110)

        self.add_field("kind", translate("Events", "&What happened:"), self.kind)
        self.add_field("other", translate("Events", "&Other, namely:"), self.other)
        self.add_field("date", translate("Events", "&Date:"), when)
        self.widgets["date"] = self.date_edit  # an error puts the cursor in the date itself
        self.add_field("severity", translate("Events", "&How bad:"), severity)
        self.widgets["severity"] = self.severity_buttons["mild"]
        self.add_field("contacted_clinic", "", self.contacted)
        self.add_field("notes", translate("Events", "&Notes:"), self.notes)
        # Logging is not telling anyone: say so where the patient might assume otherwise.
        not_sent = QLabel(
            translate(
                "Events",
                "Logging an event does not tell your clinic. If you are worried, call them; "
                "in an emergency, call your local emergency number.",
            ),
            self,
        )
        not_sent.setWordWrap(True)
        self.extra.addWidget(not_sent)
        if event:
            self.kind.setCurrentIndex(max(self.kind.findData(event.kind), 0))
            self.other.setText(event.other)
        self._follow_kind()
        chain = [self.kind, self.other, self.date_edit, self.time_known, self.time_edit]
        chain += [*self.severity_buttons.values(), self.contacted, self.notes, self.buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(500, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.kind.setFocus()  # what happened comes first, whatever Qt would pick

    def show_errors(self, errors: Mapping[str, str]) -> None:
        # The time shares the date's row and error line.
        shown = dict(errors)
        if "time" in shown:
            shown.setdefault("date", shown.pop("time"))
        super().show_errors(shown)

    def _follow_kind(self) -> None:
        # Disabled (so Tab skips it) unless the patient picked Other.
        self.other.setEnabled(self.kind.currentData() == OTHER)

    def severity(self) -> str | None:
        return next((k for k, b in self.severity_buttons.items() if b.isChecked()), None)

    def save(self) -> AdverseEvent | None:
        saved: AdverseEvent | None = super().save()
        advice = clinic_advice(saved) if saved is not None else None
        if saved is not None and advice:
            # Not modal to the app: the patient reads it, and the dialog is already closed.
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("Events", "About this {event}").format(event=saved.label.lower()),
                advice,
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.show()
            self.advice_box = box
        return saved

    def values(self) -> dict[str, object]:
        return {
            "id": self._id,
            "date": qdate_to_date(self.date_edit.date()),
            "time": (qtime_to_time(self.time_edit.time()) if self.time_known.isChecked() else None),
            "kind": self.kind.currentData(),
            "other": self.other.text(),
            "severity": self.severity(),
            "contacted_clinic": self.contacted.isChecked(),
            "notes": self.notes.toPlainText(),
        }


def event_when(event: AdverseEvent) -> str:
    day = format_date(event.date, DateStyle.DAY_YEAR)
    return f"{day}  {event.time:%H:%M}" if event.time else day


class EventTableModel(DiaryTableModel):
    headers = (
        QT_TRANSLATE_NOOP("Events", "When"),
        QT_TRANSLATE_NOOP("Events", "What happened"),
        QT_TRANSLATE_NOOP("Events", "How bad"),
        QT_TRANSLATE_NOOP("Events", "Clinic contacted"),
        QT_TRANSLATE_NOOP("Events", "Notes"),
    )
    header_context = "Events"
    depends_on = frozenset((EVENTS,))

    def load_rows(self) -> list[AdverseEvent]:
        return sorted(self.diary.events(), key=AdverseEvent.sort_key, reverse=True)  # newest

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event: AdverseEvent = self.rows[index.row()]
        note = event.notes.strip().splitlines()[0][:120] if event.notes.strip() else ""
        return (
            event_when(event),
            event.label,
            event.severity_label,
            translate("Events", "yes") if event.contacted_clinic else translate("Events", "no"),
            note,
        )[index.column()]


class EventsPanel(EntryListPanel):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(
            diary,
            EventTableModel(diary),
            translate("Events", "Events you logged, newest first"),
            parent,
        )
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        intro = QLabel(
            translate(
                "Events",
                "Fever, swelling, much more pain, headache, numbness, bruising: your doctor "
                "asks about these at each visit, and the appointment report lists them.",
            ),
            self,
        )
        intro.setWordWrap(True)
        add = self.button(translate("Events", "&Log an event…"), self.add_event)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(self.button_row(add, self.edit_button, self.delete_button))

    def add_event(self, day: date | None = None) -> EventDialog:
        dialog = EventDialog(self.diary, None, self, day=day)
        return self.open_dialog(dialog, lambda: _saved_sentence(dialog, logged=True))

    def open_editor(self, event: AdverseEvent) -> EventDialog:
        dialog = EventDialog(self.diary, event, self)
        return self.open_dialog(dialog, lambda: _saved_sentence(dialog, logged=False))

    def delete_question(self, event: AdverseEvent) -> tuple[str, str]:
        return translate("Events", "Delete event?"), translate(
            "Events", "Delete “{event}” of {day}?"
        ).format(event=event.label, day=format_date(event.date, DateStyle.WEEKDAY_LONG))

    def delete_entry(self, entry_id: int) -> None:
        self.diary.delete_event(entry_id)

    def deleted_sentence(self) -> str:
        return translate("Events", "Event deleted. Edit > Undo brings it back.")


def _saved_sentence(dialog: EventDialog, logged: bool) -> str | None:
    event: AdverseEvent | None = dialog.saved
    if event is None:
        return None
    text = (
        translate("Events", "✓ Event logged: {event}, {day}.")
        if logged
        else translate("Events", "✓ Event of {day} changed: {event}.")
    )
    return single_full_stop(
        text.format(event=event.label, day=format_date(event.date, DateStyle.DAY))
    )
