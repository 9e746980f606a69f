# The two commands of the README: `make demo` (set up, run one cycle on the seed) and
# `make test` (set up, run every check). Everything else is a step of those.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast check lint format typecheck pytest setup clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/monitor db upgrade
	$(BIN)/monitor run --once

test: setup check

check: lint typecheck pytest

LINTED := monitor tests bench tools migrations

lint:
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

format:
	$(BIN)/ruff format $(LINTED)
	$(BIN)/ruff check --fix $(LINTED)

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/python -m pytest -q -p no:cacheprovider

# The suite without the end-to-end crash, chaos and wheel tests (marked `slow`): for the edit loop.
test-fast: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow"

clean:
	rm -rf $(VENV) data
