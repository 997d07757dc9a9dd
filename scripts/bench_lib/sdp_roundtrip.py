"""SDP: parse plus serialise of a recorded browser offer, per second; and the offer check
``calls.create`` runs before sending, in µs per Chrome offer.

``openai`` has no SDP parser and checks no offer, so both rows carry our figure only
(ratio n/a).

Example:
    >>> from bench_lib.sdp_roundtrip import run
    >>> [item.name for item in run(count=10, rounds=1)]
    ['SDP parse+serialise', 'SDP offer check']
"""

from __future__ import annotations

from realtime_ext import sdp
from realtime_ext.sdp._validate import check_offer

from . import subjects
from .report import Item, Measure, rate

# The offers the check is timed on: the shipped Chrome samples (audio only; audio, video
# and data channel), as a browser sends them.
CHECKED_OFFERS = ("chrome", "chrome-linux")


def run(*, count: int, rounds: int) -> list[Item]:
    """Round-trips per second of the Chrome audio offer, and µs per offer check (medians)."""
    return [_roundtrip(count=count, rounds=rounds), _offer_check(count=count, rounds=rounds)]


def _roundtrip(*, count: int, rounds: int) -> Item:
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


def _offer_check(*, count: int, rounds: int) -> Item:
    """``check_offer`` (every check ``validate_offer`` makes, no model) on Chrome offers."""
    offers = [sdp.sample_offer(name) for name in CHECKED_OFFERS]

    def check() -> None:
        for offer in offers:
            check_offer(offer)

    check()  # warm: and a sample that stopped passing fails here, not as a fast figure
    per_offer = [1e6 / (rate(check, count) * len(offers)) for _ in range(rounds)]
    return Item(
        "SDP offer check",
        "µs/offer",
        Measure(per_offer),
        None,
        baseline="n/a",
        note="calls.create's offer validation (sdp check_offer), mean of "
        + " and ".join(f"sdp.sample_offer({name!r})" for name in CHECKED_OFFERS)
        + ": lower is better",
        extra={
            "offers": list(CHECKED_OFFERS),
            "offer_bytes": [len(offer) for offer in offers],
        },
    )
