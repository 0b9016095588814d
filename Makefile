# Quick start: `make build` then `make test`. Each target creates .venv on first use
# (only Python 3.11+ and make are needed) and is quick when it is already installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: build test lint golden bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

build: $(STAMP)
	$(BIN)/edu build

test: $(TEST_STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/mypy src
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/mypy src

# Regenerate the golden files under tests/golden/ after an intended change; review the diff.
golden: $(TEST_STAMP)
	EDU_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf build
