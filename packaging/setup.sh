#!/usr/bin/env bash
# Install Testimony into .venv, with the system libraries Qt needs.
#
#   bash packaging/setup.sh          # the app
#   bash packaging/setup.sh --test   # the app, the test tools, and what the tests run
#                                    # (a virtual screen and age)
#
# System packages are installed only when run as root on a Debian-like system and only if
# missing; otherwise the script says which ones to ask an administrator for.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's window system (xcb), fonts and sound (docs/architecture.md, "Dependencies").
app_packages=(
  libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
  libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0 fonts-dejavu-core
)
# A virtual screen for the end-to-end tests, Debian's age for the interoperability test, and
# the validators for the desktop file and the AppStream metainfo.
test_packages=(xvfb x11-utils age desktop-file-utils appstream)
# poppler-utils: the PDF report read back (pdftotext, pdffonts, pdfimages).
test_packages+=(poppler-utils)
# Voice tests: a private PulseAudio with a virtual microphone, paplay to feed it, sox for tones.
test_packages+=(pulseaudio pulseaudio-utils sox)

wanted=("${app_packages[@]}")
[ "$with_tests" = 1 ] && wanted+=("${test_packages[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages first: ${missing[*]}" >&2
  fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
# Our modules' bytecode, as installing a wheel writes it: an editable checkout otherwise
# compiles every module at each start wherever Python may not write bytecode (a read-only
# folder, PYTHONDONTWRITEBYTECODE set), a tenth of the window's start (docs/performance.md).
.venv/bin/python -m compileall -q src/testimony
# The translations are compiled here, from the .ts sources, so a checkout runs in Welsh too.
bash packaging/make-translations.sh
echo "Testimony is installed in .venv."
