# The two entry points of the README: `make run` (set up, ingest corpus/, serve) and `make check` (set up, lint,
# type-check, test). Both create the virtual environment at .venv/ on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run check lint test bench clean

VENDOR := src/claimgraph/web/static/vendor

setup: $(VENV)/.installed $(VENDOR)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The pages' front-end libraries come from npm (package-lock.json pins them); without npm the pages still work,
# with no graph drawing, and the browser tests skip.
$(VENDOR)/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --loglevel=error && mkdir -p $(VENDOR) && \
	  cp node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)/ && touch $@; \
	else echo "npm not found: the web pages will not draw graphs, and the browser tests will be skipped"; fi

run: setup
	$(BIN)/claimgraph ingest corpus/
	$(BIN)/claimgraph serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

test: setup
	$(BIN)/pytest

check: lint test

bench: setup
	$(BIN)/python bench/store_choice.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache node_modules $(VENDOR) tests/artifacts
