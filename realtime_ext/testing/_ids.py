"""Random identifiers shaped like the real API's (``event_...``, ``item_...``, ``rtc_...``)."""

from __future__ import annotations

import secrets


def new_id(prefix: str, nbytes: int = 12) -> str:
    """Return ``prefix`` + ``_`` + random hex, e.g. ``new_id("item")`` -> ``"item_3f9a..."``."""
    return f"{prefix}_{secrets.token_hex(nbytes)}"
