#!/bin/sh
# smoke.sh - run each fuzz harness for a while from its seed corpus.
#
# usage: smoke.sh SECONDS RESULTFILE harness...
#
# A harness passes when libFuzzer ends without finding a crash, leak or
# sanitizer error. The working corpus lives under build/, so that the seeds
# in tests/fuzz/corpus are never modified.
#
# With FUZZ_RUNS set (make check does), each harness instead runs that many
# inputs from a fixed random seed: the same run every time, so that a test
# run is repeatable; a plain "make fuzz-smoke" explores anew each time.
secs=$1; result=$2; shift 2
if [ -n "${FUZZ_RUNS:-}" ]; then
    limit="-runs=$FUZZ_RUNS -seed=1"
else
    limit="-max_total_time=$secs"
fi
passed=0; failed=0
mkdir -p "$(dirname "$result")"
for h in "$@"; do
    name=$(basename "$h"); name=${name#fuzz_}
    work=$(dirname "$h")/corpus/$name
    mkdir -p "$work"
    [ -d "tests/fuzz/corpus/$name" ] && cp -n tests/fuzz/corpus/$name/* "$work/" 2>/dev/null
    # shellcheck disable=SC2086
    if "$h" $limit -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$(dirname "$h")/crash-$name-" "$work" >"$h.log" 2>&1; then
        passed=$((passed + 1)); echo "PASS fuzz $name ($(grep -o 'stat::number_of_executed_units: [0-9]*' "$h.log" | head -1 | sed 's/.*: //') runs)"
        grep -q number_of_executed_units "$h.log" || { tail -1 "$h.log" | sed 's/^/  /'; }
    else
        failed=$((failed + 1)); echo "FAIL fuzz $name"; tail -30 "$h.log"
    fi
done
echo "$passed $failed" >"$result"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]
