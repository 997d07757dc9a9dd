"""The regeneration tests' cache of the generator's and the fast decoders' output
(scripts/regen_lib/cache.py): the same inputs give the stored output, any changed input runs
the step again, a run that misses while another runs the same step waits for it and copies
its output, a failed step is never stored, and unset it stores nothing.

The step itself is replaced here by a counting stand-in (the real generator's output is
checked by every other regeneration test, which runs through this cache).
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from regen_lib import cache, fast_events, generate

DOC: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/realtime/calls": {}}}


class Generator:
    """Stands in for ``generate.run``: writes a file naming its call, counts the calls."""

    def __init__(self, fail: bool = False) -> None:
        self.calls = 0
        self.fail = fail

    def __call__(self, doc: dict[str, Any], out_dir: Path) -> str:
        self.calls += 1
        if self.fail:
            raise generate.GeneratorError("warning: could not parse")
        package = out_dir / generate.PACKAGE
        (package / "models").mkdir(parents=True)
        (package / "models" / "m.py").write_text(f"# {doc['paths']} call {self.calls}\n")
        return f"generated, call {self.calls}"


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    templates = tmp_path / "templates"
    shutil.copytree(generate.TEMPLATES, templates)
    monkeypatch.setattr(generate, "TEMPLATES", templates)
    return folder


def test_the_same_inputs_copy_the_stored_output(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = Generator()
    monkeypatch.setattr(generate, "run", run)
    first = cache.generate_run(DOC, tmp_path / "a")
    second = cache.generate_run(dict(DOC), tmp_path / "b")
    assert run.calls == 1
    assert second == first == "generated, call 1"
    written = (tmp_path / "b" / generate.PACKAGE / "models" / "m.py").read_text()
    assert written == (tmp_path / "a" / generate.PACKAGE / "models" / "m.py").read_text()
    # A copy, not a link: the steps after the generator edit the files in place.
    (tmp_path / "b" / generate.PACKAGE / "models" / "m.py").write_text("edited")
    cache.generate_run(DOC, tmp_path / "c")
    assert (tmp_path / "c" / generate.PACKAGE / "models" / "m.py").read_text() == written


def test_a_run_arriving_while_the_same_step_runs_waits_and_copies_it(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A spec move and the --check started beside it, or two test files starting on the pinned
    # spec at once: the second run waits at the entry's lock instead of generating beside it.
    import fcntl

    at_lock = threading.Event()
    real_flock = fcntl.flock

    def flock(file: Any, operation: int) -> None:
        if threading.current_thread().name == "second":
            at_lock.set()
        real_flock(file, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    results: dict[str, str] = {}
    second = threading.Thread(
        target=lambda: results.update(second=cache.generate_run(DOC, tmp_path / "b")),
        name="second",
    )
    count = Generator()

    def run(doc: dict[str, Any], out_dir: Path) -> str:
        if count.calls == 0:  # the first run: the second one starts while it generates
            second.start()
            assert at_lock.wait(timeout=60), "the second run never reached the entry's lock"
        return count(doc, out_dir)

    monkeypatch.setattr(generate, "run", run)
    results["first"] = cache.generate_run(DOC, tmp_path / "a")
    second.join(timeout=60)
    assert not second.is_alive()
    assert count.calls == 1
    assert results == {"first": "generated, call 1", "second": "generated, call 1"}
    written = (tmp_path / "a" / generate.PACKAGE / "models" / "m.py").read_text()
    assert (tmp_path / "b" / generate.PACKAGE / "models" / "m.py").read_text() == written


def test_any_changed_input_runs_the_generator_again(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = Generator()
    monkeypatch.setattr(generate, "run", run)
    cache.generate_run(DOC, tmp_path / "a")
    # Another spec subset ...
    cache.generate_run({**DOC, "paths": {"/realtime/sessions": {}}}, tmp_path / "b")
    assert run.calls == 2
    # ... the same keys in another order (the generator's output follows the order) ...
    cache.generate_run(dict(reversed(DOC.items())), tmp_path / "c")
    assert run.calls == 3
    # ... an edited template (as tests/regen/test_versions makes).
    template = generate.TEMPLATES / "model.py.jinja"
    template.write_text(template.read_text() + "{# changed #}\n")
    cache.generate_run(DOC, tmp_path / "d")
    assert run.calls == 4
    assert "call 4" in (tmp_path / "d" / generate.PACKAGE / "models" / "m.py").read_text()


def test_a_failed_generation_is_not_stored(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = Generator(fail=True)
    monkeypatch.setattr(generate, "run", failing)
    for attempt in ("a", "b"):
        with pytest.raises(generate.GeneratorError):
            cache.generate_run(DOC, tmp_path / attempt)
    assert failing.calls == 2
    assert not list((stored / "generate").glob("*"))


def test_unset_nothing_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    run = Generator()
    monkeypatch.setattr(generate, "run", run)
    cache.generate_run(DOC, tmp_path / "a")
    cache.generate_run(DOC, tmp_path / "b")
    assert run.calls == 2


def test_fast_decoders_are_stored_by_the_package_they_introspect(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def write(package: Path, tables: dict[str, dict[str, str]]) -> None:
        calls.append(package)
        (package / fast_events.MODULE).write_text(f"# call {len(calls)} {sorted(tables)}\n")

    monkeypatch.setattr(fast_events, "write", write)
    tables = {"SERVER": {"session.created": "SessionCreated"}}
    packages = []
    for name in ("a", "b", "c"):
        package = tmp_path / name / "realtime_generated"
        package.mkdir(parents=True)
        (package / "models.py").write_text("class SessionCreated: ...\n")
        packages.append(package)
    cache.fast_events_write(packages[0], tables)
    cache.fast_events_write(packages[1], tables)
    assert len(calls) == 1
    assert (packages[1] / fast_events.MODULE).read_text() == "# call 1 ['SERVER']\n"
    # A generated class that differs is another input.
    (packages[2] / "models.py").write_text("class SessionCreated:\n    x: int\n")
    cache.fast_events_write(packages[2], tables)
    assert len(calls) == 2
