# The two commands: `make site` (set up, then build the example site into site/) and
# `make test` (set up, then run the whole test suite). Both create .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test check serve lint bench clean

site: $(STAMP)
	$(BIN)/gongkai build --content content --out site

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/gongkai check --content content

serve: $(STAMP)
	$(BIN)/gongkai serve --content content

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/run.py

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf site build .pytest_cache
