#!/usr/bin/env bash
# Every test: core unit tests, office tests against a real headless
# LibreOffice with the built .oxt, and the UI tests under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_WERROR=$werror >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"
