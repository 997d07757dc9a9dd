"""A caller's http_client without its own timeout gets the SDK default, as in openai."""

from __future__ import annotations

import httpx

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext._config import default_timeout

# The official openai package's default: 600 s, 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)


def test_the_default_is_openais() -> None:
    assert default_timeout() == DEFAULT_TIMEOUT
    assert RealtimeClient(api_key="sk-test").timeout == DEFAULT_TIMEOUT


def test_httpx_default_is_replaced() -> None:
    with httpx.Client() as http:
        client = RealtimeClient(api_key="sk-test", http_client=http)
        assert client._transport.config.timeout == DEFAULT_TIMEOUT
        assert client._transport.config.timeout != httpx.Timeout(5.0)


def test_async_httpx_default_is_replaced() -> None:
    client = AsyncRealtimeClient(api_key="sk-test", http_client=httpx.AsyncClient())
    assert client._transport.config.timeout == DEFAULT_TIMEOUT


def test_a_chosen_timeout_is_kept_and_an_explicit_one_wins() -> None:
    with httpx.Client(timeout=12.0) as http:
        assert RealtimeClient(api_key="sk-test", http_client=http)._transport.config.timeout == (
            httpx.Timeout(12.0)
        )
        explicit = RealtimeClient(api_key="sk-test", http_client=http, timeout=3.0)
        assert explicit._transport.config.timeout == httpx.Timeout(3.0)
