"""The card that notices coming after the window is up float in (see test_notices_move_nothing):
sized for all its notices, over a tab's content view only (never a button, tab name or scroll
bar), not taller than a part of that view (a long text scrolls in it), and handing the keyboard
back after Dismiss. A fresh-eyes tester found it squashed every row after a second notice,
covering the list tabs' buttons, cut off over the tab bar, and leaving the focus nowhere."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollBar,
    QWidget,
)

from tests.ui.conftest import settle

REMINDER = "How are you today? Log your pain and soreness in Recovery Tracker, a longer sentence."


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _card(window) -> QFrame:
    [card] = [
        f
        for f in window.findChildren(QFrame)
        if f.objectName() == "floatingNotices" and f.isVisible()
    ]
    return card


def _labels(card: QFrame) -> list[QLabel]:
    return [label for label in card.findChildren(QLabel) if label.isVisible()]


def _dismiss(card: QFrame, title: str) -> QPushButton:
    return next(
        b
        for b in card.findChildren(QPushButton)
        if b.isVisible() and b.accessibleName().endswith(title)
    )


def _settled(qtbot) -> None:
    qtbot.wait(400)  # the card's slide (180 ms) and any re-placing after it


def test_a_second_notice_gets_room_in_the_card(qtbot, window):
    settle(window)
    window.notices.add("First", REMINDER)
    qtbot.wait(200)
    window.notices.add("Second", REMINDER + " And a minute later another one.")
    _settled(qtbot)
    card = _card(window)
    labels = _labels(card)
    assert len(labels) == 2
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width())  # no line cut
        assert _global_rect(card).contains(_global_rect(label))  # none hidden below
    for title in ("First", "Second"):
        button = _dismiss(card, title)
        assert button.height() >= button.minimumSizeHint().height()


def _covered_controls(window) -> list[str]:
    card = _global_rect(_card(window))
    page = window.tabs.currentWidget()
    controls: list[QWidget] = [window.tabs.tabBar(), window.today]
    controls += [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
    controls += [s for s in page.findChildren(QScrollBar) if s.isVisible()]
    for area in page.findChildren(QAbstractScrollArea):
        if area.isVisible():  # a table's header is a control too (sorting, widths)
            controls += [h for h in area.findChildren(QWidget) if h.inherits("QHeaderView")]
    return [
        f"{type(c).__name__} {getattr(c, 'text', lambda: '')()!r}"
        for c in controls
        if c.isVisible() and _global_rect(c).intersects(card)
    ]


def test_the_card_covers_no_button_of_any_tab(qtbot, window):
    settle(window)
    for size in ((1366 - 16, 768 - 40), (800 - 16, 600 - 40)):
        window.resize(*size)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            if index == 0 and size[0] > 1000:
                window.notices.add("Last day of ice", REMINDER)
            _settled(qtbot)
            assert _covered_controls(window) == [], (size, window.tabs.tabText(index))


def test_a_long_notice_scrolls_inside_a_card_under_the_tab_names(qtbot, window):
    settle(window)
    window.resize(800 - 16, 600 - 40)
    long_advice = " ".join(["Keep the treated tendon moving gently, without loading it."] * 12)
    window.notices.add("Last day of rest", long_advice)
    _settled(qtbot)
    card = _card(window)
    tab_bar = _global_rect(window.tabs.tabBar())
    assert not _global_rect(card).intersects(tab_bar)
    assert _global_rect(window.tabs).contains(_global_rect(card))
    view = window.chart.canvas
    assert card.height() <= 0.5 * view.height()
    # Every word can be read: the label is whole, in a part of the card that scrolls.
    [label] = _labels(card)
    assert label.height() >= label.heightForWidth(label.width())
    [bar] = [s for s in card.findChildren(QScrollBar) if s.orientation() == Qt.Orientation.Vertical]
    assert bar.isVisible() and bar.maximum() > 0


def _focus_after_dismiss(qtbot, window, by_space: bool) -> QWidget | None:
    settle(window)
    target = window.today.form.scores["soreness"]  # where the patient was
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    window.notices.add("Time for your check-in", REMINDER)
    _settled(qtbot)
    button = _dismiss(_card(window), "Time for your check-in")
    if by_space:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
        qtbot.keyClick(button, Qt.Key.Key_Space)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.notices.messages())
    qtbot.wait(50)
    assert QApplication.focusWidget() is target, QApplication.focusWidget()
    return target


def test_focus_goes_back_after_dismiss_by_mouse(qtbot, window):
    _focus_after_dismiss(qtbot, window, by_space=False)


def test_focus_goes_back_after_dismiss_by_space(qtbot, window):
    _focus_after_dismiss(qtbot, window, by_space=True)


def test_focus_goes_to_the_first_score_if_where_it_was_is_gone(qtbot, window):
    settle(window)
    export = window.chart.export_button
    export.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is export)
    window.notices.add("Time for your check-in", REMINDER)
    _settled(qtbot)
    window.tabs.setCurrentIndex(1)  # the chart's button is hidden now
    _settled(qtbot)
    qtbot.mouseClick(_dismiss(_card(window), "Time for your check-in"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.notices.messages())
    assert QApplication.focusWidget() is window.today.form.scores["pain"]
