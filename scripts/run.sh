#!/usr/bin/env bash
# The main job: install what is missing, build the extension, install it into
# a private LibreOffice profile and run the bundled samples through it:
#   - the airline passenger survey (tests/data/), a real feedback table of
#     8,506 respondents, into a value matrix;
#   - the customer model of a small adult-literacy nonprofit into a planning
#     worksheet, with its focus checks.
# Everything it writes lands in out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target oxt cfocus

mkdir -p out
cp build/customer-focus.oxt out/
cfocus=(./build/src/cli/cfocus --profile out/profile --force)

"${cfocus[@]}" matrix tests/data/airline-passenger-satisfaction.csv \
  --na 0 --primary "Loyal Customer" \
  -o out/value-matrix.ods --pdf out/value-matrix.pdf --json out/results.json
"${cfocus[@]}" worksheet tests/data/sample-model.json -o out/worksheet.odt --pdf out/worksheet.pdf
echo
echo "Focus checks of the sample model:"
"${cfocus[@]}" check tests/data/sample-model.json | tee out/focus-checks.txt || true

echo
echo "Written to out/: value-matrix.ods and .pdf, results.json, worksheet.odt and .pdf, focus-checks.txt."
echo "The extension itself is out/customer-focus.oxt; install it into your LibreOffice with"
echo "  unopkg add out/customer-focus.oxt    (or Tools > Extension Manager > Add)"
