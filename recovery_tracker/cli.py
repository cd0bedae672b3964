"""The ``recovery-tracker`` command: the window by default, headless subcommands besides.

Headless commands print one clear sentence on failure and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.locations import DATA_DIR_VARIABLE, resolve_data_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-tracker",
        description=f"{APP_NAME}: a private diary of your recovery after injections. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder holding your diary (default: ${DATA_DIR_VARIABLE}, "
        "else your user's application-data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample diary in a temporary folder, to see what the app does "
        "(your own diary is not touched)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="write part of your diary to a file")
    exports = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    ics = exports.add_parser("ics", help="appointments and advice windows as a calendar file")
    ics.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=_export_ics)
    return parser


def _open_diary(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from recovery_tracker.storage.diary import Diary

    data_dir = resolve_data_dir(args.data_dir)
    if not (data_dir / "diary.sqlite3").exists():
        raise _Failure(f"No diary found in {data_dir}. Start the app once, or pass --data-dir.")
    return Diary.open(data_dir)


class _Failure(Exception):
    pass


def _export_ics(args: argparse.Namespace) -> str:
    from recovery_tracker.domain.clock import system_clock
    from recovery_tracker.storage.exports import export_ics

    diary = _open_diary(args)
    try:
        count = export_ics(diary, args.out, system_clock())
    finally:
        diary.close()
    return f"Wrote {count} calendar events to {args.out}."


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from recovery_tracker.ui.app import run_demo, run_gui

        if args.demo:
            return run_demo()
        return run_gui(resolve_data_dir(args.data_dir))
    return _run_headless(args.handler, args)


def _run_headless(handler: Callable[[argparse.Namespace], str], args: argparse.Namespace) -> int:
    from recovery_tracker.storage.database import StorageError

    try:
        print(handler(args))
    except (_Failure, StorageError) as error:
        print(f"recovery-tracker: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
