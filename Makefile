# cordial — terminal phrasebook and courtesy trainer.
#
#   make run       install missing Debian packages, build, start cordial
#   make check     the whole test suite; the last line is "N passed, N failed"
#   make bench     benchmarks (not tests); figures on stdout
#   make stress    the long versions of the reliability tests
#   make fuzz      each libFuzzer target for FUZZ_SECONDS (default 60); crashes in build/fuzz/
#   make install   PREFIX (default /usr/local) and DESTDIR are honoured
#
# The public targets first make sure the build dependencies are installed (deps),
# then run a second make, so that pkg-config is asked only once they are there.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
DATAROOT   ?= $(PREFIX)/share
MANDIR     ?= $(DATAROOT)/man
LOCALEDIR  ?= $(DATAROOT)/locale
PKGDATADIR ?= $(DATAROOT)/cordial

VERSION    := 0.1.0
DOMAIN     := cordial
B          := build

# Debian packages that the build and the tests need.
DEBS := gcc make pkg-config libc6-dev libncurses-dev libsqlite3-dev sqlite3 \
	libunistring-dev gettext tmux mandoc valgrind bc espeak-ng \
	clang libclang-rt-14-dev cppcheck clang-tidy chromium poppler-utils fonts-noto-cjk

CFLAGS   ?= -O2 -g
# -ffp-contract=off: no fused multiply-add, so the scheduler stays bit-exact with
# its reference on every machine.
WARN     := -std=c17 -ffp-contract=off -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wformat=2 -Wvla
ifdef WERROR
WARN     += -Werror
endif
PKGS     := ncursesw sqlite3
PATHS    := -DCORDIAL_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	-DPKGDATADIR='"$(PKGDATADIR)"'
CPPFLAGS += -D_GNU_SOURCE -Isrc $(PATHS)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lunistring -lm

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

.PHONY: all run check bench fuzz stress install uninstall deps clean pot update-po \
	_build _check _bench _fuzz _install FORCE
.DEFAULT_GOAL := all

all: deps
	@$(MAKE) --no-print-directory _build
run: deps
	@$(MAKE) --no-print-directory _build
	CORDIAL_DATADIR=$(CURDIR)/$(B)/share/cordial CORDIAL_LOCALEDIR=$(CURDIR)/$(B)/locale \
		$(B)/cordial $(RUN_ARGS)
check: deps
	@$(MAKE) --no-print-directory WERROR=1 _check
bench: deps
	@$(MAKE) --no-print-directory _bench
stress: deps
	@$(MAKE) --no-print-directory _build
	@B=$(B) tests/stress/run.sh

fuzz: deps
	@$(MAKE) --no-print-directory WERROR=1 _fuzz
install: deps
	@$(MAKE) --no-print-directory _install

# "make run RUN_ARGS='handbook list'" runs a command instead of the app.
RUN_ARGS ?=

deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "make deps: not a Debian system; install by hand: $(DEBS)"; exit 0; fi; \
	missing=""; \
	for p in $(DEBS); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q ' installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "make deps: installing$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing \
			>/dev/null || { echo "make deps: apt-get failed"; exit 1; }; \
	fi

_build: $(B)/cordial $(MOS) $(B)/share/cordial/content.db

$(B)/cordial: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Objects depend on the flags they were compiled with (the installed paths among
# them), so that "make PREFIX=/usr" or a change of flags rebuilds them.
$(B)/flags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS)' >$@
$(OBJS) $(ASAN_OBJS) $(FUZZ_OBJS) $(B)/asan/obj/main.o: $(B)/flags
FORCE:

$(B)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/asan/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) -O1 -g $(ASAN) -MMD -MP -c -o $@ $<

$(B)/fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) -O1 -g $(FUZZ) -fsanitize=fuzzer-no-link \
		-MMD -MP -c -o $@ $<

$(B)/libcordial.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^
$(B)/asan/libcordial.a: $(ASAN_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(B)/fuzz/libcordial.a: $(FUZZ_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libcordial.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) $(CFLAGS) -Itests/unit -o $@ $< $(B)/libcordial.a $(PKG_LIBS)
$(B)/asan/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/asan/libcordial.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) -O1 -g $(ASAN) -Itests/unit -o $@ $< $(B)/asan/libcordial.a $(PKG_LIBS)

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(B)/fuzz/libcordial.a
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(WARN) -O1 -g $(FUZZ) -fsanitize=fuzzer -Itests/fuzz \
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
	@rm -f $@ $@-wal $@-shm $(B)/share/cordial/handbooks/*.hb
	cp $(HANDBOOKS) $(B)/share/cordial/handbooks/
	CORDIAL_DATADIR=/nonexistent $(B)/cordial --content $@.tmp handbook import $(HANDBOOKS) >/dev/null
	$(B)/cordial --content $@.tmp handbook check $(HANDBOOKS) >/dev/null
	@# A rollback journal, not WAL: users who may not write the installed folder
	@# can then read it, to copy it as their first content database.
	sqlite3 $@.tmp "PRAGMA journal_mode = DELETE" >/dev/null
	mv $@.tmp $@

_check: _build $(UNITS) $(ASAN_UNITS) $(FUZZERS)
	@B=$(B) tests/run

# Each target from a copy of its seeds (tests/fuzz/corpus/TARGET), which grows in
# build/fuzz/corpus; a crash is written to build/fuzz/crashes and stops the run.
_fuzz: $(FUZZERS)
	@B=$(B) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh --long

_bench: _build
	@B=$(B) tests/bench/run

_install: _build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(PKGDATADIR)/handbooks
	install -m 755 $(B)/cordial $(DESTDIR)$(BINDIR)/cordial
	install -m 644 man/cordial.1 $(DESTDIR)$(MANDIR)/man1/cordial.1
	install -m 644 man/cordial-handbook.5 $(DESTDIR)$(MANDIR)/man5/cordial-handbook.5
	install -m 644 $(B)/share/cordial/content.db $(DESTDIR)$(PKGDATADIR)/content.db
	install -m 644 $(HANDBOOKS) $(DESTDIR)$(PKGDATADIR)/handbooks/
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
		install -m 644 $(B)/locale/$$l/LC_MESSAGES/$(DOMAIN).mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/cordial $(DESTDIR)$(MANDIR)/man1/cordial.1 \
		$(DESTDIR)$(MANDIR)/man5/cordial-handbook.5
	rm -rf $(DESTDIR)$(PKGDATADIR)
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/$(DOMAIN).mo; done

clean:
	rm -rf $(B)

-include $(wildcard $(B)/obj/*.d $(B)/asan/obj/*.d $(B)/fuzz/obj/*.d)
