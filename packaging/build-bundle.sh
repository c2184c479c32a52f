#!/usr/bin/env bash
# Build Testimony's standalone bundle with PyInstaller, wrap it for Linux, and smoke-test it.
#
#   bash packaging/build-bundle.sh            # dist/testimony/, .tar.gz and .deb in dist/
#   bash packaging/build-bundle.sh --no-smoke # build only
#
# Slow (several minutes), so it is not part of every CI run; tests/unit/test_packaging.py
# checks the spec, the desktop file and the metainfo on every run instead.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=1
[ "${1:-}" = "--no-smoke" ] && smoke=0

[ -x .venv/bin/python ] || bash packaging/setup.sh
# PyInstaller goes into .venv unless TESTIMONY_BUILD_VENV names another venv that can import
# the app's dependencies (for example one whose .pth points at .venv's site-packages), so a
# shared development venv can be left as it is.
venv=${TESTIMONY_BUILD_VENV:-.venv}
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
bash packaging/make-translations.sh
rm -rf build/pyinstaller dist/testimony
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/testimony.spec

# Strip symbol tables from the shared libraries: Python (built by pyenv) and sqlcipher3
# (built from source) carry about 30 MB of them, the folder shrinks by about 40 MB. Not the
# ones a wheel vendored through auditwheel (named lib-<8 hex>...): patchelf has moved their
# segments and a stripped copy no longer loads. The smoke test imports numpy, which uses one.
find dist/testimony -regextype posix-extended -type f \( -name '*.so' -o -name '*.so.*' \) \
  ! -regex '.*-[0-9a-f]{8}[.-].*' -print0 | xargs -0 strip --strip-unneeded

version=$(PYTHONPATH=src "$venv/bin/python" -c 'import testimony; print(testimony.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# The .tar.gz: the folder as it is, plus the desktop file, metainfo, icons and licence.
stage=build/stage/testimony-$version
rm -rf build/stage && mkdir -p "$stage"
cp -a dist/testimony/. "$stage/"
cp LICENSE packaging/linux/org.testimony.Testimony.desktop \
  packaging/linux/org.testimony.Testimony.metainfo.xml "$stage/"
tar -C build/stage -czf "dist/testimony-$version-linux-$arch.tar.gz" "testimony-$version"

# The .deb: the folder under /opt, commands in /usr/bin, desktop integration under /usr/share.
deb=build/deb
rm -rf "$deb" && mkdir -p "$deb/DEBIAN" "$deb/opt/testimony" "$deb/usr/bin" \
  "$deb/usr/share/applications" "$deb/usr/share/metainfo" \
  "$deb/usr/share/doc/testimony" "$deb/usr/share/icons/hicolor/scalable/apps"
cp -a dist/testimony/. "$deb/opt/testimony/"
ln -s /opt/testimony/testimony "$deb/usr/bin/testimony"
ln -s /opt/testimony/testimony "$deb/usr/bin/testimony-gui"
cp packaging/linux/org.testimony.Testimony.desktop "$deb/usr/share/applications/"
cp packaging/linux/org.testimony.Testimony.metainfo.xml "$deb/usr/share/metainfo/"
cp LICENSE "$deb/usr/share/doc/testimony/copyright"
cp src/testimony/resources/icons/testimony.svg "$deb/usr/share/icons/hicolor/scalable/apps/org.testimony.Testimony.svg"
for d in packaging/icons/*x*/; do
  size=$(basename "$d")
  mkdir -p "$deb/usr/share/icons/hicolor/$size/apps"
  cp "$d/testimony.png" "$deb/usr/share/icons/hicolor/$size/apps/org.testimony.Testimony.png"
done
installed_kb=$(du -sk "$deb" | cut -f1)
cat > "$deb/DEBIAN/control" <<CONTROL
Package: testimony
Version: $version
Architecture: $arch
Maintainer: The Testimony developers <testimony@example.org>
Installed-Size: $installed_kb
Depends: libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libxcb-cursor0, libegl1, libgl1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-xkb1, libfontconfig1, libdbus-1-3, libglib2.0-0, libpulse0, fonts-dejavu-core
Section: utils
Priority: optional
Homepage: https://example.org/testimony
Description: write down what happened in crisis services, kept private
 Testimony is an offline desktop app for people with lived experience of
 mental-health crisis services. Accounts are kept in an encrypted vault on
 the computer or a USB stick; an anonymised, sealed copy can be shared with
 a campaigning coalition only if the person chooses.
CONTROL
chmod -R go-w "$deb"
dpkg-deb --root-owner-group --build "$deb" "dist/testimony_${version}_${arch}.deb" >/dev/null

echo "Bundle folder: $(du -sh dist/testimony | cut -f1)"
ls -l dist/*.tar.gz dist/*.deb
[ "$smoke" = 1 ] && bash packaging/smoke-bundle.sh dist/testimony/testimony
exit 0
