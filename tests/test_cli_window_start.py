"""Starting the window (no command) parses its few options without building the parser of
every command: that took 7 ms before the window's first paint. Whatever the command line,
the outcome is the full parser's."""

from __future__ import annotations

import argparse

import pytest

from recovery_tracker import cli

SAME_AS_FULL_PARSER = [
    [],
    ["--data-dir", "/tmp/diary"],
    ["--data-dir=/tmp/diary", "--background"],
    ["--demo"],
    ["--smoke-test"],
    ["--background", "--data-dir", "/tmp/a", "--data-dir", "/tmp/b"],
    ["--data-dir", "/tmp/diary", "export", "ics", "--out", "x.ics"],
    ["--demo", "backup", "list"],
]


@pytest.mark.parametrize("argv", SAME_AS_FULL_PARSER)
def test_the_outcome_is_the_full_parsers(argv):
    assert vars(cli.parse_arguments(argv)) == vars(cli.build_parser().parse_args(argv))


def test_the_window_start_does_not_build_every_commands_parser(monkeypatch):
    def built() -> argparse.ArgumentParser:
        raise AssertionError("the full parser was built")

    monkeypatch.setattr(cli, "build_parser", built)
    args = cli.parse_arguments(["--data-dir", "/tmp/diary", "--background"])
    assert (args.command, args.data_dir, args.background) == (None, "/tmp/diary", True)


@pytest.mark.parametrize(
    "argv", [["--help"], ["--version"], ["--data-dir"], ["--data"], ["--bogus"], ["-x"]]
)
def test_help_version_and_mistakes_are_the_full_parsers(argv, capsys):
    with pytest.raises(SystemExit) as full:
        cli.build_parser().parse_args(argv)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as quick:
        cli.parse_arguments(argv)
    assert quick.value.code == full.value.code
    assert capsys.readouterr() == expected


def test_the_window_start_has_the_diary_checked_ahead_while_its_code_loads(monkeypatch, tmp_path):
    from recovery_tracker.storage.check_ahead import CheckAhead
    from recovery_tracker.storage.diary import Diary
    from recovery_tracker.ui import app, chart_process, startup

    Diary.open(tmp_path).close()
    monkeypatch.setattr(startup, "pause_garbage_collection", lambda: None)  # not in the tests
    monkeypatch.setattr(chart_process, "start", lambda: None)
    given = {}
    monkeypatch.setattr(app, "run_gui", lambda data_dir, **options: given.update(options) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    ahead = given["checked_ahead"]
    assert isinstance(ahead, CheckAhead)
    assert ahead.path == tmp_path / "diary.sqlite3"
    assert ahead.found_sound()


def test_the_app_data_folder_is_checked_ahead_once_the_quick_pyside_check_is_in(
    monkeypatch, tmp_path
):
    """Without --data-dir, Qt finds the folder: the check starts once PySide6's quicker module
    check is in place (Qt loaded before it, every module imported then was read slowly)."""
    from recovery_tracker.storage.check_ahead import CheckAhead
    from recovery_tracker.ui import app, chart_process, startup

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("RECOVERY_TRACKER_DATA_DIR", raising=False)
    monkeypatch.setattr(startup, "pause_garbage_collection", lambda: None)
    monkeypatch.setattr(chart_process, "start", lambda: None)
    order = []
    speed_up = startup.speed_up_pyside_imports
    monkeypatch.setattr(
        startup, "speed_up_pyside_imports", lambda: order.append("speed-up") or speed_up()
    )
    given = {}

    def run_gui(data_dir, **options):
        given.update(options, data_dir=data_dir)
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    real_init = CheckAhead.__init__
    monkeypatch.setattr(
        CheckAhead,
        "__init__",
        lambda self, *args, **kwargs: order.append("check") or real_init(self, *args, **kwargs),
    )
    assert cli.main([]) == 0
    assert order[:2] == ["speed-up", "check"]
    assert given["checked_ahead"].path == given["data_dir"] / "diary.sqlite3"
    assert str(given["data_dir"]).startswith(str(tmp_path / "data"))
