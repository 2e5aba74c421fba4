# mips.mk - 32-bit big-endian MIPS (routers): Debian's cross gcc with a musl
# 1.2.3 sysroot built from Debian's source package; tests run under qemu.
include board/common.mk

CROSS         = mips-linux-gnu-
MUSL_SYSROOT  = $(CURDIR)/build/mips/sysroot
CC            = $(MUSL_SYSROOT)/bin/musl-gcc
BOARD_LDFLAGS = -static
RUN           = qemu-mips-static
NEED         += gcc-mips-linux-gnu:mips-linux-gnu-gcc qemu-user-static:qemu-mips-static
