#!/usr/bin/env bash
# Every test, in four stages:
#  1. build/: core unit tests, the boundary audit, office tests against a real
#     headless LibreOffice with the built .oxt, and the UI tests under Xvfb
#     (arguments are passed to this ctest, e.g. `-L unit` or `-R calc`);
#  2. the office and UI tests again (but the soak and hostile-input tests),
#     with the same .oxt, against the current
#     LibreOffice of Debian's bookworm-backports (25.2), unpacked beside the
#     system's by scripts/office-backports.sh into build/office-backports/
#     (downloaded once, about 80 MB). Without a way to the package mirror the
#     stage says so and is skipped; CF_SKIP_OFFICE2=1 skips it on purpose;
#  3. build-asan/: core and its unit tests built with AddressSanitizer and
#     UndefinedBehaviorSanitizer, run (skip with CF_SKIP_ASAN=1);
#  4. build-fuzz/: the libFuzzer targets built with clang, each run for
#     CF_FUZZ_SECONDS (default 20) from its seed corpus (skip with CF_SKIP_FUZZ=1).
# Any failure, sanitizer finding or fuzzer crash fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
# The benchmarks are built by scripts/bench.sh, not here: no test runs them.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_WERROR=$werror -DCF_BUILD_BENCH=OFF >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"
cp build/Testing/Temporary/LastTest.log build/ctest-first-office.log

# "N office and UI test programs passed, M test cases" from ctest's full log
# (each test's output follows a "N/M Test: name" line).
office_counts() {
  awk '
    /^[0-9]+\/[0-9]+ Test: / { name = $3; office = (name ~ /^(office_|ui_|cfocus_test)/) }
    office && /^\[  PASSED  \] [0-9]+ test/ { cases += $4 }
    office && /^\[  SKIPPED \] [0-9]+ test/ { skipped += $4 }
    office && /^Test Passed\./ { programs++ }
    END { printf "%d office and UI test programs passed, %d test cases passed, %d skipped\n",
                 programs, cases, skipped }' "$1"
}
first_office="LibreOffice $(dpkg-query -W -f='${Version}' libreoffice-core 2>/dev/null | sed 's/^[0-9]*://; s/-.*//')"
summary=("$first_office (system): $(office_counts build/ctest-first-office.log)")

if [[ "${CF_SKIP_OFFICE2:-}" == "1" ]]; then
  summary+=("LibreOffice from bookworm-backports: skipped (CF_SKIP_OFFICE2=1)")
else
  echo "== office and UI tests on LibreOffice from bookworm-backports, with the same .oxt"
  started=$SECONDS
  status=0
  program=$(bash scripts/office-backports.sh build/office-backports | tail -n 1) || status=$?
  if ((status == 2)); then
    echo "SKIPPED: the Debian package mirror cannot be reached, so the office and UI tests did not run"
    echo "against LibreOffice from bookworm-backports. Run scripts/test.sh where it can be reached."
    summary+=("LibreOffice from bookworm-backports: SKIPPED, no way to the package mirror")
  elif ((status != 0)); then
    echo "scripts/office-backports.sh failed (exit $status)" >&2
    exit 1
  else
    version=$(sed 's/^[0-9]*://; s/-.*//' build/office-backports/complete)
    label=$(cut -d. -f1,2 <<<"$version")
    # Not again: the soak test (200 builds, LibreOffice's own memory growth)
    # and the hostile inputs (our reading of them does not depend on the
    # office): the stage keeps CI within its time.
    CF_TEST_OFFICE="$program" CF_TEST_OFFICE_LABEL="$label" \
      ctest --test-dir build --output-on-failure -L 'office|ui' -E '^office_(soak|hostile_calc)_test$'
    cp build/Testing/Temporary/LastTest.log build/ctest-second-office.log
    summary+=("LibreOffice $version (bookworm-backports): $(office_counts build/ctest-second-office.log),"
              "  screenshots in build/test-artifacts/$label/; stage took $((SECONDS - started)) s")
  fi
fi

if [[ "${CF_SKIP_ASAN:-}" != "1" ]]; then
  echo "== core unit tests with AddressSanitizer and UndefinedBehaviorSanitizer"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_WITH_OFFICE=OFF \
    -DCF_SANITIZE=ON -DCF_BUILD_BENCH=OFF -DCF_WERROR=$werror >/dev/null
  cmake --build build-asan -j2
  UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j2 -L unit
fi

if [[ "${CF_SKIP_FUZZ:-}" != "1" ]]; then
  echo "== fuzzing"
  bash scripts/fuzz.sh "${CF_FUZZ_SECONDS:-20}"
fi

echo
echo "== Office and UI tests, per LibreOffice version"
printf '%s\n' "${summary[@]}"
