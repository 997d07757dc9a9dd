"""SDP: parse plus serialise of a recorded browser offer, per second.

``openai`` has no SDP parser, so the row carries our figure only (ratio n/a).

Example:
    >>> from bench_lib.sdp_roundtrip import run
    >>> run(count=10, rounds=1).ours is not None
    True
"""

from __future__ import annotations

from realtime_ext import sdp

from . import subjects
from .report import Item, Measure, rate


def run(*, count: int, rounds: int) -> Item:
    """Round-trips per second of the Chrome audio offer, median of ``rounds``."""
    offer = subjects.browser_offer()
    if sdp.serialise(sdp.parse(offer)) != offer:
        raise RuntimeError(f"{subjects.OFFER_FILE.name} does not round-trip unchanged")

    def roundtrip() -> str:
        return sdp.serialise(sdp.parse(offer))

    roundtrip()
    return Item(
        "SDP parse+serialise",
        "ops/s",
        Measure([rate(roundtrip, count) for _ in range(rounds)]),
        None,
        baseline="n/a",
        note="openai has no SDP parser: our figure only",
        extra={"offer": subjects.OFFER_FILE.name, "offer_bytes": len(offer)},
    )
