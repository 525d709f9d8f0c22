# Lantern — the two commands a user needs: `make run` and `make test`.
SWIFT ?= swift
TODAY ?= 2026-11-20
NOTEBOOK ?= examples/notebook
APT_PACKAGES = libcmark-dev pkg-config

.PHONY: run test build release deps clean

# Installs libcmark-dev with apt-get when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) (needs root)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
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
	@echo "== lantern export $(NOTEBOOK) --today $(TODAY) (first lines)"
	@.build/debug/lantern export $(NOTEBOOK) --today $(TODAY) | head -n 20

test: build
	$(SWIFT) test

clean:
	rm -rf .build
