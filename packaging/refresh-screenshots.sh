#!/usr/bin/env bash
# Refresh the pictures in docs/screenshots/ on purpose. The test suite saves the same
# screenshots to build/screenshots/ (ignored by git), so running the tests never rewrites
# tracked files; this command points them at docs/screenshots/ instead (via
# TESTIMONY_SCREENSHOTS, read by tests/helpers.py) and remakes the sharing screens.
# Look at the changed PNGs before you commit them. Needs Xvfb and xauth (setup.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
export TESTIMONY_SCREENSHOTS="$out"
.venv/bin/python -m pytest -q \
    tests/e2e/test_e2e_app.py::test_every_page_on_a_real_screen \
    tests/ui/coalition/test_coalition_pages.py
for scale in 100 200; do
    suffix=""
    [ "$scale" = 100 ] || suffix="-$scale"
    xvfb-run -a -s "-screen 0 1280x1024x24" \
        .venv/bin/python tests/ui/export/make_screenshots.py "$out" --scale "$scale" \
        --suffix="$suffix"
done
# The same pages in Welsh (issue 17), at 100 % and 200 % text.
for scale in 100 200; do
    suffix="-cy"
    [ "$scale" = 100 ] || suffix="-cy-$scale"
    # Its own settings and vault folders, never the person's (nothing left behind).
    work="$(mktemp -d)"
    TESTIMONY_CONFIG_DIR="$work/config" TESTIMONY_DATA_DIR="$work/data" xvfb-run -a -s "-screen 0 1280x900x24" \
        .venv/bin/python tests/e2e/screens.py "$out" --language cy --scale "$scale" \
        --suffix="$suffix" --work "$work"
    rm -rf "$work"
done
git status --short docs/screenshots
