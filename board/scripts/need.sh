#!/bin/sh
# need.sh - make sure the Debian packages a build or test needs are there.
#
# usage: need.sh package[:command] ...
#
# A package counts as present when its command is on PATH (or, without a
# command, when dpkg knows it as installed). Missing packages are installed
# with apt-get when running as root (apt-get update first when the package
# lists are missing or too old to know them); otherwise, or when that
# fails, the exact package names are printed and the script fails, so that
# the build stops with a clear message. NEED_NO_INSTALL=1 only checks.

# present SPEC: is the package of SPEC (package[:command]) there?
present() {
    pkg=${1%%:*}
    cmd=${1#*:}
    [ "$cmd" = "$1" ] && cmd=
    if [ -n "$cmd" ]; then
        command -v "$cmd" >/dev/null 2>&1
    else
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'
    fi
}

# missing SPEC...: the packages (with duplicates removed) not present
missing() {
    out=
    for spec in "$@"; do
        present "$spec" && continue
        case " $out " in *" ${spec%%:*} "*) ;; *) out="$out ${spec%%:*}" ;; esac
    done
    echo "$out"
}

lack=$(missing "$@")
[ -z "$lack" ] && exit 0

if [ "$(id -u)" != 0 ] || [ -n "${NEED_NO_INSTALL:-}" ]; then
    echo "missing Debian packages:$lack (install as root: apt-get install$lack)" >&2
    exit 1
fi
echo "installing Debian packages:$lack"
log=${TMPDIR:-/tmp}/postlet-apt.$$.log
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $lack >"$log" 2>&1 ||
    { apt-get update -q >>"$log" 2>&1 &&
      apt-get install -y -q --no-install-recommends $lack >>"$log" 2>&1; } || {
    tail -n 10 "$log" >&2
    echo "could not install Debian packages:$lack (apt-get install$lack failed; log: $log)" >&2
    exit 1
}
rm -f "$log"
lack=$(missing "$@")
[ -z "$lack" ] && exit 0
echo "still missing after apt-get install:$lack (the packages installed, but not the commands this build runs)" >&2
exit 1
