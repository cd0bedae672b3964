#!/usr/bin/env bash
# Move to the newest releases the project allows: install them into a scratch venv, write their
# exact versions to constraints.txt. Then run scripts/test.sh (the soak test catches a Qt binding
# that crashes) and commit constraints.txt only if everything passes.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/python" -m pip install --quiet --upgrade pip
"$scratch/venv/bin/python" -m pip install --quiet -e ".[test]"
{
  sed -n '/^#/p' constraints.txt
  "$scratch/venv/bin/python" -m pip freeze --exclude-editable | grep -v '^-e '
} > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt updated; now run: bash scripts/test.sh"
