# Everything a developer or CI runs. `make demo` and `make test` are the README's two commands;
# both install what they need first (a virtual environment in .venv and Prism in node_modules).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
OLD ?= ../shared/openapi/previous/openapi.yaml
NEW ?= ../shared/openapi/openapi.yaml

.PHONY: install demo test lint typecheck regen check-regen spec-diff bench check-dist ci clean browser docs docs-serve

install: $(STAMP) $(NPM_STAMP)

$(STAMP): pyproject.toml generated/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ./generated -e '.[dev]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

demo: install
	$(VENV)/bin/realtime-ext demo

test: install browser
	$(PY) -m pytest -q

# Debian's chromium for the browser tests (driven by playwright with executable_path; its own
# browser download cannot be reached). Installed with apt when missing; fails loudly otherwise.
CHROMIUM ?= /usr/bin/chromium
browser:
	@test -x $(CHROMIUM) || { command -v apt-get >/dev/null && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) ; } || \
		{ echo "make browser: $(CHROMIUM) is missing and apt-get could not install chromium" >&2; exit 1; }
	@test -x $(CHROMIUM) || { echo "make browser: $(CHROMIUM) still missing after apt-get" >&2; exit 1; }

# The documentation site (mkdocs.yml, docs/): strict, so a warning or a broken link fails.
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

docs-serve: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

lint: install
	$(VENV)/bin/ruff check realtime_ext scripts tests examples
	$(VENV)/bin/ruff format --check realtime_ext scripts tests examples

typecheck: install
	$(VENV)/bin/mypy realtime_ext examples
	$(VENV)/bin/mypy --strict tests/typing/check_narrowing.py
	node_modules/.bin/pyright

regen: install
	$(PY) scripts/regen.py

check-regen: install
	$(PY) scripts/regen.py --check

spec-diff: install
	$(PY) scripts/regen.py --diff $(OLD) $(NEW)

# Side by side with the official openai package; writes build/bench-results.json.
bench: install
	$(PY) scripts/bench.py

# The generated distribution installs and imports on its own, in a fresh virtual environment.
check-dist:
	rm -rf build/dist-venv
	$(PYTHON) -m venv build/dist-venv
	build/dist-venv/bin/pip install --quiet ./generated
	build/dist-venv/bin/python -c "import realtime_generated as g; from realtime_generated.api.realtime import create_realtime_call; print('realtime-ext-generated', g.__version__, 'installs alone')"

ci: test check-regen lint typecheck check-dist docs

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
