# Postlet - build, dependencies, tests, install.
#
#   make [BOARD=name]        the static binary and its program links
#   make deps                BearSSL, TinyCDB, udns from Debian sources
#   make check               unit + integration tests + fuzz smoke run
#   make check-unit          unit tests (under qemu for cross boards)
#   make fuzz-smoke          every fuzz harness for FUZZ_SECONDS (30)
#   make size                stripped binary size for every board
#   make chaos               kill -9 run with 500 messages (tests/chaos)
#   make install DESTDIR=    install binary, links, conf and man pages
#   make run                 an instance under run/ in the foreground
#
# BOARD picks board/$(BOARD).mk: native (static musl, default),
# native-glibc (gcc/glibc, sanitizers, fuzzing), and the cross boards mips
# (big-endian MIPS, routers), mipsel, armhf, aarch64: Debian cross gcc,
# musl built from source, tests under qemu-user.

BOARD   ?= native
# Every board file; common.mk and cross.mk are shared parts, not boards.
BOARDS  := $(filter-out common cross,$(basename $(notdir $(wildcard board/*.mk))))
ifeq ($(wildcard board/$(BOARD).mk),)
$(error BOARD=$(BOARD): no board/$(BOARD).mk (boards: $(BOARDS)))
endif
include board/$(BOARD).mk

B        := build/$(BOARD)
DEPS     := $(B)/deps
BIN      := $(B)/bin
OBJ      := $(B)/obj

LIB_DIRS  := src/util src/global src/dns src/tls src/master port/posix
PROG_DIRS := $(filter-out $(LIB_DIRS),$(patsubst %/,%,$(wildcard src/*/)))
LIB_SRCS  := $(foreach d,$(LIB_DIRS),$(wildcard $(d)/*.c))
PROG_SRCS := src/main.c $(foreach d,$(PROG_DIRS),$(wildcard $(d)/*.c))
LIB_OBJS  := $(patsubst %.c,$(OBJ)/%.o,$(LIB_SRCS))
PROG_OBJS := $(patsubst %.c,$(OBJ)/%.o,$(PROG_SRCS))
LIBPOSTLET := $(B)/libpostlet.a
DEPS_STAMP := $(DEPS)/.built
DEPS_LIBS  := $(DEPS)/lib/libbearssl.a $(DEPS)/lib/libcdb.a $(DEPS)/lib/libudns.a
BOARD_MKS  := $(filter board/%,$(MAKEFILE_LIST))

# Program names: one line each in src/programs.h.
PROGRAMS := $(shell sed -n 's/^ *{"\([a-z0-9_-]*\)",.*/\1/p' src/programs.h)

CPPFLAGS := -Isrc -Isrc/util -Isrc/global -Isrc/dns -Isrc/tls -Isrc/master -Iport -I$(DEPS)/include
ifeq ($(CI),true)
WARN     += -Werror
endif

UNIT_SRCS  := $(wildcard tests/unit/test_*.c)
UNIT_BINS  := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRCS))
RESULTS    := $(B)/results

.PHONY: all deps need need-run need-check check check-unit check-integ fuzz \
	fuzz-smoke size size-one install run clean distclean

all: need $(BIN)/postlet

need:
	@sh board/scripts/need.sh $(NEED)

need-run:
	@sh board/scripts/need.sh $(NEED_RUN)

# Dependencies (and a cross board's musl sysroot) from Debian source
# packages; DEPS_SRC=dir builds offline from downloaded sources.
# A cross board's deps are rebuilt when its sysroot has gone.
DEPS_FORCE := $(if $(MUSL_SYSROOT),$(if $(wildcard $(MUSL_SYSROOT)/bin/musl-gcc),,deps-force))
.PHONY: deps-force
$(DEPS_STAMP): board/scripts/deps.sh $(BOARD_MKS) $(DEPS_FORCE)
	@CC="$(CC)" AR="$(AR)" RANLIB="$(RANLIB)" HOST_CC="$(HOST_CC)" \
	  DEPS_CFLAGS="$(DEPS_CFLAGS)" BOARD="$(BOARD)" CROSS="$(CROSS)" \
	  MUSL_SYSROOT="$(MUSL_SYSROOT)" MUSL_CFLAGS="$(MUSL_CFLAGS)" \
	  LOGDIR="$(CURDIR)/$(B)/log" sh board/scripts/deps.sh $(DEPS)
	@touch $@

deps: need $(DEPS_STAMP)

$(OBJ)/%.o: %.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIBPOSTLET): $(LIB_OBJS)
	@rm -f $@
	@sh board/scripts/nofp.sh "$(NOFP)" $(CROSS)objdump $^
	$(AR) rcs $@ $^

$(BIN)/postlet: $(PROG_OBJS) $(LIBPOSTLET)
	@mkdir -p $(BIN)
	@sh board/scripts/nofp.sh "$(NOFP)" $(CROSS)objdump $(PROG_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(PROG_OBJS) $(LIBPOSTLET) $(DEPS_LIBS)
	@for p in $(PROGRAMS); do ln -sf postlet $(BIN)/$$p; done

-include $(LIB_OBJS:.o=.d) $(PROG_OBJS:.o=.d)

# ---- tests ----------------------------------------------------------------

# A unit test may include a program's .c files: -MMD records them.
$(B)/tests/%: tests/unit/%.c tests/unit/unit_test.h $(LIBPOSTLET)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -MMD -MP -MF $@.d -o $@ $< $(LIBPOSTLET) $(DEPS_LIBS)

-include $(UNIT_BINS:=.d)

check-unit: need need-run $(UNIT_BINS)
	@mkdir -p $(RESULTS)
	@sh tests/unit/run.sh "$(RUN)" $(RESULTS)/unit $(UNIT_BINS)

# Test peers. Postfix is installed as a reference to compare output with
# (and for smtp-sink); aiosmtpd, dnsmasq and Dovecot's LMTP server are the
# smtp/lmtp client's peers. A Postfix or Dovecot that its package starts
# is stopped again at once (the tests start their own).
need-check:
	@sh board/scripts/need.sh python3-pytest:pytest-3 tinycdb:cdb clang:clang \
	  libclang-rt-14-dev postfix:/usr/sbin/postconf postfix:/usr/sbin/smtp-sink \
	  python3-aiosmtpd dnsmasq-base:/usr/sbin/dnsmasq \
	  dovecot-core:/usr/sbin/dovecot dovecot-lmtpd:/usr/lib/dovecot/lmtp
	@! /usr/sbin/postfix status >/dev/null 2>&1 || /usr/sbin/postfix stop >/dev/null 2>&1 || true
	@[ ! -e /run/dovecot/master.pid ] || doveadm stop >/dev/null 2>&1 || true

check-integ: need-check all
	@mkdir -p $(RESULTS)
	@sh tests/integ/run.sh $(BIN) $(RESULTS)/integ

FUZZ_SECONDS ?= 30
fuzz:
	@$(MAKE) -s -f tests/fuzz/fuzz.mk fuzz

fuzz-smoke: need-check
	@$(MAKE) -s -f tests/fuzz/fuzz.mk fuzz-smoke FUZZ_SECONDS=$(FUZZ_SECONDS) \
	  FUZZ_RUNS=$(FUZZ_RUNS) RESULTS=$(abspath $(RESULTS))

check: need need-check
	@rm -rf $(RESULTS)
	@$(MAKE) -s all
	@$(MAKE) -s check-unit || true
	@$(MAKE) -s check-integ || true
	@$(MAKE) -s fuzz-smoke FUZZ_RUNS=$(CHECK_FUZZ_RUNS) || true
	@sh tests/summary.sh $(RESULTS)

# make check: a fixed number of inputs per harness from a fixed seed.
CHECK_FUZZ_RUNS ?= 30000

# The full chaos run (tests/chaos/chaos.py): CHAOS_MESSAGES submitted while
# random Postlet processes are killed; prints figures, fails on a loss.
CHAOS_MESSAGES ?= 500
.PHONY: chaos
chaos: need-check all
	@POSTLET_BIN=$(CURDIR)/$(BIN) /usr/bin/python3 tests/chaos/chaos.py -n $(CHAOS_MESSAGES) $(CHAOS_ARGS)

# ---- size, install ----------------------------------------------------------

# Every shipping board (native-glibc is a debugging build); a board that
# does not build is reported with the end of its log and makes "size" fail
# after the others have been measured.
SIZE_BOARDS ?= $(filter-out native-glibc,$(BOARDS))
size:
	@sh board/scripts/need.sh $(NEED_SIZE)
	@failed=; for b in $(SIZE_BOARDS); do \
	  mkdir -p build/$$b/log; \
	  if $(MAKE) -s BOARD=$$b all >build/$$b/log/size-build.log 2>&1; then \
	    $(MAKE) -s BOARD=$$b size-one || failed="$$failed $$b"; \
	  else tail -n 5 build/$$b/log/size-build.log; \
	    printf '%-14s build failed (build/%s/log/size-build.log)\n' $$b $$b; \
	    failed="$$failed $$b"; fi; \
	done; [ -z "$$failed" ] || { echo "size: failed for$$failed"; exit 1; }

size-one: all
	@cp $(BIN)/postlet $(B)/postlet.stripped && $(STRIP) $(B)/postlet.stripped
	@printf '%-14s %8d bytes stripped  %s\n' $(BOARD) $$(wc -c <$(B)/postlet.stripped) \
	  "$$(file -b $(B)/postlet.stripped | tr ',' '\n' | sed 's/^ //' | \
	     grep -v '^version\|^BuildID\|^for GNU\|^with debug\|^stripped' | paste -sd, | sed 's/,/, /g')"

# Postlet is a drop-in for Postfix: the configuration directory is
# Postfix's /etc/postfix, so guides' paths work. Commands go to sbindir
# (command_directory), daemons (the master.cf command names) to daemondir
# (daemon_directory, whose "postconf -d" default is Debian's
# /usr/lib/postfix/sbin), all as links to the one binary. Existing main.cf
# and master.cf are never overwritten.
prefix      ?= /usr
sbindir     ?= $(prefix)/sbin
daemondir   ?= $(prefix)/lib/postfix/sbin
mandir      ?= $(prefix)/share/man
sysconfdir  ?= /etc/postfix
queuedir    ?= /var/spool/postfix
DAEMON_NAMES := anvil bounce cleanup discard error flush lmtp local master \
	pickup pipe postlogd proxymap qmgr scache showq smtp smtpd tlsmgr \
	trivial-rewrite verify virtual
DAEMONS     = $(filter $(DAEMON_NAMES),$(PROGRAMS))
COMMANDS    = $(filter-out $(DAEMON_NAMES),$(PROGRAMS))
install: all
	install -d $(DESTDIR)$(sbindir) $(DESTDIR)$(sysconfdir) $(DESTDIR)$(queuedir)
	install -m 755 -s --strip-program=$(STRIP) $(BIN)/postlet $(DESTDIR)$(sbindir)/postlet
	@for p in $(COMMANDS); do ln -sf postlet $(DESTDIR)$(sbindir)/$$p; done
	@[ -z "$(DAEMONS)" ] || install -d $(DESTDIR)$(daemondir)
	@for p in $(DAEMONS); do ln -sf $(sbindir)/postlet $(DESTDIR)$(daemondir)/$$p; done
	@for f in conf/*.cf conf/postfix-files; do [ -f "$$f" ] || continue; n=$${f#conf/}; \
	  case $$n in main.cf|master.cf) [ -f $(DESTDIR)$(sysconfdir)/$$n ] && continue;; esac; \
	  install -m 644 $$f $(DESTDIR)$(sysconfdir)/$$n; done
	@for s in 1 5 8; do for f in man/man$$s/*.$$s; do [ -f "$$f" ] || continue; \
	  install -d $(DESTDIR)$(mandir)/man$$s; install -m 644 $$f $(DESTDIR)$(mandir)/man$$s/; \
	done; done
	@echo "installed $(sbindir)/postlet, $(words $(PROGRAMS)) program links, config in $(sysconfdir)"

# A self-contained instance under run/, in the foreground, logging to
# standard output (see the README for a first message).
run: all
	@sh board/scripts/run-instance.sh $(BIN) run

clean:
	rm -rf $(B)/obj $(B)/bin $(B)/tests $(B)/results $(LIBPOSTLET)

distclean:
	rm -rf build run
