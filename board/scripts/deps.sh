#!/bin/sh
# deps.sh - build the third-party libraries a board links with, from Debian
# source packages: BearSSL, TinyCDB and udns as static libraries into
# build/<board>/deps, and for cross boards first a static-only musl sysroot
# (with its musl-gcc wrapper) into build/<board>/sysroot.
#
# usage: deps.sh DEPSDIR
#
# Environment (set by the Makefile from board/<board>.mk):
#   CC AR RANLIB      the board's toolchain (for a cross board, CC is the
#                     sysroot's musl-gcc wrapper, which this script creates)
#   CROSS             cross prefix, e.g. mips-linux-gnu- (empty: native)
#   MUSL_SYSROOT      where to build musl (empty: the board brings its libc)
#   MUSL_CFLAGS       extra flags for musl itself (e.g. -march)
#   DEPS_CFLAGS       flags for the libraries (optimisation, sections, arch)
#   HOST_CC           compiler that runs on the build machine
#   SRCDIR            where downloaded source packages are kept
#                     (default build/sources, shared by every board)
#   DEPS_SRC          a directory of already-downloaded source packages;
#                     when set, nothing is downloaded and apt is not run
#   DEBIAN_MIRROR     archive to fetch from (default: the Debian archive
#                     this machine's apt is configured with)
#   LOGDIR            where build logs go (default DEPSDIR/../log)
#
# Online: sources are fetched with "apt-get source --download-only" through
# a private sources list and lists directory under build/apt; nothing under
# /etc/apt is changed and no root rights are needed for the fetch.
#
# Offline (firmware builds without network): fill a directory once, on any
# Debian bookworm machine with deb-src access, with
#
#     mkdir /path/to/src && cd /path/to/src &&
#     apt-get source --download-only bearssl tinycdb udns musl
#
# (or copy build/sources of an earlier build), then build with
# "make deps DEPS_SRC=/path/to/src". musl is only needed by cross boards.
#
# Every failure ends with one line "deps: <reason>" on stderr, after the
# tail of the log that explains it.
set -eu

DEPSDIR=$1
TOP=$(pwd)
SRCDIR=${SRCDIR:-$TOP/build/sources}
APTDIR=$TOP/build/apt
LOGDIR=${LOGDIR:-$(dirname "$DEPSDIR")/log}
MUSL_SYSROOT=${MUSL_SYSROOT:-}
MUSL_CFLAGS=${MUSL_CFLAGS:-}
CROSS=${CROSS:-}
JOBS=$(nproc 2>/dev/null || echo 2)

PKGS="bearssl tinycdb udns"
[ -n "$MUSL_SYSROOT" ] && PKGS="musl $PKGS"

say() { echo "deps: $*"; }
die() { echo "deps: $*" >&2; exit 1; }

# logged NAME LOGFILE command...: run a build step with its output in
# LOGFILE; on failure show the end of the log and stop with one line.
logged() {
    name=$1; log=$2; shift 2
    if ! "$@" >"$log" 2>&1; then
        tail -n 15 "$log" >&2
        die "building $name failed (full log: $log)"
    fi
}

# mirror: the Debian archive to fetch sources from. Taken from the
# machine's own apt configuration so that local mirrors and proxies keep
# working; DEBIAN_MIRROR overrides it.
mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then
        echo "$DEBIAN_MIRROR"
        return
    fi
    apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' 2>/dev/null |
        awk -v suite="$SUITE" '$2 == suite && $3 == "main" { print $1; exit }'
}

fetch() {
    if [ -n "${DEPS_SRC:-}" ]; then
        [ -d "$DEPS_SRC" ] || die "DEPS_SRC=$DEPS_SRC is not a directory"
        SRCDIR=$(cd "$DEPS_SRC" && pwd)
        for p in $PKGS; do
            ls "$SRCDIR"/${p}_*.dsc >/dev/null 2>&1 ||
                die "DEPS_SRC=$DEPS_SRC has no ${p}_*.dsc (fill it with: apt-get source --download-only $PKGS)"
        done
        say "offline: sources from $SRCDIR"
        return
    fi
    missing=
    for p in $PKGS; do
        ls "$SRCDIR"/${p}_*.dsc >/dev/null 2>&1 || missing="$missing $p"
    done
    [ -z "$missing" ] && return
    command -v apt-get >/dev/null 2>&1 ||
        die "no apt-get to fetch$missing; use DEPS_SRC=dir with downloaded sources"
    SUITE=$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-bookworm}")
    mkdir -p "$APTDIR/lists/partial" "$SRCDIR"
    uri=$(mirror)
    [ -n "$uri" ] ||
        die "no Debian archive for $SUITE in apt's configuration; set DEBIAN_MIRROR=uri or use DEPS_SRC=dir"
    keyring=
    [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] &&
        keyring=" [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]"
    echo "deb-src$keyring $uri $SUITE main" >"$APTDIR/sources.list"
    opts="-o Dir::Etc::SourceList=$APTDIR/sources.list -o Dir::Etc::SourceParts=/dev/null"
    opts="$opts -o Dir::State::Lists=$APTDIR/lists -o Dir::Cache=$APTDIR/cache"
    [ "$(id -u)" = 0 ] && opts="$opts -o APT::Sandbox::User=root"
    say "fetching source packages:$missing"
    # shellcheck disable=SC2086
    # apt-get update exits 0 when an index cannot be fetched, with a warning
    bad='^E: \|^W: Failed to fetch\|^W: Some index files failed'
    if ! apt-get -q $opts update >"$APTDIR/update.log" 2>&1 ||
       grep -q "$bad" "$APTDIR/update.log"; then
        why=$(grep -m1 "$bad" "$APTDIR/update.log" || tail -n 1 "$APTDIR/update.log")
        die "cannot fetch sources: apt-get update failed: $why (offline? use DEPS_SRC=dir)"
    fi
    # shellcheck disable=SC2086
    if ! (cd "$SRCDIR" && apt-get -q $opts source --download-only $missing) \
            >"$APTDIR/source.log" 2>&1; then
        why=$(grep -m1 '^E: ' "$APTDIR/source.log" || tail -n 1 "$APTDIR/source.log")
        die "cannot fetch sources:$missing: $why"
    fi
}

# unpack NAME: extract the Debian source package NAME with its patches
unpack() {
    rm -rf "$DEPSDIR/src/$1"
    mkdir -p "$DEPSDIR/src"
    dsc=$(ls "$SRCDIR"/${1}_*.dsc | tail -n 1)
    say "unpacking $(basename "$dsc" .dsc)"
    logged "$1" "$LOGDIR/unpack-$1.log" \
        dpkg-source --no-check -x "$dsc" "$DEPSDIR/src/$1"
}

# build_musl: a static-only musl in MUSL_SYSROOT, compiled by the Debian
# cross gcc; musl's configure also writes the musl-gcc wrapper (a script
# that runs the cross gcc with a specs file pointing at the sysroot), which
# is the board's CC from then on.
build_musl() {
    unpack musl
    rm -rf "$MUSL_SYSROOT"
    triple=${CROSS%-}
    cd "$DEPSDIR/src/musl"
    logged musl "$LOGDIR/musl-configure.log" \
        ./configure --target="$triple" --prefix="$MUSL_SYSROOT" \
        --disable-shared --enable-wrapper=gcc \
        CROSS_COMPILE="$CROSS" CC="${CROSS}gcc" CFLAGS="$MUSL_CFLAGS"
    logged musl "$LOGDIR/musl-build.log" make -j"$JOBS"
    logged musl "$LOGDIR/musl-install.log" make install
    cd "$TOP"
    [ -x "$MUSL_SYSROOT/bin/musl-gcc" ] || die "musl built no musl-gcc wrapper"
    # The wrapper must produce a static program that runs: try it now so
    # that a broken toolchain is reported here, not in the middle of a build.
    printf 'int main(void) { return 0; }\n' >"$DEPSDIR/src/probe.c"
    logged "a probe with $CC" "$LOGDIR/musl-probe.log" \
        "$CC" -static -o "$DEPSDIR/src/probe" "$DEPSDIR/src/probe.c"
}

build_tinycdb() {
    unpack tinycdb
    cd "$DEPSDIR/src/tinycdb"
    logged tinycdb "$LOGDIR/tinycdb.log" \
        make CC="$CC" CFLAGS="$DEPS_CFLAGS" AR="$AR" RANLIB="$RANLIB" libcdb.a
    cd "$TOP"
    cp "$DEPSDIR/src/tinycdb/cdb.h" "$DEPSDIR/include/"
    cp "$DEPSDIR/src/tinycdb/libcdb.a" "$DEPSDIR/lib/"
}

build_udns() {
    unpack udns
    # udns's configure probes by compiling and running test programs, so it
    # runs with the host compiler; the library is then built with the board's.
    cd "$DEPSDIR/src/udns"
    logged udns "$LOGDIR/udns-configure.log" env CC="$HOST_CC" ./configure
    logged udns "$LOGDIR/udns.log" \
        make CC="$CC" CFLAGS="$DEPS_CFLAGS -DHAVE_CONFIG_H" AR="$AR" libudns.a
    logged udns "$LOGDIR/udns-ranlib.log" $RANLIB libudns.a
    cd "$TOP"
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
    cd "$DEPSDIR/src/bearssl"
    logged bearssl "$LOGDIR/bearssl.log" make -j"$JOBS" CONF=Postlet lib
    cd "$TOP"
    cp "$DEPSDIR/src/bearssl/inc/"*.h "$DEPSDIR/include/"
    cp "$DEPSDIR/src/bearssl/build/libbearssl.a" "$DEPSDIR/lib/"
}

fetch
rm -rf "$DEPSDIR"
mkdir -p "$DEPSDIR/include" "$DEPSDIR/lib" "$LOGDIR"
if [ -n "$MUSL_SYSROOT" ]; then
    command -v "${CROSS}gcc" >/dev/null 2>&1 ||
        die "no ${CROSS}gcc (Debian package gcc-${CROSS%-})"
    say "building musl into $MUSL_SYSROOT"; build_musl
fi
say "building tinycdb";  build_tinycdb
say "building udns";     build_udns
say "building bearssl";  build_bearssl
rm -rf "$DEPSDIR/src"
say "done: $DEPSDIR"
