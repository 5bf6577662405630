#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this):
#   1. installs the Debian packages that are missing (scripts/install-deps.sh; needs root),
#   2. builds the GUI configuration with warnings as errors and runs every CTest label:
#      unit, ad (against a private Samba AD DC on 127.0.0.1 that the suite starts and stops)
#      and gui (offscreen widgets); then checks the .deb it packages (scripts/check-package.sh),
#   3. builds with ADPHOTO_BUILD_GUI=OFF (proves core/ldap/imaging/CLI need no Widgets) and runs
#      its unit tests,
#   4. builds the libFuzzer targets with clang and runs each for a fixed time.
# Build trees go under build/ (git-ignored). Set ADPHOTO_TEST_LEGS="gui nogui fuzz" to choose legs.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

jobs=${ADPHOTO_JOBS:-$(nproc)}
legs=${ADPHOTO_TEST_LEGS:-"gui nogui fuzz"}
started=$(date +%s)
stamp() { echo "== $* ($(($(date +%s) - started)) s)" >&2; }

stamp "installing missing packages"
scripts/install-deps.sh

if [[ " $legs " == *" gui "* ]]; then
    stamp "leg 1: GUI build, tests labelled unit, ad and gui"
    cmake -S . -B build/ci-gui -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DADPHOTO_WARNINGS_AS_ERRORS=ON >/dev/null
    cmake --build build/ci-gui -j "$jobs"
    (cd build/ci-gui && ctest --output-on-failure -j "$jobs" --timeout 900)
    stamp "leg 1: the .deb (Depends, a fresh prefix, AppStream, desktop entry, man pages, lintian)"
    scripts/check-package.sh build/ci-gui
fi

if [[ " $legs " == *" nogui "* ]]; then
    stamp "leg 2: ADPHOTO_BUILD_GUI=OFF build and its unit tests"
    cmake -S . -B build/ci-nogui -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DADPHOTO_WARNINGS_AS_ERRORS=ON \
        -DADPHOTO_BUILD_GUI=OFF >/dev/null
    cmake --build build/ci-nogui -j "$jobs"
    (cd build/ci-nogui && ctest --output-on-failure -j "$jobs" -L unit --timeout 900)
fi

if [[ " $legs " == *" fuzz "* ]]; then
    stamp "leg 3: clang + libFuzzer, ${ADPHOTO_FUZZ_SECONDS:-60} s per target"
    scripts/fuzz.sh "${ADPHOTO_FUZZ_SECONDS:-60}"
fi
stamp "all legs passed"
