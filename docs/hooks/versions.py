"""MkDocs hook: versions on the site are the real ones, read at build time.

A page writes ``{{ generated_version }}`` (the ``realtime-ext-generated`` version this
``realtime-ext`` pins exactly), ``{{ version }}`` (``realtime-ext``'s own) or
``{{ openai_version }}`` (the ``openai`` release the comparisons were checked against, the
``dev`` extra's pin); a hand-written number would go stale with the next regeneration.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def values() -> dict[str, str]:
    """The placeholders and what they stand for."""
    from realtime_ext import __version__
    from realtime_ext._generated_pin import GENERATED_VERSION

    # The test extra pins the openai release the parity tests run (dev includes test).
    test = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["test"]
    openai = next(d.split("==", 1)[1] for d in test if d.startswith("openai=="))
    return {
        "generated_version": GENERATED_VERSION,
        "version": __version__,
        "openai_version": openai,
    }


_PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")


def render(markdown: str) -> str:
    """``markdown`` with each known ``{{ name }}`` replaced by its value."""
    known = values()
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), markdown)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    return render(markdown) if "{{ " in markdown else markdown
