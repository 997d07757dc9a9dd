"""Versions on the site are the real values (issue 25, item 5): rendered by the docs hook or
written by regen, never stale."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable

import openai

import realtime_ext
from realtime_ext._generated_pin import GENERATED_VERSION
from support import snippets

DOCS = snippets.ROOT / "docs"
_spec = importlib.util.spec_from_file_location("versions", DOCS / "hooks" / "versions.py")
assert _spec is not None and _spec.loader is not None
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)
render: Callable[[str], str] = hook.render


def test_placeholders_render_the_real_values() -> None:
    page = render((DOCS / "sdk-authors.md").read_text(encoding="utf-8"))
    assert "{{ " not in page
    assert page.count(GENERATED_VERSION) >= 3
    assert f"realtime-ext-generated=={GENERATED_VERSION}" in page
    assert render("{{ version }} {{ openai_version }}") == (
        f"{realtime_ext.__version__} {openai.__version__}"
    )


def test_every_quoted_version_is_the_real_one() -> None:
    # A generation version is either rendered by the hook or written by regen
    # (scripts/regen_lib/pins.py keeps it real); either way no page shows another one.
    typed = re.compile(r"\b2\.\d+\.\d+\.20\d{6}\.\d+\b|realtime-ext-generated==[\d.]+")
    found = [
        f"{page.relative_to(DOCS)}: {match.group(0)}"
        for page in sorted(DOCS.rglob("*.md"))
        for match in typed.finditer(page.read_text(encoding="utf-8"))
        if GENERATED_VERSION not in match.group(0)
    ]
    assert found == []


def test_openai_version_is_rendered_never_hand_written() -> None:
    # The openai release the pages compare with is the dev extra's pin, rendered by the hook.
    migration = render((DOCS / "migration.md").read_text(encoding="utf-8"))
    assert f"# openai {openai.__version__}\n" in migration  # the side-by-side block
    performance = render((DOCS / "guides" / "performance.md").read_text(encoding="utf-8"))
    assert f"`openai` package ({openai.__version__}, installed" in performance
    for page in (migration, performance):
        assert "{{ " not in page
    # No page writes an openai version by hand ("openai 3.54", "openai==3.54.0", "(3.54.0"):
    # each would go stale with the next pin.
    major_minor = re.escape(".".join(openai.__version__.split(".")[:2]))
    typed = re.compile(rf"openai(?:==| |`? package \(){major_minor}\b|\({major_minor}\.\d+")
    found = [
        f"{page.relative_to(DOCS)}: {match.group(0)}"
        for page in sorted(DOCS.rglob("*.md"))
        if "reference" not in page.relative_to(DOCS).parts
        for match in typed.finditer(page.read_text(encoding="utf-8"))
    ]
    assert found == []
