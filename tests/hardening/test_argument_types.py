"""Every public function and class that takes one required argument answers a value of the
wrong kind with the SDK's own error (or Python's ``TypeError`` for a wrong call), never
with whatever broke inside: ``AttributeError`` (``sdp.serialise("v=0...")``,
``sdp.summary``, ``asgi.SiteGuard(["https://a", 5])``), a ``TypeError`` from ``open()``
(``audio.WavSource(None)``), a comparison ``TypeError`` or a hang
(``testing.sine_pcm16(10**100)``), found by running this very loop.
"""

from __future__ import annotations

import importlib
import inspect
import math
from collections.abc import Callable, Iterator

import pytest

from realtime_ext import OpenAIError

MODULES = [
    "realtime_ext",
    "realtime_ext.session",
    "realtime_ext.sdp",
    "realtime_ext.audio",
    "realtime_ext.tools",
    "realtime_ext.webhooks",
    "realtime_ext.events",
    "realtime_ext.voice",
    "realtime_ext.testing",
    "realtime_ext.asgi",
    "realtime_ext.telemetry",
    "realtime_ext.translation",
    "realtime_ext.conversation",
    "realtime_ext.connection",
]
# Open a connection or start a server (their arguments are tested where they open).
SKIPPED = {"connect", "aconnect", "main", "serve", "run_example", "FakeRealtimeServer"}


class _Opaque:
    pass


def _circular() -> list[object]:
    value: list[object] = []
    value.append(value)
    return value


BAD: dict[str, Callable[[], object]] = {
    "nan": lambda: math.nan,
    "surrogate": lambda: "\ud800",
    "circular": _circular,
    "object": _Opaque,
    "bytes": lambda: b"\xff",
    "negative": lambda: -1,
    "none": lambda: None,
    "huge": lambda: 10**100,
    "set in a dict": lambda: {"a": {1}},
    "list with a number": lambda: ["https://a.test", 5],
}


def _one_argument_callables() -> Iterator[tuple[str, Callable[..., object]]]:
    seen: set[int] = set()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            target = getattr(module, name, None)
            if target is None or id(target) in seen or name in SKIPPED or not callable(target):
                continue
            seen.add(id(target))
            if inspect.isclass(target) and issubclass(target, BaseException):
                continue
            try:
                parameters = inspect.signature(target).parameters.values()
            except (TypeError, ValueError):
                continue
            required = [
                p
                for p in parameters
                if p.default is p.empty
                and p.kind
                not in (
                    p.VAR_POSITIONAL,
                    p.VAR_KEYWORD,
                )
            ]
            if len(required) == 1:
                only = required[0]
                if only.kind == only.KEYWORD_ONLY:
                    yield f"{module_name}.{name}", _by_keyword(target, only.name)
                else:
                    yield f"{module_name}.{name}", target


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
