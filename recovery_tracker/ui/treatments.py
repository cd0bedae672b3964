"""Treatments: the injection series, numbered in date order, with add, edit and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.choices import (
    DEFAULT_KIND,
    GUIDANCE,
    INJECTION_KINDS,
    INJECTION_SITES,
    SIDES,
)
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import NumberedInjection, numbered_injections
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.validation import MAX_SHORT_TEXT_LENGTH
from recovery_tracker.ui.advice import PlanDialog
from recovery_tracker.ui.entry_list import EntryListPanel
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import INJECTIONS, LiveDiary
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.now_fields import FollowsClock, future_date_problem, past_date_edit
from recovery_tracker.ui.qt_values import present, qdate_to_date, to_qdate
from recovery_tracker.ui.record_tables import needs_selection
from recovery_tracker.ui.table_model import DiaryTableModel, Index

_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Treatments", "Date"),
    QT_TRANSLATE_NOOP("Treatments", "Kind"),
    QT_TRANSLATE_NOOP("Treatments", "Site"),
    QT_TRANSLATE_NOOP("Treatments", "Side"),
    QT_TRANSLATE_NOOP("Treatments", "Guidance"),
    QT_TRANSLATE_NOOP("Treatments", "Clinic or doctor"),
    QT_TRANSLATE_NOOP("Treatments", "Notes"),
)


class InjectionTableModel(DiaryTableModel):
    headers = _COLUMNS
    header_context = "Treatments"
    depends_on = frozenset((INJECTIONS,))

    def load_rows(self) -> list[NumberedInjection]:
        # Planned ones have no number (0) until they are done: a booking is no session.
        planned = [NumberedInjection(0, i) for i in self.diary.planned_injections()]
        rows = numbered_injections(self.diary.injections()) + planned
        return sorted(rows, key=lambda row: (row.injection.date, row.injection.id or 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        item = self.rows[index.row()]
        inj = item.injection
        values = (
            str(item.number) if item.number else translate("Treatments", "Planned"),
            format_date(inj.date, DateStyle.DAY_YEAR),
            translate("Choices", inj.kind),
            translate("Choices", inj.site),
            translate("Choices", inj.side),
            translate("Choices", inj.guidance),
            inj.clinic,
            inj.notes.strip().splitlines()[0][:120] if inj.notes.strip() else "",
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            if not item.number:
                return translate(
                    "Treatments",
                    "Planned: not counted in your series until you say it happened",
                )
            done = sum(1 for row in self.rows if row.number)
            return translate("Treatments", "Injection {number} of {count}").format(
                number=item.number, count=done
            )
        return values[index.column()]


class TreatmentsPanel(EntryListPanel):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        self.model: InjectionTableModel
        super().__init__(
            diary,
            InjectionTableModel(diary),
            translate("Treatments", "Injections, in date order"),
            parent,
        )
        self.table.setObjectName("treatmentsTable")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_button = self.button(
            translate("Treatments", "&Add injection…"), self.add_injection
        )
        self.plan_button = self.button(translate("Treatments", "Advice &plan…"), self.edit_plan)
        self.plan_button.setToolTip(
            translate(
                "Treatments", "What your doctor told you to do and avoid after this injection"
            )
        )
        needs_selection(self.table, self.plan_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        # On its own line: beside four buttons at 800 px it wrapped a word per line.
        layout.addWidget(self.summary)
        layout.addLayout(
            self.button_row(self.add_button, self.plan_button, self.edit_button, self.delete_button)
        )
        self.model.modelReset.connect(self._update_summary)
        self._update_summary()

    def _update_summary(self) -> None:
        count = sum(1 for row in self.model.rows if row.number)
        text = (
            translate("Treatments", "No injection recorded yet.")
            if count == 0
            else translate("Treatments", "%n injection(s) in your series.", None, count)
        )
        planned = self.model.rowCount() - count
        if planned:
            text += " " + translate("Treatments", "%n planned.", None, planned)
        self.summary.setText(text)

    def add_injection(self) -> InjectionDialog:
        dialog = InjectionDialog(self.diary, None, self)
        return self.open_dialog(dialog, lambda: _injection_sentence(dialog, changed=False))

    def open_editor(self, item: NumberedInjection) -> InjectionDialog:
        dialog = InjectionDialog(self.diary, item.injection, self)
        return self.open_dialog(dialog, lambda: _injection_sentence(dialog, changed=True))

    def edit_plan(self) -> PlanDialog | None:
        item: NumberedInjection | None = self.selected()
        if item is None:
            return None
        return self.open_dialog(
            PlanDialog(self.diary, item.injection, item.number, self),
            lambda: (
                translate("Treatments", "✓ Advice plan of your planned injection saved.")
                if item.injection.planned
                else translate("Treatments", "✓ Advice plan of injection {number} saved.").format(
                    number=item.number
                )
            ),
        )

    def entry_id(self, item: NumberedInjection) -> int | None:
        return item.injection.id

    def delete_question(self, item: NumberedInjection) -> tuple[str, str]:
        inj = item.injection
        question = (
            translate(
                "Treatments",
                "Delete the planned injection ({kind}, {site}) of {day}?\n"
                "Its advice plan is deleted with it.",
            )
            if inj.planned
            else translate(
                "Treatments",
                "Delete injection {number} ({kind}, {site}) of {day}?\n"
                "Its advice plan is deleted with it. Your check-ins and medicines are kept; "
                "they will be counted from the other injections.",
            )
        )
        return translate("Treatments", "Delete injection?"), question.format(
            number=item.number,
            kind=translate("Choices", inj.kind),
            site=translate("Choices", inj.site),
            day=format_date(inj.date, DateStyle.LONG),
        )

    def delete_entry(self, entry_id: int) -> None:
        self.diary.delete_injection(entry_id)

    def deleted_sentence(self) -> str:
        return translate("Treatments", "Injection deleted. Edit > Undo brings it back.")


def _injection_sentence(dialog: InjectionDialog, changed: bool) -> str:
    injection: Injection | None = dialog.saved
    done = (
        translate("Treatments", "✓ Injection changed")
        if changed
        else translate("Treatments", "✓ Planned injection recorded")
        if injection is not None and injection.planned
        else translate("Treatments", "✓ Injection recorded")
    )
    if injection is None:
        return done + "."
    site = translate("Choices", injection.site)
    if injection.side:  # which knee: the patient checks this sentence, not the table
        site = translate("Treatments", "{site} ({side})").format(
            site=site, side=translate("Choices", injection.side)
        )
    return translate("Treatments", "{done}: {kind}, {site}, {day}.").format(
        done=done,
        kind=translate("Choices", injection.kind),
        site=site,
        day=format_date(injection.date, DateStyle.DAY_YEAR),
    )


def _editable_combo(items: tuple[str, ...], parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)  # the pick list suggests; the patient may type anything
    for value in items:  # shown in the patient's language, stored in English
        combo.addItem(translate("Choices", value), value)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(name)
    return combo


def _show_choice(combo: QComboBox, value: str) -> None:
    """Show a stored value: a pick-list entry in the patient's language, else as typed."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(value)


def _choice(combo: QComboBox) -> str:
    """The value to store: a pick-list entry in English (advice templates are chosen by
    the kind), anything typed as typed."""
    text = combo.currentText()
    index = combo.findText(text)
    if index >= 0 and text:
        return str(combo.itemData(index))
    return text


class InjectionDialog(FormDialog):
    """Record or edit one injection."""

    def __init__(
        self, diary: LiveDiary, injection: Injection | None, parent: QWidget | None = None
    ):
        super().__init__(
            (
                translate("Treatments", "Edit injection")
                if injection
                else translate("Treatments", "Record an injection")
            ),
            diary.save_injection,
            parent,
        )
        self.diary = diary
        self._id = injection.id if injection else None
        self.date_edit = past_date_edit(self, translate("Treatments", "Date of the injection"))
        if injection:
            self.date_edit.setDate(to_qdate(injection.date))
        else:  # today, also when the dialog is left open past midnight
            FollowsClock(diary.clock, self.date_edit, None, self).start()
        self.site = _editable_combo(INJECTION_SITES, self, translate("Treatments", "Site"))
        typed_site = present(self.site.lineEdit())
        typed_site.setPlaceholderText(translate("Treatments", "e.g. L4-L5 facet joint"))
        self.side = _editable_combo(SIDES, self, translate("Treatments", "Side"))
        self.kind = _editable_combo(
            INJECTION_KINDS, self, translate("Treatments", "Kind of injection")
        )
        self.guidance = _editable_combo(GUIDANCE, self, translate("Treatments", "Image guidance"))
        self.clinic = QLineEdit(self)
        self.clinic.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.notes = NoteEdit(self)
        self.notes.setMinimumHeight(60)
        self.planned = QCheckBox(
            translate("Treatments", "&Planned: booked for this day, not given yet"), self
        )
        self.planned.setToolTip(
            translate(
                "Treatments",
                "Your plan's advice counts from this day, also before it (e.g. no "
                "anti-inflammatories a week before). It counts in your series once you say "
                "it happened.",
            )
        )
        self.planned.setAccessibleName(translate("Treatments", "Planned injection"))
        self.planned.setChecked(bool(injection and injection.planned))
        if injection:
            for combo, value in (
                (self.site, injection.site),
                (self.side, injection.side),
                (self.kind, injection.kind),
                (self.guidance, injection.guidance),
            ):
                _show_choice(combo, value)
            self.clinic.setText(injection.clinic)
            self.notes.setPlainText(injection.notes)
        else:  # a series is usually the same site and kind: start from the last injection
            series = [*diary.injections(), *diary.planned_injections()]  # a booking counts too
            previous = max(series, key=lambda i: (i.date, i.id or 0), default=None)
            _show_choice(self.site, previous.site if previous else "")
            _show_choice(self.side, previous.side if previous else "")
            _show_choice(self.kind, previous.kind if previous else DEFAULT_KIND)
        for field, label, widget in (
            ("date", translate("Treatments", "&Date:"), self.date_edit),
            ("status", "", self.planned),  # right under the date it qualifies
            ("site", translate("Treatments", "&Site: *"), self.site),
            ("side", translate("Treatments", "Si&de:"), self.side),
            ("kind", translate("Treatments", "&Kind:"), self.kind),
            ("guidance", translate("Treatments", "&Image guidance:"), self.guidance),
            ("clinic", translate("Treatments", "&Clinic or doctor:"), self.clinic),
            ("notes", translate("Treatments", "&Notes:"), self.notes),
        ):
            self.add_field(field, label, widget)
        self.date_edit.dateChanged.connect(self._show_date_problem)
        self.planned.toggled.connect(self._show_date_problem)
        self.resize(460, self.sizeHint().height())

    def _show_date_problem(self) -> None:
        """A future day is what a planned injection has: said only for a given one."""
        day = qdate_to_date(self.date_edit.date())
        problem = None if self.planned.isChecked() else future_date_problem(day, self.diary.today())
        if problem:  # most likely a booking: say how to record one
            problem += " " + translate("Treatments", "If it is booked for that day, tick Planned.")
        self.errors["date"].show_message(problem)

    def values(self) -> dict[str, object]:
        return {
            "id": self._id,
            "status": "planned" if self.planned.isChecked() else "done",
            "date": qdate_to_date(self.date_edit.date()),
            "site": _choice(self.site),
            "side": _choice(self.side),
            "kind": _choice(self.kind),
            "guidance": _choice(self.guidance),
            "clinic": self.clinic.text(),
            "notes": self.notes.toPlainText(),
        }
