# fuzz.mk - libFuzzer harnesses (clang, against the native-glibc board's
# dependencies). Each tests/fuzz/fuzz_NAME.c is one harness; seeds are in
# tests/fuzz/corpus/NAME/.
#
#   make -f tests/fuzz/fuzz.mk fuzz         build every harness
#   make -f tests/fuzz/fuzz.mk fuzz-smoke   run each for FUZZ_SECONDS

FUZZ_SECONDS ?= 30
B        := build/fuzz
DEPS     := build/native-glibc/deps
RESULTS  ?= $(CURDIR)/$(B)/results
FCC      := clang
FCFLAGS  := -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
	    -Wall -Wextra -Wno-comment -Isrc -Isrc/util -Isrc/global -Isrc/dns -Isrc/tls -Isrc/master -Iport -I$(DEPS)/include
FLDFLAGS := -fsanitize=fuzzer,address,undefined

LIB_SRCS := $(wildcard src/util/*.c src/global/*.c src/dns/*.c src/tls/*.c src/master/*.c port/posix/*.c)
LIB_OBJS := $(patsubst %.c,$(B)/obj/%.o,$(LIB_SRCS))
HARNESSES := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(addprefix $(B)/,$(HARNESSES))

.PHONY: fuzz fuzz-smoke deps

fuzz: $(FUZZ_BINS)

$(DEPS)/.built:
	@$(MAKE) -s BOARD=native-glibc deps

$(B)/obj/%.o: %.c $(DEPS)/.built
	@mkdir -p $(dir $@)
	@$(FCC) $(FCFLAGS) -MMD -MP -c -o $@ $<

$(B)/libfuzzpostlet.a: $(LIB_OBJS)
	@rm -f $@
	@ar rcs $@ $^

$(B)/fuzz_%: tests/fuzz/fuzz_%.c $(B)/libfuzzpostlet.a
	@$(FCC) $(FCFLAGS) $(FLDFLAGS) -o $@ $< $(B)/libfuzzpostlet.a \
	  $(DEPS)/lib/libbearssl.a $(DEPS)/lib/libcdb.a $(DEPS)/lib/libudns.a

-include $(LIB_OBJS:.o=.d)

fuzz-smoke: $(FUZZ_BINS)
	@FUZZ_RUNS=$(FUZZ_RUNS) sh tests/fuzz/smoke.sh $(FUZZ_SECONDS) $(RESULTS)/fuzz $(FUZZ_BINS)
