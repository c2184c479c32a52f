#!/usr/bin/env bash
# Compile the translations (resources/translations/testimony_<lang>.ts) into the .qm files
# the app loads at start. English is the source language and needs none. Run by setup.sh and
# by the bundle build; the .qm files are build output and are not kept in git.
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=.venv/bin/pyside6-lrelease
[ -x "$lrelease" ] || lrelease=$(command -v pyside6-lrelease)
for ts in resources/translations/testimony_*.ts; do
  [ "$(basename "$ts")" = testimony_en.ts ] && continue
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
