#!/bin/sh
# summary.sh - add up the result files of a test run.
#
# usage: summary.sh RESULTSDIR
#
# Each file in RESULTSDIR holds "passed failed" for one suite. A suite that
# should have run but left no file counts as one failure. Prints the closing
# line "N passed, N failed" and fails when anything failed.
dir=$1
passed=0; failed=0
for suite in unit integ fuzz; do
    if [ -f "$dir/$suite" ]; then
        read -r p f <"$dir/$suite"
        echo "$suite: $p passed, $f failed"
    else
        echo "$suite: no results (did not run to the end)"
        p=0; f=1
    fi
    passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed $failed" >"$dir/summary"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
