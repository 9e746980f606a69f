# The two commands of the README: `make demo` (set up, run one cycle on the seed) and
# `make test` (set up, run every check). Everything else is a step of those.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check lint typecheck pytest setup clean

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

lint:
	$(BIN)/ruff check monitor tests bench

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) data
