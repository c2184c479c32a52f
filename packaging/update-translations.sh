#!/usr/bin/env bash
# Refresh the translation files from every string the app shows (tr() and
# QCoreApplication.translate in ui/ and app.py): testimony_en.ts (English, the source
# language, whose only translations are its plural forms) and every other testimony_*.ts.
# New strings arrive unfinished; fill them with packaging/fill-translations.py
# (docs/translation.md).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/testimony/ui src/testimony/app.py -name '*.py' | sort)
for ts in src/testimony/resources/translations/testimony_*.ts; do
  .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
done
