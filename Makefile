# The two commands a newcomer needs: `make run` and `make test`. Both set up everything
# themselves on a fresh Debian/Ubuntu machine (system libraries when run as root, the
# virtual environment in .venv, the Rust extension).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.stamps

# Qt's runtime libraries (for the window, offscreen and under Xvfb), a real browser for
# the web page test, Debian's Rust 1.63 with the WebAssembly standard library, binaryen's
# wasm-opt, GNU Units (test oracle), the validators for the Linux desktop metadata, and
# the session bus, AT-SPI and pyatspi the accessibility test reads the window's tree with,
# for the .deb: dpkg-dev, patchelf, zlib's headers (PyInstaller's bootloader is compiled
# here) and lintian, and a C++ compiler for libFuzzer (built by the fuzz targets).
SYSTEM_PACKAGES := libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 \
	xvfb xauth chromium rustc libstd-rust-dev-wasm32 binaryen units \
	desktop-file-utils appstream icu-devtools shellcheck \
	dbus-daemon at-spi2-core python3-pyatspi dpkg-dev patchelf zlib1g-dev lintian g++

.PHONY: run test setup system-deps venv extension test-rust test-fuzz test-python test-web \
	bytecode wasm fuzz fuzz-merge dist dist-test bench mutants clean

run: setup
	$(PY) -m embedded_unit_converter.gui

setup: system-deps venv extension bytecode

system-deps: $(STAMP)/system-deps
$(STAMP)/system-deps: Makefile
	@mkdir -p $(STAMP)
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing system packages:$$missing"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
		else \
			echo "Missing system packages. Run once:  sudo apt-get install$$missing"; exit 1; \
		fi; \
	fi
	@touch $@

venv: $(STAMP)/venv
$(STAMP)/venv: requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements-dev.txt
	@mkdir -p $(STAMP) && touch $@

# Rebuilt whenever Rust sources, unit data or the Cargo manifests change.
RUST_SOURCES := $(shell find core bindings/python -name '*.rs' -o -name '*.units' -o -name '*.names' -o -name Cargo.toml -o -path 'core/money/*' 2>/dev/null) Cargo.toml pyproject.toml
extension: $(STAMP)/extension
$(STAMP)/extension: $(STAMP)/venv $(RUST_SOURCES)
	$(VENV)/bin/maturin develop --release -q
	@touch $@

# The package's modules compiled here, once per change: without .pyc files (a machine that
# sets PYTHONDONTWRITEBYTECODE, a read-only checkout) every start of the window compiles
# its ~25 modules again, ~25% more start-up CPU. Only stale files are rewritten.
bytecode: extension
	@$(PY) -m compileall -q python/embedded_unit_converter

test: setup test-rust test-python test-web dist-test test-fuzz

test-rust:
	cargo test --workspace --exclude unit-core-python

# The core's fuzz targets (fuzz/, libFuzzer on stable Rust): replay the committed corpus
# and every listed unit pair through the properties, then a short fuzz run with a fixed
# seed (the same executions every time; about 20 s).
test-fuzz: system-deps
	cd fuzz && cargo test --release --quiet
	bash fuzz/run.sh --runs 20000 phrase
	bash fuzz/run.sh --runs 300000 conversion

# A long run: FUZZ_SECONDS per target; then `make fuzz-merge` adds what it found that
# covers new code to the committed corpus.
FUZZ_SECONDS ?= 1800
fuzz: system-deps
	bash fuzz/run.sh $(FUZZ_SECONDS)

fuzz-merge: system-deps
	bash fuzz/run.sh --merge

# Under coverage.py (branches, and the processes the tests start); the report fails below
# the floor in pyproject.toml.
test-python: setup
	rm -rf .coverage-data
	QT_QPA_PLATFORM=offscreen $(PY) -m coverage run -m pytest -q
	$(PY) -m coverage combine -q
	$(PY) -m coverage report

# The web build packs the unit data as the extension's reader sees it (web/pack_units.py).
wasm: setup
	bash web/build.sh

test-web: setup wasm
	bash web/test.sh

dist: setup
	bash packaging/build.sh

dist-test: dist
	bash packaging/test.sh

# Mutation testing of the core (not part of `make test`: a full run takes hours on two
# cores). cargo-mutants changes the core one small way at a time (a `>` into `>=`, a
# function into `return Default`) and runs the core's tests; a change no test notices is
# "missed". Survivors judged equivalent are listed, each with its reason, in
# core/mutants-equivalent.md and excluded in .cargo/mutants.toml.
#   make mutants                                   # the whole core
#   make mutants MUTANTS_FILES="core/src/rational.rs core/src/number.rs"
CARGO_MUTANTS_VERSION := 27.1.0
MUTANTS_FILES ?=
MUTANTS_ARGS ?=
mutants:
	@cargo mutants --version 2>/dev/null | grep -qx "cargo-mutants $(CARGO_MUTANTS_VERSION)" || \
		cargo install cargo-mutants --locked --version $(CARGO_MUTANTS_VERSION)
	cargo mutants -p unit-core --profile mutants --timeout 60 \
		$(foreach f,$(MUTANTS_FILES),--file $(f)) $(MUTANTS_ARGS)

bench: setup wasm
	$(PY) bench/run_all.py

clean:
	rm -rf target dist build $(VENV) web/*.wasm fuzz/target fuzz/out
