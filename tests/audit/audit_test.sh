#!/usr/bin/env bash
# Tests of scripts/check-boundary.py, so that the boundary audit cannot pass
# by seeing nothing: on the fixture it must name every planted violation and
# accept every compliant entry point; on a directory without UNO code it must
# fail.
#   audit_test.sh SCRIPT FIXTURE_DIR
set -uo pipefail
script=$1
fixture=$2
failed=0

out=$(python3 "$script" "$fixture")
status=$?
echo "$out"
if [[ $status -ne 1 ]]; then
  echo "expected exit status 1 on the fixture, got $status"
  failed=1
fi
expect() {  # expect VERDICT NAME
  if ! grep -Eq "^$1 +$2 " <<<"$out"; then
    echo "expected '$1' for $2"
    failed=1
  fi
}
expect FAIL 'Bad::dispatch'
expect FAIL 'Bad::getImplementationName'
expect FAIL 'Bad::supportsService'
expect FAIL 'Bad::Listener::actionPerformed'
expect FAIL 'BadPanel::~BadPanel'
expect FAIL 'extern "C" fixture_Bad_get_implementation'
expect guarded 'Good::dispatch'
expect exempt 'Good::getImplementationName'
expect empty 'Good::removeStatusListener'
expect delegates 'Good::Listener::actionPerformed'
expect guarded 'extern "C" fixture_Good_get_implementation'
if ! grep -q "13 entry points, 6 not through guarded()" <<<"$out"; then
  echo "expected 13 entry points, 6 of them failing"
  failed=1
fi

empty=$(mktemp -d)
python3 "$script" "$empty" >/dev/null
status=$?
rmdir "$empty"
if [[ $status -ne 2 ]]; then
  echo "expected exit status 2 on a directory without entry points, got $status"
  failed=1
fi

[[ $failed -eq 0 ]] && echo "audit_test: the audit tells the fixture's good entry points from the bad"
exit $failed
