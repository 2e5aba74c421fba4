# aarch64.mk - 64-bit ARMv8-A (newer routers, NAS, single-board computers):
# Debian's gcc-aarch64-linux-gnu with a musl sysroot; tests run under
# qemu-aarch64-static.
TRIPLE        = aarch64-linux-gnu
QEMU          = qemu-aarch64-static
include board/cross.mk
