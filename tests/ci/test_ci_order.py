"""`.ci/run` runs every check, fastest first, and calls the README's own test command.

Order (issue 24): lint, types, unit tests, then browser, docs, and the checks that build fresh
virtual environments (every Python, lowest versions) last. The tiers are the markers
tests/conftest.py sets from each test's path.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from support.tiers import tier_of

ROOT = Path(__file__).resolve().parents[2]
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def ci_targets() -> list[str]:
    """The make targets `.ci/run` runs, in order."""
    targets: list[str] = []
    for line in CI_RUN.splitlines():
        if line.startswith("make "):
            targets += line.split("#")[0].split()[1:]
    return targets


def recipe(target: str) -> list[str]:
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
    assert match, f"no make target {target}"
    return [line.strip() for line in match.group(1).splitlines()]


def test_ci_runs_every_check_fastest_first() -> None:
    targets = ci_targets()
    expected = ["lint", "typecheck", "test", "docs", "check-regen", "check-dist"]
    expected += ["test-matrix", "test-lowest"]
    assert [t for t in targets if t in expected] == expected
    ci_target = re.search(r"^ci:(.*)$", MAKEFILE, re.MULTILINE)
    assert ci_target and set(ci_target.group(1).split()) <= set(targets)


def test_ci_calls_the_readmes_test_command() -> None:
    readme_tests = re.findall(r"^make (test\S*)", README, re.MULTILINE)
    assert readme_tests == ["test"]
    assert set(readme_tests) <= set(ci_targets())


def test_make_test_runs_unit_tests_before_the_browser() -> None:
    lines = recipe("test")
    unit = next(i for i, line in enumerate(lines) if "pytest" in line and "-m unit" in line)
    browser = next(i for i, line in enumerate(lines) if "browser" in line)
    rest = next(i for i, line in enumerate(lines) if '-m "not unit"' in line)
    assert unit < browser < rest


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
    # pyright strict over the whole library (examples included) and tests/typing; only the
    # rule against runtime isinstance checks of untyped input is off.
    pyright = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "pyright"
    ]
    assert pyright["typeCheckingMode"] == "strict"
    assert {"realtime_ext", "tests/typing"} <= set(pyright["include"])
    relaxed = {k: v for k, v in pyright.items() if k.startswith("report") and v is False}
    assert relaxed == {"reportUnnecessaryIsInstance": False}


def test_every_test_that_drives_chromium_is_in_the_browser_tier() -> None:
    # A browser test left in the unit tier fails `make test`'s first step on a machine where
    # `make browser` has not run yet (it runs between the tiers).
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
