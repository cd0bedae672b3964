"""User-visible text: the one translation hook every layer calls.

The domain, storage and charts may not import Qt, yet their sentences reach the
patient (validation messages, advice, chart labels). They call `translate()`;
the Qt application installs `QCoreApplication.translate` as the hook when it
starts, so one Qt translation file (`.qm`) translates every layer. The calls
keep Qt's `translate(context, source, disambiguation, n)` shape so that
`pyside6-lupdate` extracts them (see `scripts/update_translations.sh`).

Dates go through the same kind of hook: the Qt side formats them with the
patient's locale (month and day names in their language); without Qt they are
written in English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    # Qt replaces %n with the count; do the same so the English text reads right.
    return source.replace("%n", str(n)) if n >= 0 else source


_translator: Translator = _untranslated


def set_translator(translator: Translator | None) -> None:
    """Route every `translate()` call through `translator` (None: back to English)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The patient's-language version of `source`; `%n` is replaced by `n` (plurals).

    Plural sources are written the Qt way, "%n day(s)". A translation gives each form; where
    none is loaded (English), the "(s)" is resolved here, so the patient reads "1 day", "2 days".
    """
    text = _translator(context, source, disambiguation, n)
    if n >= 0 and "(" in text:
        one = n == 1
        text = text.replace("y(ies)", "y" if one else "ies").replace("(s)", "" if one else "s")
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name: lupdate looks for it
    """Marks a constant for extraction; it is translated where it is shown."""
    return source


class DateStyle(Enum):
    """How a date is written. Values are (Qt format, strftime format) pairs; the Qt formats
    are in the translators' catalogue, so a language can reorder them ("ddd, MMM d")."""

    DAY = (QT_TRANSLATE_NOOP("Dates", "ddd d MMM"), "%a {day} %b")  # Tue 24 Nov
    DAY_YEAR = (QT_TRANSLATE_NOOP("Dates", "ddd d MMM yyyy"), "%a {day} %b %Y")  # Tue 24 Nov 2026
    SHORT = (QT_TRANSLATE_NOOP("Dates", "d MMM yyyy"), "{day} %b %Y")  # 24 Nov 2026
    SHORT_NO_YEAR = (QT_TRANSLATE_NOOP("Dates", "d MMM"), "{day} %b")  # 24 Nov
    LONG = (QT_TRANSLATE_NOOP("Dates", "d MMMM yyyy"), "{day} %B %Y")  # 24 November 2026
    LONG_NO_YEAR = (QT_TRANSLATE_NOOP("Dates", "d MMMM"), "{day} %B")  # 24 November
    WEEKDAY_LONG = (
        QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy"),
        "%A {day} %B %Y",
    )  # Tuesday 24 November 2026
    WEEKDAY_NO_YEAR = (
        QT_TRANSLATE_NOOP("Dates", "dddd d MMMM"),
        "%A {day} %B",
    )  # Thursday 3 December
    MONTH_YEAR = (QT_TRANSLATE_NOOP("Dates", "MMMM yyyy"), "%B %Y")  # November 2026
    MONTH_SHORT = (QT_TRANSLATE_NOOP("Dates", "MMM"), "%b")  # Nov

    @property
    def qt_format(self) -> str:
        return self.value[0]


DateFormatter = Callable[[date, DateStyle], str]


def english_date(value: date, style: DateStyle) -> str:
    return value.strftime(style.value[1].replace("{day}", str(value.day)))


_date_formatter: DateFormatter = english_date


def set_date_formatter(formatter: DateFormatter | None) -> None:
    global _date_formatter
    _date_formatter = formatter or english_date


def format_date(value: date, style: DateStyle = DateStyle.SHORT) -> str:
    return _date_formatter(value, style)


def single_full_stop(sentence: str) -> str:
    """``sentence`` with one full stop where it ends on a date that ends on its own dot: many
    locales abbreviate with one ("Do. 26 Nov."), and "{day}." made "Do. 26 Nov..". An
    ellipsis ("...") is left whole."""
    if sentence.endswith("..") and not sentence.endswith("..."):
        return sentence[:-1]
    return sentence


def english_dates_replaced() -> bool:
    """True once dates are written by the patient's locale (so English names need replacing)."""
    return _date_formatter is not english_date
