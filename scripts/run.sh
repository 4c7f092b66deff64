#!/usr/bin/env bash
# The main job: install what is missing, build the extension, install it into
# a private LibreOffice profile and run the bundled samples through it:
#   - the customer model of a small adult-literacy nonprofit
#     (tests/data/sample-model.json) and the survey of its customers
#     (tests/data/riverside/), run in 2025 and again in 2026: the value
#     matrix of both waves (the Trends sheet says what changed; the other
#     sheets analyse 2026), the model updated from the survey, its planning
#     worksheet and focus checks, and the board's Customer Focus report with
#     what changed since 2025, its comments read with the sample codebook;
#   - the airline passenger survey (tests/data/), a real feedback table of
#     8,506 respondents, into a value matrix: the large real-data example.
# Everything it writes lands in out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target oxt cfocus

mkdir -p out
cp build/customer-focus.oxt out/
cfocus=(./build/src/cli/cfocus --profile out/profile --force)

earlier=tests/data/riverside/riverside-survey-2025.csv
survey=tests/data/riverside/riverside-survey-2026.csv
themes=tests/data/riverside/themes.csv  # the codebook its comments are read with
"${cfocus[@]}" matrix "$earlier" "$survey" --wave-names 2025 2026 --primary "Adult learners" --themes "$themes" \
  -o out/value-matrix.ods --pdf out/value-matrix.pdf --json out/results.json
"${cfocus[@]}" update-model tests/data/sample-model.json "$survey" -o out/model.json
"${cfocus[@]}" worksheet out/model.json -o out/worksheet.odt --pdf out/worksheet.pdf
start=$(date +%s%N)
"${cfocus[@]}" report out/model.json "$earlier" "$survey" --wave-names 2025 2026 --themes "$themes" -o out/report.odt --pdf out/report.pdf
ms=$((($(date +%s%N) - start) / 1000000))
printf 'The report took %d.%02d s end to end (LibreOffice start included).\n' $((ms / 1000)) $((ms % 1000 / 10))
echo
echo "Focus checks of the updated model:"
"${cfocus[@]}" check out/model.json | tee out/focus-checks.txt || true

"${cfocus[@]}" matrix tests/data/airline-passenger-satisfaction.csv \
  --na 0 --primary "Loyal Customer" \
  -o out/airline-value-matrix.ods --pdf out/airline-value-matrix.pdf --json out/airline-results.json

echo
echo "Written to out/: the Riverside survey's value-matrix.ods and .pdf (with its Trends from 2025 to 2026)"
echo "and results.json; model.json"
echo "(the customer model with the survey's values); worksheet.odt and .pdf; report.odt and .pdf;"
echo "focus-checks.txt; and the airline survey's airline-value-matrix.ods and .pdf and airline-results.json."
echo "The extension itself is out/customer-focus.oxt; install it into your LibreOffice with"
echo "  unopkg add out/customer-focus.oxt    (or Tools > Extension Manager > Add)"
