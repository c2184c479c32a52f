#!/usr/bin/env bash
# Compile the translations (src/testimony/resources/translations/testimony_<lang>.ts) into the .qm files
# the app loads at start. English is the source language: its .qm holds only the English
# plural forms ("1 minute", "2 minutes"). Run by setup.sh and by the bundle build; the .qm
# files are build output and are not kept in git.
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=.venv/bin/pyside6-lrelease
[ -x "$lrelease" ] || lrelease=$(command -v pyside6-lrelease)
for ts in src/testimony/resources/translations/testimony_*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
