"""A replay server for the GPT-Live recordings in ``tests/data/realtraffic/live``.

It plays the server's part of one recording on 127.0.0.1 (a ``websockets`` server on its own
thread, so blocking and asyncio tests use it alike): each frame the recording says the
server sent is sent, in order; where the recording says the client sent a frame, it waits
for the SDK's and keeps it (``server.received``), so a test compares what the SDK sent with
what the real client sent. After the last frame it closes the socket normally (1000).

An HTTP recording (a VCR cassette) is played by :class:`HttpReplay`, an ``httpx`` transport's
handler: each request is compared with the recorded one and answered as the API answered.
"""

from __future__ import annotations

import json
import operator
import socket
import threading
from collections.abc import Callable, Generator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import yaml
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from tests.support import vendored

JSON = dict[str, Any]
LIVE = "realtraffic/live"
PRIMARY = "test_openai_live_ws__test_text_reaches_the_model_as_context.yaml"
"""The primary socket: text as context, then ``session.close``."""


@dataclass
class Recording:
    """One WebSocket recording: its frames in wire order, ``("sent"|"received", frame)``."""

    name: str
    frames: list[tuple[str, JSON]]

    @property
    def sent(self) -> list[JSON]:
        return [data for direction, data in self.frames if direction == "sent"]

    @property
    def received(self) -> list[JSON]:
        return [data for direction, data in self.frames if direction == "received"]


def recording(name: str) -> Recording:
    """The recording ``name`` (a file of ``realtraffic/live``) as frames."""
    path = vendored.require(LIVE) / name
    with path.open(encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    frames = [
        (item["direction"], item["data"])
        for item in raw["interactions"]
        if item.get("kind") == "message"
    ]
    return Recording(name, frames)


def socket_recordings() -> list[str]:
    """The names of the WebSocket recordings (not the HTTP cassettes) of ``realtraffic/live``."""
    where = vendored.require(LIVE)
    names: list[str] = []
    for path in sorted(where.glob("*.yaml")):
        with path.open(encoding="utf-8") as f:
            if "kind:" in f.read(200):
                names.append(path.name)
    return names


@dataclass
class ReplayServer:
    """What a test sees of the server: its URL, the path asked for and the client's frames."""

    recording: Recording
    url: str = ""
    paths: list[str] = field(default_factory=list[str])
    headers: list[dict[str, str]] = field(default_factory=list[dict[str, str]])
    received: list[JSON] = field(default_factory=list[JSON])
    mismatch: list[str] = field(default_factory=list[str])
    done: threading.Event = field(default_factory=threading.Event)
    match: Callable[[JSON, JSON], bool] = operator.eq
    """Whether a client frame is the one the script expects (exactly, by default)."""

    def handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        self.paths.append(ws.request.path)
        self.headers.append({k.lower(): v for k, v in ws.request.headers.raw_items()})
        try:
            for direction, data in self.recording.frames:
                if direction == "received":
                    ws.send(json.dumps(data))
                    continue
                if direction == "drop":  # the line goes: no close frame
                    ws.socket.shutdown(socket.SHUT_RDWR)
                    return
                got = json.loads(ws.recv(timeout=10))
                self.received.append(got)
                if not self.match(data, got):
                    self.mismatch.append(f"expected {data!r}, got {got!r}")
                    break
            ws.close(1000, "")
        except (ConnectionClosed, TimeoutError) as exc:
            self.mismatch.append(f"ended early: {exc!r}")
        finally:
            self.done.set()


def replaying(name: str) -> AbstractContextManager[ReplayServer]:
    """A :class:`ReplayServer` of the recording ``name`` on 127.0.0.1, for one connection;
    ``server.url`` is the ``base_url`` to give the client."""
    return serving(recording(name))


@contextmanager
def serving(
    script: Recording, match: Callable[[JSON, JSON], bool] = operator.eq
) -> Generator[ReplayServer]:
    """A :class:`ReplayServer` of ``script``'s frames (a recording, or frames a test wrote:
    ``("received", frame)`` is sent, ``("sent", frame)`` awaited, ``("drop", {})`` cuts the
    line without a close frame); ``match(expected, got)`` says whether a client frame is the
    one expected (exactly, by default)."""
    replay = ReplayServer(script, match=match)
    with serve(replay.handle, "127.0.0.1", 0) as server:
        port = server.socket.getsockname()[1]
        replay.url = f"http://127.0.0.1:{port}/v1"
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield replay
        finally:
            server.shutdown()
            thread.join(10)


WEBRTC = "test_openai_live_ws__test_webrtc_hang_up_ends_the_call.yaml"
"""The HTTP recording: a WebRTC create, its hang-up (200), and a second hang-up (404)."""


@dataclass
class HttpReplay:
    """The API's part of an HTTP recording, for ``httpx.MockTransport``: each request must be
    the recorded one (method, path, JSON body, or none) and gets the recorded answer (status,
    content type, body); ``mismatch`` says where the SDK's requests differed."""

    exchanges: list[JSON]
    mismatch: list[str] = field(default_factory=list[str])
    answered: int = 0

    @classmethod
    def of(cls, name: str) -> HttpReplay:
        with (vendored.require(LIVE) / name).open(encoding="utf-8") as f:
            return cls(yaml.safe_load(f)["interactions"])

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.answered == len(self.exchanges):
            self.mismatch.append(f"a request after the recording: {request.method} {request.url}")
            return httpx.Response(500)
        recorded, answer = (self.exchanges[self.answered][k] for k in ("request", "response"))
        self.answered += 1
        want = (recorded["method"], httpx.URL(recorded["uri"]).path, _body(recorded["body"]))
        got = (request.method, request.url.path, json.loads(request.content or b"null"))
        if got != want:
            self.mismatch.append(f"expected {want!r}, got {got!r}")
        content = _body(answer["body"])
        headers = {"content-type": answer["headers"]["content-type"][0]} if content else {}
        return httpx.Response(
            answer["status"], headers=headers, content=json.dumps(content) if content else b""
        )


def _body(body: JSON) -> object:
    return body["content"] if body["type"] == "json" else None
