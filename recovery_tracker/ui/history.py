"""History: every check-in in a sortable table, newest first, editable and deletable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.domain.recovery import position_on, short_position
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.checkin_form import CheckInForm
from recovery_tracker.ui.entry_list import EntryListPanel
from recovery_tracker.ui.first_read import checkins_pending, when_read
from recovery_tracker.ui.form_dialog import AsksBeforeDiscarding, save_cancel_buttons
from recovery_tracker.ui.live_diary import CHECKINS, INJECTIONS, MEDICATIONS, LiveDiary
from recovery_tracker.ui.table_model import DiaryTableModel, Index

_COLUMNS = (
    ("when", QT_TRANSLATE_NOOP("History", "Date and time")),
    ("session", QT_TRANSLATE_NOOP("History", "After injection")),
    ("pain", QT_TRANSLATE_NOOP("History", "Pain")),
    ("soreness", QT_TRANSLATE_NOOP("History", "Soreness")),
    ("leg_pain", QT_TRANSLATE_NOOP("History", "Leg pain")),
    ("enjoyment_interference", QT_TRANSLATE_NOOP("History", "Enjoyment\ninterference")),
    ("activity_interference", QT_TRANSLATE_NOOP("History", "Activity\ninterference")),
    ("sleep", QT_TRANSLATE_NOOP("History", "Sleep")),
    ("medicines", QT_TRANSLATE_NOOP("History", "Medicines that day")),
    ("notes", QT_TRANSLATE_NOOP("History", "Notes")),
)


_TEXT_FIELDS = ("when", "session", "medicines", "notes")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ROLES_ANSWERED = frozenset((_DISPLAY, Qt.ItemDataRole.ToolTipRole, _ALIGNMENT))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def _medicines_by_day(diary: LiveDiary) -> dict[date, str]:
    """ "Advil 400 mg ⚠, Tylenol" per day; ⚠ marks a medicine against the plan in force."""
    names: dict[date, list[str]] = {}
    for dose, check in zip(diary.medications(), diary.medicine_checks(), strict=True):
        text = f"{dose.name} {dose.dose}".strip() + (" ⚠" if check.breaks_a_rule else "")
        names.setdefault(dose.date, []).append(text)
    return {day: ", ".join(items) for day, items in names.items()}


class CheckInTableModel(DiaryTableModel):
    """Check-ins as rows, sorted by the column the patient clicked (newest first at start)."""

    headers = tuple(title for _field, title in _COLUMNS)
    header_context = "History"
    depends_on = frozenset((CHECKINS, INJECTIONS, MEDICATIONS))

    def __init__(self, diary: LiveDiary, parent: Any = None) -> None:
        self._sort = (0, Qt.SortOrder.DescendingOrder)  # newest first
        self._sessions_by_day: dict[date, str] = {}
        self._medicines: dict[date, str] | None = None
        super().__init__(diary, parent)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        # Labels follow injections and medicines, not each check-in: keep them otherwise.
        if INJECTIONS in kinds:
            self._sessions_by_day.clear()
        if kinds & {INJECTIONS, MEDICATIONS}:
            self._medicines = None
        super()._on_changed(kinds)

    def load_rows(self) -> list[CheckIn]:
        rows = list(self.diary.checkins())
        self._sort_rows(rows)
        return rows

    def _session(self, day: date) -> str:
        label = self._sessions_by_day.get(day)
        if label is None:
            label = short_position(position_on(day, self.diary.injections()))
            self._sessions_by_day[day] = label
        return label

    def _medicines_on(self, day: date) -> str:
        if self._medicines is None:
            self._medicines = _medicines_by_day(self.diary)
        return self._medicines.get(day, "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting in Python, once per click: a proxy model would ask for every cell."""
        if (column, order) == self._sort and self._rows is not None:
            # The rows are kept in this order (read, reloaded, sorted): sorting them again at
            # the first show re-laid out and re-measured the table, a stall with years of rows.
            return
        self._sort = (column, order)
        if self._rows is None:
            return  # sorted when first loaded
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(self._rows)
        self.layoutChanged.emit()

    def _sort_rows(self, rows: list[CheckIn]) -> None:
        column, order = self._sort
        field = _COLUMNS[column][0]
        reverse = order == Qt.SortOrder.DescendingOrder
        if field in ("when", "session"):
            # The default order, at every first opening: one plain key per row, no method call.
            rows.sort(key=lambda c: (c.date, c.time, c.id or 0), reverse=reverse)
            return
        rows.sort(key=lambda c: self._sort_key(c, field), reverse=reverse)

    def column_of(self, field: str) -> int:
        return [name for name, _title in _COLUMNS].index(field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about ten roles per cell when it measures and paints; answer the ones
        # this model does not use before looking the row up.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        field = _COLUMNS[index.column()][0]
        if role == _ALIGNMENT:
            return _CENTRED if field not in _TEXT_FIELDS else None
        checkin = self.rows[index.row()]
        if role == _DISPLAY:
            return self._display(checkin, field)
        if field == "notes" and checkin.notes:  # the tooltip
            return checkin.notes[:2000]
        return None

    def _display(self, checkin: CheckIn, field: str) -> str:
        if field == "when":
            return f"{format_date(checkin.date, DateStyle.DAY_YEAR)}  {checkin.time:%H:%M}"
        if field == "session":
            return self._session(checkin.date)
        if field == "medicines":
            return self._medicines_on(checkin.date)
        if field == "notes":
            first_line = checkin.notes.strip().splitlines()[0] if checkin.notes.strip() else ""
            if checkin.for_doctor:
                return translate("History", "For my doctor: {note}").format(note=first_line[:120])
            return first_line[:120]
        value = getattr(checkin, field)
        return "" if value is None else str(value)

    def _sort_key(self, checkin: CheckIn, field: str) -> Any:
        moment = (checkin.date, checkin.time, checkin.id or 0)
        if field in ("when", "session"):
            return moment
        if field in ("notes", "medicines"):
            return (self._display(checkin, field).casefold(), moment)
        value = getattr(checkin, field)
        return (-1 if value is None else value, moment)


class HistoryPanel(EntryListPanel):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        self.model: CheckInTableModel
        super().__init__(
            diary, CheckInTableModel(diary), translate("History", "History of check-ins"), parent
        )
        self.table.setObjectName("historyTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(
            self.button_row(self.edit_button, self.delete_button, lead=self.count_label)
        )
        diary.changed.connect(lambda kinds: self._update_count() if CHECKINS in kinds else None)
        self._update_count()
        diary.changed.connect(lambda kinds: self._show_leg_pain() if CHECKINS in kinds else None)
        # Opened while the check-ins are still read at start-up: the table (which gets its
        # rows when first shown) waits for that read, rather than making its own on the
        # window's thread. The count above is SQLite's, at once.
        self._loading: QLabel | None = None
        if checkins_pending(diary):
            self._loading = QLabel(translate("History", "Loading check-ins…"), self)
            self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.insertWidget(0, self._loading, 1)
            self.table.hide()
            when_read(diary, self._checkins_read)

    def _checkins_read(self) -> None:
        if self._loading is not None:
            self._loading.deleteLater()
            self._loading = None
        self.table.show()
        self._show_leg_pain()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the table has its model by now (attached on show)
        self._show_leg_pain()

    def _show_leg_pain(self) -> None:
        """The leg-pain column only in diaries that have leg-pain scores (spine patients)."""
        if self._loading is not None:
            return  # once the check-ins are read
        has_any = any(c.leg_pain is not None for c in self.diary.checkins())
        self.table.setColumnHidden(self.model.column_of("leg_pain"), not has_any)

    def _update_count(self) -> None:
        count = self.diary.count_checkins()
        self.count_label.setText(translate("History", "%n check-in(s)", None, count))

    def open_editor(self, checkin: CheckIn) -> CheckInDialog:
        return self.open_dialog(
            CheckInDialog(self.diary, checkin, self),
            lambda: translate("History", "✓ Check-in of {day} changed.").format(
                day=format_date(checkin.date, DateStyle.DAY)
            ),
        )

    def delete_question(self, checkin: CheckIn) -> tuple[str, str]:
        return translate("History", "Delete check-in?"), translate(
            "History", "Delete the check-in of {day} at {time} (pain {pain})?"
        ).format(
            day=format_date(checkin.date, DateStyle.WEEKDAY_LONG),
            time=f"{checkin.time:%H:%M}",
            pain=checkin.pain,
        )

    def delete_entry(self, entry_id: int) -> None:
        self.diary.delete_checkin(entry_id)

    def deleted_sentence(self) -> str:
        return translate("History", "Check-in deleted. Edit > Undo brings it back.")


class CheckInDialog(AsksBeforeDiscarding):
    """Edit one past check-in; the same form and the same validation as the Today panel."""

    def __init__(self, diary: LiveDiary, checkin: CheckIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("History", "Edit check-in"))
        self.form = CheckInForm(self, clock=diary.clock)
        self.form.offer_leg_pain(diary.leg_pain_applies())
        self.form.load(checkin, today=diary.clock().date())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = save_cancel_buttons(self, self.save)
        # The form scrolls, the buttons stay: at 800x600 (or large text) the scales would
        # otherwise be pressed flat under their captions.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumHeight(min(self.form.sizeHint().height(), 240))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(
            self.form.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 24,
            self.sizeHint().height(),
        )
        self._scroll = scroll

    def has_typed_changes(self) -> bool:
        return self.form.is_dirty()

    def save(self) -> None:
        try:
            self.diary.save_checkin(self.form.values())
        except ValidationError as error:
            shown = self.form.show_errors(error.errors)
            if shown is not None:
                self._scroll.ensureWidgetVisible(shown)
            return
        except StorageError as error:
            self.message.setText(str(error))
            return
        self.accept()
