"""A WebSocket connection driven by the ``websockets`` sans-I/O protocol over asyncio streams.

``websockets`` does the handshake validation, framing, UTF-8 checks, ping/pong and the
1009 "message too big" failure; this module only moves bytes and reassembles fragments.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any

from websockets.datastructures import Headers
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.server import ServerProtocol
from websockets.typing import Subprotocol

from realtime_ext.provider import websockets_logger

from ._http import HttpError
from ._ids import new_id
from ._routes import FREEZE

CLOSE_TIMEOUT = 5.0
OnMessage = Callable[[str | bytes], None]


def _select_subprotocol(
    _protocol: ServerProtocol, offered: Sequence[Subprotocol]
) -> Subprotocol | None:
    # Browsers offer "realtime" next to the "openai-insecure-api-key.<key>" carrier.
    return Subprotocol("realtime") if "realtime" in offered else None


class WebSocket:
    """One accepted (or refused) WebSocket connection on a pair of asyncio streams."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, max_size: int | None
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.protocol: ServerProtocol = ServerProtocol(
            max_size=max_size,
            select_subprotocol=_select_subprotocol,
            # At DEBUG websockets logs every request header, the client's key included.
            logger=websockets_logger("realtime_ext.testing.websockets"),
        )
        self.index = -1
        self.frozen: bool = False
        """Frozen (:meth:`freeze`): nothing is sent or answered, pings included."""
        self._fragments: list[bytes] = []
        self._fragment_opcode: Opcode | None = None

    def parse_request(self, head: bytes) -> Request | None:
        """Feed the raw request head to ``websockets``; ``None`` if it is not a valid handshake."""
        self.protocol.receive_data(head)
        requests = [e for e in self.protocol.events_received() if isinstance(e, Request)]
        self._flush()
        return requests[0] if requests else None

    def refuse(self, error: HttpError) -> None:
        """Answer the handshake with an OpenAI-style JSON error (e.g. 401)."""
        body = json.dumps(error.body()).encode()
        headers = Headers(
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Connection", "close"),
                ("x-request-id", new_id("req", 16)),
            ]
        )
        try:
            reason = HTTPStatus(error.status).phrase
        except ValueError:
            reason = "Error"
        self.protocol.send_response(Response(error.status, reason, headers, body))
        self._flush()

    def accept(self, request: Request) -> bool:
        """Complete the handshake; ``False`` if ``websockets`` refused it (and answered)."""
        response = self.protocol.accept(request)
        response.headers["x-request-id"] = new_id("req", 16)
        self.protocol.send_response(response)
        self._flush()
        return response.status_code == 101

    @property
    def open(self) -> bool:
        """Whether messages can still be sent (not after :meth:`abort`: writing to a cut
        connection makes asyncio log ``socket.send() raised exception.``)."""
        return (
            self.protocol.state is State.OPEN
            and not self.frozen
            and not self.writer.transport.is_closing()
        )

    def send_json(self, payload: Any) -> None:
        """Send one JSON text message (silently dropped once the socket is closing)."""
        if self.open:
            self.protocol.send_text(json.dumps(payload).encode())
            self._flush()

    def send_text(self, text: str) -> None:
        """Send one text message as is (the recording proxy relays upstream's bytes)."""
        if self.open:
            self.protocol.send_text(text.encode())
            self._flush()

    def send_bytes(self, data: bytes) -> None:
        """Send one binary message."""
        if self.open:
            self.protocol.send_binary(data)
            self._flush()

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Start the closing handshake with ``code`` and ``reason``."""
        if self.open:
            self.protocol.send_close(code, reason)
            self._flush()

    def abort(self) -> None:
        """Cut the connection without a close frame (the client sees code 1006), after what
        was already sent: the TCP connection is closed (FIN), not reset. A reset lets the
        client's kernel discard the frames it had not read yet, so under load a fault such
        as ``drop_mid_response(after_deltas=1)`` could drop the line before the client saw
        the ``response.created`` and the delta the fault promises it. A connection whose
        frames still wait here (the client is not reading) is reset: a close would wait for
        them and leave it open."""
        transport = self.writer.transport
        if transport.get_write_buffer_size():
            transport.abort()
        else:
            transport.close()

    def freeze(self) -> None:
        """Stop answering without closing, as a stopped (SIGSTOP) or stuck server does:
        nothing more is sent, client messages and pings go unanswered, and the connection
        stays open until the client gives up (its EOF still ends it here)."""
        self.frozen = True

    def end(self, code: int | None, reason: str = "") -> None:
        """Close with ``code``, :meth:`abort` when ``code`` is ``None``, or :meth:`freeze`
        when it is :data:`~realtime_ext.testing._routes.FREEZE`."""
        if code is None:
            self.abort()
        elif code == FREEZE:
            self.freeze()
        else:
            self.close(code, reason)

    def _flush(self) -> None:
        if self.frozen or self.writer.transport.is_closing():  # nothing can go out
            return
        for data in self.protocol.data_to_send():
            if data:
                self.writer.write(data)
            elif self.writer.can_write_eof():
                self.writer.write_eof()
            else:
                # TLS cannot half-close: the server closes the connection after the closing
                # handshake (RFC 6455, 7.1.1); waiting for the client instead left both sides
                # waiting until one's close timeout (5 s for every wss:// client).
                self.writer.close()

    def _deliver(self, frame: Frame, on_message: OnMessage) -> None:
        if frame.opcode in (Opcode.TEXT, Opcode.BINARY):
            self._fragment_opcode = frame.opcode
            self._fragments = [bytes(frame.data)]
        elif frame.opcode is Opcode.CONT and self._fragment_opcode is not None:
            self._fragments.append(bytes(frame.data))
        else:
            return  # control frames: websockets already answered pings and closes
        if frame.fin:
            data = b"".join(self._fragments)
            opcode, self._fragment_opcode, self._fragments = self._fragment_opcode, None, []
            on_message(data.decode() if opcode is Opcode.TEXT else data)

    async def run(self, on_message: OnMessage) -> None:
        """Read until the connection ends, calling ``on_message`` for each whole message."""
        try:
            while self.protocol.state is not State.CLOSED:
                timeout = CLOSE_TIMEOUT if self.protocol.close_expected() else None
                try:
                    async with asyncio.timeout(timeout):
                        data = await self.reader.read(65536)
                except TimeoutError:
                    break
                if self.frozen:
                    # Read and dropped, not fed to the protocol: no pong, no close answer,
                    # yet the client's EOF (once it gives up) still ends the connection.
                    if not data:
                        break
                    continue
                if data:
                    self.protocol.receive_data(data)
                else:
                    self.protocol.receive_eof()
                for frame in self.protocol.events_received():
                    if isinstance(frame, Frame):
                        self._deliver(frame, on_message)
                self._flush()
                if not data:
                    break
                # Backpressure: read the client's next events only once what was written
                # for these has drained to the socket, so a client that sends without
                # reading makes this server wait instead of its write buffer growing.
                if not self.writer.transport.is_closing():
                    await self.writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self.writer.close()
            with contextlib.suppress(Exception):
                await self.writer.wait_closed()
