"""The ``recovery-tracker`` command: the window by default, headless subcommands besides.

Headless commands print one clear sentence on failure and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.domain.text import translate
from recovery_tracker.locations import DATA_DIR_VARIABLE, resolve_data_dir

if TYPE_CHECKING:  # imported when a command runs: the window starts without them
    from recovery_tracker.domain.snapshot import DiarySnapshot
    from recovery_tracker.service.diary_service import DiaryService

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _global_options(parser: argparse.ArgumentParser, after_command: bool = False) -> None:
    """--data-dir and --demo, before the command or after it (the order people type).

    After the command the default is SUPPRESS, so a sub-command does not overwrite a value
    given before it."""
    default = argparse.SUPPRESS if after_command else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=translate(
            "CommandLine",
            "folder holding your diary (default: ${variable}, "
            "else your user's application-data folder)",
        ).format(variable=DATA_DIR_VARIABLE),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if after_command else False,
        help=translate(
            "CommandLine",
            "use a sample diary in a temporary folder, to see what the app does "
            "(your own diary is not touched)",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-tracker",
        description=translate(
            "CommandLine",
            "{app}: a private diary of your recovery after injections. "
            "Without a command, the window opens.",
        ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser)
    parser.add_argument(
        "--background",
        action="store_true",
        help=translate(
            "CommandLine",
            "start without the window, in the system tray, to send reminders (used when "
            "Recovery Tracker starts at login)",
        ),
    )
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export", help=translate("CommandLine", "write part of your diary to a file")
    )
    exports = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    ics = exports.add_parser(
        "ics", help=translate("CommandLine", "appointments and advice windows as a calendar file")
    )
    ics.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=_export_ics)
    report = exports.add_parser(
        "report", help=translate("CommandLine", "the appointment report as a PDF")
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--from",
        dest="first",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "first day (default: the first day of the diary)"),
    )
    report.add_argument(
        "--to",
        dest="last",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "last day (default: today)"),
    )
    report.add_argument(
        "--name", default="", help=translate("CommandLine", "patient name printed on the report")
    )
    report.add_argument("--paper", choices=("a4", "letter"), default="a4")
    report.set_defaults(handler=_export_report)
    chart = exports.add_parser(
        "chart", help=translate("CommandLine", "one chart as PNG, SVG or PDF")
    )
    chart.add_argument("kind", choices=("timeline", "sessions", "baseline"))
    chart.add_argument("--out", required=True, type=Path, metavar="FILE.{png,svg,pdf}")
    chart.add_argument("--from", dest="first", type=_iso_date, metavar="YYYY-MM-DD")
    chart.add_argument("--to", dest="last", type=_iso_date, metavar="YYYY-MM-DD")
    chart.set_defaults(handler=_export_chart)
    csv_export = exports.add_parser(
        "csv", help=translate("CommandLine", "the whole diary as a folder of CSV files")
    )
    csv_export.add_argument("--out", required=True, type=Path, metavar="DIR")
    csv_export.add_argument(
        "--replace",
        action="store_true",
        help=translate("CommandLine", "replace a diary already exported to that folder"),
    )
    csv_export.set_defaults(handler=_export_csv)
    backup = commands.add_parser(
        "backup",
        help=translate("CommandLine", "save a copy of your diary, list or restore backups"),
    )
    backup_commands = backup.add_subparsers(dest="what", metavar="ACTION", required=True)
    backup_now = backup_commands.add_parser(
        "now",
        help=translate(
            "CommandLine",
            "save a whole copy of your diary to a file outside its folder "
            "(safe while the window is open)",
        ),
    )
    backup_now.add_argument("--out", required=True, type=Path, metavar="FILE")
    backup_now.set_defaults(handler=_backup_now)
    backup_commands.add_parser(
        "list", help=translate("CommandLine", "the backups, newest first")
    ).set_defaults(handler=_backup_list)
    restore = backup_commands.add_parser(
        "restore",
        help=translate(
            "CommandLine", "put a backup in place of the diary (the current file is kept aside)"
        ),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--latest", action="store_true", help=translate("CommandLine", "the newest good backup")
    )
    which.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("CommandLine", "a backup file from 'backup list'"),
    )
    restore.set_defaults(handler=_backup_restore)
    importing = commands.add_parser(
        "import", help=translate("CommandLine", "read entries into your diary")
    )
    imports = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    csv_import = imports.add_parser(
        "csv", help=translate("CommandLine", "a folder of CSV files made by 'export csv'")
    )
    csv_import.add_argument("folder", type=Path, metavar="DIR")
    csv_import.set_defaults(handler=_import_csv)
    for command in _commands(parser):
        _global_options(command, after_command=True)
    return parser


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command that runs (the leaves: "export csv", "backup list", ...), so that each
    one, including commands added later, accepts the global options after it."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        return [parser]
    found = []
    for group in groups:
        for child in dict.fromkeys(group.choices.values()):  # aliases share one parser
            found.extend(_commands(child))
    return found


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "“{text}” is not a date written as YYYY-MM-DD").format(
                text=text
            )
        ) from None


def _open_diary(args: argparse.Namespace, create: bool = False) -> DiaryService:
    """The diary's service, as the window uses it: every rule of the app is written there."""
    from recovery_tracker.service.diary_service import DiaryService
    from recovery_tracker.storage import backups
    from recovery_tracker.storage.database import (
        DamagedDatabaseError,
        DiaryMissingError,
        NewerDatabaseError,
    )
    from recovery_tracker.storage.diary import Diary

    data_dir = resolve_data_dir(args.data_dir)
    exists = os.path.lexists(data_dir / "diary.sqlite3")
    if not create and not exists and not backups.list_backups(data_dir):
        raise _Failure(
            translate(
                "CommandLine", "No diary found in {folder}. Start the app once, or pass --data-dir."
            ).format(folder=data_dir)
        )
    try:
        return DiaryService(Diary.open(data_dir))
    except (DamagedDatabaseError, DiaryMissingError, NewerDatabaseError) as error:
        raise _Failure(f"{error} {_newest_backup_hint(data_dir)}") from None


def _newest_backup_hint(data_dir: Path) -> str:
    from recovery_tracker.storage import backups

    newest = backups.newest_backup(data_dir)
    if newest is None:
        return translate("CommandLine", "There is no backup.")
    return translate("CommandLine", "Newest good backup: {backup}. To use it: {command}").format(
        backup=newest.describe(),
        command=f"recovery-tracker --data-dir '{data_dir}' backup restore --latest",
    )


def _backup_list(args: argparse.Namespace) -> str:
    from recovery_tracker.storage import backups

    data_dir = resolve_data_dir(args.data_dir)
    found = backups.list_backups(data_dir)
    if not found:
        return translate("CommandLine", "No backups in {folder}.").format(
            folder=backups.backup_dir(data_dir)
        )
    return "\n".join(f"{info.path}  {info.describe()}" for info in found)


def _backup_now(args: argparse.Namespace) -> str:
    with closing(_open_diary(args)) as diary:
        copy = diary.save_copy(args.out)
    return translate("CommandLine", "Saved a copy of your diary ({contents}) to {file}.").format(
        contents=", ".join(
            (
                translate("CommandLine", "%n check-in(s)", None, copy.checkins),
                translate("CommandLine", "%n injection(s)", None, copy.injections),
            )
        ),
        file=args.out,
    )


def _backup_restore(args: argparse.Namespace) -> str:

    from recovery_tracker.ui.single_instance import exclusive_use

    data_dir = resolve_data_dir(args.data_dir)
    with exclusive_use(data_dir) as ours:
        if not ours:
            raise _Failure(
                translate(
                    "CommandLine",
                    "Recovery Tracker is running with this diary ({folder}), in a window or in "
                    "the background to send reminders, so the diary file was not replaced: "
                    "quit it (File > Quit, or Quit in its tray menu) and restore again, or use "
                    "File > Restore from backup… in its window.",
                ).format(folder=data_dir)
            )
        return _restore_while_holding_the_diary(args, data_dir)


def _restore_while_holding_the_diary(args: argparse.Namespace, data_dir: Path) -> str:
    from recovery_tracker.domain.clock import system_clock
    from recovery_tracker.storage import backups

    if args.latest:
        chosen = backups.newest_backup(data_dir)
        if chosen is None:
            raise _Failure(
                translate("CommandLine", "There is no good backup in {folder}.").format(
                    folder=backups.backup_dir(data_dir)
                )
            )
    else:
        chosen = backups.inspect_backup(Path(args.file))
        if chosen is None:
            raise _Failure(
                translate(
                    "CommandLine", "{file} is not a readable Recovery Tracker backup."
                ).format(file=args.file)
            )
    aside = backups.restore(data_dir, chosen.path, system_clock())
    restored = translate("CommandLine", "Restored the backup of {backup}.").format(
        backup=chosen.describe()
    )
    if not aside:
        return restored
    kept = translate("CommandLine", "Your previous diary file was kept as {file}.")
    return f"{restored} {kept.format(file=aside)}"


class _Failure(Exception):
    pass


def _export_ics(args: argparse.Namespace) -> str:
    with closing(_open_diary(args)) as diary:
        count = diary.export_ics(args.out)
    return translate("CommandLine", "Wrote %n calendar event(s) to {file}.", None, count).format(
        file=args.out
    )


def _snapshot_range(
    args: argparse.Namespace, diary: DiaryService
) -> tuple[DiarySnapshot, date, date, date]:
    snapshot = diary.snapshot()
    today = diary.today()
    span = snapshot.date_range()
    first = args.first or (span[0] if span else today)
    # Up to the newest entry when it is dated after today (a diary moved from a time zone
    # ahead): else "--from … is after --to …" named options the patient never gave.
    last = args.last or (max(today, span[1]) if span else today)
    if first > last:
        raise _Failure(
            translate("CommandLine", "--from ({first}) is after --to ({last}).").format(
                first=first, last=last
            )
        )
    return snapshot, first, last, today


def _export_report(args: argparse.Namespace) -> str:
    _headless_qt()
    from recovery_tracker.exchange.report_pdf import write_report_pdf
    from recovery_tracker.reports.content import ReportRequest

    with closing(_open_diary(args)) as diary:
        snapshot, first, last, today = _snapshot_range(args, diary)
        write_report_pdf(
            snapshot,
            ReportRequest(first, last, args.name),
            args.out,
            today=today,
            paper=args.paper,
        )
    return translate(
        "CommandLine", "Wrote the appointment report ({first} to {last}) to {file}."
    ).format(first=first, last=last, file=args.out)


def _export_chart(args: argparse.Namespace) -> str:
    from recovery_tracker.charts.options import ChartOptions
    from recovery_tracker.exchange.chart_files import ExportError, export_chart

    with closing(_open_diary(args)) as diary:
        try:
            snapshot, first, last, _today = _snapshot_range(args, diary)
            options = ChartOptions(start=args.first and first, end=args.last and last)
            export_chart(args.kind, snapshot, args.out, options)
        except ExportError as error:
            raise _Failure(str(error)) from None
    return translate("CommandLine", "Wrote the {kind} chart to {file}.").format(
        kind=args.kind, file=args.out
    )


def _export_csv(args: argparse.Namespace) -> str:
    from recovery_tracker.exchange.csv_folder import holds_exported_diary

    if not args.replace and holds_exported_diary(args.out):
        raise _Failure(
            translate(
                "CommandLine",
                "{folder} already holds an exported diary; add --replace to replace it.",
            ).format(folder=args.out)
        )
    with closing(_open_diary(args)) as diary:
        counts = diary.export_csv(args.out)
    in_file = translate("CommandLine", "{count} in {file}")
    listed = ", ".join(in_file.format(count=count, file=name) for name, count in counts.items())
    return translate("CommandLine", "Exported your diary to {folder}: {files}.").format(
        folder=args.out, files=listed
    )


def _import_csv(args: argparse.Namespace) -> str:
    from recovery_tracker.domain.clock import system_clock
    from recovery_tracker.exchange.csv_folder import read_csv_folder

    # Every row is checked before the diary is opened: a refused folder leaves no new
    # (empty) diary behind in a new data folder.
    folder = read_csv_folder(args.folder, now=system_clock())
    # Importing into a new computer creates the diary.
    with closing(_open_diary(args, create=True)) as diary:
        result = diary.import_csv(folder)
    return result.sentence()


_HEADLESS_APPLICATION: list[object] = []  # kept for as long as the command runs


def _headless_qt() -> None:
    """Qt's text layout (for the PDF report) needs a QGuiApplication, never a screen here."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from recovery_tracker.locations import set_application_metadata

    if QGuiApplication.instance() is None:
        set_application_metadata()
        _HEADLESS_APPLICATION.append(QGuiApplication(["recovery-tracker"]))


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The window's start (no command, only the options before one) is parsed without
    building every command's parser, which took 7 ms before the window's first paint.
    Anything else (a command, --help, --version, an abbreviation, a mistake) goes to the full
    parser, so the outcome and the messages are always its own."""
    return _window_start(argv) or build_parser().parse_args(argv)


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a window's start, or None if ``argv`` asks for anything else."""
    window_only = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    _global_options(window_only)
    window_only.add_argument("--background", action="store_true")
    window_only.add_argument("--smoke-test", action="store_true")
    try:
        args, rest = window_only.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from recovery_tracker.ui import startup  # Qt-free: the start-up tricks, with reasons

    startup.pause_garbage_collection()  # resumed once the window's first chart is up
    window = _window_start(argv)
    if window is not None and not (window.smoke_test or window.background):
        from recovery_tracker.ui import chart_process

        chart_process.start()  # first, so that it loads matplotlib while the window is made
    if window is not None:
        startup.keep_compiled_code()  # until the first paint: before PySide6 loads
    _use_translations()
    args = window or build_parser().parse_args(argv)
    if args.command is not None or args.smoke_test:
        startup.resume_garbage_collection()
    if args.command is None:
        startup.speed_up_pyside_imports()  # before the window's modules and matplotlib load
        from recovery_tracker.ui.app import run_demo, run_gui

        if args.smoke_test:
            from recovery_tracker.ui.app import run_smoke_test

            return run_smoke_test()
        if args.demo:
            return run_demo()
        return run_gui(resolve_data_dir(args.data_dir), background=args.background)
    if args.demo:
        return _run_on_demo_diary(args)
    return _run_headless(args.handler, args)


def _run_on_demo_diary(args: argparse.Namespace) -> int:
    """Any command on Maria's sample diary in a temporary folder (removed afterwards), so a
    newcomer can look at a sample report or CSV folder without a diary of their own."""
    from recovery_tracker.domain.clock import system_clock
    from recovery_tracker.sample_data import demo_content
    from recovery_tracker.storage.bulk import insert_content
    from recovery_tracker.storage.diary import Diary
    from recovery_tracker.storage.resources import load_templates

    folder = Path(tempfile.mkdtemp(prefix="recovery-tracker-demo-"))
    try:
        now = system_clock()
        diary = Diary.open(folder)
        try:
            insert_content(
                diary, demo_content(now.date(), load_templates().templates, now=now.time())
            )
        finally:
            diary.close()
        args.data_dir = str(folder)
        return _run_headless(args.handler, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _use_translations() -> None:
    """Help and messages in the patient's language, when a translation is installed. The
    window installs its own (with Qt's) when it starts; Qt is only loaded here if needed."""
    from recovery_tracker.storage.resources import resource_path

    if any(resource_path("translations").glob("*.qm")):
        from recovery_tracker.ui.translation import use_translations_without_application

        use_translations_without_application()


def _run_headless(handler: Callable[[argparse.Namespace], str], args: argparse.Namespace) -> int:
    from recovery_tracker.storage.database import DamagedDatabaseError, StorageError

    try:
        print(handler(args))
    except (_Failure, StorageError) as error:
        said = str(error)
        if isinstance(error, DamagedDatabaseError):  # met by a read, after the diary opened
            said += " " + _newest_backup_hint(resolve_data_dir(args.data_dir))
        print(f"recovery-tracker: {said}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
