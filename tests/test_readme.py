"""Every code snippet in README.md runs.

Python blocks run one by one, each in a fresh namespace, through the same runner as the
guides in docs/ (tests/support/snippets.py): the environment points the client at a local
fake Realtime server, a real browser offer is ``offer.sdp`` in the working directory and a
webhook secret is set. Blocks that define a handler are then called with a signed webhook.
Shell blocks: ``realtime-ext ...`` lines run through the CLI against the fake server;
``make TARGET`` lines must name a target that exists (``make -n``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext.testing import FakeRealtimeServer
from support import snippets

README_PATH = snippets.ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
BLOCKS = snippets.fenced_blocks(README)
PYTHON = [block for block in BLOCKS if block.lang == "python"]
SHELL = [block for block in BLOCKS if block.lang == "sh"]


def test_readme_has_the_snippets_it_promises() -> None:
    assert len(PYTHON) >= 3  # a tour: three short examples, the manual is docs/
    # The install line from a checkout comes first, then the two commands.
    assert SHELL[0].code.startswith("pip install ./generated ")
    assert "make demo" in SHELL[1].code and "make test" in SHELL[1].code
    assert snippets.unmatched_python_fences(README) == 0


def test_the_first_paragraph_names_each_api_the_sdk_speaks() -> None:
    first = README.split("\n\n")[1]
    for name in ("**Realtime API**", "**GPT-Live**", "**Azure OpenAI**"):
        assert name in first, first
    assert "today" not in first


def test_the_clone_needs_nothing_beside_it() -> None:
    assert "../shared" not in README
    assert "openapi/upstream/" in README and "tests/data/" in README


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


@pytest.fixture
def readme_env(
    server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> FakeRealtimeServer:
    snippets.prepare_env(server, monkeypatch, tmp_path)
    return server


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_python_snippet_runs(
    index: int, readme_env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": f"readme_snippet_{index}"}
    snippets.run_python(PYTHON[index], README_PATH, namespace)
    handler = namespace.get("on_webhook")
    if callable(handler):
        snippets.exercise_webhook_handler(handler, readme_env)
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("command", snippets.shell_lines(SHELL))
def test_shell_snippet(command: str, readme_env: FakeRealtimeServer) -> None:
    snippets.run_shell_line(command)
