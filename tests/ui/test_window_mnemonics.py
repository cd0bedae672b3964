"""No Alt key of the main window does two things: menus, tabs and what is in sight."""

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _keys_in_sight(window) -> list[tuple[str, str]]:
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    texts += [box.title() for box in window.findChildren(QGroupBox) if box.isVisible()]
    return [(key, text) for text in texts if (key := _mnemonic(text))]


def test_no_alt_key_is_used_twice_in_the_main_window(qtbot, window):
    assert _mnemonic(window.menuBar().actions()[-1].text()) == "h"  # Alt+H: the Help menu
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.widget(i).isVisible())
        keys = _keys_in_sight(window)
        counts = Counter(key for key, _ in keys)
        doubled = sorted((key, text) for key, text in keys if counts[key] > 1)
        assert not doubled, (window.tabs.tabText(index), doubled)


def test_no_alt_key_is_used_twice_within_a_menu(window):
    for menu_action in window.menuBar().actions():
        keys = [
            _mnemonic(action.text())
            for action in menu_action.menu().actions()
            if not action.isSeparator() and _mnemonic(action.text())
        ]
        assert len(keys) == len(set(keys)), (menu_action.text(), keys)
