"""Answer incoming SIP calls from a ``realtime.call.incoming`` webhook (standard library WSGI).

OpenAI POSTs a signed webhook when a phone call reaches your SIP trunk. This app verifies
it, then either rejects the call (486 Busy Here for a blocked caller), refers it elsewhere
(when the dialled number matches a rule), or accepts it with a Realtime session.

Run it (then point your webhook endpoint, e.g. through a tunnel, at it)::

    export OPENAI_API_KEY=sk-...  OPENAI_WEBHOOK_SECRET=whsec_...
    python -m realtime_ext.examples.sip_webhook_handler          # serves on http://127.0.0.1:8000/

It only screens calls: for an agent that also runs the model's tools over the call and
hangs up, see ``realtime_ext.examples.sip_agent`` (``realtime_ext.asgi.CallRunner``).

Answers: 200 when handled (or ignored: another event type), 400 with a one-line reason
when the signature or body is bad, 405/413 for a wrong method or an oversized body,
500 when the server's own secret is misconfigured, 502 when the call action failed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from wsgiref.simple_server import make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from realtime_ext import OpenAIError
from realtime_ext.session import realtime_session
from realtime_ext.webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    RealtimeCallIncomingEvent,
    WebhookConfigError,
    unwrap,
)

__all__ = ["CallClient", "CallControl", "main", "make_app"]

BUSY_HERE = 486
MAX_BODY_BYTES = 1 << 20  # a realtime.call.incoming is a few kB; refuse anything huge

DEFAULT_SESSION = realtime_session(
    model="gpt-realtime",
    instructions="You answer the phone for Example Corp. Greet the caller and be brief.",
)


class CallControl(Protocol):
    """The three call actions this app uses (``RealtimeClient().calls`` provides them)."""

    def accept(self, call_id: str, *, session: Mapping[str, Any]) -> object:
        """Accept the incoming call with this session."""
        ...

    def reject(self, call_id: str, *, status_code: int) -> object:
        """Reject the incoming call with a SIP status code."""
        ...

    def refer(self, call_id: str, *, target_uri: str) -> object:
        """Transfer the call to another SIP URI."""
        ...


class CallClient(Protocol):
    """Anything with a ``calls`` attribute, e.g. ``realtime_ext.RealtimeClient``."""

    @property
    def calls(self) -> CallControl:
        """The call actions."""
        ...


def _headers(environ: WSGIEnvironment) -> dict[str, str]:
    # WSGI passes request headers as HTTP_WEBHOOK_ID...; unwrap() is case-insensitive.
    return {
        key[5:].replace("_", "-").lower(): str(value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }


def _read_body(environ: WSGIEnvironment) -> bytes | None:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY_BYTES:
        return None
    body: bytes = environ["wsgi.input"].read(length) if length > 0 else b""
    return body


def make_app(
    client: CallClient,
    secret: str | None = None,
    *,
    session: Mapping[str, Any] = DEFAULT_SESSION,
    blocked_callers: Iterable[str] = (),
    refer_rules: Mapping[str, str] | None = None,
) -> WSGIApplication:
    """A WSGI app that answers ``realtime.call.incoming`` webhooks with ``client``.

    ``secret`` defaults to ``$OPENAI_WEBHOOK_SECRET``. A call whose caller URI is in
    ``blocked_callers`` is rejected with 486; a call whose callee URI matches a regex key
    of ``refer_rules`` is referred to that rule's target URI; every other call is
    accepted with ``session``.

    Example::

        app = make_app(
            RealtimeClient(),
            "whsec_...",
            blocked_callers={"sip:+14155550199@example.com"},
            refer_rules={r"^sip:\\+1800": "tel:+14155550100"},
        )
    """
    secret = secret if secret is not None else os.environ.get("OPENAI_WEBHOOK_SECRET")
    if not secret:
        raise WebhookConfigError("pass the webhook secret or set OPENAI_WEBHOOK_SECRET")
    blocked = frozenset(blocked_callers)
    rules = [(re.compile(pattern), target) for pattern, target in (refer_rules or {}).items()]

    def handle(event: RealtimeCallIncomingEvent) -> dict[str, Any]:
        if event.caller in blocked:
            client.calls.reject(event.call_id, status_code=BUSY_HERE)
            return {"call_id": event.call_id, "action": "rejected", "status_code": BUSY_HERE}
        for pattern, target in rules:
            if event.callee and pattern.search(event.callee):
                client.calls.refer(event.call_id, target_uri=target)
                return {"call_id": event.call_id, "action": "referred", "target_uri": target}
        client.calls.accept(event.call_id, session=session)
        return {"call_id": event.call_id, "action": "accepted"}

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: str, payload: dict[str, Any]) -> list[bytes]:
            data = json.dumps(payload).encode()
            start_response(
                status,
                [("Content-Type", "application/json"), ("Content-Length", str(len(data)))],
            )
            return [data]

        if environ.get("REQUEST_METHOD") != "POST":
            return answer("405 Method Not Allowed", {"error": "POST webhooks here"})
        body = _read_body(environ)
        if body is None:
            return answer("413 Content Too Large", {"error": "body too large"})
        try:
            event = unwrap(body, _headers(environ), secret=secret)
        except WebhookConfigError as exc:
            # Our configuration, not the sender's fault: log it, tell them nothing.
            print(f"webhook secret misconfigured: {exc}", file=environ["wsgi.errors"])
            return answer("500 Internal Server Error", {"error": "server misconfigured"})
        except (InvalidWebhookSignatureError, InvalidWebhookPayloadError) as exc:
            return answer("400 Bad Request", {"error": str(exc)})
        if not isinstance(event, RealtimeCallIncomingEvent):
            return answer("200 OK", {"ignored": event.type})
        try:
            return answer("200 OK", handle(event))
        except OpenAIError as exc:
            return answer("502 Bad Gateway", {"error": f"call action failed: {exc}"})

    return app


def main() -> None:
    """Serve the app on 127.0.0.1 (port from ``$PORT``, default 8000) with RealtimeClient."""
    # Imported here: make_app works with any client, so importing this module needn't load it.
    from realtime_ext import RealtimeClient

    port = int(os.environ.get("PORT", "8000"))
    client = RealtimeClient()  # OPENAI_API_KEY and OPENAI_WEBHOOK_SECRET from the environment
    app = make_app(
        client,
        client.webhook_secret,
        blocked_callers=os.environ.get("BLOCKED_CALLERS", "").split(),
    )
    with make_server("127.0.0.1", port, app) as server:
        print(f"Listening on http://127.0.0.1:{port}/ for realtime.call.incoming", file=sys.stderr)
        server.serve_forever()


if __name__ == "__main__":
    main()
