#!/bin/sh
# postmap.sh - table build and lookup figures, Postlet against Postfix.
#
# usage: tests/bench/postmap.sh [ENTRIES]     (default 100000)
#
# Builds a table of ENTRIES "keyN valueN" lines with Postlet's postmap (cdb)
# and, when Postfix is installed, with Postfix's postmap (hash: and, if it
# has it, cdb:), then looks every key up through "postmap -q - table".
# Prints wall time, rate, peak RSS (GNU time) and the Postlet/Postfix ratio.
# Figures only: nothing here passes or fails.
set -eu
n=${1:-100000}
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${POSTLET_BIN:-$top/build/native/bin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || sh "$top/board/scripts/need.sh" time:/usr/bin/time

awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "key%d value-%d@example.com\n", i, i }' >"$work/src"
cut -d' ' -f1 "$work/src" >"$work/keys"
mkdir -p "$work/etc"; : >"$work/etc/main.cf"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# measure LABEL CMD...: run, print elapsed ms, rate and peak RSS
measure() {
    label=$1; shift
    t0=$(now_ms)
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { echo "$label: failed: $(head -1 "$work/err")"; return 1; }
    t1=$(now_ms); ms=$((t1 - t0)); [ $ms -gt 0 ] || ms=1
    printf '%-34s %7d ms %9d/s  peak RSS %6d KB\n' "$label" $ms $((n * 1000 / ms)) "$(cat "$work/rss")"
    echo $ms >"$work/last"
}

echo "postmap benchmark: $n entries"
cp "$work/src" "$work/postlet"
measure "postlet build (cdb)" env MAIL_CONFIG="$work/etc" "$bin/postmap" "cdb:$work/postlet"
pl_build=$(cat "$work/last")
measure "postlet lookup (cdb)" sh -c "MAIL_CONFIG=$work/etc $bin/postmap -q - cdb:$work/postlet <$work/keys"
pl_query=$(cat "$work/last")
printf '%-34s %7d bytes\n' "postlet binary (stripped)" "$(strip -o "$work/pl" "$bin/postlet" && wc -c <"$work/pl")"

if [ -x /usr/sbin/postmap ]; then
    for type in hash cdb; do
        /usr/sbin/postconf -m 2>/dev/null | grep -qx $type || continue
        cp "$work/src" "$work/postfix-$type"
        cp /dev/null "$work/etc/main.cf"
        measure "postfix build ($type)" /usr/sbin/postmap -c "$work/etc" "$type:$work/postfix-$type" || continue
        pf_build=$(cat "$work/last")
        measure "postfix lookup ($type)" sh -c "/usr/sbin/postmap -c $work/etc -q - $type:$work/postfix-$type <$work/keys" || continue
        pf_query=$(cat "$work/last")
        printf '%-34s build %d.%02dx  lookup %d.%02dx (postfix time / postlet time)\n' "ratio vs postfix $type" \
            $((pf_build / pl_build)) $((pf_build * 100 / pl_build % 100)) \
            $((pf_query / pl_query)) $((pf_query * 100 / pl_query % 100))
    done
else
    echo "postfix not installed: no comparison (apt-get install postfix)"
fi
