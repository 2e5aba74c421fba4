# mips.mk - 32-bit big-endian MIPS, the router case (MIPS32r2 cores such as
# 24Kc/74Kc/1004Kc): Debian's gcc-mips-linux-gnu with a musl 1.2.3 sysroot
# built from Debian's source package; tests run under qemu-mips-static.
#
# Float ABI: hard-float (musl's plain "mips" subarch), on purpose.
# A soft-float build (-msoft-float, musl's mips-sf) was tried: musl builds
# and a static program links, but only with "uses -msoft-float ... uses
# -mhard-float" linker warnings, because Debian's mips cross gcc has no
# soft-float multilib: its crtbegin/crtend and libgcc.a are hard-float, and
# libgcc's double helpers (__adddf3, __muldf3, ...) are single FPU
# instructions taking their operands in FPU registers. Soft-float musl
# calls them with operands in integer registers, so any floating point in
# libc gives wrong results (printf("%.3f", 1.5) printed 0.000 under qemu).
# Postlet itself has no floating point (delays and ratios are integers;
# "make BOARD=mips check-unit" checks that our objects hold no FPU
# instruction), so a hard-float binary never traps to the kernel's FPU
# emulator on an FPU-less router in normal operation. A vendor toolchain
# with a soft-float libgcc can build soft-float by setting
# ARCH_CFLAGS=-msoft-float on such a board file.
TRIPLE        = mips-linux-gnu
QEMU          = qemu-mips-static
include board/cross.mk

NOFP          = mips
