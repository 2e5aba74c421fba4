# native-glibc.mk - gcc and glibc, for debugging, sanitizers and fuzzing.
include board/common.mk

CC            = gcc
OPT           = -O1 -g
