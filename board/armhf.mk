# armhf.mk - 32-bit ARMv7-A, hard-float EABI (most ARM NAS and routers):
# Debian's gcc-arm-linux-gnueabihf (Thumb-2, VFPv3-D16) with a musl
# sysroot; tests run under qemu-arm-static.
TRIPLE        = arm-linux-gnueabihf
QEMU          = qemu-arm-static
include board/cross.mk
