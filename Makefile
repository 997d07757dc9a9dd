# Everything a developer or CI runs. `make demo` and `make test` are the README's two commands;
# each installs only what it needs first: the demo the package with its webrtc extra (the fake
# server answers the demo's call with a real aiortc peer), the tests everything (.[dev] in .venv,
# and Prism in node_modules). Node packages are installed only for the targets that use them
# (test: Prism; typecheck: pyright; docs, docs-serve: Mermaid, served from the site).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-demo
NPM_STAMP := node_modules/.installed
# The vendored upstream spec (openapi/upstream/SOURCE.md): the pin and an earlier commit.
OLD ?= openapi/upstream/previous/openapi.yaml.gz
NEW ?= openapi/upstream/openapi.yaml.gz
# Extra arguments for scripts/regen.py (tests pass --root <a copy> to leave the checkout alone).
REGEN_ARGS ?=
# Bytecode is cached (in git-ignored __pycache__ folders): with PYTHONDONTWRITEBYTECODE set, as
# on some CI images, every pytest worker, every matrix run and every Python subprocess a test
# starts compiled realtime_ext, the generated layer and the test modules (pytest's rewritten
# asserts) from source again; collecting the behaviour tests took 10.8 s instead of 5.1 s.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install demo test test-unit test-matrix verifytypes lint typecheck gen-sync reference regen check-regen spec-diff update-spec bench check-dist ci clean browser redis docs docs-serve test-lowest

install: $(STAMP) $(NPM_STAMP)

# Packages go in through uv (pinned in constraints/tools.txt, itself installed by pip into
# .venv): pip took 40 s and about 30 s of CPU per environment here (resolving, unpacking,
# compiling bytecode), uv a few seconds from its cache, and CI builds five environments
# (.venv, 3.12, 3.13 and the two lowest ones: scripts/matrix.py uses the same uv).
UV := $(VENV)/bin/uv
UV_INSTALL := $(UV) pip install --quiet --python $(PY)
$(UV): constraints/tools.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r constraints/tools.txt
	touch $@

# The distributions beside the core (dists/*), editable like the core: one .venv with everything,
# their extras (realtime-ext[voice], [testing]...) satisfied by these and not by an index.
DISTS := voice endpoints testing
DIST_PROJECTS := $(foreach d,$(DISTS),dists/$(d)/pyproject.toml)
EDITABLE_DISTS := $(foreach d,$(DISTS),-e ./dists/$(d))

# constraints/overrides.txt: what a pinned third-party client of the dev extra declares and
# the tests never import (pipecat's local models: about 330 MB), left out.
$(STAMP): pyproject.toml generated/pyproject.toml $(DIST_PROJECTS) constraints/overrides.txt $(UV)
	$(UV_INSTALL) --overrides constraints/overrides.txt -e ./generated $(EDITABLE_DISTS) -e '.[dev]'
	touch $@

# The demo's own, smaller install (no dev tools, no Node): satisfied by the full one too.
$(DEMO_STAMP): pyproject.toml generated/pyproject.toml $(DIST_PROJECTS) $(UV)
	@if [ -f $(STAMP) ] && [ $(STAMP) -nt pyproject.toml ]; then touch $@; else \
		$(UV_INSTALL) -e ./generated $(EDITABLE_DISTS) -e '.[webrtc,testing]' && touch $@; fi

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

demo: $(DEMO_STAMP)
	$(VENV)/bin/realtime-ext demo

# Every test in one parallel run (pytest-xdist; most tests wait on sockets and subprocesses, so
# more workers than cores), the `once` ones too. One run, not one per tier: the longest files
# (the regeneration walks, each a chain of subprocesses) start first and the short tests fill
# the cores around them, where a run per tier left the cores idle behind each tier's longest
# file. Chromium (make browser) is installed first, for the browser tests, and redis-server
# (make redis), for the tests of realtime_ext.asgi.RedisStore. The timings go to
# build/ci/junit-test.xml for .ci/run's table of the slowest tests.
WORKERS ?= 4
PYTEST_PARALLEL := -n $(WORKERS) --dist loadfile
test: $(STAMP) $(NPM_STAMP) browser redis
	$(PY) -m pytest -q $(PYTEST_PARALLEL) --junitxml build/ci/junit-test.xml

test-unit: $(STAMP)
	$(PY) -m pytest -q $(PYTEST_PARALLEL) -m unit

# Every test not marked `once` on every CPython >= 3.11 on the machine (PATH and pyenv), each
# in its own slim virtual environment under .matrix/ (the test extra only; kept, rebuilt when
# pyproject.toml changes), all side by side. A Python the classifiers in pyproject.toml declare
# but the machine lacks is reported MISSING and fails. MATRIX_ARGS=--lowest adds the lowest
# versions beside them (what .ci/run does).
MATRIX_ARGS ?=
test-matrix: $(UV) redis
	$(PYTHON) scripts/matrix.py --uv $(UV) $(MATRIX_ARGS)

# Debian's chromium for the browser tests (driven by playwright with executable_path; its own
# browser download cannot be reached). Installed with apt when missing; fails loudly otherwise.
# flock: two checkouts testing side by side on a fresh machine take turns instead of failing
# on apt's lock.
CHROMIUM ?= /usr/bin/chromium
browser:
	@test -x $(CHROMIUM) || { command -v apt-get >/dev/null && flock /tmp/realtime-ext-apt.lock \
		sh -c 'test -x $(CHROMIUM) || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }' ; } || \
		{ echo "make browser: $(CHROMIUM) is missing and apt-get could not install chromium" >&2; exit 1; }
	@test -x $(CHROMIUM) || { echo "make browser: $(CHROMIUM) still missing after apt-get" >&2; exit 1; }

# Debian's redis-server for the tests of realtime_ext.asgi.RedisStore (tests/support/redis_server.py
# starts its own on 127.0.0.1 with a free port; a system binary, so the matrix and the lowest
# environments use it too). Installed with apt when missing, under the same lock as chromium.
REDIS_SERVER ?= /usr/bin/redis-server
redis:
	@test -x $(REDIS_SERVER) || { command -v apt-get >/dev/null && flock /tmp/realtime-ext-apt.lock \
		sh -c 'test -x $(REDIS_SERVER) || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }' ; } || \
		{ echo "make redis: $(REDIS_SERVER) is missing and apt-get could not install redis-server" >&2; exit 1; }
	@test -x $(REDIS_SERVER) || { echo "make redis: $(REDIS_SERVER) still missing after apt-get" >&2; exit 1; }

# The documentation site (mkdocs.yml, docs/): strict, so a warning or a broken link fails.
# Node packages too: docs/hooks/mermaid_asset.py copies node_modules/mermaid into the site.
docs: $(STAMP) $(NPM_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

docs-serve: $(STAMP) $(NPM_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

lint: $(STAMP)
	$(VENV)/bin/ruff check realtime_ext scripts tests
	$(VENV)/bin/ruff format --check realtime_ext scripts tests

# verifytypes is a prerequisite (not a sub-make) so `make -o .venv/.installed typecheck` holds.
# The generated layer is checked as source beside realtime_ext, as mypy sees it when another
# SDK vendors the package: found through the editable install, its errors were hidden (an
# installed package's are). In the one run it costs about 8 s of CPU cold (17 -> 25 s), and
# it leaves .mypy_cache, which the typing tests and regen's own checks start from, holding
# the generated modules as source (tests/regen/test_generated_mypy.py: 0.4 s from it).
# pyright is given its configuration: unasked, it takes the nearest pyrightconfig.json above
# the checkout before this pyproject.toml, and a stray one there checked other files (or none)
# and passed.
typecheck: $(STAMP) $(NPM_STAMP) verifytypes
	$(VENV)/bin/mypy realtime_ext generated/realtime_generated
	node_modules/.bin/pyright --project pyproject.toml

# Type completeness of the public API, as users' type checkers see it: must stay at 100%
# (pyright exits 1 on any symbol of unknown or ambiguous type). --verifytypes resolves the
# package like an installed one and finds neither an editable install nor the working
# directory, hence a folder of links to the two packages on the interpreter's path.
VERIFY_DIR := build/verifytypes
verifytypes: $(STAMP) $(NPM_STAMP)
	rm -rf $(VERIFY_DIR) && mkdir -p $(VERIFY_DIR)/site
	ln -s $(CURDIR)/realtime_ext $(CURDIR)/generated/realtime_generated $(VERIFY_DIR)/site/
	cd $(VERIFY_DIR) && PYTHONPATH=$(CURDIR)/$(VERIFY_DIR)/site \
		$(CURDIR)/node_modules/.bin/pyright --verifytypes realtime_ext --ignoreexternal \
		--pythonpath $(CURDIR)/$(PY) > report.txt; status=$$?; \
		grep -B1 ' error: ' report.txt | head -n 40; grep 'completeness score' report.txt; \
		exit $$status

# The blocking twins (_base/conversation_sync.py, _base/connection_sync.py) rewritten from their
# asyncio source; tests/typing/test_sync_twins.py runs `--check`, so a stale twin fails CI.
gen-sync: $(STAMP)
	$(PY) scripts/gen_sync.py

# The API reference written as Markdown into docs/reference/*.md (below the site's directives),
# readable in a checkout; tests/docs/test_reference_text.py runs `--check`, so a stale page fails.
reference: $(STAMP)
	$(PY) scripts/render_reference.py

# Refuses to change a public class name (openapi/names.lock) unless ACCEPT_NAMES=1.
regen: $(STAMP)
	$(PY) scripts/regen.py $(REGEN_ARGS) $(if $(ACCEPT_NAMES),--accept-names)

check-regen: $(STAMP)
	$(PY) scripts/regen.py --check

# Classified (breaking/additive/docs-only), summary first; exits 1 on a breaking change
# unless ALLOW_BREAKING=1.
spec-diff: $(STAMP)
	$(PY) scripts/regen.py --diff $(OLD) $(NEW) $(if $(ALLOW_BREAKING),--allow-breaking)

# Move the pin: make update-spec SPEC=<path to the yaml or .yaml.gz> COMMIT=<40-hex sha>
# [DATE=YYYY-MM-DD, default from openapi/upstream/'s notes]. Records commit, URL, date and
# sha256 together, regenerates generated/ and the pins, vendors the new spec as
# openapi/upstream/openapi.yaml.gz (the old one kept in history/), and prints the spec-diff.
# Gates: exits 1 and writes nothing on a breaking spec-diff unless ALLOW_BREAKING=1, and on
# a change of public class names (openapi/names.lock) unless ACCEPT_NAMES=1.
update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "update-spec: SPEC=<path to the new spec> is required" >&2; exit 2; }
	@test -n "$(COMMIT)" || { echo "update-spec: COMMIT=<upstream commit sha> is required" >&2; exit 2; }
	$(PY) scripts/regen.py $(REGEN_ARGS) --update-spec $(SPEC) --commit $(COMMIT) $(if $(DATE),--date $(DATE)) \
		$(if $(ALLOW_BREAKING),--allow-breaking) $(if $(ACCEPT_NAMES),--accept-names)

# Side by side with the official openai package; writes build/bench-results.json.
# BENCH_ARGS passes options on: make bench BENCH_ARGS="--only scale --scale-sessions 100,500,1000"
bench: $(STAMP)
	$(PY) scripts/bench.py $(BENCH_ARGS)

# Every wheel builds (the generated layer, the core and the distributions beside it, dists/*)
# and each installs alone (no source tree) in a fresh virtual environment, bringing exactly its
# packages: the core no other's module, no pytest plugin, no command (scripts/check_dists.py).
# realtime-ext pins the exact realtime-ext-generated version, found only in build/dist. All
# carry LICENSE, classifiers and project URLs (scripts/check_wheels.py).
check-dist: $(STAMP)
	rm -rf build/dist build/dist-venv build/dist-venvs
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation -w build/dist ./generated . $(foreach d,$(DISTS),./dists/$(d))
	$(PY) scripts/check_wheels.py build/dist/*.whl
	$(PY) scripts/check_dists.py --wheels build/dist --uv $(UV) --python $(PYTHON)
	cd build && dist-venvs/realtime-ext/bin/python -c "import realtime_generated as g, realtime_ext._generated_pin as p; from realtime_generated.api.realtime import create_realtime_call; import realtime_ext; assert g.__version__ == p.GENERATED_VERSION and g.SPEC_SHA256 == p.SPEC_SHA256, (g.__version__, p.GENERATED_VERSION); print('realtime-ext-generated', g.__version__, 'and realtime-ext install alone')"

# The declared floors really work: every runtime dependency at the lowest version pyproject.toml
# allows (constraints/lowest.txt, kept equal to the floors by tests/lowest), in a fresh slim
# venv, runs every test not marked `once`; beside it, realtime-ext-generated alone at its own,
# lower floors runs its own tests (scripts/matrix.py --only-lowest).
test-lowest: $(UV) redis
	$(PYTHON) scripts/matrix.py --uv $(UV) --only-lowest

# What CI runs, with its table of each step's seconds and the slowest tests.
ci:
	bash .ci/run

clean:
	rm -rf $(VENV) .matrix node_modules build .pytest_cache .mypy_cache .ruff_cache
