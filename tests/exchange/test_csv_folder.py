import csv
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.exchange.csv_folder import (
    CsvImportError,
    export_csv,
    import_csv,
    neutralise,
    restore,
)
from recovery_tracker.sample_data import demo_content
from recovery_tracker.storage.bulk import DiaryContent, insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates

NOW = datetime(2026, 11, 24, 18, 5)
TEMPLATES = load_templates().templates


def content_of(diary: Diary):
    """The whole diary without ids, in a comparable form."""
    strip = lambda items: sorted((replace(i, id=None) for i in items), key=repr)  # noqa: E731
    injections = diary.injections.list()
    plans = [
        (replace(p.injection, id=None), [replace(r, id=None, injection_id=None) for r in p.rules])
        for p in diary.advice.plans(injections)
    ]
    return (
        sorted(plans, key=repr),
        strip(diary.checkins.list()),
        strip(diary.medications.list()),
        strip(diary.appointments.list()),
    )


def round_trip(tmp_path, content: DiaryContent):
    source = Diary.open(tmp_path / "a")
    target = Diary.open(tmp_path / "b")
    try:
        insert_content(source, content)
        export_csv(source, tmp_path / "csv")
        import_csv(target, tmp_path / "csv", now=NOW, templates=TEMPLATES)
        return content_of(source), content_of(target), target
    finally:
        source.close()
        target.close()


def test_export_then_import_gives_back_the_same_diary(tmp_path):
    original, copy, _ = round_trip(tmp_path, demo_content(NOW.date(), TEMPLATES))
    assert copy == original
    assert len(original[1]) > 50


def test_the_files_have_the_documented_headers(tmp_path):
    diary = Diary.open(tmp_path / "a")
    insert_content(diary, demo_content(NOW.date(), TEMPLATES))
    export_csv(diary, tmp_path / "csv")
    diary.close()
    headers = {
        p.name: next(csv.reader(p.open(encoding="utf-8"))) for p in (tmp_path / "csv").iterdir()
    }
    assert headers["injections.csv"][:7] == [
        "date",
        "site",
        "side",
        "kind",
        "clinic",
        "guidance",
        "notes",
    ]
    assert headers["checkins.csv"][:8] == [
        "date",
        "time",
        "pain",
        "soreness",
        "enjoyment_interference",
        "activity_interference",
        "sleep",
        "notes",
    ]
    assert headers["medications.csv"] == ["date", "time", "name", "dose", "reason"]
    assert headers["impressions.csv"] == ["date", "score"]
    assert headers["settings.csv"] == ["key", "value"]
    assert headers["injections.csv"][7:] == ["status", "number"]  # number: for readers
    assert set(headers) == {
        "injections.csv",
        "checkins.csv",
        "medications.csv",
        "advice.csv",
        "appointments.csv",
        "events.csv",
        "impressions.csv",
        "settings.csv",
    }
    assert oct((tmp_path / "csv" / "checkins.csv").stat().st_mode & 0o777) == "0o600"


def test_importing_the_same_folder_twice_duplicates_nothing(tmp_path, diary):
    _, _, _ = round_trip(tmp_path, demo_content(NOW.date(), TEMPLATES))
    first = import_csv(diary, tmp_path / "csv", now=NOW, templates=TEMPLATES)
    before = content_of(diary)
    second = import_csv(diary, tmp_path / "csv", now=NOW, templates=TEMPLATES)
    assert content_of(diary) == before
    assert sum(second.added.values()) == 0
    assert sum(second.skipped.values()) == sum(first.added.values())
    assert f"Skipped {sum(first.added.values())} entries already in your diary." in (
        second.sentence()
    )


def test_one_entry_skipped_is_said_in_the_singular():
    """It said "1 entry already in your diary were skipped"."""
    from collections import Counter

    from recovery_tracker.exchange.csv_folder import ImportResult

    result = ImportResult(skipped=Counter({"check-ins": 1}))
    assert result.headline() == "Imported nothing new. Skipped 1 entry already in your diary."


def write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_bad_rows_import_nothing_and_are_each_named(tmp_path, diary):
    folder = tmp_path / "in"
    write(
        folder,
        "checkins.csv",
        "date,time,pain,notes\n2026-11-01,08:00,5,fine\n2026-11-02,08:00,11,\n"
        "2026-11-03,25:00,4,\n2099-01-01,08:00,3,\n",
    )
    write(folder, "medications.csv", "date,time,name\n2026-11-01,09:00,\n")
    with pytest.raises(CsvImportError) as caught:
        import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    problems = caught.value.problems
    assert problems[0].startswith("checkins.csv, line 3: Pain now must be from 0 to 10")
    assert problems[1].startswith("checkins.csv, line 4: Time must be written as HH:MM")
    assert problems[2].startswith("checkins.csv, line 5: Date cannot be in the future")
    assert problems[3] == "medications.csv, line 2: Medicine name is required."
    assert diary.checkins.count() == 0 and diary.medications.list() == []


def test_headers_in_any_order_extra_columns_ignored_missing_optional_empty(tmp_path, diary):
    folder = tmp_path / "in"
    write(folder, "checkins.csv", "mood,pain,time,date\nhappy,4,20:15,2026-11-01\n")
    write(folder, "injections.csv", "site,date,colour\nKnee,2026-10-01,blue\n")
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    [checkin] = diary.checkins.list()
    assert (checkin.pain, checkin.time, checkin.soreness, checkin.notes) == (
        4,
        time(20, 15),
        None,
        "",
    )
    [injection] = diary.injections.list()
    assert injection.kind == "PRP" and injection.site == "Knee"
    # An injection imported without advice rows gets its kind's default template.
    assert any("nsaid" in r.avoid for r in diary.advice.rules_for(injection.id))
    assert result.added["check-ins"] == 1 and result.added["injections"] == 1


def test_missing_required_columns_and_wrong_encoding_are_reported(tmp_path, diary):
    folder = tmp_path / "in"
    write(folder, "checkins.csv", "date,pain\n2026-11-01,4\n")
    (folder / "medications.csv").write_bytes(
        "date,time,name\n2026-11-01,09:00,Ibupr\xf6fen\n".encode("latin-1")
    )
    with pytest.raises(CsvImportError) as caught:
        import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert caught.value.problems[0] == "checkins.csv, line 1: missing column(s) time."
    assert caught.value.problems[1].startswith("medications.csv: not UTF-8 text")


def test_an_empty_or_missing_folder_says_so(tmp_path, diary):
    with pytest.raises(CsvImportError, match="not a folder"):
        import_csv(diary, tmp_path / "nope", now=NOW, templates=TEMPLATES)
    (tmp_path / "empty").mkdir()
    with pytest.raises(CsvImportError, match="No Recovery Tracker files"):
        import_csv(diary, tmp_path / "empty", now=NOW, templates=TEMPLATES)


def test_advice_rows_follow_their_injection_and_bad_links_are_named(tmp_path, diary):
    folder = tmp_path / "in"
    write(folder, "injections.csv", "date,site,kind\n2026-10-20,Knee,PRP\n2026-10-01,Knee,PRP\n")
    write(
        folder,
        "advice.csv",
        "injection,title,category,start_day,end_day,avoid,advice\n"
        "1,First rule,care,0,3,,a\n2,Second rule,medication,-7,42,nsaid,b\n3,Ghost,care,,,,\n",
    )
    with pytest.raises(CsvImportError) as caught:
        import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert caught.value.problems == [
        "advice.csv, line 4: there is no injection 3 in injections.csv."
    ]
    write(
        folder,
        "advice.csv",
        "injection,title,category,start_day,end_day,avoid,advice\n"
        "1,First rule,care,0,3,,a\n2,Second rule,medication,-7,42,nsaid,b\n",
    )
    import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    plans = {
        p.injection.date: [r.title for r in p.rules]
        for p in diary.advice.plans(diary.injections.list())
    }
    assert plans == {date(2026, 10, 1): ["First rule"], date(2026, 10, 20): ["Second rule"]}


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+SUM(A1)",
        "-2",
        "-2+3",
        "@cmd",
        "@SUM(A1:A3)",
        "+cmd|' /C calc'!A0",
        "-A1",
        "- 2",
        "\tx",
        "\rx",
        "'=already",
        "''",
    ],
)
def test_what_a_spreadsheet_would_evaluate_is_neutralised_and_restored(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize(
    "text", ["- walked 2 km, felt fine", "+ a bit better", "@ home all day", "'plain", "plain", ""]
)
def test_a_note_a_spreadsheet_shows_as_text_is_exported_as_it_is(text):
    assert neutralise(text) == text
    assert restore(text) == text


@given(st.text(max_size=12))
def test_neutralising_always_round_trips(text):
    assert restore(neutralise(text)) == text


def test_exported_cells_never_start_a_formula(tmp_path):
    content = DiaryContent(
        checkins=[CheckIn(date(2026, 11, 1), time(8), 4, notes='=HYPERLINK("http://x")')],
        medications=[MedicationDose(date(2026, 11, 1), time(8), "@Advil", "-400mg", "+pain")],
    )
    original, copy, _ = round_trip(tmp_path, content)
    assert copy == original
    raw = (tmp_path / "csv" / "medications.csv").read_text(encoding="utf-8")
    assert "'@Advil,'-400mg,'+pain" in raw


# --- property-based: any valid diary survives export and import ------------------------------

_text_chars = st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t")
_line_chars = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
notes = st.text(_text_chars, max_size=40)
line = st.text(_line_chars, max_size=20).map(str.strip)
required_line = line.filter(bool)
score = st.integers(0, 10)
past_day = st.dates(date(1900, 1, 1), NOW.date() - __import__("datetime").timedelta(days=1))
minute = st.times().map(lambda t: t.replace(second=0, microsecond=0))

checkins = st.builds(
    CheckIn,
    date=past_day,
    time=minute,
    pain=score,
    soreness=st.none() | score,
    enjoyment_interference=st.none() | score,
    activity_interference=st.none() | score,
    sleep=st.none() | score,
    notes=notes,
)
injections = st.builds(
    Injection,
    date=past_day,
    site=required_line,
    kind=required_line,
    side=line,
    clinic=line,
    guidance=line,
    notes=notes,
)
rules = st.builds(
    AdviceRule,
    title=required_line,
    advice=notes.map(str.strip),
    category=st.sampled_from(list(AdviceCategory)),
    start_day=st.none() | st.integers(-30, 0),
    end_day=st.none() | st.integers(1, 60),
    avoid=st.sampled_from([(), ("nsaid",), ("corticosteroid", "nsaid")]),
)
medications = st.builds(
    MedicationDose, date=past_day, time=minute, name=required_line, dose=line, reason=line
)
appointments = st.builds(
    Appointment,
    starts_at=st.datetimes(datetime(1900, 1, 1), datetime(9999, 12, 30)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    clinician=line,
    place=line,
    questions=notes,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(injections, st.lists(rules, min_size=1, max_size=3)), max_size=3),
    st.lists(checkins, max_size=6),
    st.lists(medications, max_size=3),
    st.lists(appointments, max_size=2),
    st.dictionaries(past_day, st.integers(1, 7), max_size=3),
)
def test_any_diary_round_trips_exactly(
    tmp_path_factory, plans, checkin_list, doses, visits, answers
):
    from recovery_tracker.domain.impression import Impression

    folder = tmp_path_factory.mktemp("trip")
    content = DiaryContent(plans, checkin_list, doses, visits)
    impressions = [Impression(day, score) for day, score in answers.items()]
    source, target = Diary.open(folder / "a"), Diary.open(folder / "b")
    try:
        insert_content(source, content, impressions=impressions)
        export_csv(source, folder / "csv")
        import_csv(target, folder / "csv", now=NOW, templates=TEMPLATES)
        assert content_of(target) == content_of(source)
        assert [(i.date, i.score) for i in target.impressions.list()] == sorted(answers.items())
        export_csv(target, folder / "again")
        for name in ("checkins.csv", "advice.csv", "impressions.csv", "appointments.csv"):
            assert (folder / "again" / name).read_bytes() == (folder / "csv" / name).read_bytes()
    finally:
        source.close()
        target.close()


def test_a_demo_diary_made_in_the_morning_holds_nothing_from_later_that_day(tmp_path):
    """The sample diary used to log today's 13:00 medicine even at 07:00, and its own CSV
    export was then refused on import ("Time cannot be later than now")."""
    morning = datetime.combine(NOW.date(), time(7, 0))
    content = demo_content(morning.date(), TEMPLATES, now=morning.time())
    moments = [(c.date, c.time) for c in content.checkins]
    moments += [(m.date, m.time) for m in content.medications]
    assert max(moments) <= (morning.date(), morning.time())
    insert_content(diary := Diary.open(tmp_path / "demo"), content)
    export_csv(diary, tmp_path / "csv")
    diary.close()
    target = Diary.open(tmp_path / "copy")
    result = import_csv(target, tmp_path / "csv", now=morning, templates=TEMPLATES)
    target.close()
    assert result.added["check-ins"] == len(content.checkins)


def test_a_diary_moves_with_everything_byte_for_byte(tmp_path):
    """Export, import into an empty folder, export again: the same files, the same report."""
    from recovery_tracker.domain.impression import Impression
    from recovery_tracker.reports.content import ReportRequest, build_report_html

    source = Diary.open(tmp_path / "a")
    insert_content(source, demo_content(NOW.date(), TEMPLATES, now=NOW.time()))
    source.impressions.save(Impression(date(2026, 11, 10), 3))
    source.impressions.save(Impression(date(2026, 11, 17), 2))
    for key, value in {
        "treatment_area": "Lumbar facet joint",
        "plan_template": "PRP (platelet-rich plasma)",
        "avoid_before": "10",
        "avoid_after": "42",
        "reminder_time": "19:30",
        "reminder_enabled": "1",
        "reminders_shown": "[]",  # bookkeeping of this computer: stays behind
    }.items():
        source.settings.set(key, value)
    export_csv(source, tmp_path / "first")
    target = Diary.open(tmp_path / "b")
    result = import_csv(target, tmp_path / "first", now=NOW, templates=TEMPLATES)
    assert "2 weekly answers" in result.sentence() and "6 settings" in result.sentence()
    export_csv(target, tmp_path / "second")
    first = {p.name: p.read_bytes() for p in (tmp_path / "first").iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "second").iterdir()}
    assert first == second
    assert (
        b"avoid_after,42" in first["settings.csv"]
        and b"reminders_shown" not in (first["settings.csv"])
    )
    request = ReportRequest(date(2026, 9, 1), NOW.date(), "Maria")
    reports = [
        build_report_html(diary.snapshot(), request, NOW.date()) for diary in (source, target)
    ]
    assert reports[0] == reports[1] and "Overall change" in reports[0]
    source.close()
    target.close()


def test_an_imported_injection_gets_the_plan_the_window_would_give(tmp_path, diary):
    """The doctor's avoidance days from the first-start assistant (-10 to +42), not the
    template's -7 to +14, whether the injection is typed in or imported."""
    from recovery_tracker.domain.advice import default_template_for, plan_for_new_injection
    from recovery_tracker.domain.settings import DiarySettings

    for key, value in {
        "plan_template": "PRP (platelet-rich plasma)",
        "avoid_before": "10",
        "avoid_after": "42",
    }.items():
        diary.settings.set(key, value)
    folder = tmp_path / "in"
    write(folder, "injections.csv", "date,site,kind\n2026-11-01,Knee,PRP\n")
    import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    [plan] = diary.advice.plans(diary.injections.list())
    settings = {k: diary.settings.get(k) for k in ("plan_template", "avoid_before", "avoid_after")}
    window_plan = plan_for_new_injection(
        default_template_for("PRP", TEMPLATES), DiarySettings.from_text(settings)
    )
    assert [replace(r, id=None, injection_id=None) for r in plan.rules] == list(window_plan)
    medicine_rules = [r for r in plan.rules if r.avoid]
    assert medicine_rules and all((r.start_day, r.end_day) == (-10, 42) for r in medicine_rules)


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice, a real spreadsheet reader, locally only"
)
def test_a_real_spreadsheet_shows_every_exported_note_as_text(tmp_path):
    """LibreOffice reads the exported file with formula evaluation on (as Excel always does):
    no note is computed, and "- walked" shows exactly as written (no apostrophe)."""
    notes = ["- walked 2 km", "+ a bit better", "=1+1", "+2", "-2+3", "@SUM(1,2)", "plain"]
    diary = Diary.open(tmp_path / "data")
    for minute, note in enumerate(notes):
        diary.checkins.add(CheckIn(date(2026, 11, 1), time(8, minute), 3, notes=note))
    export_csv(diary, tmp_path / "csv")
    diary.close()
    # Tokens: comma, double quote, UTF-8, from line 1, ..., detect special numbers, ...,
    # evaluate formulas (the 13th token), the worst case.
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true",
            "--outdir",
            str(tmp_path / "read"),
            str(tmp_path / "csv" / "checkins.csv"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},  # a private LibreOffice profile
    )
    with open(tmp_path / "read" / "checkins.csv", encoding="utf-8", newline="") as handle:
        shown = [row["notes"] for row in csv.DictReader(handle)]
    assert shown[:2] == ["- walked 2 km", "+ a bit better"]
    assert [cell.removeprefix("'") for cell in shown[2:]] == notes[2:]  # text, not results


def test_medicines_the_doctor_allows_move_with_the_plan(tmp_path, diary):
    folder = tmp_path / "in"
    write(folder, "injections.csv", "date,site,kind\n2026-10-20,Knee,PRP\n")
    write(
        folder,
        "advice.csv",
        "injection,title,category,start_day,end_day,avoid,advice,allowed\n"
        '1,No anti-inflammatories,medication,-7,14,nsaid,,"celecoxib, Celebrex"\n',
    )
    import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    (plan,) = diary.advice.plans(diary.injections.list())
    assert plan.rules[0].allowed == ("celecoxib", "Celebrex")

    export_csv(diary, tmp_path / "out")
    with open(tmp_path / "out" / "advice.csv", encoding="utf-8", newline="") as exported:
        (row,) = csv.DictReader(exported)
    assert row["allowed"] == "celecoxib, Celebrex"


def test_rows_the_quick_path_leaves_to_validation_keep_their_place_in_the_file(tmp_path, diary):
    """A file with the export's header where a few rows were edited by hand (" 7", "Yes"):
    those go through the general validation, the others the quick way, and every row is
    stored in the file's order, as the export wrote it."""
    header = "date,time,pain,soreness,enjoyment_interference,activity_interference,sleep,"
    header += "notes,for_doctor,leg_pain\n"
    write(
        tmp_path / "in",
        "checkins.csv",
        header
        + "2026-11-01,08:00,3,,,,,first,no,\n"
        + "2026-11-01,20:00, 7,,,,,second,Yes,\n"
        + "2026-11-02,08:00,4,,,,,third,no,\n",
    )
    write(
        tmp_path / "in",
        "medications.csv",
        "date,time,name,dose,reason\n"
        "2026-11-01,09:00,Paracetamol,1 g,\n"
        "2026-11-01, 10:00,Ibuprofen,,\n"
        "2026-11-02,09:00,Omeprazole,,\n",
    )
    import_csv(diary, tmp_path / "in", now=NOW, templates=TEMPLATES)
    checkins = diary.checkins.list()
    assert [(c.notes, c.pain, c.for_doctor) for c in sorted(checkins, key=lambda c: c.id)] == [
        ("first", 3, False),
        ("second", 7, True),
        ("third", 4, False),
    ]
    doses = sorted(diary.medications.list(), key=lambda m: m.id)
    assert [(m.name, m.time) for m in doses] == [
        ("Paracetamol", time(9, 0)),
        ("Ibuprofen", time(10, 0)),
        ("Omeprazole", time(9, 0)),
    ]


def test_a_bad_row_after_notes_of_several_lines_is_named_by_its_own_line(tmp_path, diary):
    """A file with the export's header is read all at once; the line a refused row starts on
    is still the one a spreadsheet shows (notes of several lines counted)."""
    header = "date,time,pain,soreness,enjoyment_interference,activity_interference,sleep,"
    header += "notes,for_doctor,leg_pain\n"
    write(
        tmp_path / "in",
        "checkins.csv",
        header
        + '2026-11-01,08:00,3,,,,,"stiff\nafter the drive\n\nbetter by noon",no,\n'
        + "2026-11-01,20:00,11,,,,,,no,\n"
        + "2026-11-02,08:00,4,,,,,'=1+1,no,\n"
        + "2026-11-02,20:00,4,,,,,,maybe,\n",
    )
    with pytest.raises(CsvImportError) as raised:
        import_csv(diary, tmp_path / "in", now=NOW, templates=TEMPLATES)
    assert [p.split(":")[0] for p in raised.value.problems] == [
        "checkins.csv, line 6",
        "checkins.csv, line 8",
    ]
    assert diary.checkins.count() == 0
