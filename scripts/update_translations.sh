#!/usr/bin/env bash
# Translations: refresh the catalogue of every user-visible text, and compile translations.
#   bash scripts/update_translations.sh
# 1. pyside6-lupdate reads every translate(...) and QT_TRANSLATE_NOOP(...) call in the code and
#    writes resources/translations/recovery_tracker.ts (the English source for translators).
# 2. A translator copies it to recovery_tracker_<language>.ts (e.g. _de), translates it with
#    Qt Linguist (pyside6-linguist), and this script compiles it to a .qm file the app loads
#    when the system language matches. .qm files are build output: not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
folder=resources/translations
mkdir -p "$folder"
mapfile -t sources < <(find recovery_tracker -name '*.py' | sort)
"$bin/pyside6-lupdate" -no-obsolete -source-language en "${sources[@]}" -ts "$folder/recovery_tracker.ts"
for translation in "$folder"/recovery_tracker_*.ts; do
  [ -e "$translation" ] || continue
  "$bin/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "$translation"
  "$bin/pyside6-lrelease" "$translation"
done
