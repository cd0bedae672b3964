"""Text put into a label's rich text is escaped exactly as html.escape would."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from recovery_tracker.ui.rich_text import escaped


@given(st.text(alphabet=st.sampled_from("&<>\"'a é;#x27") | st.characters()))
def test_escaped_is_html_escape(text: str) -> None:
    assert escaped(text) == html.escape(text)


def test_an_entity_typed_by_the_patient_stays_as_typed() -> None:
    # "&amp;" in a medicine's name must show as typed, not as "&".
    assert escaped("A&amp;B <i>") == "A&amp;amp;B &lt;i&gt;"
