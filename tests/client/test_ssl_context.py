"""Every client built without an ``http_client`` shares one default SSL context.

Loading the CA bundle cost ~35 ms per client (a client per request paid it every time); the
context is now built once per process (``realtime_ext._config.default_ssl_context``). A
caller's own ``http_client`` keeps its own ``verify`` settings.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from typing import Any

import certifi
import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext._config import default_ssl_context


def context_of(client: RealtimeClient | AsyncRealtimeClient) -> ssl.SSLContext:
    """The SSL context the client's httpx connection pool opens TLS connections with."""
    # httpx keeps it on its transport's httpcore pool (the same in httpx 0.27 and 0.28).
    http: Any = client._http  # pyright: ignore[reportPrivateUsage]
    context = http._transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


def test_two_default_clients_share_one_verifying_context() -> None:
    first = RealtimeClient(api_key="sk-test")
    second = AsyncRealtimeClient(api_key="sk-test")
    try:
        shared = context_of(first)
        assert context_of(second) is shared
        assert shared is default_ssl_context()
        # Still httpx's verify=True: certificates and host names are checked.
        assert shared.verify_mode == ssl.CERT_REQUIRED
        assert shared.check_hostname
    finally:
        first.close()
        asyncio.run(second.close())


def test_a_callers_http_client_keeps_its_own_verify_settings() -> None:
    own = ssl.create_default_context(cafile=certifi.where())
    with (
        httpx.Client(verify=own) as http,
        httpx.Client(verify=False) as unverified,
        RealtimeClient(api_key="sk-test", http_client=http) as custom,
        RealtimeClient(api_key="sk-test", http_client=unverified) as insecure,
    ):
        assert context_of(custom) is own
        assert context_of(insecure) is not default_ssl_context()
        assert context_of(insecure).verify_mode == ssl.CERT_NONE


def test_a_changed_ssl_cert_file_gets_a_context_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = default_ssl_context()
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    with RealtimeClient(api_key="sk-test") as client:
        after = context_of(client)
    assert after is not before
    assert default_ssl_context() is after  # and shared from then on


def test_threads_building_clients_at_once_share_one_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A CA setting no earlier test used, so the context is built during the race.
    monkeypatch.setenv("SSL_CERT_DIR", certifi.where().rsplit("/", 1)[0])
    start = threading.Barrier(8)
    seen: list[ssl.SSLContext] = []

    def build() -> None:
        start.wait()
        with RealtimeClient(api_key="sk-test") as client:
            seen.append(context_of(client))

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert len({id(context) for context in seen}) == 1
