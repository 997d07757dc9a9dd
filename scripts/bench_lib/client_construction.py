"""Client construction: a ``RealtimeClient`` against an ``openai.OpenAI``, per client built.

Both are built with an API key and closed again, in interleaved rounds; the row is the median
milliseconds per client. An app that builds a client per request (a web handler minting a
client secret) pays this on every request; most of it was loading the CA bundle, which
realtime-ext now does once per process (one SSL context shared by every client made without
an ``http_client``) and openai, on httpx's default, does per client.

Example:
    >>> from bench_lib.client_construction import run
    >>> item = run(clients=2, rounds=1)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import subjects
from .report import Goal, Item, Measure, rate


def _builder(make: Callable[[], Any]) -> Callable[[], None]:
    def build() -> None:
        client = make()
        client.close()

    return build


def run(*, clients: int, rounds: int) -> Item:
    """Milliseconds per client built and closed, ours vs openai, ``rounds`` rounds of
    ``clients`` each, the two interleaved."""
    import openai

    ours_class, note = subjects.our_client_class()
    sides: dict[str, Callable[[], None]] = {
        "openai": _builder(lambda: openai.OpenAI(api_key=subjects.API_KEY)),
    }
    if ours_class is not None:
        sides["realtime-ext"] = _builder(lambda: ours_class(api_key=subjects.API_KEY))
    for build in sides.values():
        build()  # first use: lazy imports and the shared SSL context, not timed
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, build in sides.items():
            times[name].append(1000 / rate(build, clients))
    ours = times.get("realtime-ext")
    return Item(
        "client construction",
        "ms",
        Measure(ours) if ours is not None else None,
        Measure(times["openai"]),
        goal=Goal("<= 1.00x (no slower than openai)", max_ratio=1.0),
        note=note,
        extra={"clients_per_round": clients},
    )
