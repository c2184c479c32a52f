#!/usr/bin/env bash
# Refresh resources/translations/testimony_en.ts from every string the app shows (tr() and
# QCoreApplication.translate in ui/ and app.py). English is the source language.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/testimony/ui src/testimony/app.py -name '*.py' | sort)
.venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/testimony_en.ts
