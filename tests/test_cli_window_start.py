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
