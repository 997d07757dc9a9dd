"""Every REST method's every argument, given a wrong value, gets the SDK's own error, and a
refused call sends nothing: the client's methods (``client_secrets``, ``calls``,
``sessions``, ``transcription_sessions``, ``translations`` and their ``calls``) are called
with each argument replaced by each bad value below, the others valid, over a transport
that records what would have gone on the wire.

Found by running this very loop: ``extra_body=<not a mapping>`` raised ``TypeError: 'float'
object is not a mapping``, ``connect(extra_headers=<not a mapping>)`` a ``TypeError`` or
``ValueError`` from ``dict.update``; and the beta ``sessions.create`` sent any body at all
(tests/validation/test_beta_sessions.py).
"""

from __future__ import annotations

import asyncio
import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from realtime_ext import APIStatusError, AsyncRealtimeClient, OpenAIError, RealtimeClient
from realtime_ext.sdp import sample_offer
from tests.hardening._values import ODD
from tests.validation._wire import Wire, async_client

# Not "huge": max_retries=10**100 against a server answering 500 retries as asked, for ever.
BAD: dict[str, Callable[[], object]] = {
    **{label: make for label, make in ODD.items() if label != "huge"},
    "header injection": lambda: {"X-A": "b\r\nc"},
    "int header": lambda: {"X-A": 1},
    "nested nan": lambda: {"type": "realtime", "audio": {"output": {"speed": math.nan}}},
}
# What each required argument takes when another one is the bad one.
GOOD: dict[str, object] = {
    "sdp": sample_offer("chrome"),
    "call_id": "rtc_123",
    "target_uri": "tel:+14155550123",
    "session": {"model": "gpt-realtime-translate"},  # translations.client_secrets: required
    "session_id": "live_123",
    "status_code": 486,  # live.sessions.reject: required
}
# Optional arguments a method cannot do without (one of two forms is required), given so
# that each other argument is the one refused.
NEEDED: dict[str, dict[str, object]] = {
    "live.create": {"sdp": sample_offer("chrome"), "model": "gpt-live-1"},
    "live.sessions.fork": {"sdp": sample_offer("chrome")},
}
RESOURCES = (
    "client_secrets",
    "calls",
    "sessions",
    "transcription_sessions",
    "translations",
    "translations.client_secrets",
    "translations.calls",
    "live",
    "live.sessions",
)
# They open a WebSocket, not a request (their arguments: tests below and tests/connection).
SKIPPED = {"connect", "with_raw_response", "with_streaming_response"}


def _methods() -> Iterator[tuple[str, str]]:
    with RealtimeClient(api_key="sk-test", base_url="https://x.test/v1") as client:
        for path in RESOURCES:
            resource: Any = client
            for part in path.split("."):
                resource = getattr(resource, part)
            for name, _method in inspect.getmembers(resource, inspect.ismethod):
                if not name.startswith("_") and name not in SKIPPED:
                    yield path, name


METHODS = sorted(set(_methods()))


def _method(client: RealtimeClient, path: str, name: str) -> Callable[..., object]:
    resource: Any = client
    for part in path.split("."):
        resource = getattr(resource, part)
    method: Callable[..., object] = getattr(resource, name)
    return method


def test_the_loop_reaches_every_rest_method() -> None:
    # A filter gone wrong would make the test below check nothing.
    names = {f"{path}.{name}" for path, name in METHODS}
    assert {
        "client_secrets.create",
        "calls.create",
        "calls.accept",
        "calls.refer",
        "sessions.create",
        "transcription_sessions.create",
        "translations.client_secrets.create",
        "translations.calls.create",
        "live.create",
        "live.sessions.accept",
        "live.sessions.reject",
        "live.sessions.refer",
        "live.sessions.hangup",
        "live.sessions.fork",
        "live.sessions.download_recording",
    } <= names


@pytest.mark.parametrize(("path", "name"), METHODS)
def test_a_wrong_argument_is_refused_before_sending(
    client: RealtimeClient, wire: Wire, path: str, name: str
) -> None:
    method = _method(client, path, name)
    parameters = inspect.signature(method).parameters.values()
    required = {
        p.name: GOOD[p.name]
        for p in parameters
        if p.default is p.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    } | NEEDED.get(f"{path}.{name}", {})
    tried = 0
    for parameter in parameters:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        for label, make in BAD.items():
            sent = len(wire.sent)
            try:
                method(**{**required, parameter.name: make()})
            except APIStatusError:
                pass  # the value was one the API takes: it went out (the recorder answers 500)
            except OpenAIError:
                assert len(wire.sent) == sent, f"{path}.{name}({parameter.name}={label}) sent"
            except Exception as exc:
                pytest.fail(f"{path}.{name}({parameter.name}={label}): {exc!r}")
            tried += 1
    assert tried >= len(BAD)


CONNECTS = ["connect", "translations.connect"]


@pytest.mark.parametrize("label", ["nan", "surrogate", "header injection", "int header"])
@pytest.mark.parametrize("entry", CONNECTS)
def test_connect_refuses_bad_extra_headers_before_opening(entry: str, label: str) -> None:
    # base_url names no host this test could reach: the error must come before any socket.
    with RealtimeClient(api_key="sk-test", base_url="https://x.test/v1") as client:
        connect: Any = client.translations.connect if "." in entry else client.connect
        with pytest.raises(OpenAIError, match="extra_headers"):
            connect(extra_headers=BAD[label]())


def test_async_connect_refuses_bad_extra_headers_before_opening() -> None:
    async def main() -> None:
        async with AsyncRealtimeClient(api_key="sk-test", base_url="https://x.test/v1") as client:
            for connect in (client.connect, client.translations.connect):
                with pytest.raises(OpenAIError, match="extra_headers"):
                    connect(extra_headers=math.nan)  # type: ignore[arg-type]

    asyncio.run(main())


def test_async_extra_body_that_is_not_a_mapping_is_refused() -> None:
    wire = Wire()

    async def main() -> None:
        async with async_client(wire) as client:
            with pytest.raises(OpenAIError, match="extra_body must be a dict of fields to add"):
                await client.client_secrets.create(extra_body=[("a", 1)])  # type: ignore[arg-type]

    asyncio.run(main())
    assert wire.sent == []
