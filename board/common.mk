# common.mk - base settings every board includes, then overrides.
#
# A board file sets at least CC; it may change any of these. Cross boards
# include board/cross.mk instead, which includes this file.

CROSS    ?=
CC       ?= cc
AR       = $(CROSS)ar
RANLIB   = $(CROSS)ranlib
STRIP    = $(CROSS)strip
HOST_CC  = gcc

# Optimisation for size, sections so that the linker drops what is unused.
# ARCH_CFLAGS (CPU choice, e.g. -march=) go to our code, the libraries and,
# on cross boards, musl alike.
# -Wno-comment: the man-page style file headers (STYLE.md) open every line
# with "/*" inside a comment, which -Wall would flag on every line.
OPT      = -Os
WARN     = -Wall -Wextra -Wno-comment
ARCH_CFLAGS   =
BOARD_CFLAGS  = $(ARCH_CFLAGS)
BOARD_LDFLAGS =
# No unwind tables: C code never unwinds, and the tables would take ~50 KB
# of flash and of mapped pages. The link sorts data sections by alignment,
# so that page-aligned buffers (PAGE_BUFFER in sys_defs.h) come first and
# the small variables every process writes share a few pages.
NOUNWIND = -fno-asynchronous-unwind-tables -fno-unwind-tables
CFLAGS   = $(OPT) $(WARN) -ffunction-sections -fdata-sections $(NOUNWIND) \
	   $(BOARD_CFLAGS)
LDFLAGS  = -Wl,--gc-sections -Wl,--sort-section=alignment $(BOARD_LDFLAGS)
DEPS_CFLAGS = $(OPT) -ffunction-sections -fdata-sections $(NOUNWIND) \
	      $(BOARD_CFLAGS)

# A cross board builds its own musl here (empty: the compiler's libc).
MUSL_SYSROOT  =
MUSL_CFLAGS   = $(ARCH_CFLAGS)

# Instruction set whose FPU use board/scripts/nofp.sh rejects in our
# objects (empty: no check).
NOFP     =

# How to run a program built for this board (empty: directly).
RUN      =

# Debian packages, as "package:command" (command optional): NEED to build
# (and to fetch and unpack the dependencies' source packages), NEED_RUN to
# run the unit tests, NEED_SIZE for "make size".
NEED     = make:make dpkg-dev:dpkg-source gcc:gcc
NEED_RUN =
NEED_SIZE = file:file
