#!/bin/sh
# need.sh - make sure the Debian packages a build or test needs are there.
#
# usage: need.sh package[:command] ...
#
# A package counts as present when its command is on PATH (or, without a
# command, when dpkg knows it as installed). Missing packages are installed
# with apt-get when running as root; otherwise their exact names are printed
# and the script fails, so that the build stops with a clear message.
missing=
for spec in "$@"; do
    pkg=${spec%%:*}
    cmd=${spec#*:}
    [ "$cmd" = "$spec" ] && cmd=
    if [ -n "$cmd" ]; then
        command -v "$cmd" >/dev/null 2>&1 && continue
    else
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' && continue
    fi
    missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages:$missing" >&2
    echo "install them with: apt-get install$missing" >&2
    exit 1
fi
echo "installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing >/tmp/postlet-apt.log 2>&1 ||
    { apt-get update -q >>/tmp/postlet-apt.log 2>&1 &&
      apt-get install -y -q --no-install-recommends $missing >>/tmp/postlet-apt.log 2>&1; } || {
    tail -20 /tmp/postlet-apt.log >&2
    echo "could not install:$missing" >&2
    exit 1
}
