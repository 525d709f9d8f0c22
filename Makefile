# Lantern — the two commands a user needs: `make run` and `make test`.
SWIFT ?= swift
TODAY ?= 2026-11-20
NOTEBOOK ?= examples/notebook
APT_PACKAGES = libcmark-dev pkg-config
# What the end-to-end tests run: the reference parser, an editor, a calendar and an address book
# that import Lantern's exports, and Debian's Python with icalendar and vobject to parse them.
TEST_PACKAGES = cmark vim khal khard python3-icalendar python3-vobject chromium

.PHONY: run test build release deps test-deps clean

# Installs libcmark-dev with apt-get when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) (needs root)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

# Installs the test tools with apt-get when one is missing.
test-deps:
	@if ! { command -v cmark && command -v vim && command -v khal && command -v khard && command -v chromium && \
		/usr/bin/python3 -c "import icalendar, vobject"; } >/dev/null 2>&1; then \
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

test: build test-deps
	$(SWIFT) test

clean:
	rm -rf .build
