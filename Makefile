# Everything a developer or CI runs. `make demo` and `make test` are the README's two commands;
# both install what they need first (a virtual environment in .venv and Prism in node_modules).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
OLD ?= ../shared/openapi/previous/openapi.yaml
NEW ?= ../shared/openapi/openapi.yaml

.PHONY: install demo test lint typecheck regen check-regen spec-diff bench check-dist ci clean

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

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check realtime_ext scripts tests examples
	$(VENV)/bin/ruff format --check realtime_ext scripts tests examples

typecheck: install
	$(VENV)/bin/mypy realtime_ext examples

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

ci: test check-regen lint typecheck check-dist

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
