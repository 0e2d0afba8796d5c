# The two entry points of the README: `make run` (set up, ingest corpus/, serve) and `make check` (set up, lint,
# type-check, test). Both create the virtual environment at .venv/ on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run check lint test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/claimgraph ingest corpus/
	$(BIN)/claimgraph serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: setup
	$(BIN)/pytest

check: lint test

bench: setup
	$(BIN)/python bench/store_choice.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
