"""Today's advice: what the doctor's plan says on the form's day, and what to expect."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from recovery_tracker.domain.advice import (
    ActiveAdvice,
    advice_around,
    describe_start,
    describe_time_left,
)
from recovery_tracker.domain.expectations import expectation_for
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import numbered_injections, position_on
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.treatment_area import kind_of, region_of
from recovery_tracker.domain.warning_signs import (
    EMERGENCY,
    LEVEL_HEADINGS,
    WarningSign,
    by_level,
    signs_in_force,
)
from recovery_tracker.storage.resources import expectations
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.qt_later import set_by_name
from recovery_tracker.ui.rich_text import escaped

NOT_ADVICE_NOTE = QT_TRANSLATE_NOOP(
    "TodayAdvice",
    "A reminder of your doctor's instructions, not medical advice: your doctor's word comes first.",
)


class TodayAdvice(QLabel):
    """The advice in force on the Today form's date, with what starts or ends soon."""

    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setObjectName("todayAdvice")
        self.setWordWrap(True)
        set_by_name(self, "textFormat", "RichText")  # Qt.TextFormat.RichText
        self.setAccessibleName(translate("TodayAdvice", "Your doctor's advice in force"))
        self.setStyleSheet(
            "QLabel#todayAdvice { border: 1px solid palette(mid); border-radius: 6px;"
            " padding: 8px; background: palette(alternate-base); }"
        )
        self.hide()  # the Today panel fills it in, once, when it has its date

    def show_day(self, day: date) -> None:
        active, changing = advice_around(day, self.diary.plans_around(day))
        coming = [c for c in changing if c[0] == "starts"]
        injections = self.diary.injections()
        position = position_on(day, injections)
        latest = _latest_injection(injections, position.injection_number)
        kind = latest.kind if latest else ""
        site = latest.site if latest else ""
        expected = expectation_for(
            position.days_since, expectations(), kind_of(kind), region_of(site)
        )
        signs = signs_in_force(position.days_since, kind, site)
        booked = _next_planned(self.diary.planned_injections(), day)
        if not active and not coming and not expected and not signs and not booked:
            self.hide()
            return
        heading = (
            translate("TodayAdvice", "Your plan today")
            if day == self.diary.today()
            else translate("TodayAdvice", "Your plan on {day}").format(
                day=format_date(day, DateStyle.DAY)
            )
        )
        lines = [f"<b>{escaped(heading)}</b>"]
        if booked is not None and not any(w.injection == booked for w in active):
            lines.append(f"• {escaped(planned_injection_sentence(booked, day))}")
        for window in active:
            marker = "⚠ " if window.rule.avoid else "• "
            title = escaped(window.rule.title)
            left = escaped(describe_time_left(window, day))
            if window.injection.planned and day <= window.injection.date:
                title, left = _before_planned(window, day, title, left)
            text = (
                f"{marker}<b>{title}</b>: {left}"
                if window.rule.avoid
                else f"{marker}{title}: {left}"
            )
            lines.append(text)
        for _kind, window in coming:
            coming_up = translate("TodayAdvice", "Coming up: {change}").format(
                change=describe_start(window, day)
            )
            lines.append(f"• {escaped(coming_up)}")
        if expected:
            lines.append(
                "<b>{}</b> {}: {}".format(
                    escaped(translate("TodayAdvice", "What to expect")),
                    escaped(
                        translate("TodayAdvice", "(day {day})").format(day=position.days_since)
                    ),
                    escaped(expected),
                )
            )
        lines.extend(warning_sign_lines(signs))
        # GENERAL_NOTE said nearly what NOT_ADVICE_NOTE below says: one disclaimer.
        lines.append(f"<small><i>{escaped(translate('TodayAdvice', NOT_ADVICE_NOTE))}</i></small>")
        self.setText("<br>".join(lines))
        self.setToolTip(
            "\n\n".join(f"{w.rule.title}: {w.rule.advice}" for w in active if w.rule.advice)
        )
        self.show()


# How far ahead Today mentions a planned injection whose plan is not in force yet.
PLANNED_HORIZON_DAYS = 14


def _next_planned(planned: list[Injection], day: date) -> Injection | None:
    ahead = [i for i in planned if 0 <= (i.date - day).days <= PLANNED_HORIZON_DAYS]
    return min(ahead, key=lambda i: i.date, default=None)


def planned_injection_sentence(injection: Injection, day: date) -> str:
    """ "Your injection is in 7 days, Thursday 3 December" / "… is today"."""
    days = (injection.date - day).days
    if days == 0:
        return translate("TodayAdvice", "Your planned injection is today.")
    return translate(
        "TodayAdvice", "Your planned injection is in %n day(s), {day}.", None, days
    ).format(day=format_date(injection.date, DateStyle.WEEKDAY_NO_YEAR))


def _before_planned(window: ActiveAdvice, day: date, title: str, left: str) -> tuple[str, str]:
    """A window of a planned injection, before it: counted towards the booked day, e.g.
    "No anti-inflammatories from today: your injection is in 7 days, Thursday 3 December"."""
    if window.start == day:
        title = escaped(
            translate("TodayAdvice", "{title} from today").format(title=window.rule.title)
        )
    days = (window.injection.date - day).days
    ahead = (
        translate("TodayAdvice", "your injection is today")
        if days == 0
        else translate("TodayAdvice", "your injection is in %n day(s), {day}", None, days).format(
            day=format_date(window.injection.date, DateStyle.WEEKDAY_NO_YEAR)
        )
    )
    return title, f"{escaped(ahead)} ({left})"


def _latest_injection(injections: list[Injection], number: int | None) -> Injection | None:
    if number is None:
        return None
    return numbered_injections(injections)[number - 1].injection


def warning_sign_lines(signs: list[WarningSign]) -> list[str]:
    """A heading per level, emergency first and in red, then one sign a line: read at a
    glance when it matters."""
    lines = []
    for level, group in by_level(signs):
        heading = escaped(translate("WarningSigns", LEVEL_HEADINGS[level]))
        colour = ' style="color:#c62828"' if level == EMERGENCY else ""
        lines.append(f"<b{colour}>{heading}</b>")
        lines.extend(f"&nbsp;– {escaped(sign.label)}" for sign in group)
    return lines
