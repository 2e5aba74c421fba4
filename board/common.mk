# common.mk - base settings every board includes, then overrides.
#
# A board file sets at least CC; it may change any of these.

CROSS    ?=
CC       ?= cc
AR       = $(CROSS)ar
RANLIB   = $(CROSS)ranlib
STRIP    = $(CROSS)strip
HOST_CC  = gcc

# Optimisation for size, sections so that the linker drops what is unused.
OPT      = -Os
WARN     = -Wall -Wextra
BOARD_CFLAGS  =
BOARD_LDFLAGS =
CFLAGS   = $(OPT) $(WARN) -ffunction-sections -fdata-sections $(BOARD_CFLAGS)
LDFLAGS  = -Wl,--gc-sections $(BOARD_LDFLAGS)
DEPS_CFLAGS = $(OPT) -ffunction-sections -fdata-sections $(BOARD_CFLAGS)

# How to run a program built for this board (empty: directly).
RUN      =

# Debian packages this board needs: "package:command" (command optional).
NEED     = make:make dpkg-dev:dpkg-source gcc:gcc
