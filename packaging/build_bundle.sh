#!/usr/bin/env bash
# The Python package and the self-contained Linux bundle, one after the other:
#   1. `python -m build`: the sdist, and the wheel built from it, into OUT (default dist/);
#   2. a venv holding that wheel with the window ([gui]) and PyInstaller;
#   3. PyInstaller (packaging/inspect-station.spec): OUT/inspect-station/, one folder with the
#      station, Python, Qt and every library, and under share/ the .desktop file, the AppStream
#      metadata and the icons (packaging/build_deb.sh wraps it in a .deb).
# PyInstaller, not pyside6-deploy (Nuitka): see docs/packaging.md for both, measured.
#
# Environment: OUT (dist/), WORK (build/bundle: the venvs and PyInstaller's cache, kept between
# runs), PYTHON (python3). Prints the build time and the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${OUT:-dist}")
work=$(realpath -m "${WORK:-build/bundle}")
python=${PYTHON:-python3}
mkdir -p "$out" "$work"
started=$(date +%s)

# 1. The sdist and the wheel (the bundle freezes exactly what `pip install` installs).
[ -x "$work/build-venv/bin/python" ] || "$python" -m venv "$work/build-venv"
# pip's and PyInstaller's chatter goes to logs in WORK, shown when a step fails.
quiet() {
  local log=$1; shift
  "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
}
quiet "$work/pip.log" "$work/build-venv/bin/pip" install -q build
rm -f "$out"/inspect_station-*.whl "$out"/inspect_station-*.tar.gz
quiet "$work/build.log" "$work/build-venv/bin/python" -m build --outdir "$out" .
wheel=$(ls "$out"/inspect_station-*.whl)
version=$(basename "$wheel" | cut -d- -f2)
echo "wheel: $wheel ($(du -h "$wheel" | cut -f1)); sdist: $(ls "$out"/inspect_station-*.tar.gz)"

# 2. The wheel with the window, and the freezing tool.
venv="$work/venv"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
quiet "$work/pip.log" "$venv/bin/pip" install -q --force-reinstall --no-deps "$wheel"
quiet "$work/pip.log" "$venv/bin/pip" install -q "${wheel}[gui]" "pyinstaller>=6.10,<7"

# 3. Freeze, then the desktop files inside the bundle.
bundle="$out/inspect-station"
rm -rf "$bundle"
quiet "$work/pyinstaller.log" "$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$out" --workpath "$work/pyinstaller" packaging/inspect-station.spec
share="$bundle/share"
install -Dm644 packaging/inspect-station.desktop "$share/applications/inspect-station.desktop"
install -Dm644 packaging/io.inspectstation.InspectStation.metainfo.xml \
  "$share/metainfo/io.inspectstation.InspectStation.metainfo.xml"
install -Dm644 packaging/icons/inspect-station.svg \
  "$share/icons/hicolor/scalable/apps/inspect-station.svg"
for size in 48 128 256; do
  install -Dm644 "packaging/icons/inspect-station-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/inspect-station.png"
done
echo "$version" >"$bundle/VERSION"

echo "bundle: $bundle"
echo "  built in $(($(date +%s) - started)) s; folder $(du -sh "$bundle" | cut -f1)"
