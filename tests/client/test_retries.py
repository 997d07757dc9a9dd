"""Retries: which failures are retried, how often, and how long the client waits."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from realtime_ext import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from realtime_ext._exceptions import status_error_class
from realtime_ext._retries import (
    MAX_RETRY_AFTER,
    backoff_delay,
    retry_delay,
    server_retry_after,
    should_retry_status,
)

from ._helpers import Recorder, error_body, make_async_client, make_client, secret_body

OK = httpx.Response(200, json=secret_body())


def _status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, json=error_body(f"status {code}"), headers=headers)


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_status_is_retried_then_succeeds(code: int) -> None:
    rec = Recorder([_status(code), _status(code), OK])
    with make_client(rec) as client:
        secret = client.client_secrets.create()
    assert secret.value == "ek_test_abc123"
    assert len(rec.requests) == 3
    assert len(rec.sleeps) == 2


@pytest.mark.parametrize("code", [429, 500])
def test_default_is_two_retries_then_the_error(code: int) -> None:
    rec = Recorder([_status(code)])
    with make_client(rec) as client, pytest.raises(status_error_class(code)):
        client.client_secrets.create()
    assert len(rec.requests) == 3


@pytest.mark.parametrize("code", [400, 401, 403, 404, 422])
def test_other_4xx_is_never_retried(code: int) -> None:
    rec = Recorder([_status(code)])
    with make_client(rec, max_retries=5) as client, pytest.raises(status_error_class(code)):
        client.calls.hangup("rtc_1")
    assert len(rec.requests) == 1
    assert rec.sleeps == []


def test_client_max_retries_and_per_call_override() -> None:
    rec = Recorder([_status(500)])
    with make_client(rec, max_retries=4) as client:
        with pytest.raises(InternalServerError):
            client.calls.hangup("rtc_1")
        assert len(rec.requests) == 5
        with pytest.raises(InternalServerError):
            client.calls.hangup("rtc_1", max_retries=0)
        assert len(rec.requests) == 6


def test_backoff_grows_and_stays_within_jitter_bounds() -> None:
    rec = Recorder([_status(503)])
    with make_client(rec, max_retries=6) as client, pytest.raises(InternalServerError):
        client.client_secrets.create()
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(rec.sleeps) == len(bases)
    for slept, base in zip(rec.sleeps, bases, strict=True):
        assert 0.75 * base <= slept <= base


def test_backoff_delay_extremes_of_jitter() -> None:
    assert backoff_delay(1, rand=lambda: 0.0) == 0.5
    assert backoff_delay(1, rand=lambda: 1.0) == 0.375
    assert backoff_delay(50, rand=lambda: 0.0) == 8.0


def test_retry_after_seconds_is_honoured() -> None:
    rec = Recorder([_status(429, {"Retry-After": "7"}), OK])
    with make_client(rec) as client:
        client.client_secrets.create()
    assert rec.sleeps == [7.0]


def test_retry_after_ms_wins_over_retry_after() -> None:
    rec = Recorder([_status(429, {"retry-after-ms": "1500", "Retry-After": "9"}), OK])
    with make_client(rec) as client:
        client.client_secrets.create()
    assert rec.sleeps == [1.5]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(1_700_000_030, usegmt=True)
    headers = httpx.Headers({"Retry-After": when})
    assert retry_delay(attempt=1, headers=headers, now=1_700_000_000) == pytest.approx(30.0)


def test_retry_after_http_date_through_the_client() -> None:
    import time

    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    rec = Recorder([_status(503, {"Retry-After": when}), OK])
    with make_client(rec) as client:
        client.client_secrets.create()
    (slept,) = rec.sleeps
    # The date has one-second resolution and the clock moves: bounds, not an exact value.
    assert 15 < slept <= 21


@pytest.mark.parametrize("value", ["3600", "61"])
def test_retry_after_beyond_the_cap_is_not_retried(value: str) -> None:
    rec = Recorder([_status(429, {"Retry-After": value}), OK])
    with make_client(rec) as client, pytest.raises(RateLimitError):
        client.client_secrets.create()
    assert len(rec.requests) == 1
    assert rec.sleeps == []


def test_retry_after_at_the_cap_is_honoured() -> None:
    rec = Recorder([_status(429, {"Retry-After": str(int(MAX_RETRY_AFTER))}), OK])
    with make_client(rec) as client:
        client.client_secrets.create()
    assert rec.sleeps == [MAX_RETRY_AFTER]


@pytest.mark.parametrize("value", ["0", "-5", "soon", "nan"])
def test_unusable_retry_after_falls_back_to_backoff(value: str) -> None:
    headers = httpx.Headers({"Retry-After": value})
    assert 0.375 <= retry_delay(attempt=1, headers=headers) <= 0.5


def test_server_retry_after_forms() -> None:
    assert server_retry_after(httpx.Headers({"retry-after-ms": "250"})) == 0.25
    assert server_retry_after(httpx.Headers({"retry-after": "2.5"})) == 2.5
    assert server_retry_after(httpx.Headers()) is None
    assert server_retry_after(httpx.Headers({"retry-after": "garbage"})) is None


def test_x_should_retry_overrides_the_status_rules() -> None:
    assert should_retry_status(400, httpx.Headers({"x-should-retry": "true"}))
    assert not should_retry_status(500, httpx.Headers({"x-should-retry": "false"}))
    rec = Recorder([_status(400, {"x-should-retry": "true"}), OK])
    with make_client(rec) as client:
        client.client_secrets.create()
    assert len(rec.requests) == 2
    rec = Recorder([_status(503, {"x-should-retry": "false"})])
    with make_client(rec) as client, pytest.raises(InternalServerError):
        client.client_secrets.create()
    assert len(rec.requests) == 1


def test_connection_errors_are_retried_then_raised() -> None:
    rec = Recorder([httpx.ConnectError("connection refused")])
    with make_client(rec) as client, pytest.raises(APIConnectionError) as info:
        client.calls.hangup("rtc_1")
    assert not isinstance(info.value, APITimeoutError)
    assert len(rec.requests) == 3
    assert "connection refused" in str(info.value)
    assert "/realtime/calls/rtc_1/hangup" in str(info.value)


def test_connection_error_then_success() -> None:
    rec = Recorder([httpx.ReadError("reset"), OK])
    with make_client(rec) as client:
        assert client.client_secrets.create().value == "ek_test_abc123"
    assert len(rec.requests) == 2


def test_timeouts_become_api_timeout_error() -> None:
    rec = Recorder([httpx.ReadTimeout("read timed out")])
    with make_client(rec, max_retries=1) as client, pytest.raises(APITimeoutError):
        client.client_secrets.create()
    assert len(rec.requests) == 2


def test_retried_request_resends_the_same_body() -> None:
    rec = Recorder([_status(500), OK])
    with make_client(rec) as client:
        client.client_secrets.create(expires_after=600)
    assert rec.requests[0].content == rec.requests[1].content != b""


async def test_async_retries_use_the_async_sleep() -> None:
    rec = Recorder([_status(429, {"retry-after-ms": "10"}), _status(502), OK])
    async with make_async_client(rec) as client:
        secret = await client.client_secrets.create()
    assert secret.value == "ek_test_abc123"
    assert rec.sleeps[0] == 0.01
    assert 0.75 <= rec.sleeps[1] <= 1.0


async def test_async_no_retry_on_404_and_connection_error_mapping() -> None:
    rec = Recorder([_status(404)])
    async with make_async_client(rec) as client:
        with pytest.raises(status_error_class(404)):
            await client.calls.hangup("rtc_1")
    assert len(rec.requests) == 1
    rec = Recorder([httpx.ConnectTimeout("slow")])
    async with make_async_client(rec, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.calls.hangup("rtc_1")
