"""Every piece of text the app writes goes through Qt's translation functions.

A pseudo-translator wraps whatever it is asked for in ⟪ ⟫. With it installed, every label,
button, menu, tab, tooltip, accessible name and table header of the window and its dialogs is
read back: once the wrapped parts and the patient's own data are taken out, no words may be
left. A sentence built in Python from untranslated pieces shows up here as leftover words.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

from recovery_tracker import APP_NAME
from recovery_tracker.domain import text
from recovery_tracker.ui.app import open_window
from recovery_tracker.ui.translation import connect_domain_to_qt, install_translations
from tests.conftest import NOW

WRAPPED = re.compile(r"⟪[^⟪⟫]*⟫")
TAGS = re.compile(r"<[^>]+>|&\w+;")
WORD = re.compile(r"[^\W\d_]{2,}")


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟪{source}⟫"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_translated(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    connect_domain_to_qt()
    yield translator
    # A window's chart job may still be translating on the background thread, inside Qt's
    # translator lock and waiting for Python's: removing this (Python) translator then, which
    # holds Python's lock while it waits for Qt's, deadlocked a CI run. The app's translators
    # are Qt's own, which never wait for Python.
    from recovery_tracker.ui.background import wait_for_background_work

    wait_for_background_work()
    QCoreApplication.removeTranslator(translator)
    text.set_translator(None)
    text.set_date_formatter(None)


def leftover_words(value: str, data: set[str]) -> list[str]:
    """The words in ``value`` that came from neither a translation nor the patient's data."""
    value = TAGS.sub(" ", value)
    while WRAPPED.search(value):
        value = WRAPPED.sub(" ", value)
    for item in sorted(data, key=len, reverse=True):
        value = value.replace(item, " ")
    return WORD.findall(value.replace("&", ""))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of text a patient or a screen reader meets under root."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [
            (f"{name} tooltip", widget.toolTip()),
            (f"{name} accessible name", widget.accessibleName()),
            (f"{name} accessible description", widget.accessibleDescription()),
        ]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            found.append((name, widget.title()))
            found += [(f"{name} action", a.text()) for a in widget.actions()]
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                found += [(f"page {page_id}", page.title()), (f"page {page_id}", page.subTitle())]
        if _own_view(widget):
            found += _model_texts(name, widget.model())
    return found


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _own_view(widget: QWidget) -> bool:
    """A table or list of ours: not a header, nor the drop-down list of a combo box (their
    texts are read from the table and the combo box themselves)."""
    return (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)
        and not _inside_combo_box(widget)
        and widget.model() is not None
    )


def _model_texts(name: str, model) -> list[tuple[str, str]]:
    """Headers and cells: cells hold the patient's data, but also words such as "Yes"."""
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: it has one
        columns = 1
    rows = model.rowCount(root)
    found = [
        (f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for c in range(columns)
    ]
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                found.append((f"{name} cell {row},{column}", str(model.data(index, role) or "")))
    return found


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    return [
        f"{where}: {value!r} leaves {words}"
        for where, value in visible_texts(root)
        if (words := leftover_words(value, data))
    ]


def _fill(window) -> set[str]:
    """An injection three days ago (so the plan and what to expect show), a check-in with a
    note, a medicine and an appointment. Returns the texts that are the patient's own data."""
    diary = window.diary
    injected = NOW.date() - timedelta(days=3)
    diary.save_injection({"date": injected, "site": "Knee", "kind": "PRP", "clinic": "Oak"})
    diary.save_checkin(
        {"date": NOW.date(), "time": time(9, 0), "pain": 5, "soreness": 6, "notes": "stiff"}
    )
    diary.save_medication(
        {"date": NOW.date(), "time": time(10, 0), "name": "ibuprofen", "dose": "400 mg"}
    )
    diary.save_appointment(
        {
            "date": NOW.date() + timedelta(days=7),
            "time": time(9, 30),
            "clinician": "Dr Lee",
            "place": "Oak",
        }
    )
    plan_texts = {t for p in diary.plans() for r in p.rules for t in (r.title, r.advice) if t}
    template_names = {t.name for t in diary.templates}
    from recovery_tracker.storage.resources import expectations

    return {
        APP_NAME,
        "Knee",
        "PRP",
        "Oak",
        "stiff",
        "ibuprofen",
        "400 mg",
        "Dr Lee",
        str(Path(diary.path)),
        *plan_texts,
        *template_names,
        *(e.text for e in expectations()),
    }


def test_the_window_and_every_dialog_are_translated(qtbot, data_dir, pseudo_translated):
    window = open_window(data_dir, clock=lambda: NOW)
    qtbot.addWidget(window)
    data = _fill(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentWidget(window.treatments)
    window.treatments.table.selectRow(0)
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    problems = untranslated(window, data)
    for menu in window.menuBar().findChildren(QMenu):
        problems += untranslated(menu, data)
    dialogs = [
        window.treatments.add_injection(),
        window.treatments.edit_plan(),
        window.medicines.add_medicine(),
        window.appointments.add_appointment(),
        window.open_report(),
        window.edit_reminder(),
        window.open_first_start(),
        window.open_restore(),
    ]
    for dialog in dialogs:
        problems += untranslated(dialog, data)
        dialog.reject()
    assert problems == [], "\n".join(problems)
    window.today.form.reset(window.diary.clock())
    window.close()
    window.diary.service.diary.close()


def test_a_validation_message_from_the_domain_is_translated(qtbot, window, pseudo_translated):
    window.today.save()  # no pain score: the domain's validation refuses it
    shown = window.today.form.errors["pain"].text()
    # The sentence and the field's name inside it are both translated.
    assert shown.startswith("⟪⟪Pain now⟫ is required") and leftover_words(shown, set()) == []


def test_dates_follow_the_patients_locale(qapp):
    connect_domain_to_qt()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert text.format_date(date(2026, 11, 24), text.DateStyle.LONG) == "24 November 2026"
        assert text.format_date(date(2026, 3, 2), text.DateStyle.DAY) == "Mo. 2 März"
    finally:
        QLocale.setDefault(before)
        text.set_translator(None)
        text.set_date_formatter(None)


def _compiled_german(folder: Path) -> None:
    """A one-message German translation, compiled by lrelease as the real pipeline does."""
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    source = folder / "recovery_tracker_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>TodayPanel</name><message><source>&amp;Save check-in</source>"
        "<translation>Eintrag &amp;speichern</translation></message></context>"
        '<context><name>Recovery</name><message numerus="yes">'
        "<source>Baseline: %n day(s) before injection 1</source><translation>"
        "<numerusform>Ausgangswert: %n Tag vor Injektion 1</numerusform>"
        "<numerusform>Ausgangswert: %n Tage vor Injektion 1</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(source)], check=True, capture_output=True)


def test_a_compiled_translation_is_loaded_for_the_locale(qapp, tmp_path):
    """The real pipeline: a .ts file compiled by lrelease, found by the locale's language."""
    _compiled_german(tmp_path)
    loaded = install_translations(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert loaded, "no translation file was loaded"
        assert text.translate("TodayPanel", "&Save check-in") == "Eintrag &speichern"
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        text.set_translator(None)
        text.set_date_formatter(None)


def _figure_texts(figure) -> list[str]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    FigureCanvasAgg(figure).draw()  # tick labels are written at draw time
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


@pytest.mark.parametrize("kind", ["timeline", "sessions", "baseline"])
def test_chart_texts_are_translated(qtbot, window, pseudo_translated, kind):
    from recovery_tracker.charts import build_figure
    from recovery_tracker.charts.options import ChartOptions

    data = _fill(window)
    diary = window.diary
    diary.save_impression(3)
    for days_ago in (*range(4, 11), 2, 1):  # a baseline week, then the days after
        diary.save_checkin(
            {"date": NOW.date() - timedelta(days=days_ago), "time": time(9, 0), "pain": 6}
        )
    figure = build_figure(
        kind, diary.snapshot(), ChartOptions(start=NOW.date() - timedelta(days=30))
    )
    texts = _figure_texts(figure)
    assert len(texts) > 5
    problems = [f"{t!r} leaves {w}" for t in texts if (w := leftover_words(t, data))]
    assert problems == [], "\n".join(problems)


def test_the_report_is_translated(qtbot, window, pseudo_translated):
    from recovery_tracker.reports.content import ReportRequest, build_report_html

    data = _fill(window)
    diary = window.diary
    diary.save_checkin(
        {"date": NOW.date(), "time": time(12, 0), "pain": 4, "notes": "ask", "for_doctor": True}
    )
    diary.save_impression(2)
    request = ReportRequest(NOW.date() - timedelta(days=30), NOW.date(), "Maria")
    page = build_report_html(diary.snapshot(), request, NOW.date())
    words = leftover_words(page.split("</style>")[-1], data | {"Maria", "ask", APP_NAME})
    assert words == []


def test_the_command_line_uses_a_translation_without_an_application(tmp_path):
    from recovery_tracker.ui.translation import use_translations_without_application

    _compiled_german(tmp_path)
    assert not use_translations_without_application(QLocale("fr_FR"), tmp_path)
    try:
        assert use_translations_without_application(QLocale("de_DE"), tmp_path)
        assert text.translate("TodayPanel", "&Save check-in") == "Eintrag &speichern"
        plural = "Baseline: %n day(s) before injection 1"
        assert text.translate("Recovery", plural, None, 1) == "Ausgangswert: 1 Tag vor Injektion 1"
        assert text.translate("Recovery", plural, None, 3) == "Ausgangswert: 3 Tage vor Injektion 1"
    finally:
        text.set_translator(None)
        text.set_date_formatter(None)


def _messages(catalogue: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(catalogue).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_translators_catalogue_lists_every_text(tmp_path):
    """resources/translations/recovery_tracker.ts is what translators work from: it must hold
    every text in the code (run scripts/update_translations.sh after changing any)."""
    import shutil
    import subprocess
    import sys

    from recovery_tracker.storage.resources import resource_path

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    package = Path(__file__).resolve().parents[2] / "recovery_tracker"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in package.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = _messages(fresh)
    assert len(found) > 500
    assert found == _messages(resource_path("translations") / "recovery_tracker.ts")
