#!/bin/sh
# run.sh - run the pytest integration suite against built binaries.
#
# usage: run.sh BINDIR RESULTFILE
#
# Uses Debian's python3-pytest (/usr/bin/python3), whatever python3 comes
# first on PATH. Writes "passed failed" to RESULTFILE (errors and a run that
# collected nothing count as failures).
bindir=$(cd "$1" && pwd); result=$2
xml=$result.xml
rm -f "$xml"
POSTLET_BIN=$bindir /usr/bin/python3 -m pytest -q -p no:cacheprovider \
    --junitxml="$xml" tests/integ ${PYTEST_ARGS:-}
status=$?
/usr/bin/python3 - "$xml" "$result" "$status" <<'PY'
import sys, xml.etree.ElementTree as ET
xml, result, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    root = ET.parse(xml).getroot()
    suites = [root] if root.tag == "testsuite" else list(root)
    tests = sum(int(s.get("tests", 0)) for s in suites)
    bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
except Exception:
    tests, bad, skipped = 0, 1, 0
passed = tests - bad - skipped
if tests == 0 or (status not in (0, 1) and bad == 0):
    bad += 1
open(result, "w").write("%d %d\n" % (passed, bad))
print("integ: %d passed, %d failed" % (passed, bad))
PY
read -r p f <"$result"
[ "$f" = 0 ]
