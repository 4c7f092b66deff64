#!/usr/bin/env bash
# The main job: install what is missing, build the extension, install it into
# a private LibreOffice profile and run the bundled sample through it.
# Everything it writes lands in out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target oxt cfocus

mkdir -p out
cp build/customer-focus.oxt out/
./build/src/cli/cfocus selftest --profile out/profile | tee out/selftest.txt
echo
echo "The extension is in out/customer-focus.oxt; install it with"
echo "  unopkg add out/customer-focus.oxt    (or Tools > Extension Manager > Add)"
