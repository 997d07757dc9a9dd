"""`.ci/run` runs every check, fastest first, and calls the README's own test command.

Order (issue 24): lint, types, every test (`make test`: one parallel run, the longest files
first), then every behaviour test on the other Pythons and at the lowest versions, side by
side (issue 34). Nothing is done twice (issue 34): `make test` builds the docs site strictly,
checks the regeneration and builds and installs the wheels, so `.ci/run` does not run `make
docs`, `check-regen` or `check-dist` again. The tiers are the markers tests/conftest.py sets
from each test's path.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

from support.tiers import tier_of

ROOT = Path(__file__).resolve().parents[2]
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
TESTS = ROOT / "tests"


def ci_steps() -> list[tuple[str, list[str]]]:
    """The steps `.ci/run` runs, in order: (name, the make targets and arguments)."""
    steps = []
    for line in CI_RUN.splitlines():
        match = re.match(r"^step (\S+) make (.*)$", line)
        if match:
            steps.append((match.group(1), shlex.split(match.group(2).split("#")[0])))
    return steps


def ci_targets() -> list[str]:
    """The make targets `.ci/run` runs, in order."""
    return [word for _, words in ci_steps() for word in words if "=" not in word and word[0] != "-"]


def recipe(target: str) -> list[str]:
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
    assert match, f"no make target {target}"
    return [line.strip() for line in match.group(1).splitlines()]


def test_ci_runs_every_check_fastest_first() -> None:
    assert ci_targets() == ["install", "lint", "typecheck", "check-dist", "test", "test-matrix"]
    # The matrix runs beside the lowest versions, and skips the Python `make test` used.
    matrix = dict(ci_steps())["matrix-lowest"]
    assert "MATRIX_ARGS=--ran-in .venv --lowest" in matrix
    assert re.search(r"^ci:\n\tbash \.ci/run$", MAKEFILE, re.MULTILINE)


def test_ci_ends_with_the_step_table_and_the_slowest_tests() -> None:
    assert CI_RUN.rstrip().splitlines()[-1].startswith("python3 scripts/ci_report.py")
    # A failed step prints the table too before it stops the run.
    assert "ci_report.py" in CI_RUN.split("step() {", 1)[1].split("}", 1)[0]


def test_nothing_is_done_twice() -> None:
    # The site and the regeneration check are what these tests do in `make test`.
    for target in ("docs", "check-regen", "test-lowest"):
        assert target not in ci_targets()
    site = (TESTS / "docs" / "test_site.py").read_text(encoding="utf-8")
    assert '"build", "--strict"' in site
    assert "--check" in (TESTS / "regen" / "test_pipeline.py").read_text(encoding="utf-8")
    # The wheels are built once, by check-dist, and handed to the wheel tests.
    wheels = (TESTS / "regen" / "test_wheels.py").read_text(encoding="utf-8")
    assert 'WHEELS_ENV = "REALTIME_EXT_WHEELS"' in wheels
    before_test = CI_RUN.split("step test make test", 1)[0]
    assert 'export REALTIME_EXT_WHEELS="$PWD/build/dist"' in before_test
    assert "-w build/dist" in " ".join(recipe("check-dist"))
    # tests/typing is type-checked by its own tests, not by `make typecheck` again.
    typecheck = " ".join(recipe("typecheck"))
    assert "tests/typing" not in typecheck


def test_every_run_is_parallel() -> None:
    test = recipe("test")
    assert all("$(PYTEST_PARALLEL)" in line for line in test if "pytest" in line)
    assert re.search(r"^PYTEST_PARALLEL := -n \$\(WORKERS\) --dist loadfile$", MAKEFILE, re.M)
    matrix = (ROOT / "scripts" / "matrix.py").read_text(encoding="utf-8")
    assert '"-n", WORKERS, "--dist", "loadfile"' in matrix


def test_ci_calls_the_readmes_test_command() -> None:
    readme_tests = re.findall(r"^make (test\S*)", README, re.MULTILINE)
    assert readme_tests == ["test"]
    assert set(readme_tests) <= set(ci_targets())


def test_make_test_is_one_run_with_chromium_installed_first() -> None:
    # One pytest run over every test (tiers and `once` are markers, not separate runs), so the
    # longest files start first and the short ones fill the cores around them.
    lines = [line for line in recipe("test") if "pytest" in line]
    assert len(lines) == 1 and not re.search(r" -m (?!pytest )", lines[0]), lines
    prerequisites = re.search(r"^test:(.*)$", MAKEFILE, re.MULTILINE)
    assert prerequisites and "browser" in prerequisites.group(1).split()


def test_the_longest_files_are_handed_out_first() -> None:
    from support.tiers import LONGEST_FIRST

    # The regeneration walk is the longest chain of subprocesses in the suite: were it handed
    # out last, the run would wait on it alone.
    assert LONGEST_FIRST[0] == "tests/regen/test_history.py"
    for scope in LONGEST_FIRST:
        assert scope == "prism" or (ROOT / scope).is_file(), scope


def test_tiers_follow_the_path() -> None:
    tests = ROOT / "tests"
    assert tier_of(tests / "webrtc" / "test_browser_call.py") == "browser"
    assert tier_of(tests / "docs" / "test_site.py") == "browser"
    assert tier_of(tests / "docs" / "test_guides_code.py") == "docs"
    assert tier_of(tests / "typing" / "test_narrowing.py") == "tooling"
    assert tier_of(tests / "client" / "test_calls.py") == "unit"
    assert tier_of(tests / "test_readme.py") == "unit"


def test_typecheck_includes_type_completeness_and_pyright_strict() -> None:
    typecheck = re.search(r"^typecheck:(.*)$", MAKEFILE, re.MULTILINE)
    assert typecheck and "verifytypes" in typecheck.group(1).split()
    assert any(
        "--verifytypes realtime_ext --ignoreexternal" in line for line in recipe("verifytypes")
    )
    # pyright strict over the whole library (examples included); tests/typing is checked by
    # its own tests (one run, issue 34). Only the rule against runtime isinstance checks of
    # untyped input is off.
    pyright = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "pyright"
    ]
    assert pyright["typeCheckingMode"] == "strict"
    assert pyright["include"] == ["realtime_ext"]
    relaxed = {k: v for k, v in pyright.items() if k.startswith("report") and v is False}
    assert relaxed == {"reportUnnecessaryIsInstance": False}


def test_every_test_that_drives_chromium_is_in_the_browser_tier() -> None:
    # The browser tier is `once`: a browser test left in the unit tier would run again in
    # every matrix environment, which has no playwright.
    tests = ROOT / "tests"
    drivers = [
        path
        for path in tests.rglob("test_*.py")
        if re.search(r"headless_chromium|CHROMIUM|playwright", path.read_text(encoding="utf-8"))
        and path.parent.name != "ci"
    ]
    assert drivers
    assert {p.relative_to(tests).as_posix(): tier_of(p) for p in drivers} == {
        p.relative_to(tests).as_posix(): "browser" for p in drivers
    }


def test_ci_fails_when_a_test_writes_into_the_checkout() -> None:
    # Parallel tests share the checkout; one that rewrote a file would fail others by chance.
    after_test = CI_RUN.split("step test make test", 1)[1]
    assert "git diff --exit-code" in after_test
    assert "git status --porcelain --untracked-files=all" in after_test
