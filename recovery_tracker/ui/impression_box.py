"""The weekly question: overall, how has your pain changed since the treatment began?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.impression import PGIC_CHOICES, question
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.live_diary import IMPRESSIONS, INJECTIONS, LiveDiary
from recovery_tracker.ui.widgets import tell


class ImpressionBox(QGroupBox):
    """Shown once a week (when there is a treatment to compare with), hidden once answered."""

    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(translate("ImpressionBox", "This week's question"), parent)
        self.diary = diary
        self.setObjectName("impressionBox")
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for score, english in PGIC_CHOICES:
            label = translate("Impression", english)
            button = QRadioButton(f"&{score}  {label}", self)
            button.setAccessibleName(f"{score}: {label}")
            self.group.addButton(button, score)
            layout.addWidget(button)
        row = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(translate("ImpressionBox", "Save &answer"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        diary.changed.connect(
            lambda kinds: self.refresh() if kinds & {IMPRESSIONS, INJECTIONS} else None
        )
        self.refresh()

    def refresh(self) -> None:
        numbered = numbered_injections(self.diary.injections())
        first = numbered[0].injection.date if numbered else None
        self.question.setText(question(first))
        self.setAccessibleName(self.question.text())
        self.setVisible(self.diary.impression_due())

    def save(self) -> bool:
        score = self.group.checkedId()
        if score < 1:
            self.message.setText(
                translate("ImpressionBox", "Please choose one of the answers first.")
            )
            return False
        try:
            self.diary.save_impression(score)
        except StorageError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        answer = translate("Impression", dict(PGIC_CHOICES)[score])
        tell(
            self,
            translate("ImpressionBox", "✓ Weekly answer saved: {answer}.").format(answer=answer),
        )
        return True
