"""Debian's chromium, headless and offline, driven by playwright.

Playwright's own browser download cannot be reached, so it drives ``/usr/bin/chromium``
(``make browser`` installs it with apt) through ``executable_path``. A missing browser is a
failure naming the make target, never a skip.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright: Any) -> Any:
    """A headless chromium Browser; fails the test with the fix when chromium is missing."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
