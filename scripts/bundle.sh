#!/usr/bin/env bash
# Build a one-folder bundle with PyInstaller (dist/recovery-tracker/) and start it once,
# headless, to prove it runs: it opens the sample diary, paints the chart and quits.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install --quiet "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN recovery-tracker.spec
QT_QPA_PLATFORM=offscreen MPLCONFIGDIR="$(mktemp -d)" dist/recovery-tracker/recovery-tracker --smoke-test
echo "Bundle: dist/recovery-tracker/ ($(du -sh dist/recovery-tracker | cut -f1))"
