"""Every session kind opens through one function (``open_started``): the client's telemetry
is attached under the kind's ``api``, and whatever fails while the session starts closes its
socket again, on each driver and for each kind (the Realtime conversation, translation,
GPT-Live's primary socket)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, Extension, RealtimeClient
from realtime_ext.conversation import LIVE, LIVE_FORK, LIVE_SIDEBAND, REALTIME, TRANSLATION
from realtime_ext.testing import FakeRealtimeServer
from support import waiting


class Broken(RuntimeError):
    """What the test's telemetry raises as the session opens."""


class Recording:
    """A client's ``telemetry=`` that records the kind of each session it is attached to,
    and raises once told to."""

    def __init__(self, *, fail: bool = False) -> None:
        self.kinds: list[str] = []
        self.fail = fail

    @property
    def requests(self) -> None:
        return None

    def session_extension(
        self, *, now: Callable[[], float], url: str, kind: str = "realtime"
    ) -> Extension | None:
        self.kinds.append(kind)
        if self.fail:
            raise Broken(kind)
        return None


def test_each_kind_says_its_api() -> None:
    assert REALTIME.api == "realtime" and TRANSLATION.api == "translation"
    assert {LIVE.api, LIVE_SIDEBAND.api, LIVE_FORK.api} == {"live"}
    # GPT-Live's sockets are usable only once started; the others as their socket opens.
    assert LIVE.awaits_started and LIVE_SIDEBAND.awaits_started and LIVE_FORK.awaits_started
    assert not (REALTIME.awaits_started or TRANSLATION.awaits_started)


OPENS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "realtime": ("realtime", lambda client: client.connect(model="gpt-realtime")),
    "translation": ("translation", lambda client: client.translations.connect()),
    "live": ("live", lambda client: client.live.connect(model="gpt-live-1")),
}


@pytest.mark.parametrize("kind", sorted(OPENS))
def test_a_blocking_open_tells_telemetry_its_kind(server: FakeRealtimeServer, kind: str) -> None:
    api, open_ = OPENS[kind]
    telemetry = Recording()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url, telemetry=telemetry) as client,
        open_(client),
    ):
        assert telemetry.kinds == [api]  # attached as it opened
    assert telemetry.kinds == [api]


@pytest.mark.parametrize("kind", sorted(OPENS))
def test_a_failure_while_starting_closes_the_socket_blocking(
    server: FakeRealtimeServer, kind: str
) -> None:
    api, open_ = OPENS[kind]
    with RealtimeClient(
        api_key="sk-test", base_url=server.base_url, telemetry=Recording(fail=True)
    ) as client:
        with pytest.raises(Broken, match=api):
            open_(client)
        waiting.until(lambda: server.connections_open == 0, "the socket closed")


@pytest.mark.parametrize("kind", sorted(OPENS))
async def test_a_failure_while_starting_closes_the_socket_asyncio(
    server: FakeRealtimeServer, kind: str
) -> None:
    api, open_ = OPENS[kind]
    telemetry = Recording(fail=True)
    async with AsyncRealtimeClient(
        api_key="sk-test", base_url=server.base_url, telemetry=telemetry
    ) as client:
        with pytest.raises(Broken, match=api):
            await open_(client)
    await waiting.async_until(lambda: server.connections_open == 0, "the socket closed")
    assert telemetry.kinds == [api]
