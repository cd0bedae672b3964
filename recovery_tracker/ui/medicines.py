"""Medicines: log what was taken, warned before saving when it goes against the plan."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.conflicts import MedicineCheck
from recovery_tracker.domain.medications import CHECK_LABEL, UNKNOWN, MedicationDose
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.validation import MAX_SHORT_TEXT_LENGTH
from recovery_tracker.ui.entry_list import EntryListPanel
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import INJECTIONS, MEDICATIONS, LiveDiary
from recovery_tracker.ui.now_fields import FollowsClock, future_date_problem, past_date_edit
from recovery_tracker.ui.qt_values import present, qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.table_model import DiaryTableModel, Index

WARNING_STYLE = (
    "QLabel { background: #fff4e5; color: #5f370e; border: 2px solid #ef6c00;"
    " border-radius: 6px; padding: 8px; }"
)


class MedicationDialog(FormDialog):
    def __init__(
        self,
        diary: LiveDiary,
        dose: MedicationDose | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(
            (
                translate("Medicines", "Edit medicine")
                if dose
                else translate("Medicines", "Log a medicine")
            ),
            diary.save_medication,
            parent,
        )
        self.diary = diary
        self._id = dose.id if dose else None
        now = diary.clock()
        self.date_edit = past_date_edit(self, translate("Medicines", "Date taken"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(translate("Medicines", "Time taken"))
        follow_now = FollowsClock(diary.clock, self.date_edit, self.time_edit, self)
        if dose is None and (day is None or day == now.date()):
            follow_now.start(now)  # "now" until the patient picks another moment
        else:
            at = dose.time if dose else now.time()
            self.date_edit.setDate(to_qdate(dose.date if dose else day or now.date()))
            self.time_edit.setTime(QTime(at.hour, at.minute))
        self.name = QComboBox(self)
        self.name.setEditable(True)  # quick-pick from recent names, or type any name
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(diary.recent_medicine_names())
        self.name.setCurrentText(dose.name if dose else "")
        completer = QCompleter(diary.medicines.names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        typed = present(self.name.lineEdit())
        typed.setCompleter(completer)
        typed.setPlaceholderText(translate("Medicines", "e.g. paracetamol, Advil"))
        typed.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.dose = QLineEdit(dose.dose if dose else "", self)
        self.dose.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.dose.setPlaceholderText(translate("Medicines", "e.g. 400 mg"))
        self.reason = QLineEdit(dose.reason if dose else "", self)
        self.reason.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.reason.setPlaceholderText(translate("Medicines", "e.g. back pain at night"))
        # The medicine first: it is what the patient types (Ctrl+M, then the name); the date
        # and time already say "now".
        self.add_field("name", translate("Medicines", "&Medicine: *"), self.name)
        self.add_field("dose", translate("Medicines", "D&ose:"), self.dose)
        self.add_field("date", translate("Medicines", "&Date:"), self.date_edit)
        self.add_field("time", translate("Medicines", "&Time:"), self.time_edit)
        self.add_field("reason", translate("Medicines", "&Reason:"), self.reason)
        for first, second in pairwise(self.widgets.values()):
            QWidget.setTabOrder(first, second)  # Tab follows the rows, not creation order
        self.classification = QLabel(self)
        self.classification.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("medicineWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setAccessibleName(translate("Medicines", "Warning about this medicine"))
        self.warning.hide()
        self.date_edit.dateChanged.connect(
            lambda d: self.errors["date"].show_message(
                future_date_problem(qdate_to_date(d), diary.today())
            )
        )
        self.extra.addWidget(self.classification)
        self.extra.addWidget(self.warning)
        self.name.currentTextChanged.connect(self.update_check)
        self.dose.textChanged.connect(self.update_check)
        self.date_edit.dateChanged.connect(self.update_check)
        self.resize(520, self.sizeHint().height())
        self.update_check()

    def values(self) -> dict[str, object]:
        return {
            "id": self._id,
            "date": qdate_to_date(self.date_edit.date()),
            "time": qtime_to_time(self.time_edit.time()),
            "name": self.name.currentText(),
            "dose": self.dose.text(),
            "reason": self.reason.text(),
        }

    def current_check(self) -> MedicineCheck | None:
        name = self.name.currentText().strip()
        if not name:
            return None
        return self.diary.check_medicine(
            name, self.dose.text(), qdate_to_date(self.date_edit.date())
        )

    def update_check(self, *_args: object) -> None:
        """Said as the name is typed, so the patient knows before pressing Save."""
        check = self.current_check()
        if check is None:
            self.classification.clear()
            self.warning.hide()
            return
        kind = check.classification
        self.classification.setText(
            translate(
                "Medicines", "Not in the app's medicine list: it will be saved as you typed it."
            )
            if kind.medicine_class == UNKNOWN
            # "check the label" alone does not say for what
            else translate(
                "Medicines",
                "Recognised as a brand sold with different ingredients: "
                "check the label for {names}.",
            ).format(names=", ".join(name for name, _class in kind.ingredients))
            if kind.medicine_class == CHECK_LABEL and kind.ingredients
            else translate("Medicines", "Recognised as {kind}: {generic}.").format(
                kind=kind.label, generic=kind.generic
            )
            # "paracetamol (acetaminophen): paracetamol." said the name twice
            if kind.generic and kind.generic.casefold() not in kind.label.casefold()
            else translate("Medicines", "Recognised as {kind}.").format(kind=kind.label)
        )
        self.warning.setText(check.message(self.diary.today()))
        # A wrapped label's height is not part of the dialog's minimum size on its own: the
        # warning was cut at top and bottom. Ask for the height its text needs.
        width = max(self.warning.width(), self.width() - 40, 300)
        self.warning.setMinimumHeight(
            self.warning.heightForWidth(width) if check.breaks_a_rule else 0
        )
        if self.warning.isVisibleTo(self) != check.breaks_a_rule:
            self.warning.setVisible(check.breaks_a_rule)
            self.adjustSize()  # grow to show the whole warning, shrink when it goes

    def confirm(self, values: dict[str, object]) -> bool:  # type: ignore[override]
        check = self.current_check()
        if check is None or not check.breaks_a_rule:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Medicines", "This goes against your advice plan"))
        box.setText(check.message(self.diary.today()))
        box.setInformativeText(
            translate(
                "Medicines", "Logging what you really took helps your doctor. Log it in your diary?"
            )
        )
        log = box.addButton(
            translate("Medicines", "Log it in my diary"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("Medicines", "Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(log)
        box.exec()
        return box.clickedButton() is log


# "Your plan" (the ⚠ key column) right after the medicine: last, it was off-screen at 800 px.
_COLUMNS = (
    QT_TRANSLATE_NOOP("Medicines", "Date and time"),
    QT_TRANSLATE_NOOP("Medicines", "Medicine"),
    QT_TRANSLATE_NOOP("Medicines", "Your plan"),
    QT_TRANSLATE_NOOP("Medicines", "Dose"),
    QT_TRANSLATE_NOOP("Medicines", "Reason"),
    QT_TRANSLATE_NOOP("Medicines", "Kind"),
)
PLAN_COLUMN = 2


class MedicationTableModel(DiaryTableModel):
    headers = _COLUMNS
    header_context = "Medicines"

    depends_on = frozenset((MEDICATIONS, INJECTIONS))

    def load_rows(self) -> list[tuple[MedicationDose, MedicineCheck]]:
        rows = list(zip(self.diary.medications(), self.diary.medicine_checks(), strict=True))
        return list(reversed(rows))  # newest first

    def entry_at(self, row: int) -> MedicationDose:
        dose: MedicationDose = self.rows[row][0]
        return dose

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        dose, check = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{format_date(dose.date, DateStyle.DAY_YEAR)}  {dose.time:%H:%M}",
                dose.name,
                _plan_cell(check),
                dose.dose,
                dose.reason,
                check.classification.label,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == PLAN_COLUMN and check.breaks_a_rule:
            return check.message(self.diary.today())
        if role == Qt.ItemDataRole.ForegroundRole and column == PLAN_COLUMN and check.breaks_a_rule:
            from PySide6.QtGui import QColor

            return QColor("#c62828")
        return None


def _plan_cell(check: MedicineCheck) -> str:
    if not check.breaks_a_rule:
        return ""
    titles = "”, “".join(w.rule.title for w in check.broken_rules)
    return translate("Medicines", "⚠ against “{titles}”").format(titles=titles)


class MedicinesPanel(EntryListPanel):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(
            diary,
            MedicationTableModel(diary),
            translate("Medicines", "Medicines taken, newest first"),
            parent,
        )
        self.table.setObjectName("medicinesTable")
        add = self.button(translate("Medicines", "&Log a medicine…"), self.add_medicine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.button_row(add, self.edit_button, self.delete_button))

    def add_medicine(self, day: date | None = None) -> MedicationDialog:
        dialog = MedicationDialog(self.diary, None, self, day=day)
        return self.open_dialog(dialog, lambda: _logged_sentence(dialog, changed=False))

    def open_editor(self, dose: MedicationDose) -> MedicationDialog:
        dialog = MedicationDialog(self.diary, dose, self)
        return self.open_dialog(dialog, lambda: _logged_sentence(dialog, changed=True))

    def delete_question(self, dose: MedicationDose) -> tuple[str, str]:
        return translate("Medicines", "Delete medicine?"), translate(
            "Medicines", "Delete {medicine} of {day} at {time}?"
        ).format(
            medicine=f"{dose.name} {dose.dose}".strip(),
            day=format_date(dose.date, DateStyle.WEEKDAY_LONG),
            time=f"{dose.time:%H:%M}",
        )

    def delete_entry(self, entry_id: int) -> None:
        self.diary.delete_medication(entry_id)

    def deleted_sentence(self) -> str:
        return translate("Medicines", "Medicine deleted. Edit > Undo brings it back.")


def _logged_sentence(dialog: MedicationDialog, changed: bool) -> str:
    done = (
        translate("Medicines", "✓ Medicine changed")
        if changed
        else translate("Medicines", "✓ Medicine logged")
    )
    dose: MedicationDose | None = dialog.saved
    if dose is None:
        return done + "."
    return translate("Medicines", "{done}: {medicine}, {day} at {time}.").format(
        done=done,
        medicine=f"{dose.name} {dose.dose}".strip(),
        day=format_date(dose.date, DateStyle.DAY),
        time=f"{dose.time:%H:%M}",
    )
