#!/bin/sh
# deps.sh - build BearSSL, TinyCDB and udns (and, for cross boards, a musl
# sysroot) from Debian source packages into build/<board>/deps.
#
# usage: deps.sh DEPSDIR
#
# Environment (set by the Makefile from board/<board>.mk):
#   CC AR RANLIB      the board's toolchain
#   DEPS_CFLAGS       flags for the libraries (optimisation, sections)
#   HOST_CC           compiler that runs on the build machine
#   SRCDIR            where the source packages are (default build/sources)
#   DEPS_SRC          a directory of already-downloaded source packages
#                     (.dsc plus tarballs, as "apt-get source --download-only"
#                     leaves them); when set, nothing is downloaded
#
# Sources are fetched with apt-get source through a private sources list and
# lists directory under build/apt; nothing under /etc/apt is touched.
set -eu

DEPSDIR=$1
TOP=$(pwd)
SRCDIR=${SRCDIR:-$TOP/build/sources}
APTDIR=$TOP/build/apt
PKGS="bearssl tinycdb udns"

say() { echo "deps: $*"; }

fetch() {
    if [ -n "${DEPS_SRC:-}" ]; then
        SRCDIR=$DEPS_SRC
        for p in $PKGS; do
            ls "$SRCDIR"/${p}_*.dsc >/dev/null 2>&1 || {
                echo "deps: DEPS_SRC=$DEPS_SRC has no ${p}_*.dsc" >&2; exit 1; }
        done
        return
    fi
    missing=
    for p in $PKGS; do
        ls "$SRCDIR"/${p}_*.dsc >/dev/null 2>&1 || missing="$missing $p"
    done
    [ -z "$missing" ] && return
    mkdir -p "$APTDIR/lists/partial" "$SRCDIR"
    if [ ! -f "$APTDIR/sources.list" ]; then
        suite=$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-bookworm}")
        echo "deb-src http://deb.debian.org/debian $suite main" >"$APTDIR/sources.list"
    fi
    opts="-o Dir::Etc::SourceList=$APTDIR/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$APTDIR/lists -o APT::Sandbox::User=root"
    say "fetching source packages:$missing"
    # shellcheck disable=SC2086
    apt-get -q $opts update >"$APTDIR/update.log" 2>&1 || {
        cat "$APTDIR/update.log" >&2; echo "deps: apt-get update failed (offline? use DEPS_SRC=dir)" >&2; exit 1; }
    # shellcheck disable=SC2086
    (cd "$SRCDIR" && apt-get -q $opts source --download-only $missing) >"$APTDIR/source.log" 2>&1 || {
        cat "$APTDIR/source.log" >&2; echo "deps: apt-get source failed" >&2; exit 1; }
}

# unpack NAME: extract the Debian source package NAME with its patches
unpack() {
    rm -rf "$DEPSDIR/src/$1"
    mkdir -p "$DEPSDIR/src"
    dsc=$(ls "$SRCDIR"/${1}_*.dsc | tail -n 1)
    dpkg-source --no-check -x "$dsc" "$DEPSDIR/src/$1" >/dev/null
}

build_tinycdb() {
    unpack tinycdb
    (cd "$DEPSDIR/src/tinycdb" &&
     make -s CC="$CC" CFLAGS="$DEPS_CFLAGS" AR="$AR" RANLIB="$RANLIB" libcdb.a >/dev/null)
    cp "$DEPSDIR/src/tinycdb/cdb.h" "$DEPSDIR/include/"
    cp "$DEPSDIR/src/tinycdb/libcdb.a" "$DEPSDIR/lib/"
}

build_udns() {
    unpack udns
    # udns's configure probes by compiling and running test programs, so it
    # runs with the host compiler; the library is then built with the board's.
    (cd "$DEPSDIR/src/udns" && CC="$HOST_CC" ./configure >/dev/null &&
     make -s CC="$CC" CFLAGS="$DEPS_CFLAGS -DHAVE_CONFIG_H" AR="$AR" libudns.a >/dev/null &&
     $RANLIB libudns.a)
    cp "$DEPSDIR/src/udns/udns.h" "$DEPSDIR/include/"
    cp "$DEPSDIR/src/udns/libudns.a" "$DEPSDIR/lib/"
}

build_bearssl() {
    unpack bearssl
    cat >"$DEPSDIR/src/bearssl/conf/Postlet.mk" <<MK
include conf/Unix.mk
CC = $CC
CFLAGS = $DEPS_CFLAGS
AR = $AR
LD = $CC
LDDLL = $CC
DLL = no
TOOLS = no
TESTS = no
MK
    (cd "$DEPSDIR/src/bearssl" && make -s CONF=Postlet lib >/dev/null)
    cp "$DEPSDIR/src/bearssl/inc/"*.h "$DEPSDIR/include/"
    cp "$DEPSDIR/src/bearssl/build/libbearssl.a" "$DEPSDIR/lib/"
}

fetch
mkdir -p "$DEPSDIR/include" "$DEPSDIR/lib"
say "building tinycdb";  build_tinycdb
say "building udns";     build_udns
say "building bearssl";  build_bearssl
rm -rf "$DEPSDIR/src"
say "done: $DEPSDIR"
