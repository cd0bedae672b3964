#!/usr/bin/env bash
# Install (first time only) and start Recovery Tracker. Arguments go to the app, e.g. --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/recovery-tracker "$@"
