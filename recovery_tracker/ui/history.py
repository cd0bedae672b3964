"""History: every check-in in a sortable table, newest first, editable and deletable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import position_on, short_position
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.checkin_form import CheckInForm
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.table_model import DiaryTableModel, Index
from recovery_tracker.ui.widgets import delete_after_asking, record_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_COLUMNS = (
    ("when", "Date and time"),
    ("session", "After injection"),
    ("pain", "Pain"),
    ("soreness", "Soreness"),
    ("enjoyment_interference", "Enjoyment\ninterference"),
    ("activity_interference", "Activity\ninterference"),
    ("sleep", "Sleep"),
    ("medicines", "Medicines that day"),
    ("notes", "Notes"),
)


_TEXT_FIELDS = ("when", "session", "medicines", "notes")


def _medicines_by_day(diary: LiveDiary) -> dict[date, str]:
    """ "Advil 400 mg ⚠, Tylenol" per day; ⚠ marks a medicine against the plan in force."""
    names: dict[date, list[str]] = {}
    for dose in diary.medications():
        check = diary.check_medicine(dose.name, dose.dose, dose.date)
        text = f"{dose.name} {dose.dose}".strip() + (" ⚠" if check.breaks_a_rule else "")
        names.setdefault(dose.date, []).append(text)
    return {day: ", ".join(items) for day, items in names.items()}


class CheckInTableModel(DiaryTableModel):
    """Check-ins as rows (in storage order); sorting is the proxy's job."""

    headers = tuple(title for _field, title in _COLUMNS)

    def load_rows(self) -> list[CheckIn]:
        rows = list(self.diary.checkins())
        self._sessions = _session_labels(rows, self.diary.injections())
        self._medicines = _medicines_by_day(self.diary)
        return rows

    def checkin_at(self, row: int) -> CheckIn:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        checkin = self.rows[index.row()]
        field = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(checkin, field, index.row())
        if role == SORT_ROLE:
            return self._sort_key(checkin, field, index.row())
        if role == ID_ROLE:
            return checkin.id
        if role == Qt.ItemDataRole.ToolTipRole and field == "notes" and checkin.notes:
            return checkin.notes[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and field not in _TEXT_FIELDS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, checkin: CheckIn, field: str, row: int) -> str:
        if field == "when":
            return f"{checkin.date:%a %d %b %Y}  {checkin.time:%H:%M}"
        if field == "session":
            return self._sessions[row]
        if field == "medicines":
            return self._medicines.get(checkin.date, "")
        if field == "notes":
            first_line = checkin.notes.strip().splitlines()[0] if checkin.notes.strip() else ""
            return ("For my doctor: " if checkin.for_doctor else "") + first_line[:120]
        value = getattr(checkin, field)
        return "" if value is None else str(value)

    def _sort_key(self, checkin: CheckIn, field: str, row: int) -> object:
        if field in ("when", "session"):
            return f"{checkin.date.isoformat()} {checkin.time:%H:%M} {checkin.id:012d}"
        if field in ("notes", "medicines"):
            return self._display(checkin, field, row).casefold()
        value = getattr(checkin, field)
        return -1 if value is None else value


def _session_labels(checkins: list[CheckIn], injections: list[Injection]) -> list[str]:
    cache: dict[date, str] = {}
    labels = []
    for checkin in checkins:
        if checkin.date not in cache:
            cache[checkin.date] = short_position(position_on(checkin.date, injections))
        labels.append(cache[checkin.date])
    return labels


class HistoryPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = CheckInTableModel(diary, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self, self.proxy, "History of check-ins", self.edit_selected)
        self.table.setObjectName("historyTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.edit_button = QPushButton("&Edit…", self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("&Delete…", self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(f"{count} check-in{'s' if count != 1 else ''}")

    def selected_checkin(self) -> CheckIn | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.checkin_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def edit_selected(self) -> None:
        checkin = self.selected_checkin()
        if checkin is None:
            return
        dialog = CheckInDialog(self.diary, checkin, self)
        dialog.open()

    def delete_selected(self) -> None:
        checkin = self.selected_checkin()
        if checkin is None or checkin.id is None:
            return
        delete_after_asking(
            self,
            "Delete check-in?",
            f"Delete the check-in of {checkin.date:%A %d %B %Y} at {checkin.time:%H:%M} "
            f"(pain {checkin.pain})?",
            lambda: self.diary.delete_checkin(checkin.id),
        )


class CheckInDialog(QDialog):
    """Edit one past check-in; the same form and the same validation as the Today panel."""

    def __init__(self, diary: LiveDiary, checkin: CheckIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle("Edit check-in")
        self.form = CheckInForm(self)
        self.form.load(checkin, today=diary.clock().date())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.diary.save_checkin(self.form.values())
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return
        except StorageError as error:
            self.message.setText(str(error))
            return
        self.accept()
