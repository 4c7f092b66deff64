#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build-fuzz/ (core
# only, with AddressSanitizer and UndefinedBehaviorSanitizer) and runs each
# for SECONDS seconds, starting from its seed corpus in tests/fuzz/corpus/.
#
#   scripts/fuzz.sh              # every target for 45 s (what CI runs)
#   scripts/fuzz.sh 600 grid     # one target for 10 minutes
#
# Targets: grid, mapping_json, model_json, codebook. New inputs the fuzzer finds go to
# build-fuzz/corpus/<target>/, a crash to build-fuzz/crashes/ and the log to
# build-fuzz/logs/<target>.log. The script fails when a target crashes, leaks,
# trips a sanitizer or an invariant of the target; the last lines of the log
# say which input, and `build-fuzz/tests/fuzz/<target>_fuzzer FILE` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-45}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(grid mapping_json model_json codebook)

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCF_WITH_OFFICE=OFF -DCF_BUILD_TESTS=OFF -DCF_BUILD_BENCH=OFF -DCF_BUILD_FUZZ=ON \
  -DCF_WERROR=$werror >/dev/null
cmake --build build-fuzz -j2

mkdir -p build-fuzz/crashes build-fuzz/logs
status=0
for t in "${targets[@]}"; do
  exe=build-fuzz/tests/fuzz/${t}_fuzzer
  [[ -x "$exe" ]] || { echo "no fuzz target '$t' (grid, mapping_json, model_json, codebook)" >&2; exit 2; }
  mkdir -p "build-fuzz/corpus/$t"
  log=build-fuzz/logs/$t.log
  echo "== fuzzing $t for ${seconds}s"
  # A first corpus directory collects what the run finds; the seeds are only read.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
      -print_final_stats=1 -dict="tests/fuzz/$t.dict" \
      -artifact_prefix="build-fuzz/crashes/$t-" \
      "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
    grep -E '#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
  else
    status=1
    echo "!! $t failed; the end of $log:" >&2
    tail -40 "$log" >&2
  fi
done
exit $status
