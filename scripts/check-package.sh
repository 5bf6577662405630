#!/usr/bin/env bash
# The packaging check CI runs after the GUI build (scripts/test.sh), cheap enough for every run:
#   1. builds the .deb with CPack from an already built tree,
#   2. checks its Depends: the runtime packages CONTRACT.md names are there, every name is a
#      package apt knows, and apt can resolve the whole set (a simulated install),
#   3. extracts it into a fresh, empty prefix and runs the extracted adphoto-cli (--version,
#      help), checking that every library it needs resolves,
#   4. validates the desktop entry, the AppStream metadata and the man pages, and runs lintian.
# Usage: scripts/check-package.sh BUILD_DIR
set -euo pipefail
build=$(readlink -f "${1:?usage: $0 BUILD_DIR}")
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
note() { echo "check-package: $*" >&2; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
gui=$(sed -n 's/^ADPHOTO_BUILD_GUI:BOOL=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "$build is not a configured build tree"

# 1. The .deb.
rm -f "$build"/adphoto_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack failed (see $build/_CPack_Packages)"
deb=$(ls "$build"/adphoto_"$version"_*.deb 2>/dev/null | head -n 1)
[[ -f $deb ]] || fail "cpack wrote no adphoto_${version}_*.deb"
note "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends >&2

# 2. Depends.
depends=$(dpkg-deb -f "$deb" Depends)
for required in libqt6sql6-sqlite libsasl2-modules-gssapi-mit opencv-data qt6-translations-l10n \
    qt6-image-formats-plugins; do
    [[ ", $depends," == *", $required"[\ ,]* ]] || fail "Depends lacks $required: $depends"
done
names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/:any//' | tr -d ' ' | grep -v '^$' | sort -u)
for name in $names; do
    apt-cache show --no-all-versions "$name" >/dev/null 2>&1 || fail "Depends names $name, which apt does not know"
done
apt-get install --simulate --no-install-recommends "$deb" >"$build/apt-simulate.log" 2>&1 ||
    fail "apt cannot resolve the package's dependencies: see $build/apt-simulate.log"
note "Depends: $(wc -w <<<"$names") packages, all known to apt and installable together"

# 3. A fresh prefix.
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
dpkg-deb -x "$deb" "$prefix"
cli="$prefix/usr/bin/adphoto-cli"
expected=(usr/bin/adphoto-cli usr/share/man/man1/adphoto-cli.1.gz usr/share/bash-completion/completions/adphoto-cli
    usr/share/doc/adphoto/copyright usr/share/doc/adphoto/changelog.gz)
if [[ $gui == ON ]]; then
    expected+=(usr/bin/adphoto usr/share/man/man1/adphoto.1.gz usr/share/applications/adphoto.desktop
        usr/share/icons/hicolor/scalable/apps/adphoto.svg usr/share/icons/hicolor/48x48/apps/adphoto.png
        usr/share/icons/hicolor/256x256/apps/adphoto.png usr/share/metainfo/org.adphoto.adphoto.metainfo.xml)
fi
for f in "${expected[@]}"; do
    [[ -e $prefix/$f ]] || fail "the package lacks /$f"
done
for binary in "$prefix"/usr/bin/*; do
    libraries=$(ldd "$binary")
    missing=$(grep 'not found' <<<"$libraries" || true)
    [[ -z $missing ]] || fail "$(basename "$binary") needs libraries that are not installed: $missing"
done
got=$(env -i PATH=/usr/bin:/bin HOME="$prefix" LC_ALL=C "$cli" --version)
[[ $got == "adphoto-cli $version" ]] || fail "extracted adphoto-cli --version printed '$got'"
help=$(env -i PATH=/usr/bin:/bin HOME="$prefix" LC_ALL=C "$cli" help import)
grep -q '^Examples:' <<<"$help" || fail "extracted adphoto-cli help import has no examples"
note "extracted into a fresh prefix: $got"

# 4. Metadata, man pages, lintian.
if [[ $gui == ON ]]; then
    desktop-file-validate "$prefix/usr/share/applications/adphoto.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net --pedantic "$prefix/usr/share/metainfo/org.adphoto.adphoto.metainfo.xml" >&2 ||
        fail "appstreamcli validate"
fi
for page in "$prefix"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man page $(basename "$page"): $warnings"
done
lintian --fail-on error,warning "$deb" >&2 || fail "lintian"
note "desktop entry, AppStream metadata, man pages and lintian clean"
