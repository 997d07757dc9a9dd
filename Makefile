# Everything a developer or CI runs. `make demo` and `make test` are the README's two commands;
# both install what they need first (a virtual environment in .venv and Prism in node_modules).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
OLD ?= ../shared/openapi/previous/openapi.yaml
NEW ?= ../shared/openapi/openapi.yaml

.PHONY: install demo test lint typecheck regen check-regen spec-diff update-spec bench check-dist ci clean browser docs docs-serve test-lowest

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
	$(VENV)/bin/ruff check realtime_ext scripts tests
	$(VENV)/bin/ruff format --check realtime_ext scripts tests

typecheck: install
	$(VENV)/bin/mypy realtime_ext
	$(VENV)/bin/mypy --strict tests/typing/check_narrowing.py
	node_modules/.bin/pyright

# Refuses to change a public class name (openapi/names.lock) unless ACCEPT_NAMES=1.
regen: install
	$(PY) scripts/regen.py $(if $(ACCEPT_NAMES),--accept-names)

check-regen: install
	$(PY) scripts/regen.py --check

# Classified (breaking/additive/docs-only), summary first; exits 1 on a breaking change
# unless ALLOW_BREAKING=1.
spec-diff: install
	$(PY) scripts/regen.py --diff $(OLD) $(NEW) $(if $(ALLOW_BREAKING),--allow-breaking)

# Move the pin: make update-spec SPEC=<path to the yaml or .yaml.gz> COMMIT=<40-hex sha>
# [DATE=YYYY-MM-DD, default from ../shared]. Records commit, URL, date and sha256 together,
# regenerates generated/ and the pins, and prints the spec-diff against the old pin.
update-spec: install
	@test -n "$(SPEC)" || { echo "update-spec: SPEC=<path to the new spec> is required" >&2; exit 2; }
	@test -n "$(COMMIT)" || { echo "update-spec: COMMIT=<upstream commit sha> is required" >&2; exit 2; }
	$(PY) scripts/regen.py --update-spec $(SPEC) --commit $(COMMIT) $(if $(DATE),--date $(DATE))

# Side by side with the official openai package; writes build/bench-results.json.
bench: install
	$(PY) scripts/bench.py

# Both wheels build, and install alone (no source tree) in a fresh virtual environment:
# realtime-ext pins the exact realtime-ext-generated version, found only in build/dist.
check-dist: install
	rm -rf build/dist build/dist-venv
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation -w build/dist ./generated .
	$(PYTHON) -m venv build/dist-venv
	cd build && dist-venv/bin/pip install --quiet --find-links dist dist/*.whl
	cd build && dist-venv/bin/python -c "import realtime_generated as g, realtime_ext._generated_pin as p; from realtime_generated.api.realtime import create_realtime_call; import realtime_ext; assert g.__version__ == p.GENERATED_VERSION and g.SPEC_SHA256 == p.SPEC_SHA256, (g.__version__, p.GENERATED_VERSION); print('realtime-ext-generated', g.__version__, 'and realtime-ext install alone')"

# The declared floors really work: every runtime dependency at the lowest version pyproject.toml
# allows (constraints/lowest.txt, kept equal to the floors by tests/lowest), in a fresh venv,
# runs the unit tests. Left out, because they check pinned tooling rather than runtime
# dependencies: tests/bench (timing harness, `make bench`), tests/docs (MkDocs + Chromium),
# tests/typing (pinned mypy/pyright), tests/regen (pinned openapi-python-client),
# tests/integration and tests/kit (Prism contract checks of request shapes) and the Chromium
# browser call. Then realtime-ext-generated alone at its own, lower floors.
LOWEST := build/lowest-venv
LOWEST_GEN := build/lowest-generated-venv
LOWEST_SKIP := --ignore=tests/bench --ignore=tests/docs --ignore=tests/typing \
	--ignore=tests/regen --ignore=tests/integration --ignore=tests/kit \
	--deselect tests/webrtc/test_browser_call.py
test-lowest:
	rm -rf $(LOWEST) $(LOWEST_GEN)
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/pip install --quiet -c constraints/lowest.txt -e ./generated -e '.[dev]'
	$(LOWEST)/bin/python -m pytest -q -p no:cacheprovider $(LOWEST_SKIP) tests
	$(PYTHON) -m venv $(LOWEST_GEN)
	$(LOWEST_GEN)/bin/pip install --quiet -c constraints/lowest-generated.txt ./generated \
		pytest pytest-asyncio
	$(LOWEST_GEN)/bin/python -m pytest -q -p no:cacheprovider --noconftest \
		tests/lowest/test_generated_alone.py tests/regen/test_forward_compat.py

ci: test check-regen lint typecheck check-dist docs test-lowest

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
