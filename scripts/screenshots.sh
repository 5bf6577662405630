#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: starts (or reuses) the demo Samba DC on 127.0.0.2,
# runs the real GUI under Xvfb against it with a private settings file and journal, and saves one
# PNG per page (connect dialog, users, users filtered, bulk import, photo editor, history, audit,
# deploy, CSV wizard). Needs root for
# the DC (see scripts/samba-dc.sh). The demo DC is stopped again if this script started it.
#
#   scripts/screenshots.sh [--build DIR] [--dc-dir DIR] [--out DIR]
#       --build   build directory with ADPHOTO_BUILD_GUI=ON (default: build-gui, else build)
#       --dc-dir  where the demo DC lives (default: /tmp/adphoto-demo-dc)
#       --out     where the PNGs go (default: docs/screenshots)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=""
dcdir=/tmp/adphoto-demo-dc
out="$root/docs/screenshots"
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --dc-dir) dcdir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "screenshots: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$build" ]; then
  if [ -d "$root/build-gui" ]; then build="$root/build-gui"; else build="$root/build"; fi
fi

cmake --build "$build" --target adphoto_screenshots -j2
driver="$build/tests/gui/adphoto_screenshots"

# Samba binds to the address itself, so it must exist on the loopback interface.
lo_addresses=$(ip -4 addr show dev lo)
if ! grep -q ' 127\.0\.0\.2/' <<<"$lo_addresses"; then
  echo "screenshots: adding 127.0.0.2 to lo for the demo DC" >&2
  ip addr add 127.0.0.2/8 dev lo
fi

started=0
if ! "$root/scripts/samba-dc.sh" status --dir "$dcdir" >/dev/null 2>&1; then
  started=1
fi
"$root/scripts/samba-dc.sh" start --dir "$dcdir" --ip 127.0.0.2 --seed demo
tmp=$(mktemp -d)
cleanup() {
  rm -rf "$tmp"
  if [ "$started" -eq 1 ]; then "$root/scripts/samba-dc.sh" stop --dir "$dcdir" || true; fi
}
trap cleanup EXIT

# shellcheck disable=SC1091
. "$dcdir/dc.env"
for v in $(env | grep -o '^ADPHOTO_[A-Z_]*' | grep -v '^ADPHOTO_TEST_'); do unset "$v"; done
export ADPHOTO_SERVER="$ADPHOTO_TEST_LDAPS_URI"
export ADPHOTO_CA_FILE="$ADPHOTO_TEST_CA"
export ADPHOTO_USER="$ADPHOTO_TEST_ADMIN"
export ADPHOTO_PASSWORD="$ADPHOTO_TEST_ADMIN_PASSWORD"
export ADPHOTO_CONFIG="$tmp/adphoto.ini"
export ADPHOTO_DATA_DIR="$tmp/data"
# Qt reads the language from LANG (its own locale data; no glibc locale needed): English
# sorting and number formats whatever the machine has installed.
unset LC_ALL
export LANG=en_US.UTF-8 LC_CTYPE=C.UTF-8

# Work on a copy of the sample photos: the demo's own files stay untouched.
mkdir -p "$tmp/photos" "$out"
cp "$ADPHOTO_TEST_DEMO_PHOTOS"/*.jpg "$tmp/photos/" 2>/dev/null || true

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  "$driver" --out "$out" --photos "$tmp/photos"
ls -l "$out"/*.png >&2
