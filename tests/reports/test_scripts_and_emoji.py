"""Notes in any script, and emoji, come out as text, not as empty boxes.

Needs the fonts scripts/setup.sh installs (Noto core and CJK, Symbola) and pdftotext.
"""

import subprocess
import unicodedata
import warnings
from datetime import date, time

from matplotlib.backends.backend_agg import FigureCanvasAgg
from pypdf import PdfReader

from recovery_tracker.charts import build_figure
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest
from tests.reports.test_report import qapp_module  # noqa: F401

WRITINGS = {
    "Cyrillic": "Колено болит меньше",
    "Greek": "Το γόνατο πονάει λιγότερο",
    "Chinese": "膝盖疼痛减轻",
    "Japanese": "膝の痛みが軽くなった",
    "Korean": "무릎 통증이 줄었다",
    "Devanagari": "घुटने का दर्द कम है",
    "Hebrew": "הברך כואבת פחות",
    "Arabic": "الركبة تؤلم أقل",
}
EMOJI = "feeling better 🙂👍"


def test_a_report_keeps_notes_in_every_script_and_emoji_as_text(tmp_path, qapp_module):  # noqa: F811
    injection = Injection(date=date(2026, 10, 8), site="Knee", kind="PRP", id=1)
    checkins = [
        CheckIn(date(2026, 10, 10 + i), time(9), 5, notes=text, for_doctor=True)
        for i, text in enumerate([*WRITINGS.values(), EMOJI])
    ]
    path = tmp_path / "report.pdf"
    request = ReportRequest(date(2026, 10, 1), date(2026, 10, 31))
    snapshot = DiarySnapshot(injections=[injection], checkins=checkins)
    write_report_pdf(snapshot, request, path, today=date(2026, 10, 31))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    for script, written in WRITINGS.items():
        for word in written.split():
            if script in ("Hebrew", "Arabic"):  # right to left: the words, in either order
                assert word in text or word[::-1] in text, (script, word)
            elif script == "Devanagari" and "्" in word:
                # a conjunct (र्द) is drawn as one glyph, which Qt's PDF maps back to fewer
                # letters; the word's other letters must still be there
                assert word.replace("र्", "") in text, (script, word)
            else:
                assert word in text, (script, word)
    # Emoji come from the colour emoji font, which Qt puts in a PDF as pictures: seen by the
    # doctor, but not text pdftotext could give back (and Qt's PDF writer maps no character
    # beyond U+FFFF back to text, whatever the font).
    assert "feeling better" in text
    assert sum(len(page.images) for page in PdfReader(path).pages) == 2  # 🙂 and 👍


def test_charts_draw_every_script_without_missing_glyphs():
    site = " ".join([*WRITINGS.values(), EMOJI])  # emoji in black and white, from Symbola
    injection = Injection(date=date(2026, 10, 8), site=site, id=1)
    checkins = [CheckIn(date(2026, 10, d), time(9), 5) for d in range(1, 20)]
    figure = build_figure("timeline", DiarySnapshot(injections=[injection], checkins=checkins))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        FigureCanvasAgg(figure).draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing[:3]
