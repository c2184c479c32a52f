#!/usr/bin/env bash
# Smoke-test a built bundle outside the venv: the command line makes a vault and lists it,
# and the window opens under a private Xvfb and closes cleanly.
#
#   bash packaging/smoke-bundle.sh dist/testimony/testimony
set -euo pipefail
exe=$(readlink -f "${1:-dist/testimony/testimony}")
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# A clean environment: no venv, no Python path, a home of its own.
run() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
mkdir -p "$work/home"

printf 'correct horse battery staple\n' | run "$exe" vault create "$work/v.testimony"
printf 'correct horse battery staple\n' | run "$exe" account list "$work/v.testimony" --json \
  | grep -q '^\[' || { echo "account list failed" >&2; exit 1; }
echo "command line: ok"

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
run DISPLAY="$display" TESTIMONY_SMOKE_QUIT_AFTER_MS=3000 "$exe" > "$work/gui.log" 2>&1 &
gui=$!
if ! timeout 60 tail --pid="$gui" -f /dev/null; then
  echo "the window did not close by itself" >&2; kill "$gui"; exit 1
fi
wait "$gui" || { echo "the window exited with an error:" >&2; cat "$work/gui.log" >&2; exit 1; }
grep -q "window shown" "$work/gui.log" || { echo "no window was shown" >&2; cat "$work/gui.log" >&2; exit 1; }
echo "window: ok"

# The same window in Welsh, chosen in Settings: the Welsh .qm must be in the bundle and load.
mkdir -p "$work/home/.config/Testimony"
printf '{"language": "cy"}\n' > "$work/home/.config/Testimony/app-settings.json"
run DISPLAY="$display" TESTIMONY_SMOKE_QUIT_AFTER_MS=1500 "$exe" > "$work/gui-cy.log" 2>&1 \
  || { echo "the Welsh window exited with an error:" >&2; cat "$work/gui-cy.log" >&2; exit 1; }
grep -q "window shown in cy" "$work/gui-cy.log" \
  || { echo "the Welsh translation was not loaded:" >&2; cat "$work/gui-cy.log" >&2; exit 1; }
echo "Welsh window: ok"

# Only run-time files among the resources: no translation sources, notes or scripts.
resources=$(dirname "$exe")/_internal/testimony/resources
[ -d "$resources" ] || { echo "no resources folder in the bundle" >&2; exit 1; }
stray=$(find "$resources" \( -name '*.ts' -o -name '*.md' -o -name '*.py' \) -print)
[ -z "$stray" ] || { echo "development files in the bundle: $stray" >&2; exit 1; }
echo "resources: ok ($(find "$resources" -type f | wc -l) files)"
