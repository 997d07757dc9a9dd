"""A WebSocket server on 127.0.0.1 that plays a GPT-Live script: recorded frames, or a
scripted round written in a test.

A script is a list of ``{"direction": "received" | "sent", "data": <frame>}`` (the
recordings' interactions, in wire order; ``received`` is server to client). The server sends
each ``received`` frame once the ``sent`` frames before it have arrived, and compares each
arrival with its ``sent`` frame (``event_id`` aside): exactly when ``strict``, by ``type``
only otherwise. A difference is kept in :attr:`LiveReplay.mismatches` and closes the socket
(1008), so a client never waits on a script it left. Every client frame is kept in
:attr:`LiveReplay.got`.

Example::

    with LiveReplay(frames) as replay:
        ...  # connect to replay.url
    assert replay.mismatches == []
"""

from __future__ import annotations

import asyncio
import functools
import json
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

LIVE = Path(__file__).resolve().parents[2].parent / "shared" / "realtraffic" / "live"
TOOL_ROUND = LIVE / "test_openai_live_ws__test_audio_in_delegated_tool_round.prefix.yaml"


@functools.cache
def recorded(path: Path) -> list[dict[str, Any]]:
    """A recording's message interactions (``direction`` and ``data``), in wire order (read
    once per run: do not change what it returns)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return [
        {"direction": i["direction"], "data": i["data"]}
        for i in data["interactions"]
        if i.get("kind") == "message"
    ]


def _comparable(frame: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in frame.items() if key != "event_id"}


class LiveReplay:
    """The server (see the module docstring); a context manager that starts and stops it."""

    def __init__(self, script: list[dict[str, Any]], *, strict: bool = True) -> None:
        self.script = script
        self.strict = strict
        self.mismatches: list[str] = []
        self.got: list[dict[str, Any]] = []
        self.played = threading.Event()
        """Set once every frame of the script was sent or received."""
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._serve, name="live-replay", daemon=True)

    def __enter__(self) -> LiveReplay:
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the replay server did not start")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        stop = self._stop
        if stop is not None:
            self._loop.call_soon_threadsafe(stop.set)
        self._thread.join(10)

    def _serve(self) -> None:
        self._loop.run_until_complete(self._main())
        self._loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        async with serve(self._play, "127.0.0.1", 0) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            self.url = f"ws://127.0.0.1:{port}/v1/live/sessions"
            self._started.set()
            await self._stop.wait()

    async def _play(self, ws: ServerConnection) -> None:
        try:
            for step in self.script:
                frame = step["data"]
                if step["direction"] == "received":
                    await ws.send(json.dumps(frame))
                    continue
                got = json.loads(await ws.recv())
                self.got.append(got)
                same = (
                    _comparable(got) == _comparable(frame)
                    if self.strict
                    else got.get("type") == frame.get("type")
                )
                if not same:
                    self.mismatches.append(f"expected {frame!r}, got {got!r}")
                    await ws.close(1008, "left the script")
                    return
            self.played.set()
            async for message in ws:  # what the client sends after the script (its close)
                self.got.append(json.loads(message))
        except ConnectionClosed:
            pass
