"""The documentation site builds strictly, and its diagrams render offline in Chromium.

The site is built once (``mkdocs build --strict`` into a temporary folder, as ``make docs``
does), served from 127.0.0.1 and opened in headless Chromium with every request to any
other host refused and recorded. Each ```mermaid fence of a page must become an SVG drawn
by the Mermaid copy the site serves itself, not an error diagram, and nothing may be
fetched from outside (no CDN, no web font).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from support import headless_chromium, snippets

ROOT = snippets.ROOT
DOCS = ROOT / "docs"
DIAGRAM_PAGES = sorted(
    p for p in DOCS.rglob("*.md") if re.search(r"^```mermaid\s*$", p.read_text(), re.MULTILINE)
)


def _fences(page: Path) -> int:
    return len(re.findall(r"^```mermaid\s*$", page.read_text(encoding="utf-8"), re.MULTILINE))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as playwright:
        chromium = headless_chromium.launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


def test_the_site_carries_mermaid_from_the_npm_lock(site: Path) -> None:
    served = site / "assets" / "javascripts" / "mermaid.min.js"
    locked = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
    assert served.read_bytes() == locked.read_bytes()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in html and "cdn.jsdelivr" not in html, page
        assert "fonts.googleapis" not in html, page


def test_the_reference_shows_no_raw_rest(site: Path) -> None:
    """Docstrings render as written: no Sphinx roles, no literal ``Example::`` lines, no
    doctests as nested quotes, no links into OpenAI's site left relative."""
    pages = sorted((site / "reference").glob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for raw in (":class:`", ":func:`", ":meth:`", "Example::", "<blockquote>", 'href="/docs/'):
            assert raw not in html, f"{page.name}: {raw}"


def test_versions_are_rendered_from_the_real_values(site: Path) -> None:
    from realtime_ext._generated_pin import GENERATED_VERSION

    html = (site / "sdk-authors.html").read_text(encoding="utf-8")
    assert f"realtime-ext-generated=={GENERATED_VERSION}" in html and "{{ " not in html


def test_the_promised_diagrams_exist() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    for marker in ("realtime_generated", "overlay", "sequenceDiagram", "realtime.call.incoming"):
        assert marker in text
    # Issue 35 item 7: the layers, bottom to top, and the rule they follow.
    assert "spec --> gen --> wire --> core --> drivers --> features" in text
    assert "imports point down" in text and "test_import_graph.py" in text
    assert sum(_fences(p) for p in DIAGRAM_PAGES) >= 4


@pytest.mark.parametrize("page", DIAGRAM_PAGES, ids=[p.name for p in DIAGRAM_PAGES])
def test_each_diagram_renders_as_svg_offline(page: Path, site_url: str, browser: Any) -> None:
    outside: list[str] = []
    tab = browser.new_page()

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith(site_url):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.route("**/*", route)
    try:
        url = site_url + page.relative_to(DOCS).with_suffix(".html").as_posix()
        tab.goto(url)
        tab.wait_for_selector("body[data-diagrams]", state="attached", timeout=30_000)
        state = tab.evaluate("document.body.dataset.diagrams")
        rendered = tab.evaluate(
            """() => Array.from(document.querySelectorAll('div.diagram')).map(d => {
                const svg = d.querySelector(':scope > svg');
                return svg === null ? null : {
                    role: svg.getAttribute('aria-roledescription'),
                    width: svg.getBoundingClientRect().width,
                    text: svg.textContent.slice(0, 80),
                };
            })"""
        )
    finally:
        tab.close()
    assert state == "rendered", f"{page.name}: Mermaid {state}: {errors}"
    assert len(rendered) == _fences(page)
    for index, svg in enumerate(rendered):
        assert svg is not None, f"diagram {index} of {page.name} has no SVG"
        assert svg["role"] not in (None, "error"), f"diagram {index} of {page.name}: {svg}"
        assert svg["width"] > 50, f"diagram {index} of {page.name} is empty: {svg}"
    assert not errors, errors
    assert not outside, f"the page tried to reach other hosts: {outside}"
