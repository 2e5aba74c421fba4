#!/bin/sh
# nofp.sh - fail when Postlet's own objects contain FPU instructions.
#
# usage: nofp.sh ARCH OBJDUMP file.o|lib.a ...
#
# Postlet never uses floating point: routers without an FPU run soft-float
# userlands, and a hard-float build must not trap into the kernel's FPU
# emulator. Boards whose hard-float toolchain could hide a mistake (mips,
# mipsel) run this on every object of ours after compiling. ARCH picks the
# pattern: for MIPS any use of a coprocessor-1 register ($f0..$f31).
arch=$1; objdump=$2; shift 2
case $arch in
mips) pattern='\$f[0-9]' ;;
*) exit 0 ;;
esac
bad=$("$objdump" -d "$@" 2>/dev/null | awk -v re="$pattern" '
    /^In archive / { next }
    /^[^ \t].*:[ \t]+file format/ { obj = $1; sub(/:$/, "", obj); next }
    /^[0-9a-f]+ <.*>:$/ { fn = $2; sub(/:$/, "", fn); next }
    $0 ~ re { print obj " " fn ": " $0; exit }')
[ -z "$bad" ] && exit 0
echo "$bad" | tr -s ' \t' ' ' >&2
echo "nofp: floating point in Postlet code (see the line above); use integer arithmetic" >&2
exit 1
