#!/usr/bin/env bash
# The demo: installs what is missing, builds adphoto, starts a throwaway Samba AD DC on
# 127.0.0.2 with a few hundred sample users (half with photos) and a folder of sample photos,
# and opens the app connected to it. Closing the app stops the DC. Needs root (Samba binds
# ports 53/88/389/636) and a display (DISPLAY or WAYLAND_DISPLAY).
#   scripts/demo.sh [--keep-dc]      --keep-dc leaves the DC running after the app closes
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

keep=0
[[ "${1:-}" == "--keep-dc" ]] && keep=1

scripts/install-deps.sh
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DADPHOTO_BUILD_TESTS=OFF >/dev/null
cmake --build build/demo -j "$(nproc)" --target adphoto adphoto-cli

dcdir=$PWD/build/demo-dc
scripts/samba-dc.sh start --dir "$dcdir" --ip 127.0.0.2 --seed demo
if [[ $keep -eq 0 ]]; then
    trap 'scripts/samba-dc.sh stop --dir "$dcdir"' EXIT
fi

# shellcheck disable=SC1091
. "$dcdir/dc.env"
home=$PWD/build/demo-home
mkdir -p "$home"
export ADPHOTO_CONFIG=$home/adphoto.ini ADPHOTO_DATA_DIR=$home/data
export ADPHOTO_SERVER=$ADPHOTO_TEST_LDAPS_URI ADPHOTO_CA_FILE=$ADPHOTO_TEST_CA
export ADPHOTO_USER=$ADPHOTO_TEST_ADMIN ADPHOTO_PASSWORD=$ADPHOTO_TEST_ADMIN_PASSWORD

cat >&2 <<MSG
Demo directory: $ADPHOTO_SERVER (realm $ADPHOTO_TEST_REALM), sample photos in $dcdir/demo-photos
The same connection works from the CLI in this shell's environment, e.g.:
  ADPHOTO_SERVER=$ADPHOTO_SERVER ADPHOTO_CA_FILE=$ADPHOTO_CA_FILE ADPHOTO_USER=$ADPHOTO_USER \\
  ADPHOTO_PASSWORD=\$(grep ADMIN_PASSWORD= $dcdir/dc.ini | cut -d= -f2) build/demo/app/cli/adphoto-cli users --missing
MSG
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "demo: no display (DISPLAY is unset). Run this from a desktop session, or use xvfb-run." >&2
    exit 1
fi
build/demo/app/gui/adphoto
