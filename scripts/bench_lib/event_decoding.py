"""Event decoding: recorded server frames decoded to typed objects, events per second.

Ours is ``realtime_ext.events.parse_server_event``; openai's is what its
``RealtimeConnection.recv()`` does (``parse_event``: ``json.loads`` then
``construct_type_unchecked`` into ``RealtimeServerEvent``). See :mod:`subjects`.

Example:
    >>> from bench_lib import event_decoding, event_mix
    >>> item = event_decoding.run(event_mix.record(), events=500, rounds=1)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from . import subjects
from .report import Goal, Item, Measure


def _check(name: str, parse: Callable[[str], Any], frames: list[str]) -> None:
    """Every frame must decode to an object of the right type before we time anything."""
    for frame in frames:
        event = parse(frame)
        expected = json.loads(frame)["type"]
        # openai names the field ``type``; the generated models ``type_`` (an enum member).
        found = getattr(event, "type", getattr(event, "type_", None))
        if getattr(found, "value", found) != expected:
            raise RuntimeError(f"{name} decoded a {expected!r} frame to {event!r}")


def _rate(parse: Callable[[str], Any], batch: list[str]) -> float:
    start = time.perf_counter()
    for frame in batch:
        parse(frame)
    return len(batch) / (time.perf_counter() - start)


def run(frames: list[str], *, events: int, rounds: int) -> Item:
    """Decode ``events`` events per round (the mix cycled), ``rounds`` times per side."""
    batch = (frames * (events // len(frames) + 1))[:events]
    sides: dict[str, Callable[[str], Any]] = {"openai": subjects.decoder(subjects.OPENAI_DECODER)}
    ours_snippet, why = subjects.our_decoder()
    if ours_snippet is not None:
        sides["realtime-ext"] = subjects.decoder(ours_snippet)
    for name, parse in sides.items():
        _check(name, parse, frames)
    runs: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, parse in sides.items():
            runs[name].append(_rate(parse, batch))
    ours = runs.get("realtime-ext")
    return Item(
        "event decoding",
        "events/s",
        Measure(ours) if ours else None,
        Measure(runs["openai"]),
        goal=Goal(">= 1.00x (at least as fast)", min_ratio=1.0),
        note=why,
        extra={"events_per_round": events, "mix_size": len(frames)},
    )
