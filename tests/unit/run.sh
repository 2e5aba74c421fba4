#!/bin/sh
# run.sh - run unit test programs and count their results.
#
# usage: run.sh "RUNNER" RESULTFILE test-program...
#
# RUNNER is empty for native boards, or e.g. qemu-mips-static. Each program
# prints PASS/FAIL lines; a program that crashes or prints no summary counts
# as one failure, and so does one that runs longer than UNIT_TIMEOUT
# seconds (default 300; qemu is slow, but a hang must not stall CI). The
# totals go to RESULTFILE as "passed failed" and are printed as
# "unit: N passed, N failed".
runner=$1; result=$2; shift 2
passed=0; failed=0
ulimit -c 0 2>/dev/null     # tests kill children on purpose: no core files
for t in "$@"; do
    out=$(timeout "${UNIT_TIMEOUT:-300}" $runner "$t" 2>&1); status=$?
    why="exit status $status"
    [ $status = 124 ] && why="timed out after ${UNIT_TIMEOUT:-300} s"
    p=$(printf '%s\n' "$out" | grep -c '^PASS ')
    f=$(printf '%s\n' "$out" | grep -c '^FAIL ')
    if ! printf '%s\n' "$out" | grep -q '^[0-9]* passed, [0-9]* failed$' || { [ $status != 0 ] && [ "$f" = 0 ]; }; then
        f=$((f + 1))
        printf '%s\n' "$out" | tail -20
        echo "FAIL $(basename "$t"): $why"
    else
        printf '%s\n' "$out" | grep -B20 '^FAIL ' || true
    fi
    echo "$(basename "$t"): $p passed, $f failed"
    passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed $failed" >"$result"
echo "unit: $passed passed, $failed failed"
[ "$failed" = 0 ]
