# cross.mk - what every cross board has in common. Not a board itself: a
# board file sets TRIPLE (the Debian cross compiler gcc-$(TRIPLE)) and QEMU
# (the qemu-user-static program that runs its binaries), may set
# ARCH_CFLAGS, then includes this file.
#
# The toolchain is Debian's cross gcc and binutils with a musl built from
# Debian's musl source package into build/$(BOARD)/sysroot (static only) by
# "make deps"; CC is the musl-gcc wrapper musl's configure writes there,
# i.e. the cross gcc with a specs file that points headers, start files and
# libc at the sysroot. Every program is linked fully static, so the unit
# tests run under qemu-user without a target root file system.
include board/common.mk

CROSS         = $(TRIPLE)-
MUSL_SYSROOT  = $(CURDIR)/build/$(BOARD)/sysroot
CC            = $(MUSL_SYSROOT)/bin/musl-gcc
BOARD_LDFLAGS = -static
RUN           = $(QEMU)
NEED         += gcc-$(TRIPLE):$(TRIPLE)-gcc
NEED_RUN     += qemu-user-static:$(QEMU)
