"""A hung Azure token provider is bounded by the operation's timeout (issue 77 item 7): a
REST call's ``timeout`` (per call or the client's) and a connect's ``open_timeout``, sync and
asyncio, with a blocking or an ``async def`` provider, raise :class:`APITimeoutError`, the
error a server that never answers gives. The provider blocks on an event set at teardown;
the tests assert on the error, pytest's timeout bounds them."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from realtime_ext import APITimeoutError, AsyncAzureRealtimeClient, AzureRealtimeClient
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer

pytestmark = pytest.mark.timeout(60)

BOUND = 0.2  # the operation's timeout: what the hung provider is given
SESSION = realtime_session(model="gpt-realtime")


class Hung:
    """A provider that never returns until released (at teardown), counting its calls."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked = 0

    def __call__(self) -> str:
        self.asked += 1
        self.release.wait()
        return "eyJ0.eyJ1.late"

    async def asynchronous(self) -> str:
        self.asked += 1
        await asyncio.Event().wait()  # cancelled by the bound
        return "eyJ0.eyJ1.late"


@pytest.fixture
def hung() -> Iterator[Hung]:
    provider = Hung()
    yield provider
    provider.release.set()  # the threads still asking return


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with FakeRealtimeServer(azure=True) as server:
        yield server.azure_endpoint


def _client(endpoint: str, hung: Hung, timeout: float = 600) -> AzureRealtimeClient:
    return AzureRealtimeClient(
        azure_endpoint=endpoint,
        azure_deployment="gpt-realtime",
        azure_ad_token_provider=hung,
        max_retries=0,
        timeout=timeout,
    )


def test_a_rest_call_raises_a_timeout_within_its_own_timeout(endpoint: str, hung: Hung) -> None:
    with (
        _client(endpoint, hung) as client,
        pytest.raises(APITimeoutError, match="azure_ad_token_provider returned no token within"),
    ):
        client.client_secrets.create(session=SESSION, timeout=BOUND)
    assert hung.asked == 1


def test_a_rest_call_raises_a_timeout_within_the_clients_timeout(endpoint: str, hung: Hung) -> None:
    with _client(endpoint, hung, timeout=BOUND) as client, pytest.raises(APITimeoutError):
        client.calls.hangup("rtc_1")


def test_a_connect_raises_a_timeout_within_open_timeout(endpoint: str, hung: Hung) -> None:
    with _client(endpoint, hung) as client, pytest.raises(APITimeoutError, match="no token"):
        client.connect(open_timeout=BOUND, max_retries=0)


@pytest.mark.parametrize("kind", ["blocking provider", "async provider"])
def test_the_asyncio_client_is_bounded_too(endpoint: str, hung: Hung, kind: str) -> None:
    provider = hung if kind == "blocking provider" else hung.asynchronous

    async def main() -> list[BaseException]:
        async with AsyncAzureRealtimeClient(
            azure_endpoint=endpoint,
            azure_deployment="gpt-realtime",
            azure_ad_token_provider=provider,
            max_retries=0,
        ) as client:
            errors: list[BaseException] = []
            for attempt in (
                client.client_secrets.create(session=SESSION, timeout=BOUND),
                client.connect(open_timeout=BOUND, max_retries=0),
            ):
                try:
                    await attempt
                except APITimeoutError as exc:
                    errors.append(exc)
            return errors

    errors = asyncio.run(main())
    assert [type(e) for e in errors] == [APITimeoutError, APITimeoutError]
    assert hung.asked == 2


def test_a_provider_that_answers_in_time_is_used(endpoint: str) -> None:
    with AzureRealtimeClient(
        azure_endpoint=endpoint,
        azure_deployment="gpt-realtime",
        azure_ad_token_provider=lambda: "eyJ0.eyJ1.fine",
        timeout=30,
    ) as client:
        assert client.client_secrets.create(session=SESSION).value.startswith("ek_")
        with client.connect(open_timeout=30) as conn:
            assert conn.session is not None
