"""Every screen works at 800x600 (README): the window may be made that small, and what is in
it is not cut."""

from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from recovery_tracker.ui.chart_panel import CUSTOM

MOST_WIDTH = 784  # 800 less a window frame


def _fits(combo) -> bool:
    """The chosen text is shown whole in the combo box."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def test_the_window_fits_800x600_with_every_chart_choice(qtbot, window):
    chart = window.chart
    chart.range_combo.setCurrentIndex(chart.range_combo.findData(CUSTOM))  # two more dates
    qtbot.waitUntil(lambda: chart.start_edit.isVisible())
    for index in range(chart.kind_combo.count()):
        chart.kind_combo.setCurrentIndex(index)
        QApplication.processEvents()  # the layouts take in what changed
        assert window.minimumSizeHint().width() <= MOST_WIDTH, chart.kind_combo.currentText()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    for index in range(chart.kind_combo.count()):
        chart.kind_combo.setCurrentIndex(index)
        assert _fits(chart.kind_combo), chart.kind_combo.currentText()
    for index in range(chart.range_combo.count()):
        chart.range_combo.setCurrentIndex(index)
        assert _fits(chart.range_combo), chart.range_combo.currentText()
    for button in (window.today.medicine_button, window.today.event_button):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_every_tab_fits_an_800_pixel_wide_window(qtbot, window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 784, window.tabs.tabText(index)


def test_the_save_confirmation_and_the_buttons_beside_it_are_whole_at_800x600(qtbot, window):
    # A tester saw "Backup restored; your previous diary file was kept aside." one word a line
    # beside the buttons, and the middle button cut to "og a medicine.".
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    today = window.today
    six = next(b for b in today.form.scores["pain"].findChildren(QPushButton) if b.text() == "6")
    qtbot.mouseClick(six, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pain 6" in today.confirmation.text())
    QApplication.processEvents()
    label = today.confirmation
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines <= 2.5, (label.width(), label.text())
    for button in (today.event_button, today.medicine_button, today.save_button):
        assert button.width() >= button.sizeHint().width(), button.text()
