"""The ``recovery-tracker`` command: the window by default, headless subcommands besides."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.locations import DATA_DIR_VARIABLE, resolve_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-tracker",
        description=f"{APP_NAME}: a private diary of your recovery after injections.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder holding your diary (default: ${DATA_DIR_VARIABLE}, "
        "else your user's application-data folder)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    from recovery_tracker.ui.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
