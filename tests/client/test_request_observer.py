"""A client's ``telemetry=`` observes REST requests through the core's ``RequestObserver``:
one start and one end per request (its retries inside), redacted facts only, and nothing
at all without one."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from realtime_ext import (
    APIConnectionError,
    Extension,
    Instrumentation,
    InvalidArgumentError,
    RateLimitError,
    RequestEnded,
    RequestObserver,
)

from ._helpers import API_KEY, Recorder, error_body, make_async_client, make_client

SECRET_QUERY = "sekrit-query-value"


class Observed:
    """An instrumentation of the user's own: what its observer was told."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str, str]] = []
        self.ended: list[tuple[int | None, str | None]] = []

    @property
    def requests(self) -> RequestObserver | None:
        return self

    def request_started(self, method: str, url: httpx.URL, route: str, /) -> RequestEnded | None:
        self.told.append((method, str(url), route))

        def ended(status: int | None, error: BaseException | None) -> None:
            self.ended.append((status, None if error is None else type(error).__name__))

        return ended

    def session_extension(
        self, *, now: Callable[[], float], url: str, kind: str = "realtime"
    ) -> Extension | None:
        return None


# Structural: a class of the user's own is an Instrumentation with no base class or cast.
INSTRUMENTATION: Instrumentation = Observed()


def test_one_start_and_one_end_per_request_with_its_retries() -> None:
    observed = Observed()
    rec = Recorder([httpx.Response(503, json=error_body("busy")), httpx.Response(200, json={})])
    with make_client(rec, telemetry=observed, max_retries=1) as client:
        client.calls.hangup("rtc_1")
    assert len(rec.requests) == 2  # retried once, told once
    assert observed.told == [
        (
            "POST",
            "https://api.example.test/v1/realtime/calls/rtc_1/hangup",
            "/realtime/calls/rtc_1/hangup",
        )
    ]
    assert observed.ended == [(200, None)]


def test_an_error_status_and_a_transport_error_end_the_request() -> None:
    observed = Observed()
    limited = httpx.Response(429, json=error_body("slow down"))
    with (
        make_client(Recorder([limited]), telemetry=observed, max_retries=0) as client,
        pytest.raises(RateLimitError),
    ):
        client.calls.hangup("rtc_1")
    refused = httpx.ConnectError("refused")
    with (
        make_client(Recorder([refused]), telemetry=observed, max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.calls.hangup("rtc_2")
    assert observed.ended == [(429, "RateLimitError"), (None, "APIConnectionError")]


async def test_the_asyncio_client_is_observed_the_same_way() -> None:
    observed = Observed()
    async with make_async_client(Recorder([httpx.Response(200, json={})]), telemetry=observed) as c:
        await c.calls.hangup("rtc_1")
    assert [route for _, _, route in observed.told] == ["/realtime/calls/rtc_1/hangup"]
    assert observed.ended == [(200, None)]


def test_the_observer_is_told_nothing_secret() -> None:
    observed = Observed()
    rec = Recorder([httpx.Response(200, json={})])
    base = f"https://user:pass-word@api.example.test/v1?token={SECRET_QUERY}"
    with make_client(rec, telemetry=observed, base_url=base) as client:
        client.calls.hangup("rtc_1")
    assert SECRET_QUERY in str(rec.last.url)  # the request carried it
    told = repr(observed.told)
    for secret in (API_KEY, SECRET_QUERY, "pass-word", "user:"):
        assert secret not in told


def test_no_telemetry_by_default_and_bad_values_refused() -> None:
    rec = Recorder([httpx.Response(200, json={})])
    with make_client(rec) as client:  # None: nothing observes, nothing to import
        client.calls.hangup("rtc_1")
    for bad in (True, "otel", Observed, object()):
        with pytest.raises(
            InvalidArgumentError, match="telemetry must be None or an Instrumentation"
        ):
            make_client(rec, telemetry=bad)


def test_an_instrumentation_without_an_observer_is_told_nothing() -> None:
    class Quiet(Observed):
        @property
        def requests(self) -> RequestObserver | None:
            return None

    quiet = Quiet()
    with make_client(Recorder([httpx.Response(200, json={})]), telemetry=quiet) as client:
        client.calls.hangup("rtc_1")
    assert quiet.told == []
