#!/usr/bin/env bash
# The office benchmark: builds the extension and bench/office_bench, then
# times Build value matrix (a first build and a rebuild, each on its own)
# against a DataPilot and against one getDataArray at 1k, 10k, 100k and 1M
# respondents in one headless LibreOffice, and prints the table (see README,
# Development). Arguments go to office_bench, e.g.
#   bash scripts/bench.sh --sizes 10000,100000 --repeat 5
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCF_BUILD_BENCH=ON >/dev/null
cmake --build build -j2 --target oxt office_bench
build/bench/office_bench "$@"
