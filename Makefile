# The two commands: `make site` (set up, then build the example site into site/) and
# `make test` (set up, then run the whole test suite). Both create .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FONTS := node_modules/.package-lock.json

.PHONY: site test check serve lint docs mutation bench a11y clean

site: $(STAMP) $(FONTS)
	$(BIN)/gongkai build --content content --out site

test: $(STAMP) $(FONTS)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/gongkai check --content content

serve: $(STAMP) $(FONTS)
	$(BIN)/gongkai serve --content content

# The accessibility gate with a readable report: tests/artifacts/a11y/index.html (screenshots included).
a11y: $(STAMP) $(FONTS)
	GONGKAI_A11Y_REPORT=1 $(BIN)/python -m pytest tests/browser/test_axe_pages.py

# Style and types: ruff, and mypy strict on generator/ (pyproject.toml). CI runs it before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# docs/errors.md from the message catalogue (generator/messages/catalogue/*.yml); a test fails when the
# committed file differs from what this writes.
docs: $(STAMP)
	$(BIN)/python -m generator.errors_doc

# Mutation testing of the rule, guard, publish and check modules (slow: not in CI). Prints the kill
# rate; tests/MUTATION.md records the last run and explains every survivor.
mutation: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,mutation]'
	$(BIN)/python tests/mutation.py

# The archive benchmark (bench/run.py): `make bench N=20000`, or several sizes: `make bench N="2000 5000"`.
N ?= 1000
bench: $(STAMP) $(FONTS)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,bench]'
	$(BIN)/python bench/run.py $(N)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# The Mongolian webfont (npm @fontsource/noto-sans-mongolian, pinned in package-lock.json; never
# committed) and the W3C HTML checker for the tests (npm vnu-jar). Without npm the build uses Debian's
# fonts-noto-core instead.
$(FONTS): package-lock.json
	if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "npm not found: the build will use Debian's fonts-noto-core for the Mongolian font"; fi

clean:
	rm -rf site build .pytest_cache
