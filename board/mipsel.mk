# mipsel.mk - 32-bit little-endian MIPS (MediaTek MT7621/MT7628 routers):
# as mips.mk, with Debian's gcc-mipsel-linux-gnu; hard-float for the same
# reason as there. Tests run under qemu-mipsel-static.
TRIPLE        = mipsel-linux-gnu
QEMU          = qemu-mipsel-static
include board/cross.mk

NOFP          = mips
