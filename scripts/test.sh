#!/usr/bin/env bash
# Every test, in three stages:
#  1. build/: core unit tests, the boundary audit, office tests against a real
#     headless LibreOffice with the built .oxt, and the UI tests under Xvfb
#     (arguments are passed to this ctest, e.g. `-L unit` or `-R calc`);
#  2. build-asan/: core and its unit tests built with AddressSanitizer and
#     UndefinedBehaviorSanitizer, run (skip with CF_SKIP_ASAN=1);
#  3. build-fuzz/: the libFuzzer targets built with clang, each run for
#     CF_FUZZ_SECONDS (default 40) from its seed corpus (skip with CF_SKIP_FUZZ=1).
# Any failure, sanitizer finding or fuzzer crash fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_WERROR=$werror >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"

if [[ "${CF_SKIP_ASAN:-}" != "1" ]]; then
  echo "== core unit tests with AddressSanitizer and UndefinedBehaviorSanitizer"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_WITH_OFFICE=OFF \
    -DCF_SANITIZE=ON -DCF_BUILD_BENCH=OFF -DCF_WERROR=$werror >/dev/null
  cmake --build build-asan -j2
  UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j2 -L unit
fi

if [[ "${CF_SKIP_FUZZ:-}" != "1" ]]; then
  echo "== fuzzing"
  bash scripts/fuzz.sh "${CF_FUZZ_SECONDS:-40}"
fi
