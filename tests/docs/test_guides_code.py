"""Every code block in the documentation site runs, as the README's do.

Each page's Python blocks run in order in one namespace (a guide builds up step by step),
through the README's runner (tests/support/snippets.py): a fake Realtime server behind
``OPENAI_BASE_URL`` (and one in Azure mode behind ``AZURE_OPENAI_ENDPOINT``), ``offer.sdp``
in the working directory, a webhook secret set, a stand-in OpenTelemetry collector behind
``OTEL_EXPORTER_OTLP_ENDPOINT``; a page that defines ``on_webhook`` gets signed webhooks.
``sh`` lines run through the CLI or ``make -n``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext.testing import AzureMode, FakeRealtimeServer
from support import snippets
from support.otlp_sink import OtlpSink

DOCS = snippets.ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "reference" not in p.relative_to(DOCS).parts)
GUIDES = sorted((DOCS / "guides").glob("*.md"))
PAGE_SECONDS = 60  # a page takes about a second; a hang fails instead of stalling the suite


def _blocks(page: Path) -> list[snippets.Block]:
    return snippets.fenced_blocks(page.read_text(encoding="utf-8"))


def _ids(pages: list[Path]) -> list[str]:
    return [str(p.relative_to(DOCS)) for p in pages]


def test_every_guide_has_code_that_runs() -> None:
    empty = [p.name for p in GUIDES if not any(b.lang == "python" for b in _blocks(p))]
    assert not empty, f"guides without a Python block: {empty}"


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_no_python_block_escapes_the_runner(page: Path) -> None:
    # An indented fence (inside an admonition or a tab) would be shown but never run.
    assert snippets.unmatched_python_fences(page.read_text(encoding="utf-8")) == 0


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


@pytest.fixture(scope="module")
def azure_resource() -> Iterator[FakeRealtimeServer]:
    # The Azure guide's reader has an Azure OpenAI resource: a fake one in Azure mode.
    with FakeRealtimeServer(azure=AzureMode(api_key="azure-docs-key")) as fake:
        yield fake


@pytest.fixture(scope="module")
def collector() -> Iterator[OtlpSink]:
    with OtlpSink() as sink:
        yield sink


@pytest.fixture
def docs_env(
    server: FakeRealtimeServer,
    azure_resource: FakeRealtimeServer,
    collector: OtlpSink,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> FakeRealtimeServer:
    snippets.prepare_env(server, monkeypatch, tmp_path)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", azure_resource.azure_endpoint)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-docs-key")
    # The OTLP exporters of the latency guide send to a stand-in collector on 127.0.0.1.
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint)
    return server


PYTHON_PAGES = [p for p in PAGES if any(b.lang == "python" for b in _blocks(p))]


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=_ids(PYTHON_PAGES))
def test_python_blocks_run(
    page: Path, docs_env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    with snippets.time_limit(PAGE_SECONDS, str(page.relative_to(DOCS))):
        for block in _blocks(page):
            if block.lang == "python":
                snippets.run_python(block, page, namespace)
    handler = namespace.get("on_webhook")
    if callable(handler):
        snippets.exercise_webhook_handler(handler, docs_env)
    assert "Traceback" not in capsys.readouterr().err


SHELL = [
    (str(page.relative_to(DOCS)), command)
    for page in PAGES
    for command in snippets.shell_lines(_blocks(page))
]


@pytest.mark.parametrize(("page", "command"), SHELL)
def test_shell_lines_run(page: str, command: str, docs_env: FakeRealtimeServer) -> None:
    snippets.run_shell_line(command)


SETUP_MARK = "# Setup for every example on this page"


def _alone_cases() -> list[tuple[Path, int]]:
    return [
        (page, index)
        for page in PYTHON_PAGES
        for index, block in enumerate(_blocks(page))
        if block.lang == "python" and not block.code.startswith(SETUP_MARK)
    ]


ALONE = _alone_cases()


@pytest.mark.parametrize(
    ("page", "index"), ALONE, ids=[f"{p.relative_to(DOCS)}#{i}" for p, i in ALONE]
)
def test_each_python_block_runs_alone(
    page: Path, index: int, docs_env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A block copied alone runs: it is self-contained, or the page states its setup once in
    a block starting with ``SETUP_MARK`` (run first, then this block, in a fresh namespace)."""
    blocks = _blocks(page)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}_{index}"}
    with snippets.time_limit(PAGE_SECONDS, f"{page.relative_to(DOCS)} block {index}"):
        for block in blocks:
            if block.lang == "python" and block.code.startswith(SETUP_MARK):
                snippets.run_python(block, page, namespace)
        snippets.run_python(blocks[index], page, namespace)
    assert "Traceback" not in capsys.readouterr().err
