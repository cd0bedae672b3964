#!/usr/bin/env bash
# Install everything the checks need, then run them: lint, format, types, layering, tests.
# Headless: Qt draws offscreen, so no display is needed. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
export MPLCONFIGDIR="${MPLCONFIGDIR:-$(mktemp -d)}"
echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports --no-cache
echo "== pytest"; .venv/bin/python -m pytest "$@"
