"""Every frame a fake server sends to a third-party client, checked against ``openai``'s
published event types (the pinned ``openai==3.57.0``).

A client written elsewhere reads its sockets through ``websockets`` (openai's own,
pydantic-ai's, pipecat's) or aiohttp (LiveKit's); :func:`checking_frames` wraps the ``recv``
of ``websockets``' asyncio and sync connections, and the ``receive`` of aiohttp's client
sockets where aiohttp is installed, for the duration of a test, so each text frame any client
in the process receives is validated, by the socket's path, as the union openai publishes for it: a
Realtime socket's ``RealtimeServerEvent``, a GPT-Live socket's ``ServerEvent``, a sideband's
``ConnectServerEvent``, a fork's ``ForkServerEvent``; the Responses events nested in a Live
``response.event`` as ``ResponseStreamEvent``. The client itself is not changed: the frame
is handed on as it came.

Example (a fixture of tests/third_party and tests/fake_server/test_openai_client.py)::

    with checking_frames() as frames:
        ...  # drive the client
    assert frames.problems == [] and frames.checked["session.started"]
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from openai.types.live import ConnectServerEvent, ForkServerEvent, ServerEvent
from openai.types.realtime import RealtimeServerEvent
from openai.types.responses import ResponseStreamEvent
from pydantic import TypeAdapter, ValidationError
from websockets.asyncio.connection import Connection as AsyncConnection
from websockets.sync.connection import Connection as SyncConnection

try:  # LiveKit's client reads through aiohttp, installed with it (the dev extra) and not alone
    import aiohttp
except ImportError:  # pragma: no cover - a slim environment without the third-party clients
    aiohttp = None  # type: ignore[assignment]

ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "realtime": TypeAdapter(RealtimeServerEvent),
    "live": TypeAdapter(ServerEvent),
    "sideband": TypeAdapter(ConnectServerEvent),
    "fork": TypeAdapter(ForkServerEvent),
}
NESTED: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)


def union_of(path: str) -> str:
    """Which of openai's unions a socket at ``path`` is read as."""
    path = path.split("?", 1)[0].rstrip("/")
    if path.endswith("/attach"):
        return "sideband"
    if path.endswith("/fork"):
        return "fork"
    if path.endswith("/live/sessions"):
        return "live"
    return "realtime"


@dataclass
class Frames:
    """What was checked: event types (``response.event`` as ``response.event/<nested>``) by
    count, per union, and each frame that failed with why."""

    checked: Counter[str] = field(default_factory=Counter[str])
    unions: Counter[str] = field(default_factory=Counter[str])
    problems: list[str] = field(default_factory=list[str])

    def check(self, path: str, raw: object) -> None:
        if isinstance(raw, bytes):  # openai's clients read text frames undecoded
            raw = raw.decode()
        if not isinstance(raw, str):
            return
        union = union_of(path)
        try:
            frame = json.loads(raw)
            ADAPTERS[union].validate_python(frame)
            kind = str(frame["type"])
            if kind == "response.event":
                nested = frame["event"]
                NESTED.validate_python(nested)
                kind = f"response.event/{nested['type']}"
        except (ValueError, KeyError, ValidationError) as exc:
            self.problems.append(f"{union} {raw[:200]}: {exc}")
            return
        self.checked[kind] += 1
        self.unions[union] += 1


def _path(connection: Any) -> str:
    request = getattr(connection, "request", None)
    return str(getattr(request, "path", ""))


def _aiohttp_path(socket: Any) -> str:
    # aiohttp's client socket has no public accessor for its URL: the handshake's response
    # (``_response``) holds it.
    response = getattr(socket, "_response", None)
    return str(getattr(getattr(response, "url", None), "path", ""))


@contextmanager
def checking_frames() -> Iterator[Frames]:
    """Check every frame received by a ``websockets`` client in this process meanwhile."""
    frames = Frames()
    async_recv = AsyncConnection.recv
    sync_recv = SyncConnection.recv

    async def checked_async(self: AsyncConnection, *args: Any, **kwargs: Any) -> Any:
        raw = await async_recv(self, *args, **kwargs)
        frames.check(_path(self), raw)
        return raw

    def checked_sync(self: SyncConnection, *args: Any, **kwargs: Any) -> Any:
        raw = sync_recv(self, *args, **kwargs)
        frames.check(_path(self), raw)
        return raw

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AsyncConnection, "recv", checked_async)
        patch.setattr(SyncConnection, "recv", checked_sync)
        if aiohttp is not None:
            aiohttp_receive = aiohttp.ClientWebSocketResponse.receive

            async def checked_aiohttp(self: Any, *args: Any, **kwargs: Any) -> Any:
                message = await aiohttp_receive(self, *args, **kwargs)
                if message.type == aiohttp.WSMsgType.TEXT:
                    frames.check(_aiohttp_path(self), message.data)
                return message

            patch.setattr(aiohttp.ClientWebSocketResponse, "receive", checked_aiohttp)
        yield frames
