# Quick start: `make build` then `make test`. Each target creates .venv on first use
# (only Python 3.11+ and make are needed) and is quick when it is already installed.
# Another interpreter: `make build PYTHON=python3.11` (.ci/deps-stamp names the version it needs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DEPS := $(VENV)/.dependencies

.PHONY: build test lint golden woff2 territories bench lock clean FORCE

# Python 3.11 and 3.12 read the editable install's .pth in the locale's encoding (UTF-8 mode does not
# change that): under LC_ALL=C (CI scripts, cron) a checkout whose path has a non-ASCII letter
# ("Educación al paciente") stops every Python of the venv at start-up. The recipes run in C.UTF-8.
ifneq ($(filter C POSIX,$(LC_ALL)),)
UTF8_LOCALE := $(firstword $(shell locale -a 2>/dev/null | grep -Eix 'c\.utf-?8'))
ifneq ($(UTF8_LOCALE),)
export LC_ALL := $(UTF8_LOCALE)
endif
endif

# What pip installs from pyproject.toml ([project], [build-system]) and the checkout's folder, rewritten
# only when they change: an edit of [tool.edu] (the clinic's phone) reinstalls nothing; in a copied or
# moved checkout the venv (made for the old folder, whose code it would run) is removed and made again.
$(DEPS): FORCE
	@$(PYTHON) .ci/deps-stamp pyproject.toml $@

# constraints.txt pins every package to the versions the suite last passed with (reproducible bytes).
$(STAMP): $(DEPS) constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(TEST_STAMP): $(STAMP) $(DEPS) constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

build: $(STAMP)
	$(BIN)/edu build

test: $(TEST_STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/mypy src $(wildcard bench)
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/mypy src $(wildcard bench)

# Regenerate the golden files under tests/golden/ after an intended change; review the diff.
golden: $(TEST_STAMP)
	EDU_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

# Make the shipped WOFF2 web fonts (src/edu/data/fonts/) again from the installed font packages, after
# `make lock` updates fontTools, Brotli or a font (tests/test_fonts.py fails until then); commit them.
woff2: $(STAMP)
	$(BIN)/python -c 'from edu.webfonts import write_ready_made; write_ready_made()'

territories: $(STAMP)
	$(BIN)/python -c 'from edu.territories import write_territories; write_territories()'

bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

# Re-resolve every dependency to its newest release in a scratch venv and rewrite constraints.txt;
# then run `make test` (and `make golden` if catalogs or PDFs changed on purpose) before committing.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[test]'
	{ sed -n '/^#/p' constraints.txt; .venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^edu=='; } \
		> constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .venv-lock

clean:
	rm -rf build
