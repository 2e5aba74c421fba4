# native.mk - fully static musl build for the build machine (the default).
include board/common.mk

CC            = musl-gcc
BOARD_LDFLAGS = -static
NEED         += musl-tools:musl-gcc
