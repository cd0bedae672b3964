"""Plain text put into a label's rich text (Qt's HTML subset)."""

from __future__ import annotations

# The five characters html.escape replaces, in its order (& first). Not html.escape itself:
# importing the html package loads its table of 2,000 named entities, 1-2 ms of the window's
# start-up for a function of one line.
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escaped(text: str) -> str:
    """``text`` with the characters that mean markup written as entities, as html.escape."""
    for character, entity in _ESCAPES:
        text = text.replace(character, entity)
    return text
