# Lantern — the two commands a user needs: `make run` and `make test`.
SWIFT ?= swift
TODAY ?= 2026-11-20
NOTEBOOK ?= examples/notebook
APT_PACKAGES = libcmark-dev pkg-config
# What the end-to-end tests run: the reference parser, an editor, a calendar and an address book
# that import Lantern's exports, Debian's Python with icalendar, vobject and jsonschema to parse them
# (SARIF against the vendored official schema), git (a notebook inside a repository), patch
# (log --dry-run diffs must apply), and Neovim and Emacs (eglot, with markdown-mode) as language
# clients of `lantern lsp`.
# What the install test runs (InstallTests): the manual reader, Debian's package checker, and the
# three shells whose completion folders Lantern installs into.
TEST_PACKAGES = cmark vim neovim emacs-nox elpa-eglot elpa-markdown-mode khal khard python3-icalendar python3-vobject python3-jsonschema \
	chromium git patch man-db lintian bash-completion zsh fish

.PHONY: run test unit build release deps test-deps fuzz fuzz-build asan tsan bench clean static install uninstall deb format format-check

# Installs libcmark-dev with apt-get when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) (needs root)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

# Installs the test tools with apt-get when one is missing.
test-deps:
	@if ! { command -v cmark && command -v vim && command -v nvim && command -v emacs && \
		ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* /usr/share/emacs/site-lisp/elpa-src/markdown-mode-* && command -v khal && command -v khard && command -v chromium && command -v patch && \
		/usr/bin/python3 -c "import icalendar, vobject, jsonschema" && command -v git && \
		command -v man && command -v lintian && [ -f /usr/share/bash-completion/bash_completion ] && \
		command -v zsh && command -v fish; } >/dev/null 2>&1; then \
		echo "Installing $(TEST_PACKAGES) (needs root)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TEST_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The main job on the bundled example notebook, judged on a fixed day.
run: build
	@echo "== lantern lint $(NOTEBOOK) --today $(TODAY)"
	@.build/debug/lantern lint $(NOTEBOOK) --today $(TODAY) || [ $$? -eq 1 ]
	@echo
	@echo "== lantern show jane $(NOTEBOOK) --today $(TODAY)"
	@.build/debug/lantern show jane $(NOTEBOOK) --today $(TODAY)
	@echo
	@echo "== lantern followups $(NOTEBOOK) --today $(TODAY)"
	@.build/debug/lantern followups $(NOTEBOOK) --today $(TODAY)
	@echo
	@echo "== lantern week $(NOTEBOOK) --today $(TODAY): the weekly page (open the .html in a browser)"
	@.build/debug/lantern week $(NOTEBOOK) --today $(TODAY)

# Both tiers: the unit tests (Swift only) and the system tests (the binary and real programs).
# The package is built first (once: `make deb` does nothing when it is up to date), and the install
# test (InstallTests) must then run: LANTERN_PACKAGE names it, so a missing package is a failure.
test: format-check build test-deps deb
	LANTERN_PACKAGE=$(DEB) $(SWIFT) test

# The code's layout (.swift-format), with the toolchain's own swift-format: `format` rewrites the
# files in place, `format-check` fails on any difference (make test runs it first).
FORMATTED = Package.swift Sources Tests
format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

format-check:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

# The unit tier alone: needs nothing beyond Swift and libcmark.
unit: deps
	$(SWIFT) test --filter LanternKitTests

# The benchmark (Benchmarks/bench.sh): generated notebooks, hyperfine, ratios to cmark.
bench: release
	Benchmarks/bench.sh

# libFuzzer on the note reader (Sources/LanternFuzz), with AddressSanitizer, for MINUTES minutes.
# The corpus grows in .build-fuzz/corpus from Fuzz/seeds; crashes land in .build-fuzz/crashes.
# SwiftPM gives every executable its own main, so the fuzzer is linked as libFuzzer's "no main"
# library and driven by LLVMFuzzerRunDriver; -sanitize=fuzzer instruments the compile.
MINUTES ?= 10
FUZZ_BUILD = $(SWIFT) build -c release --build-path .build-fuzz
# The toolchain's clang runtime folder, and this machine's architecture (x86_64, aarch64).
CLANG_RT = $(shell dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))/lib/clang
ARCH = $(shell uname -m)
fuzz-build: deps
	$(FUZZ_BUILD) --product LanternFuzz \
		-Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLANTERN_FUZZ \
		-Xlinker $$(ls $(CLANG_RT)/*/lib/linux/libclang_rt.fuzzer_no_main-$(ARCH).a | head -n 1) -Xlinker -lstdc++

fuzz: fuzz-build
	@mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	bin=$$($(FUZZ_BUILD) --show-bin-path) && cd .build-fuzz && $$bin/LanternFuzz -max_total_time=$$(( $(MINUTES) * 60 )) \
		-max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix=crashes/ -print_final_stats=1 corpus ../Fuzz/seeds

# The test suite under the address and thread sanitizers (separate build folders).
asan: build test-deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp $(SWIFT) test --sanitize=address --build-path .build-asan

tsan: build test-deps
	$(SWIFT) test --sanitize=thread --build-path .build-tsan

# What a user installs: a release build with the Swift runtime linked in (--static-swift-stdlib),
# so that it runs on a machine without Swift; it needs only libcmark and the C and C++ runtimes.
# It has its own build folder: it neither waits for `swift build` and `swift test` nor undoes them
# (and the flag changes every compile, so the two never share one).
# `make static` builds it and stages (scripts/package) the stripped binary, the man page
# (scripts/manpage) and the completions, all made from the binary's own help; `make install` and
# `make deb` copy those, so `make static && sudo make install` builds as you and, as root, only copies.
STATIC = .build-static
STATIC_BIN = $(STATIC)/release/lantern
STAGE = $(STATIC)/stage
SOURCES := Package.swift $(shell find Sources -type f 2>/dev/null)
# The version is written once, in Sources/LanternKit/Version.swift; the package is named after it,
# and scripts/package checks that the binary and packaging/changelog say the same.
VERSION := $(shell sed -n 's/^public let lanternVersion = "\(.*\)"/\1/p' Sources/LanternKit/Version.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB = $(STATIC)/lantern_$(VERSION)_$(ARCH).deb
PREFIX ?= /usr/local
DESTDIR ?=

$(STATIC_BIN): $(SOURCES)
	@$(MAKE) -s deps
	$(SWIFT) build -c release --static-swift-stdlib --product lantern --scratch-path $(STATIC)
	@touch $@

$(STAGE)/version: $(STATIC_BIN) scripts/package scripts/manpage packaging/changelog
	scripts/package stage $(STATIC_BIN) $(STAGE)

static: $(STAGE)/version

# PREFIX=/usr/local by default (bin/, share/man/man1/, and the bash, zsh and fish completion
# folders under share/); DESTDIR stages the files under another root.
install: $(STAGE)/version
	scripts/package install $(STAGE) "$(DESTDIR)" "$(PREFIX)"

uninstall:
	scripts/package uninstall "$(DESTDIR)" "$(PREFIX)"

# The Debian package: install it with `sudo apt install ./.build-static/lantern_*.deb`.
deb: $(DEB)

$(DEB): $(STAGE)/version packaging/copyright packaging/lintian-overrides
	scripts/package deb $(STAGE) $@

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan $(STATIC)
