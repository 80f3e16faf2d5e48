# SPDX-License-Identifier: GPL-3.0-or-later
# cordial — terminal phrasebook and courtesy trainer.
#
#   make           build into build/ (never installs packages)
#   make run       install missing Debian packages for the build, build, start cordial
#   make check     the same with the test tools too, then the whole test suite, built
#                  with -Werror in build/check; the last line is
#                  "N passed, N failed, N skipped"
#   make bench     benchmarks (not tests); figures on stdout
#   make stress    the long versions of the reliability tests
#   make fuzz      each libFuzzer target for FUZZ_SECONDS (default 60); crashes in
#                  build/check/fuzz/
#   make install   PREFIX (default /usr/local) and DESTDIR are honoured; installs no
#   make uninstall packages
#
# NO_DEPS=1 skips the package step of run, check, bench, stress and fuzz.  CPPFLAGS,
# CFLAGS and LDFLAGS (command line or environment) are added to the project's own
# flags; CC, AR, PKG_CONFIG and FUZZ_CC may be overridden.  The public targets that
# install packages run a second make after that step, so that pkg-config is asked
# only once the packages are there.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
DATAROOT   ?= $(PREFIX)/share
MANDIR     ?= $(DATAROOT)/man
LOCALEDIR  ?= $(DATAROOT)/locale
PKGDATADIR ?= $(DATAROOT)/cordial

VERSION    := 0.1.0
DOMAIN     := cordial
B          := build

# Debian packages: those the build needs, and those the tests need on top.  The
# compiler runtime for fuzzing is chosen at install time to match the clang there.
BUILD_DEBS := gcc make pkg-config libc6-dev libncurses-dev libsqlite3-dev sqlite3 \
	libunistring-dev gettext libpq-dev
TEST_DEBS  := tmux mandoc valgrind bc espeak-ng clang cppcheck clang-tidy postgresql python3 \
	chromium poppler-utils fonts-noto-cjk

PKG_CONFIG ?= pkg-config
CFLAGS     ?= -O2 -g
# The project's own flags; the user's CPPFLAGS, CFLAGS and LDFLAGS come after them.
# -ffp-contract=off: no fused multiply-add, so the scheduler stays bit-exact with
# its reference on every machine.
WARN     := -std=c17 -ffp-contract=off -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wformat=2 -Wvla
ifdef WERROR
WARN     += -Werror
endif
PKGS     := ncursesw sqlite3 libpq
PATHS    := -DCORDIAL_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	-DPKGDATADIR='"$(PKGDATADIR)"'
CORDIAL_CPPFLAGS = -D_GNU_SOURCE -Isrc $(PATHS) $(PKG_CFLAGS)
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS))
# libpq is loaded at run time (src/pq.c): its headers only, not its library.
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs ncursesw sqlite3) -lunistring -lm -ldl
ALL_CPPFLAGS = $(CORDIAL_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(WARN) $(CFLAGS)

SRCS      := $(sort $(wildcard src/*.c))
LIB_SRCS  := $(filter-out src/main.c,$(SRCS))
OBJS      := $(SRCS:src/%.c=$(B)/obj/%.o)
LIB_OBJS  := $(LIB_SRCS:src/%.c=$(B)/obj/%.o)
ASAN_OBJS := $(LIB_SRCS:src/%.c=$(B)/asan/obj/%.o)
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNITS     := $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/%)
ASAN_UNITS:= $(UNIT_SRCS:tests/unit/%.c=$(B)/asan/tests/%)
HANDBOOKS := $(sort $(wildcard content/*.hb))
LINGUAS   := $(shell cat po/LINGUAS 2>/dev/null)
MOS       := $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/$(DOMAIN).mo)
ASAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
# Fuzzing: the library again, built by clang for libFuzzer, and one program per target.
FUZZ_CC   ?= clang
FUZZ      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
FUZZ_OBJS := $(LIB_SRCS:src/%.c=$(B)/fuzz/obj/%.o)
FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZERS   := $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/fuzz/%)

.PHONY: all run check bench fuzz stress install uninstall deps deps-build deps-test clean pot \
	update-po install-man _build _check _bench _fuzz _fuzzers _install FORCE
.DEFAULT_GOAL := all

all: _build
run: deps-build
	@$(MAKE) --no-print-directory _build
	CORDIAL_DATADIR=$(CURDIR)/$(B)/share/cordial CORDIAL_LOCALEDIR=$(CURDIR)/$(B)/locale \
		$(B)/cordial $(RUN_ARGS)
# The -Werror build has a folder of its own, so that switching between "make" and
# "make check" rebuilds nothing.
check: deps-test
	@$(MAKE) --no-print-directory B=$(B)/check WERROR=1 _check
bench: deps-test
	@$(MAKE) --no-print-directory _bench
stress: deps-test
	@$(MAKE) --no-print-directory _build
	@B=$(B) tests/stress/run.sh

fuzz: deps-test
	@$(MAKE) --no-print-directory B=$(B)/check WERROR=1 _fuzz
install: _install

# "make run RUN_ARGS='handbook list'" runs a command instead of the app.
RUN_ARGS ?=

# deps-build: the build's packages (make run); deps-test (or deps): the test tools
# too (make check), with the sanitizer runtime of the clang installed (libclang-rt-N-dev, when
# the distribution has one by that name).  Only missing packages are installed, with
# sudo when not root.
deps-build:
	@$(call install_debs,$(BUILD_DEBS))
deps: deps-test
deps-test: deps-build
	@$(call install_debs,$(TEST_DEBS))
	@$(call install_debs,$$(v=$$(clang -dumpversion 2>/dev/null | cut -d. -f1); \
		[ -n "$$v" ] && apt-cache show libclang-rt-$$v-dev >/dev/null 2>&1 && \
		echo libclang-rt-$$v-dev))

# install_debs PACKAGES: apt-get install those not installed yet (shell words).
install_debs = if [ -n "$(NO_DEPS)" ]; then exit 0; fi; \
	if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "make: not a Debian system; install by hand what provides: $(1)"; exit 0; fi; \
	missing=""; \
	for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q ' installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing (NO_DEPS=1 skips this)"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing \
			>/dev/null || { echo "make: apt-get failed"; exit 1; }; \
	fi

_build: $(B)/cordial $(MOS) $(B)/share/cordial/content.db

$(B)/cordial: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Objects depend on the flags they were compiled with (the installed paths among
# them), so that "make PREFIX=/usr" or a change of flags rebuilds them.
$(B)/flags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS)' >$@
$(OBJS) $(ASAN_OBJS) $(FUZZ_OBJS) $(B)/asan/obj/main.o: $(B)/flags
FORCE:

$(B)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/asan/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(WARN) -O1 -g $(ASAN) -MMD -MP -c -o $@ $<

$(B)/fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(WARN) -O1 -g $(FUZZ) -fsanitize=fuzzer-no-link \
		-MMD -MP -c -o $@ $<

$(B)/libcordial.a: $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^
$(B)/asan/libcordial.a: $(ASAN_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(B)/fuzz/libcordial.a: $(FUZZ_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libcordial.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -Itests/unit -o $@ $< $(B)/libcordial.a $(PKG_LIBS)
$(B)/asan/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/asan/libcordial.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(WARN) -O1 -g $(ASAN) $(LDFLAGS) -Itests/unit -o $@ $< \
		$(B)/asan/libcordial.a $(PKG_LIBS)

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(B)/fuzz/libcordial.a
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(WARN) -O1 -g $(FUZZ) -fsanitize=fuzzer -Itests/fuzz \
		-o $@ $< $(B)/fuzz/libcordial.a $(PKG_LIBS)

# Translations.
$(B)/locale/%/LC_MESSAGES/$(DOMAIN).mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

pot:
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
		--keyword=ngettext:1,2 --add-comments=TRANSLATORS: \
		--package-name=$(DOMAIN) --package-version=$(VERSION) \
		--msgid-bugs-address=none --sort-by-file -o po/$(DOMAIN).pot $$(cat po/POTFILES)
update-po: pot
	for l in $(LINGUAS); do msgmerge -q --update --backup=none --no-fuzzy-matching po/$$l.po po/$(DOMAIN).pot; done

# The shipped handbooks, checked and loaded into the default content database.
# Any error in a shipped handbook fails the build.
$(B)/share/cordial/content.db: $(B)/cordial $(HANDBOOKS)
	@mkdir -p $(B)/share/cordial/handbooks
	@rm -f $@ $@-wal $@-shm $@.tmp $@.tmp-journal $(B)/share/cordial/handbooks/*.hb
	cp $(HANDBOOKS) $(B)/share/cordial/handbooks/
	@# Made empty first: the build expects the file, so cordial has no new database
	@# to announce; its warnings and errors still show.
	@: >$@.tmp
	CORDIAL_DATADIR=/nonexistent $(B)/cordial --content $@.tmp handbook import $(HANDBOOKS) >/dev/null
	$(B)/cordial --content $@.tmp handbook check $(HANDBOOKS) >/dev/null
	@# A rollback journal, not WAL: users who may not write the installed folder
	@# can then read it, to copy it as their first content database.
	sqlite3 $@.tmp "PRAGMA journal_mode = DELETE" >/dev/null
	mv $@.tmp $@

# The fuzzing targets need clang's libFuzzer runtime; without it they are not built,
# and tests/fuzz/run.sh reports them skipped with the reason.
FUZZ_PROBE = printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' | \
	$(FUZZ_CC) $(FUZZ) -fsanitize=fuzzer -x c -o $(B)/fuzz/probe - >/dev/null 2>&1
_fuzzers:
	@mkdir -p $(B)/fuzz
	@if $(FUZZ_PROBE); then rm -f $(B)/fuzz/unavailable; \
		$(MAKE) --no-print-directory $(FUZZERS); \
	else echo "$(FUZZ_CC) cannot link a libFuzzer target (it needs clang and its runtime, libclang-rt-N-dev)" \
		>$(B)/fuzz/unavailable; fi

_check: _build $(UNITS) $(ASAN_UNITS) _fuzzers
	@B=$(B) tests/run

# Each target from a copy of its seeds (tests/fuzz/corpus/TARGET), which grows in
# build/check/fuzz/corpus; a crash is written to build/check/fuzz/crashes and stops
# the run.
_fuzz: $(FUZZERS)
	@B=$(B) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh --long

_bench: _build
	@B=$(B) tests/bench/run

_install: _build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(PKGDATADIR)/handbooks
	install -m 755 $(B)/cordial $(DESTDIR)$(BINDIR)/cordial
	@$(MAKE) --no-print-directory install-man
	install -m 644 $(B)/share/cordial/content.db $(DESTDIR)$(PKGDATADIR)/content.db
	install -m 644 $(HANDBOOKS) $(DESTDIR)$(PKGDATADIR)/handbooks/
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
		install -m 644 $(B)/locale/$$l/LC_MESSAGES/$(DOMAIN).mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/; \
	done

# The man pages name the installed folders: the ones PREFIX and the others give.
MAN_SUBST = sed -e 's|/usr/local/share/cordial|$(PKGDATADIR)|g' -e 's|/usr/local/bin/cordial|$(BINDIR)/cordial|g'
install-man:
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	$(MAN_SUBST) man/cordial.1 >$(DESTDIR)$(MANDIR)/man1/cordial.1
	$(MAN_SUBST) man/cordial-handbook.5 >$(DESTDIR)$(MANDIR)/man5/cordial-handbook.5
	chmod 644 $(DESTDIR)$(MANDIR)/man1/cordial.1 $(DESTDIR)$(MANDIR)/man5/cordial-handbook.5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/cordial $(DESTDIR)$(MANDIR)/man1/cordial.1 \
		$(DESTDIR)$(MANDIR)/man5/cordial-handbook.5
	rm -rf $(DESTDIR)$(PKGDATADIR)
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/$(DOMAIN).mo; done

clean:
	rm -rf $(B)

-include $(wildcard $(B)/obj/*.d $(B)/asan/obj/*.d $(B)/fuzz/obj/*.d)
