"""`export csv --out DIR` never silently writes over a diary already exported there."""

from recovery_tracker.cli import main
from recovery_tracker.ui.app import create_demo_diary


def test_export_csv_refuses_a_folder_holding_an_export_unless_replace(tmp_path, capsys):
    data, out = tmp_path / "data", tmp_path / "csv"
    create_demo_diary(data)
    assert main(["--data-dir", str(data), "export", "csv", "--out", str(out)]) == 0
    (out / "checkins.csv").write_text("date,time,pain\n2026-01-01,08:00,3\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "csv", "--out", str(out)]) != 0
    said = capsys.readouterr()
    assert said.out == ""
    assert f"{out} already holds an exported diary" in said.err and "--replace" in said.err
    assert said.err.count("\n") == 1  # one sentence
    assert (out / "checkins.csv").read_text(encoding="utf-8").count("\n") == 2  # untouched
    replace = ["--data-dir", str(data), "export", "csv", "--out", str(out), "--replace"]
    assert main(replace) == 0
    assert (out / "checkins.csv").read_text(encoding="utf-8").count("\n") > 10


def test_export_csv_into_a_folder_without_an_export_needs_no_replace(tmp_path):
    data, out = tmp_path / "data", tmp_path / "csv"
    create_demo_diary(data)
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["--data-dir", str(data), "export", "csv", "--out", str(out)]) == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
