#!/usr/bin/env bash
# A .deb wrapping the bundle that packaging/build_bundle.sh made, with dpkg-deb alone:
#   /opt/inspect-station/                 the bundle (its own Python, Qt and libraries)
#   /usr/bin/inspect-station              a symlink to the bundle's program
#   /usr/share/applications, metainfo, icons/hicolor   the desktop integration files
# No maintainer scripts: dpkg's file triggers (desktop-file-utils, hicolor-icon-theme) update
# the menus and icon caches where those packages are installed.
#
#   packaging/build_deb.sh [BUNDLE_DIR]   (default dist/inspect-station) → dist/*.deb
# Environment: OUT (default dist/), DEB_COMPRESS (zstd, the default, or xz/gzip/none),
# DEB_MAINTAINER (the Maintainer field).
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(realpath "${1:-dist/inspect-station}")
out=$(realpath -m "${OUT:-dist}")
[ -x "$bundle/inspect-station" ] || { echo "no bundle in $bundle: run packaging/build_bundle.sh" >&2; exit 1; }
version=$(cat "$bundle/VERSION")
arch=$(dpkg --print-architecture)
package=inspect-station
mkdir -p "$out"
stage=$(mktemp -d)
chmod 755 "$stage"  # dpkg takes the mode of ./ from the archive: never 0700
trap 'rm -rf "$stage"' EXIT
started=$(date +%s)

# The bundle, less its share/ folder (those files go where the desktop looks for them).
mkdir -p "$stage/opt"
cp -a "$bundle" "$stage/opt/$package"
mv "$stage/opt/$package/share" "$stage/usr-share"
mkdir -p "$stage/usr/bin"
mv "$stage/usr-share" "$stage/usr/share"
ln -s "/opt/$package/inspect-station" "$stage/usr/bin/inspect-station"
# Nothing in the package may be writable by others or owned by the builder.
chmod -R u+rwX,go+rX,go-w "$stage/opt" "$stage/usr"
find "$stage" -name __pycache__ -prune -exec rm -rf {} +

# Qt's xcb platform plugin loads these; the bundle does not carry them (they belong to the
# system's X stack). pyzbar loads libzbar0 through ctypes. Labels use DejaVu for text that
# Helvetica cannot show.
depends=(
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 libzbar0 fonts-dejavu-core libpulse0
)
installed_kib=$(du -sk --apparent-size "$stage/opt" "$stage/usr" | awk '{s += $1} END {print s}')
mkdir -p "$stage/DEBIAN"
cat >"$stage/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Inspect Station maintainers <root@localhost>}
Installed-Size: $installed_kib
Depends: $(printf "%s, " "${depends[@]}" | sed 's/, $//')
Section: misc
Priority: optional
Description: returns inspection bench for warehouses
 Scan a returned parcel, take condition photos, grade it with one key and print
 a routing label that sends it to restock, repair, resale or recycling by
 readable rules. Self-contained: the station's own Python and Qt live in
 /opt/inspect-station; "inspect-station demo" starts a demo station.
EOF

deb="$out/${package}_${version}_${arch}.deb"
# zstd, not dpkg's default xz: measured on 2 busy cores, 8 s and 185 MB against 20 min (4.5 min
# of CPU) and 138 MB, and dpkg -i 2.7 s against 13.4 s. Every dpkg that can run this bundle
# (glibc of Debian 12 or newer) reads zstd.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-zstd}" --build "$stage" "$deb" >/dev/null
echo "deb: $deb"
echo "  built in $(($(date +%s) - started)) s; $(du -h "$deb" | cut -f1); installed ${installed_kib} KiB"
