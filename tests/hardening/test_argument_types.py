"""Every public function and class that takes one required argument answers a value of the
wrong kind with the SDK's own error (or Python's ``TypeError`` for a wrong call), never
with whatever broke inside: ``AttributeError`` (``sdp.serialise("v=0...")``,
``sdp.summary``, ``asgi.SiteGuard(["https://a", 5])``), a ``TypeError`` from ``open()``
(``audio.WavSource(None)``), a comparison ``TypeError`` or a hang
(``testing.sine_pcm16(10**100)``), found by running this very loop.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import pytest

from realtime_ext import OpenAIError
from tests.hardening._values import Opaque, circular, public_callables

# Open a connection or start a server (their arguments are tested where they open).
SKIPPED = {"connect", "aconnect", "main", "serve", "run_example", "FakeRealtimeServer"}


BAD: dict[str, Callable[[], object]] = {
    "nan": lambda: math.nan,
    "surrogate": lambda: "\ud800",
    "circular": circular,
    "object": Opaque,
    "bytes": lambda: b"\xff",
    "negative": lambda: -1,
    "none": lambda: None,
    "huge": lambda: 10**100,
    "set in a dict": lambda: {"a": {1}},
    "list with a number": lambda: ["https://a.test", 5],
}


def _one_argument_callables() -> Iterator[tuple[str, Callable[..., object]]]:
    for name, target, required in public_callables(SKIPPED):
        if len(required) == 1:
            only = required[0]
            if only.kind == only.KEYWORD_ONLY:
                yield name, _by_keyword(target, only.name)
            else:
                yield name, target


def _by_keyword(target: Callable[..., object], keyword: str) -> Callable[[object], object]:
    return lambda value: target(**{keyword: value})


CALLABLES = dict(_one_argument_callables())


def test_the_loop_reaches_the_public_api() -> None:
    # A filter gone wrong would make the test below check nothing.
    assert len(CALLABLES) > 25
    for name in ("realtime_ext.sdp.serialise", "realtime_ext.asgi.SiteGuard"):
        assert name in CALLABLES


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_a_wrong_argument_is_the_sdks_error(name: str, bad: str) -> None:
    try:
        CALLABLES[name](BAD[bad]())
    except OpenAIError:
        pass
    except TypeError as exc:  # a wrong call (arity) is Python's own TypeError
        assert "argument" in str(exc), f"{name}({bad}): {exc!r}"
