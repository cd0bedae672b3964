"""Advice: what the doctor's plan says today, and the editor for each injection's plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.advice import (
    AVOIDABLE_CLASSES,
    CATEGORY_LABELS,
    AdviceCategory,
    AdviceRule,
    AdviceTemplate,
    avoid_label,
    category_label,
)
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.text import DateStyle, format_date, translate
from recovery_tracker.domain.validation import MAX_SHORT_TEXT_LENGTH, validate_rule_fields
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.form_dialog import AsksBeforeDiscarding, FormDialog, save_cancel_buttons
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.today_advice import NOT_ADVICE_NOTE


class RuleDialog(FormDialog):
    """Edit one rule; nothing is stored until the whole plan is saved."""

    def __init__(
        self,
        rule: AdviceRule | None,
        parent: QWidget | None = None,
        common: tuple[AdviceTemplate, AdviceRule] | None = None,
    ) -> None:
        """``common``: the template rule this one comes from, whose days are shown as the
        common value: the numbers are the clinic's to fill in, not ours."""
        title = translate("Advice", "Edit advice") if rule else translate("Advice", "Add advice")
        super().__init__(title, validate_rule_fields, parent)
        self.title = QLineEdit(rule.title if rule else "", self)
        self.category = QComboBox(self)
        for category in CATEGORY_LABELS:
            self.category.addItem(category_label(category), category.value)
        self.category.setCurrentIndex(
            list(CATEGORY_LABELS).index(rule.category if rule else AdviceCategory.OTHER)
        )
        self.start_day = QLineEdit(
            "" if rule is None or rule.start_day is None else str(rule.start_day), self
        )
        self.start_day.setPlaceholderText(translate("Advice", "e.g. -7 (blank: open)"))
        self.end_day = QLineEdit(
            "" if rule is None or rule.end_day is None else str(rule.end_day), self
        )
        self.end_day.setPlaceholderText(
            translate("Advice", "e.g. 14 (blank: until your doctor says otherwise)")
        )
        self.avoid = {}
        avoid_row = QWidget(self)
        avoid_layout = QVBoxLayout(avoid_row)  # one a line: the dialog stays narrow
        avoid_layout.setContentsMargins(0, 0, 0, 0)
        for key in AVOIDABLE_CLASSES:
            box = QCheckBox(avoid_label(key), avoid_row)
            box.setChecked(bool(rule and key in rule.avoid))
            self.avoid[key] = box
            avoid_layout.addWidget(box)
        self.allowed = QLineEdit(", ".join(rule.allowed) if rule else "", self)
        self.allowed.setPlaceholderText(translate("Advice", "e.g. celecoxib (blank: none)"))
        self.allowed.setToolTip(
            translate(
                "Advice",
                "Medicines your doctor allows although the rule avoids their kind, separated by "
                "commas. The app never warns about them.",
            )
        )
        self.title.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.advice = NoteEdit(self)
        self.advice.setPlainText(rule.advice if rule else "")
        self.add_field("title", translate("Advice", "&Title: *"), self.title)
        self.add_field("category", translate("Advice", "&Category:"), self.category)
        self.add_field("start_day", translate("Advice", "&From day:"), self.start_day)
        self.add_field("end_day", translate("Advice", "&To day:"), self.end_day)
        self.add_field("avoid", translate("Advice", "Medicines to &avoid:"), avoid_row)
        self.add_field("allowed", translate("Advice", "Allowed by your &doctor:"), self.allowed)
        self.add_field("advice", translate("Advice", "Your doctor's &words:"), self.advice)
        hint_text = translate(
            "Advice", "Days count from the injection: 0 is the injection day, -7 a week before."
        )
        if common is not None:
            template, template_rule = common
            hint_text += " " + translate(
                "Advice",
                "Commonly {window} (template “{template}”): clinics differ, so use the days "
                "your clinic gave you.",
            ).format(window=template_rule.window_text(), template=template.name)
        hint = QLabel(hint_text, self)
        hint.setObjectName("commonly")
        hint.setWordWrap(True)
        self.extra.addWidget(hint)
        self._rule_id = rule.id if rule else None
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "id": self._rule_id,
            "title": self.title.text(),
            "category": self.category.currentData(),
            "start_day": self.start_day.text(),
            "end_day": self.end_day.text(),
            "avoid": [key for key, box in self.avoid.items() if box.isChecked()],
            "allowed": self.allowed.text(),
            "advice": self.advice.toPlainText(),
        }


class PlanDialog(AsksBeforeDiscarding):
    """One injection's advice plan: a copy of a template, adjusted to what the doctor said."""

    def __init__(
        self, diary: LiveDiary, injection: Injection, number: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.diary = diary
        self.injection = injection
        self.rules: list[AdviceRule] = diary.rules_for(injection.id or -1)
        self._rules_as_opened = list(self.rules)
        self.setWindowTitle(
            translate("Advice", "Advice plan for your planned injection")
            if injection.planned
            else translate("Advice", "Advice plan for injection {number}").format(number=number)
        )
        intro = QLabel(
            (
                translate(
                    "Advice",
                    "What your doctor told you for your planned injection ({kind}, {site}, "
                    "{day}). The days count from that day, also before it.",
                )
                if injection.planned
                else translate(
                    "Advice",
                    "What your doctor told you for injection {number} ({kind}, {site}, {day}).",
                )
            ).format(
                number=number,
                kind=translate("Choices", injection.kind),
                site=translate("Choices", injection.site),
                day=format_date(injection.date, DateStyle.LONG),
            )
            + " "
            + translate("TodayAdvice", NOT_ADVICE_NOTE),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Advice", "Advice"),
                translate("Advice", "Kind"),
                translate("Advice", "When"),
                translate("Advice", "Avoid"),
            ]
        )
        self.table.setAccessibleName(translate("Advice", "Advice rules of this plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_rule())
        add = QPushButton(translate("Advice", "&Add…"), self)
        add.clicked.connect(self.add_rule)
        edit = QPushButton(translate("Advice", "&Edit…"), self)
        edit.clicked.connect(self.edit_rule)
        remove = QPushButton(translate("Advice", "&Remove"), self)
        remove.clicked.connect(self.remove_rule)
        self.template = QComboBox(self)
        self.template.setAccessibleName(translate("Advice", "Template"))
        for template in diary.templates:
            self.template.addItem(template.name)
        use_template = QPushButton(translate("Advice", "Start again from &template"), self)
        use_template.clicked.connect(self.apply_template)
        row = QHBoxLayout()
        for widget in (add, edit, remove):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.template)
        row.addWidget(use_template)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self._fill()

    def has_typed_changes(self) -> bool:
        return self.rules != self._rules_as_opened

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            cells = (
                rule.title,
                category_label(rule.category),
                rule.window_text(),
                _avoid_text(rule),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(rule.advice)
                self.table.setItem(row, column, item)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_rule(self) -> RuleDialog:
        dialog = RuleDialog(None, self)
        dialog.accepted.connect(lambda: self._put(None, dialog.saved))
        dialog.open()
        return dialog

    def edit_rule(self) -> RuleDialog | None:
        row = self._selected_row()
        if row is None:
            return None
        dialog = RuleDialog(
            self.rules[row], self, common_rule(self.rules[row], self.diary.templates)
        )
        dialog.accepted.connect(lambda: self._put(row, dialog.saved))
        dialog.open()
        return dialog

    def _put(self, row: int | None, rule: AdviceRule) -> None:
        if row is None:
            self.rules.append(rule)
        else:
            self.rules[row] = rule
        self._fill()

    def remove_rule(self) -> None:
        row = self._selected_row()
        if row is not None:
            del self.rules[row]
            self._fill()

    def apply_template(self) -> None:
        template = next(t for t in self.diary.templates if t.name == self.template.currentText())
        self.rules = list(template.rules)
        self._fill()

    def save(self) -> None:
        try:
            self.diary.save_plan(self.injection.id or -1, self.rules)
        except StorageError as error:
            self.message.setText(str(error))
            return
        self.accept()


def _avoid_text(rule: AdviceRule) -> str:
    avoided = ", ".join(avoid_label(a) for a in rule.avoid)
    if not rule.allowed:
        return avoided
    return translate("Advice", "{avoided}, except {allowed}").format(
        avoided=avoided, allowed=", ".join(rule.allowed)
    )


def common_rule(
    rule: AdviceRule, templates: list[AdviceTemplate]
) -> tuple[AdviceTemplate, AdviceRule] | None:
    """The template rule of the same title, whose days are the common value."""
    for template in templates:
        for candidate in template.rules:
            if candidate.title == rule.title:
                return template, candidate
    return None
