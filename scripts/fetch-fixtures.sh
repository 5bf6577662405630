#!/usr/bin/env bash
# Fetches real photographs from Debian packages into a cache directory for the imaging tests and
# the benchmark: `apt-get download` of just the packages that ship them, then `dpkg -x` limited to
# the one file wanted (`dpkg-deb --fsys-tarfile | tar -x PATH`: opencv-doc unpacks to 270 MB for
# a 73 KB photo). Nothing is installed. Idempotent and safe to run concurrently (a lock); a
# second run downloads nothing. Any failure exits non-zero with a message: tests never skip.
#   scripts/fetch-fixtures.sh [DIR]    (default: $ADPHOTO_FIXTURES_DIR or ~/.cache/adphoto-fixtures)
set -euo pipefail

dest=${1:-${ADPHOTO_FIXTURES_DIR:-$HOME/.cache/adphoto-fixtures}}
mkdir -p "$dest"

# package  path-inside-the-package  name-in-the-cache
fixtures=(
  "python-matplotlib-data usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg grace_hopper.jpg"
  "python3-skimage usr/lib/python3/dist-packages/skimage/data/astronaut.png astronaut.png"
  "opencv-doc usr/share/doc/opencv-doc/examples/data/messi5.jpg messi5.jpg"
)

exec 9>"$dest/.lock"
flock 9

missing=0
for entry in "${fixtures[@]}"; do
  read -r _ _ name <<<"$entry"
  [ -s "$dest/$name" ] || missing=1
done
[ "$missing" -eq 0 ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 777 "$work" # apt-get download drops privileges to _apt where it can
updated=0
for entry in "${fixtures[@]}"; do
  read -r package path name <<<"$entry"
  [ -s "$dest/$name" ] && continue
  echo "fetch-fixtures: $name from Debian package $package" >&2
  if ! (cd "$work" && apt-get download -qq "$package" >/dev/null 2>&1); then
    if [ "$updated" -eq 0 ] && [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq >/dev/null
      updated=1
    fi
    (cd "$work" && apt-get download -qq "$package" >/dev/null) || {
      echo "fetch-fixtures: could not download $package (no apt lists? run apt-get update)" >&2
      exit 1
    }
  fi
  deb=$(ls "$work"/"${package}"_*.deb | head -n1)
  mkdir -p "$work/x"
  if ! dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/x" "./$path" || [ ! -s "$work/x/$path" ]; then
    echo "fetch-fixtures: $package no longer ships $path" >&2
    exit 1
  fi
  cp "$work/x/$path" "$dest/$name.tmp"
  mv "$dest/$name.tmp" "$dest/$name"
  rm -rf "$work/x" "$deb"
done
