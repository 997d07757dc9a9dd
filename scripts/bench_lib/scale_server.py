"""A canned WebSocket server that streams a call at the wall clock's pace, for ``--only scale``.

Run as its own process (:func:`main` with ``ROUTES.json``, as :mod:`canned_server`, whose
HTTP and upgrade handling it reuses) so that K sessions' server side shares no GIL with the
client process being measured. It prints its port on the first stdout line and serves until
stdin closes.

``ROUTES.json`` maps ``"WS /path"`` to ``{"first": [...], "audio": "...", "transcript":
"...", "done": "..."}`` (JSON text frames). On each upgrade the ``first`` frames go out at
once (``session.created``, or GPT-Live's ``session.started``), then every 100 ms of the
wall clock, for as long as the client stays: one ``audio`` frame, one ``transcript`` frame,
and every 40th tick (4 s) the ``done`` frame when the route has one. The ``audio`` frame's
``delta`` holds :data:`STAMP_PLACEHOLDER`, replaced at each write by the base64 of
:func:`stamp` (the monotonic clock at the socket write and the tick's number): valid base64
audio still, which every client reads the same way from the delta it hands its handler
(:func:`unstamp`). The client's frames (its own input audio) are read and dropped, its pings
answered; its close frame is answered and the socket closed.

Example (``scale.paced_server()`` starts it so, with ``scripts`` on the path)::

    >>> from bench_lib.scale_server import main
    >>> main(["routes.json"])  # doctest: +SKIP
    43817
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import struct
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import canned_server
from .canned_server import WS_GUID, _Connection, ws_frame

TICK = 0.1
DONE_EVERY = 40  # ticks: a response.done every 4 s
STAMP_BYTES = 12  # 8 for the clock, 4 for the tick's number: 16 base64 characters
STAMP_PLACEHOLDER = "A" * (STAMP_BYTES * 4 // 3)
CLOSE = ws_frame(struct.pack("!H", 1000), opcode=0x8)


def stamp(now_ns: int, tick: int) -> str:
    """The base64 stamp of a frame written at ``now_ns`` (``time.monotonic_ns``), tick ``tick``.

    >>> unstamp(stamp(123, 4) + "AAAA")
    (123, 4)
    """
    return base64.b64encode(struct.pack("!QI", now_ns, tick)).decode("ascii")


def unstamp(delta: str) -> tuple[int, int]:
    """The clock and tick a stamped audio ``delta`` was written with (see :func:`stamp`)."""
    now_ns, tick = struct.unpack("!QI", base64.b64decode(delta[: len(STAMP_PLACEHOLDER)]))
    return int(now_ns), int(tick)


class _Call:
    """One route's frames, pre-encoded but for the stamp."""

    def __init__(self, spec: dict[str, Any]) -> None:
        audio = spec["audio"]
        head, placeholder, tail = audio.partition(f'"{STAMP_PLACEHOLDER}')
        if not placeholder:
            raise ValueError("the audio frame's delta must start with the stamp placeholder")
        self.audio_head = (head + '"').encode("utf-8")
        self.audio_tail = tail.encode("utf-8")
        self.first = b"".join(ws_frame(frame.encode("utf-8")) for frame in spec["first"])
        self.transcript = ws_frame(spec["transcript"].encode("utf-8"))
        done = spec.get("done")
        self.done = ws_frame(done.encode("utf-8")) if done else b""

    def audio(self, tick: int) -> bytes:
        payload = self.audio_head + stamp(time.monotonic_ns(), tick).encode() + self.audio_tail
        return ws_frame(payload)


class _PacedConnection(_Connection):
    def __init__(self, calls: dict[bytes, _Call]) -> None:
        super().__init__({}, Counter())
        self.calls = calls
        self.call: _Call | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.tick = 0
        self.start = 0.0

    def _one_request(self) -> bool:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        head = bytes(self.buffer[:end]).split(b"\r\n")
        headers = {}
        for raw in head[1:]:
            name, _, value = raw.partition(b":")
            headers[name.strip().lower()] = value.strip()
        method, path = head[0].split(b" ")[:2]
        call = self.calls.get(method + b" " + path.partition(b"?")[0])
        if call is None or b"sec-websocket-key" not in headers:
            assert self.transport is not None
            self.transport.close()
            return False
        self.call = call
        self._upgrade_paced(headers[b"sec-websocket-key"])
        return False

    def _upgrade_paced(self, key: bytes) -> None:
        assert self.transport is not None and self.call is not None
        accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
        self.transport.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: "
            + accept
            + b"\r\n\r\n"
            + self.call.first
        )
        self.websocket = iter(())  # upgraded: the client's frames are read from now on
        self.buffer.clear()
        loop = asyncio.get_running_loop()
        self.start = loop.time()
        self.timer = loop.call_at(self.start + TICK, self._send_tick)

    def _send_tick(self) -> None:
        # Scheduled from the session's start, not from the last tick: no drift over a call.
        assert self.transport is not None and self.call is not None
        self.tick += 1
        out = self.call.audio(self.tick) + self.call.transcript
        if self.tick % DONE_EVERY == 0:
            out += self.call.done
        self.transport.write(out)
        loop = asyncio.get_running_loop()
        self.timer = loop.call_at(self.start + (self.tick + 1) * TICK, self._send_tick)

    def _client_closed(self) -> None:
        # Answered with a close frame of our own, then hung up (the base only hangs up).
        assert self.transport is not None
        self._stop()
        self.transport.write(CLOSE)
        self.transport.close()

    def _stop(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()


def _paced(path: str) -> Callable[[], asyncio.Protocol]:
    spec: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    calls = {b"GET " + key[3:].encode("latin-1"): _Call(value) for key, value in spec.items()}
    return lambda: _PacedConnection(calls)


def main(argv: list[str]) -> int:
    """Serve the paced routes file named in ``argv[0]`` until stdin closes."""
    return canned_server.main(argv, _paced)
