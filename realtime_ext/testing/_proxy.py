"""The recording proxy behind ``realtime-ext record`` (and cassette record modes): REST
requests are forwarded with ``httpx``, WebSocket sessions with ``websockets``, and every
exchange and event in both directions is written, scrubbed, to a cassette."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import ssl
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import websockets
from websockets.asyncio.client import ClientConnection, connect
from websockets.http11 import Request

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import get_logger, websockets_logger

from ._auth import presented_key
from ._cassette import CassetteWriter, encode_body, public_url, scrub_bytes, scrub_query
from ._http import HttpError, RecordedRequest, Response
from ._json import json_object
from ._websocket import WebSocket

logger = get_logger("realtime_ext.testing")
# Hop-by-hop and transport headers are not forwarded; the rest (Authorization,
# OpenAI-Beta, OpenAI-Organization, User-Agent, ...) go upstream unchanged.
_NOT_FORWARDED = frozenset(
    {
        "host",
        "content-length",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "upgrade",
        "accept-encoding",
        "proxy-authorization",
        "te",
    }
)
# api-key: Azure OpenAI's credential header (a resource key), in place of Authorization.
_WS_FORWARDED = (
    "authorization",
    "api-key",
    "openai-beta",
    "openai-organization",
    "openai-project",
)


def kept_headers(headers: Mapping[str, str]) -> dict[str, Any]:
    """The response headers a cassette keeps: only ``Location`` (WebRTC calls carry their
    id there); the rest (request ids, rate-limit counters, cookies) is not needed to replay.
    """
    location = headers.get("location")
    return {"headers": {"location": location}} if location else {}


def upstream_context(cafile: str | os.PathLike[str] | None = None) -> ssl.SSLContext:
    """How the proxy checks an https/wss upstream: certificate and host name verified
    against the system's CAs (``SSL_CERT_FILE`` honoured), certifi's when installed, and
    ``cafile`` (a private upstream's CA, e.g. ``serve-fake --tls``'s certificate).

    >>> upstream_context().verify_mode == ssl.CERT_REQUIRED
    True
    """
    context = ssl.create_default_context()
    # httpx trusts certifi's bundle; the proxy's WebSocket side should trust the same.
    with contextlib.suppress(ImportError, OSError):
        import certifi

        context.load_verify_locations(certifi.where())
    if cafile is not None:
        try:
            context.load_verify_locations(os.fspath(cafile))
        except (OSError, ssl.SSLError) as exc:
            raise InvalidArgumentError(
                f"upstream CA file {os.fspath(cafile)!r} is unusable: {exc}"
            ) from None
    return context


def _body_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return {"text": body.decode("utf-8", "replace")}


class Recorder:
    """Forwards to ``upstream`` (e.g. ``https://api.openai.com/v1``) and records.

    >>> Recorder("https://api.openai.com/v1", None).target("/v1/realtime/calls")  # type: ignore[arg-type]
    'https://api.openai.com/v1/realtime/calls'
    """  # noqa: E501

    def __init__(
        self,
        upstream: str,
        writer: CassetteWriter,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidArgumentError(
                f"upstream must be an http:// or https:// URL, got {upstream!r}"
            )
        self.upstream: str = upstream.rstrip("/")
        self.writer = writer
        # Verification is always on: one context for the REST and the WebSocket side.
        self.ssl_context: ssl.SSLContext = ssl_context or upstream_context()
        self.t0: float = time.monotonic()
        self._client: httpx.AsyncClient | None = None

    def _t(self) -> float:
        return round(time.monotonic() - self.t0, 3)

    def target(self, path: str) -> str:
        """The upstream URL for a local path (the local ``/v1`` maps to upstream's base)."""
        rest = path[3:] if path == "/v1" or path.startswith("/v1/") else path
        return self.upstream + rest

    def _learn(self, headers: Mapping[str, str]) -> None:
        self.writer.learn(presented_key(headers))
        for name in ("api-key", "openai-organization", "openai-project"):
            self.writer.learn(headers.get(name))

    async def http(self, request: RecordedRequest) -> Response:
        """Forward one REST request and record the exchange."""
        self._learn(request.headers)
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(60, connect=10), verify=self.ssl_context
            )
        headers = {k: v for k, v in request.headers.items() if k not in _NOT_FORWARDED}
        started = self._t()
        try:
            answer = await self._client.request(
                request.method,
                self.target(request.path),
                params=[(k, v) for k, values in request.query.items() for v in values],
                content=request.body,
                headers=headers,
            )
        except httpx.HTTPError as exc:
            cause = str(exc) or type(exc).__name__
            where = public_url(self.upstream)
            logger.warning("recording proxy: %s failed: %s", where, cause)
            raise HttpError(502, f"the recording proxy could not reach {where}: {cause}") from None
        content_type = request.header("content-type")
        self.writer.write(
            {
                "kind": "http",
                "t": started,
                "method": request.method,
                "path": request.path,
                "query": scrub_query(request.query),
                "request": encode_body(content_type, request.body),
                "status": answer.status_code,
                "response": {
                    **encode_body(answer.headers.get("content-type"), answer.content),
                    **kept_headers(answer.headers),
                },
            }
        )
        kept = {
            k: v for k, v in answer.headers.items() if k.lower() in ("x-request-id", "location")
        }
        return Response(
            answer.status_code, answer.content, answer.headers.get("content-type"), kept
        )

    async def websocket(
        self,
        ws: WebSocket,
        request: Request,
        headers: Mapping[str, str],
        path: str,
        query: dict[str, list[str]],
    ) -> None:
        """Open the same session upstream, then relay and record until either side closes."""
        self._learn(headers)
        conn = self.writer.connections
        self.writer.connections += 1
        url = self.target(path).replace("http", "ws", 1)
        if query:
            url += "?" + urlencode(query, doseq=True)
        forwarded = [(k, v) for k, v in headers.items() if k in _WS_FORWARDED]
        offered = [
            p.strip() for p in headers.get("sec-websocket-protocol", "").split(",") if p.strip()
        ]
        opened: dict[str, Any] = {
            "kind": "ws.open",
            "conn": conn,
            "t": self._t(),
            "path": path,
            "query": scrub_query(query),
        }
        # ssl= only for wss:// (websockets refuses ssl=None with a wss:// URL).
        tls: dict[str, Any] = {"ssl": self.ssl_context} if url.startswith("wss:") else {}
        try:
            upstream = await connect(
                url,
                additional_headers=forwarded,
                subprotocols=offered or None,  # type: ignore[arg-type]
                max_size=None,
                open_timeout=30,
                # websockets' own logger would show the forwarded credentials at DEBUG.
                logger=websockets_logger("realtime_ext.testing.websockets"),
                **tls,
            )
        except websockets.InvalidStatus as exc:
            body = exc.response.body or b""
            self.writer.write(
                {
                    **opened,
                    "status": exc.response.status_code,
                    "response": encode_body(exc.response.headers.get("content-type"), bytes(body)),
                }
            )
            error = _body_json(bytes(body))
            found = json_object(error)
            detail: Any = found.get("error", {}) if found is not None else {}
            ws.refuse(
                HttpError(
                    exc.response.status_code,
                    str(detail.get("message") or "refused upstream"),
                    type=str(detail.get("type") or "invalid_request_error"),
                    code=detail.get("code"),
                )
            )
            return
        except Exception as exc:  # any failure is the upstream's: a 502 saying why
            cause = str(exc) or type(exc).__name__
            where = public_url(url)
            logger.warning("recording proxy: %s failed: %s", where, cause)
            ws.refuse(HttpError(502, f"the recording proxy could not reach {where}: {cause}"))
            return
        self.writer.write({**opened, "status": 101})
        if not ws.accept(request):
            await upstream.close()
            return
        await self._relay(ws, upstream, conn)

    async def _relay(self, ws: WebSocket, upstream: ClientConnection, conn: int) -> None:
        outbox: asyncio.Queue[str | bytes | None] = asyncio.Queue()
        closed: list[str] = []

        def record(direction: str, data: str | bytes) -> None:
            line: dict[str, Any] = {"kind": f"ws.{direction}", "conn": conn, "t": self._t()}
            if isinstance(data, bytes):
                line["base64"] = base64.b64encode(
                    scrub_bytes(data, tuple(self.writer.secrets))
                ).decode()
            else:
                try:
                    line["event"] = json.loads(data)
                except ValueError:
                    line["text"] = data
            self.writer.write(line)

        def close_record(by: str, code: int | None, reason: str) -> None:
            if not closed:
                closed.append(by)
                self.writer.write(
                    {
                        "kind": "ws.close",
                        "conn": conn,
                        "t": self._t(),
                        "by": by,
                        "code": code,
                        "reason": reason,
                    }
                )

        def from_client(data: str | bytes) -> None:
            record("client", data)
            outbox.put_nowait(data)

        async def to_upstream() -> None:
            while (data := await outbox.get()) is not None:
                await upstream.send(data)

        async def from_upstream() -> None:
            with contextlib.suppress(websockets.ConnectionClosed):
                async for message in upstream:
                    record("server", message)
                    if isinstance(message, str):
                        ws.send_text(message)
                    else:
                        ws.send_bytes(message)
            if not closed:
                close_record("server", upstream.close_code, upstream.close_reason or "")
                ws.end(
                    upstream.close_code if upstream.close_code != 1006 else None,
                    upstream.close_reason or "",
                )

        sender = asyncio.create_task(to_upstream())
        receiver = asyncio.create_task(from_upstream())
        try:
            await ws.run(from_client)
        finally:
            rcvd = ws.protocol.close_rcvd
            close_record(
                "client", rcvd.code if rcvd is not None else None, rcvd.reason if rcvd else ""
            )
            outbox.put_nowait(None)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(sender, 5)
            await upstream.close()
            receiver.cancel()
            with contextlib.suppress(BaseException):
                await receiver

    async def aclose(self) -> None:
        """Close the upstream HTTP client."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None
