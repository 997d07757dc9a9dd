"""Every ``pip install`` of the checkout's paths the README and the guides show works with the
pip a fresh ``python3 -m venv`` brings (23.2 on 3.11 and 3.12): the local paths in dependency
order (``tests/support/snippets.py``, ``install_order_problems``), checked without installing."""

from __future__ import annotations

import re
import shlex

import pytest

from support import snippets

PAGES = [snippets.ROOT / "README.md", *sorted((snippets.ROOT / "docs").rglob("*.md"))]
# A command in a fenced block (a line) or in inline code (between backticks); the changelog
# records what the README said then.
COMMAND = re.compile(r"pip install (\./[^`#\n]*|\.[^`#\n]*)")


def _lines() -> list[tuple[str, list[str]]]:
    found = []
    for page in PAGES:
        if page.name == "changelog.md":
            continue
        text = page.read_text(encoding="utf-8").replace("\n", " ")
        for match in COMMAND.finditer(text):
            targets = [t for t in shlex.split(match.group(1)) if t.startswith(".")]
            found.append((f"{page.relative_to(snippets.ROOT)}: {match.group(0).strip()}", targets))
    return found


LINES = _lines()


def test_the_pages_show_install_lines() -> None:
    assert len(LINES) >= 6, LINES


@pytest.mark.parametrize(("where", "targets"), LINES, ids=[w for w, _ in LINES])
def test_each_install_line_lists_what_a_path_needs_before_it(
    where: str, targets: list[str]
) -> None:
    assert snippets.install_order_problems(targets) == [], where


def test_the_check_refuses_the_order_old_pip_fails_on() -> None:
    # What the README said before: pip 23.2 answered "No matching distribution found for
    # realtime-ext==0.1.0 (from realtime-ext-voice)".
    problems = snippets.install_order_problems(["./generated", "./dists/voice", ".[webrtc]"])
    assert problems == ["./dists/voice needs . (realtime-ext) listed before it"]
    assert snippets.install_order_problems(["./generated", ".[webrtc]"]) == [
        ".[webrtc] needs dists/voice (realtime-ext-voice) in the line"
    ]
