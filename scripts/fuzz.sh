#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in their own build directory and runs each for
# a fixed time on a copy of its seed corpus (fuzz/corpus/<area>/). Exits non-zero when a target
# finds a crash, leak or timeout; the reproducer is left in <build>/fuzz-artifacts/.
#   scripts/fuzz.sh [SECONDS]        (default 60 per target; FUZZ_SECONDS works too)
#   FUZZ_BUILD_DIR=...  build directory (default build-fuzz)   FUZZ_CXX=clang++-16  compiler
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-${FUZZ_SECONDS:-60}}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}

# libstdc++ 12's std::expected needs clang 16 or newer (see fuzz/CMakeLists.txt).
pick_compiler() {
  local candidate probe
  probe=$(mktemp --suffix=.cpp)
  printf '#include <expected>\n#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t n)\n{ std::expected<int, int> e{int(n)}; return *e > 0 ? 0 : 0; }\n' >"$probe"
  for candidate in ${FUZZ_CXX:-} clang++-19 clang++-18 clang++-17 clang++-16 clang++; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -std=c++2b -D__cpp_concepts=202002L -Wno-macro-redefined -fsanitize=fuzzer \
        "$probe" -o "$probe.bin" >/dev/null 2>&1; then
      rm -f "$probe" "$probe.bin"
      echo "$candidate"
      return 0
    fi
  done
  rm -f "$probe" "$probe.bin"
  return 1
}

cxx=$(pick_compiler) || {
  echo "fuzz.sh: no clang with libFuzzer that compiles std::expected; install clang-16 libclang-rt-16-dev" >&2
  exit 1
}
cc=${cxx/clang++/clang}
echo "fuzz.sh: building with $cxx in $build" >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
  -DADPHOTO_FUZZ=ON -DADPHOTO_BUILD_TESTS=OFF -DADPHOTO_BUILD_GUI=OFF >/dev/null

status=0
while read -r name binary corpus; do
  [ -n "$name" ] || continue
  cmake --build "$build" --target "$name" -j2
  work="$build/fuzz-corpus/$name"
  mkdir -p "$work" "$build/fuzz-artifacts"
  echo "fuzz.sh: running $name for ${seconds}s" >&2
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$binary" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$name-" "$work" "$corpus" 2>"$build/$name.log"; then
    echo "fuzz.sh: $name FAILED; see $build/$name.log and $build/fuzz-artifacts/" >&2
    tail -n 40 "$build/$name.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/$name.log" | tail -n 2 >&2 || true
  fi
done <"$build/fuzzers.txt"
exit $status
