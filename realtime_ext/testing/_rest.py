"""The REST routes (``/v1/realtime/...``) with canned answers shaped like the real API's."""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from realtime_ext.provider import strict_loads

from ._calls import FakeCall
from ._forms import parse_multipart
from ._http import HttpError, RecordedRequest, Response
from ._ids import new_id
from ._json import json_object
from ._session import DEFAULT_MODEL, JSON, merge, session_for
from ._validation import rest_session_error

DEFAULT_SECRET_TTL = 600
_CALL_ACTION = re.compile(r"^/realtime/calls/(?P<id>[^/]+)/(?P<action>accept|hangup|refer|reject)$")


def _remember(store: dict[str, JSON], key: str, session: JSON) -> None:
    """Keep a minted key's session; expired ones are let go once many are held, so a
    long-running server that mints keys all day holds only the live ones."""
    if len(store) >= 1024:
        now = time.time()
        for old in [k for k, s in store.items() if s.get("expires_at", 0) <= now]:
            del store[old]
    store[key] = session


def _ephemeral_key() -> str:
    return "ek_fake_" + secrets.token_hex(16)


def _json_body(request: RecordedRequest, *, required: bool = False) -> JSON:
    if not request.body.strip():
        if required:
            raise HttpError(400, "A JSON request body is required.")
        return {}
    try:
        body = strict_loads(request.body)
    except (ValueError, RecursionError):
        raise HttpError(
            400,
            "We could not parse the JSON body of your request. The OpenAI API expects a "
            "JSON payload.",
        ) from None
    found = json_object(body)
    if found is None:
        raise HttpError(400, "The JSON body must be an object.")
    return found


def _beta_body(request: RecordedRequest, model: str) -> JSON:
    """A beta session endpoint's body (the session itself), checked as the API checks it."""
    from realtime_generated import models

    body = _json_body(request)
    error = rest_session_error(body, (), prefix="", model=getattr(models, model))
    if error is not None:
        raise error
    return body


def object_field(body: JSON, key: str) -> JSON:
    """``body[key]``, an object (``{}`` when absent or ``null``), or 400 naming ``key``.

    >>> object_field({"session": {"model": "m"}}, "session"), object_field({}, "audio")
    ({'model': 'm'}, {})
    """
    value = body.get(key)
    if value is None:
        return {}
    found = json_object(value)
    if found is None:
        raise HttpError(400, f"Invalid type for '{key}': expected an object.", param=key)
    return found


def _expires_at(body: JSON) -> int:
    after = object_field(body, "expires_after")
    seconds = after.get("seconds", DEFAULT_SECRET_TTL)
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 10 <= seconds <= 7200:
        raise HttpError(
            400,
            f"Invalid 'expires_after.seconds': expected an integer between 10 and 7200, "
            f"got {str(seconds)[:20]}.",
            param="expires_after.seconds",
            code="invalid_value",
        )
    return int(time.time()) + seconds


@dataclass(frozen=True)
class SecretRequest:
    """A ``POST .../client_secrets`` request's body (every kind's: the Realtime API's here,
    translation's in its module), read as the API reads it."""

    body: JSON

    @classmethod
    def of(cls, request: RecordedRequest, *, required: bool = False) -> SecretRequest:
        """``request``'s JSON body (``required``: it must be there)."""
        return cls(_json_body(request, required=required))

    @property
    def session(self) -> JSON:
        """The requested ``session`` (``{}`` when none), checked to be an object."""
        return object_field(self.body, "session")

    def expires_at(self) -> int:
        """When the secret expires (from ``expires_after``, checked)."""
        return _expires_at(self.body)


def mint_secret(store: dict[str, JSON], session: JSON, expires_at: int) -> Response:
    """Mint an ``ek_`` for ``session``, keep it in ``store`` (bounded) and answer as every
    ``client_secrets`` route does: ``{value, expires_at, session}``."""
    value = _ephemeral_key()
    _remember(store, value, session)
    return Response.json(200, {"value": value, "expires_at": expires_at, "session": session})


class RestApi:
    """Answers REST requests and keeps the calls it created.

    >>> api = RestApi()
    >>> call = api.register_call()
    >>> call.state
    'incoming'
    """

    def __init__(self, default_model: str = DEFAULT_MODEL) -> None:
        self.default_model = default_model
        self.calls: dict[str, FakeCall] = {}
        # Minted ephemeral keys -> their session: accepted as bearer keys, and a WebRTC
        # call made with one starts with that session, as on the real API.
        self.secrets: dict[str, JSON] = {}
        self._minted: list[Mapping[str, JSON]] = [self.secrets]
        self._routes: dict[str, Callable[[RecordedRequest], Response]] = {
            "/realtime/client_secrets": self._client_secrets,
            "/realtime/calls": self._create_call_needs_peer,
            "/realtime/sessions": self._beta_session,
            "/realtime/transcription_sessions": self._beta_transcription_session,
        }

    def add_route(
        self,
        path: str,
        handler: Callable[[RecordedRequest], Response],
        minted: Mapping[str, JSON] | None = None,
    ) -> None:
        """Answer ``POST {path}`` (under ``/v1``) with ``handler``: another session kind's
        route (translation's client secrets). ``minted``: the ``ek_`` keys that route mints,
        by key, which then open sockets as bearer keys (:meth:`is_minted_key`)."""
        self._routes[path] = handler
        if minted is not None:
            self._minted.append(minted)

    def register_call(self, call_id: str | None = None) -> FakeCall:
        """Add an incoming (SIP-style) call so accept/reject/refer/hangup know it."""
        call = FakeCall(call_id or new_id("rtc", 16), "incoming")
        self.calls[call.id] = call
        return call

    def handle(self, request: RecordedRequest) -> Response:
        """Route one request; errors become OpenAI-style JSON error responses."""
        path = request.path.rstrip("/")
        path = path[3:] if path.startswith("/v1/") else path
        try:
            if request.method != "POST":
                raise HttpError(405, f"Method {request.method} is not allowed on {path}.")
            match = _CALL_ACTION.match(path)
            if match:
                return self._call_action(match["id"], match["action"], request)
            route = self._routes.get(path)
            if route is None:
                raise HttpError(404, f"Invalid URL (POST {request.path[:100]})")
            return route(request)
        except HttpError as exc:
            return Response.error(exc)

    def _client_secrets(self, request: RecordedRequest) -> Response:
        body = SecretRequest.of(request)
        expires_at = body.expires_at()
        requested = body.session
        # The fake's one leniency: a session without "type" is a realtime one.
        error = rest_session_error({"type": "realtime", **requested}, ("realtime", "transcription"))
        if requested and error is not None:
            raise error
        try:
            session = session_for(requested, self.default_model)
        except ValueError as exc:
            raise HttpError(400, str(exc), param="session.type", code="invalid_value") from None
        session["expires_at"] = expires_at
        return mint_secret(self.secrets, session, expires_at)

    def is_minted_key(self, key: str) -> bool:
        """Whether ``key`` is an unexpired ephemeral key minted by a ``client_secrets`` route
        (the Realtime API's, or one :meth:`add_route` added)."""
        for minted in self._minted:
            session = minted.get(key)
            if session is not None:
                return bool(session.get("expires_at", 0) > time.time())
        return False

    def _create_call_needs_peer(self, request: RecordedRequest) -> Response:
        # FakeRealtimeServer answers this route with a real aiortc peer (_webrtc.py) before
        # it reaches here; RestApi alone has no peer to answer with.
        raise HttpError(
            501, "POST /realtime/calls is answered by FakeRealtimeServer's WebRTC peer."
        )

    def add_call(self, state: str, offer: str | None = None, session: Any = None) -> FakeCall:
        """Record a new call (``created`` by an offer) under a fresh ``rtc_`` id."""
        call = FakeCall(new_id("rtc", 16), state, offer=offer, session=session)
        self.calls[call.id] = call
        return call

    def parse_call_create(self, request: RecordedRequest) -> tuple[str, Any]:
        """``(offer, session)`` from a ``POST /realtime/calls`` body; the offer is checked
        with :mod:`realtime_ext.sdp` (400 on bad SDP)."""
        from .. import sdp

        content_type = request.header("content-type") or ""
        session: Any = None
        if content_type.startswith("application/sdp"):
            offer = request.body.decode("utf-8", "replace")
        elif content_type.startswith("multipart/form-data"):
            try:
                fields = parse_multipart(content_type, request.body)
            except ValueError as exc:
                raise HttpError(400, f"Invalid multipart body: {exc}") from None
            if "sdp" not in fields:
                raise HttpError(
                    400,
                    "Missing required parameter: 'sdp'.",
                    param="sdp",
                    code="missing_required_parameter",
                )
            offer = fields["sdp"].decode("utf-8", "replace")
            if "session" in fields:
                try:
                    decoded = strict_loads(fields["session"])
                except (ValueError, RecursionError):
                    raise HttpError(
                        400, "Invalid 'session': expected JSON.", param="session"
                    ) from None
                session = json_object(decoded)
                if session is None:
                    raise HttpError(
                        400, "Invalid type for 'session': expected an object.", param="session"
                    )
                error = rest_session_error({"type": "realtime", **session}, ("realtime",))
                if error is not None:
                    raise error
        else:
            raise HttpError(
                400,
                f"Unsupported Content-Type {content_type[:60]!r}: send application/sdp or "
                "multipart/form-data.",
            )
        try:
            sdp.validate_offer(offer)
        except sdp.SDPError as exc:
            raise HttpError(400, f"Invalid 'sdp': {exc}", param="sdp") from None
        return offer, session

    def _call_action(self, call_id: str, action: str, request: RecordedRequest) -> Response:
        call = self.calls.get(call_id)
        if call is None:
            raise HttpError(
                404, f"Call with id '{call_id[:64]}' not found.", code="not_found", param="call_id"
            )
        body = _json_body(request, required=action in ("accept", "refer"))
        if action == "accept" and body.get("type") != "realtime":
            raise HttpError(
                400, "Invalid 'type': expected 'realtime'.", param="type", code="invalid_value"
            )
        if action == "accept":
            error = rest_session_error(body, ("realtime",), prefix="")
            if error is not None:
                raise error
        if action == "refer" and not isinstance(body.get("target_uri"), str):
            raise HttpError(
                400,
                "Missing required parameter: 'target_uri'.",
                param="target_uri",
                code="missing_required_parameter",
            )
        call.apply(action, body)
        return Response(200)

    def _beta_session(self, request: RecordedRequest) -> Response:
        body = _beta_body(request, "RealtimeSessionCreateRequest")
        now = int(time.time())
        session: JSON = {
            "id": new_id("sess"),
            "object": "realtime.session",
            "model": self.default_model,
            "expires_at": 0,
            "modalities": ["audio", "text"],
            "instructions": "",
            "voice": "alloy",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": None,
            "turn_detection": {
                "type": "server_vad",
                "threshold": 0.5,
                "prefix_padding_ms": 300,
                "silence_duration_ms": 200,
            },
            "tools": [],
            "tool_choice": "auto",
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
        }
        result = merge(session, body)
        result["client_secret"] = {"value": _ephemeral_key(), "expires_at": now + 60}
        return Response.json(200, result)

    def _beta_transcription_session(self, request: RecordedRequest) -> Response:
        body = _beta_body(request, "RealtimeTranscriptionSessionCreateRequest")
        session: JSON = {
            "id": new_id("sess"),
            "object": "realtime.transcription_session",
            "modalities": ["text"],
            "input_audio_format": "pcm16",
            "input_audio_transcription": {
                "model": "gpt-4o-transcribe",
                "language": None,
                "prompt": "",
            },
            "turn_detection": {
                "type": "server_vad",
                "threshold": 0.5,
                "prefix_padding_ms": 300,
                "silence_duration_ms": 500,
            },
        }
        result = merge(session, body)
        result["client_secret"] = {"value": _ephemeral_key(), "expires_at": int(time.time()) + 60}
        return Response.json(200, result)
