"""``token_endpoint``: the ASGI app a browser or phone asks for an ephemeral client secret."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol, TypeAlias
from urllib.parse import parse_qs

from .._client_async import AsyncRealtimeClient
from .._exceptions import APIError, InvalidArgumentError
from .._json import strict_loads
from .._redact import get_logger
from .._resources._shared import expires_after_body, session_body
from .._resources.client_secrets import expires_in
from ._guard import SiteGuard
from ._http import (
    HTTPProblem,
    answer,
    check_body_limits,
    header,
    read_body,
    refuse_other_scopes,
)
from ._types import Receive, Scope, Send

__all__ = ["DEFAULT_MAX_BODY", "TokenEndpoint", "TokenRefused", "TokenRequest", "token_endpoint"]

DEFAULT_MAX_BODY = 16 * 1024
"""Bytes a token request's body may hold (it carries, at most, a few page choices)."""
DEFAULT_BODY_TIMEOUT = 10.0
"""Seconds a request has to send its whole body."""

_logger = get_logger("realtime_ext.asgi")


class SessionModel(Protocol):
    """A generated session model (anything with ``to_dict()``), as the REST calls take it."""

    def to_dict(self) -> dict[str, Any]: ...


SessionInput: TypeAlias = Mapping[str, Any] | SessionModel
"""A session as ``client.client_secrets.create(session=...)`` takes it: a dict or a model."""


class TokenRefused(Exception):
    """Raise it from a session callable to refuse a request (not signed in, over a quota).

    Example::

        async def session(request: TokenRequest) -> dict[str, object]:
            if request.header("authorization") != "Bearer app-token":
                raise TokenRefused(401, "sign in first")
            return realtime_session(model="gpt-realtime")
    """

    def __init__(self, status: int = 403, message: str = "refused") -> None:
        if not 400 <= status <= 499:
            raise InvalidArgumentError(f"TokenRefused status must be 4xx, got {status!r}")
        super().__init__(message)
        self.status = status
        self.message = message


class TokenRequest:
    """What a session callable knows of the request: its headers, query and JSON body.

    Example::

        def session(request: TokenRequest) -> dict[str, object]:
            voice = request.query.get("voice", ["marin"])[0]
            return realtime_session(model="gpt-realtime", voice=voice)
    """

    __slots__ = ("body", "query", "scope")

    def __init__(self, scope: Scope, body: object) -> None:
        self.scope: Scope = scope
        """The ASGI scope (path, client address, ``state`` set by middleware...)."""
        self.body: object = body
        """The decoded JSON body, or None when the request had none."""
        raw = scope.get("query_string", b"")
        self.query: dict[str, list[str]] = parse_qs(raw.decode("latin-1"))
        """The query parameters, each with its list of values."""

    def header(self, name: str) -> str | None:
        """Request header ``name`` (any case), or None."""
        return header(self.scope, name.lower())

    def __repr__(self) -> str:  # the body and headers may hold the app's own credentials
        return f"TokenRequest(path={self.scope.get('path')!r})"


SessionSource: TypeAlias = (
    SessionInput
    | Callable[[TokenRequest], Awaitable[SessionInput]]
    | Callable[[TokenRequest], SessionInput]
)


class TokenEndpoint:
    """The ASGI application :func:`token_endpoint` returns (see there)."""

    max_body: int
    """Bytes a request body may hold (413 past it)."""
    body_timeout: float
    """Seconds a request has to send its whole body (408 past it)."""

    def __init__(
        self,
        client: AsyncRealtimeClient,
        session: SessionSource,
        *,
        allowed_origins: Iterable[str],
        allowed_hosts: Iterable[str] | None = None,
        allow_missing_origin: bool = False,
        expires_after: int | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        if not isinstance(client, AsyncRealtimeClient):
            raise InvalidArgumentError(
                "token_endpoint needs an AsyncRealtimeClient (a blocking client would stall "
                f"the server's event loop), got {type(client).__name__}"
            )
        if not (callable(session) or isinstance(session, Mapping) or hasattr(session, "to_dict")):
            raise InvalidArgumentError(
                "session must be a session dict or model, or a callable taking the "
                f"TokenRequest and returning one, got {type(session).__name__}"
            )
        self.max_body, self.body_timeout = check_body_limits(max_body, body_timeout)
        self.guard: SiteGuard = SiteGuard(allowed_origins, allowed_hosts)
        self.client: AsyncRealtimeClient = client
        self.session: SessionSource = session
        self.allow_missing_origin: bool = bool(allow_missing_origin)
        # What does not change between requests is checked now: a mistake fails at startup,
        # not as a 500 to every page (SessionConfigError, with the field's path).
        if not callable(session):
            session_body(session, ("realtime", "transcription"))
        if expires_after is not None:  # 10-7200 seconds
            expires_after_body(expires_after, expires_in)
        self.expires_after: int | None = expires_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await refuse_other_scopes(scope, receive, send)
            return
        origin = header(scope, "origin")
        cors = self._cors(header(scope, "host"), origin)
        try:
            body = await self._handle(scope, receive, send, origin)
        except HTTPProblem as problem:
            await answer(send, problem.status, {"error": problem.message}, problem.headers + cors)
            return
        if body is not None:
            await answer(send, 200, body, cors)

    def _cors(self, host: str | None, origin: str | None) -> tuple[tuple[str, str], ...]:
        # Only an allowed page may read the answer; Vary keeps caches from mixing origins.
        if origin is not None and self.guard.refusal(host, origin) is None:
            return (("access-control-allow-origin", origin), ("vary", "Origin"))
        return (("vary", "Origin"),)

    async def _handle(
        self, scope: Scope, receive: Receive, send: Send, origin: str | None
    ) -> bytes | None:
        host = header(scope, "host")
        method = scope.get("method", "")
        if method == "OPTIONS":  # a CORS preflight, for pages on another allowed origin
            self._check(host, origin)
            requested = header(scope, "access-control-request-headers") or "content-type"
            await answer(
                send,
                204,
                b"",
                [
                    *self._cors(host, origin),
                    ("access-control-allow-methods", "POST"),
                    ("access-control-allow-headers", requested),
                    ("access-control-max-age", "600"),
                ],
            )
            return None
        if method != "POST":
            raise HTTPProblem(405, "POST to ask for a client secret", [("allow", "POST, OPTIONS")])
        self._check(host, origin)
        raw = await read_body(receive, scope, limit=self.max_body, timeout=self.body_timeout)
        request = TokenRequest(scope, _json_body(scope, raw))
        session = await self._session_for(request)
        try:
            secret = await self.client.client_secrets.create(
                session=session, expires_after=self.expires_after
            )
        except APIError as exc:
            # The detail is the server's business (the SDK's message is already redacted);
            # the page learns only that minting failed.
            _logger.warning("token endpoint: minting a client secret failed: %s", exc)
            raise HTTPProblem(502, "could not mint a client secret") from None
        # The API's own answer, passed on as it came: {"value": "ek_...", "expires_at", ...}.
        return secret.response.content

    def _check(self, host: str | None, origin: str | None) -> None:
        reason = self.guard.refusal(host, origin, allow_missing_origin=self.allow_missing_origin)
        if reason is not None:
            raise HTTPProblem(403, reason)

    async def _session_for(self, request: TokenRequest) -> SessionInput:
        source = self.session
        if not callable(source):
            return source
        try:
            made = source(request)
            if inspect.isawaitable(made):
                made = await made
        except TokenRefused as refused:
            raise HTTPProblem(refused.status, refused.message) from None
        return made


def _json_body(scope: Scope, raw: bytes) -> object:
    if not raw.strip():
        return None
    kind = (header(scope, "content-type") or "").partition(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPProblem(415, "send the body as application/json (or send none)")
    try:
        # As the API parses: NaN and Infinity are not JSON (json.loads takes them), so a
        # session callable never meets one in the page's choices.
        return strict_loads(raw)
    except (ValueError, RecursionError):
        raise HTTPProblem(400, "the body is not valid JSON") from None


def token_endpoint(
    session: SessionSource,
    *,
    allowed_origins: Iterable[str],
    client: AsyncRealtimeClient | None = None,
    allowed_hosts: Iterable[str] | None = None,
    allow_missing_origin: bool = False,
    expires_after: int | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
) -> TokenEndpoint:
    """An ASGI app answering ``POST`` with a fresh ephemeral client secret (``ek_...``).

    The server decides the session: ``session`` is a session (dict or model), or a callable
    (sync or async) given the :class:`TokenRequest` that returns one or raises
    :class:`TokenRefused`. The answer is the API's JSON (``value``, ``expires_at``,
    ``session``), never cached.

    Guards, all before a key is minted: the ``Host`` must be in ``allowed_hosts`` (default:
    the hosts of ``allowed_origins``; this stops DNS rebinding) and the ``Origin`` in
    ``allowed_origins`` (403 otherwise; pages of another allowed origin get CORS headers and
    their preflight answered). A request without ``Origin`` (not from a browser: a phone
    app) is refused unless ``allow_missing_origin=True``, in which case authenticate it in
    ``session``. These guards hold against other sites' pages, which a browser keeps from
    lying about ``Origin``, not against a script, which can send any: when keys cost you,
    mint them for signed-in users only (check the request in ``session``). Bodies are capped
    at ``max_body`` bytes (413) and must arrive within ``body_timeout`` seconds (408). The
    API's failures answer 502 and are logged (redacted). ``client`` defaults to
    ``AsyncRealtimeClient()`` (``$OPENAI_API_KEY``), built now so a missing key fails at
    startup; a fixed ``session`` and ``expires_after`` are checked now too
    (:class:`~realtime_ext.SessionConfigError`, :class:`~realtime_ext.InvalidArgumentError`).

    Example::

        from fastapi import FastAPI
        from realtime_ext.asgi import token_endpoint
        from realtime_ext.session import realtime_session

        app = FastAPI()
        app.mount(
            "/token",
            token_endpoint(
                realtime_session(model="gpt-realtime", instructions="Be brief."),
                allowed_origins=["https://app.example.com"],
            ),
        )
    """
    return TokenEndpoint(
        client if client is not None else AsyncRealtimeClient(),
        session,
        allowed_origins=allowed_origins,
        allowed_hosts=allowed_hosts,
        allow_missing_origin=allow_missing_origin,
        expires_after=expires_after,
        max_body=max_body,
        body_timeout=body_timeout,
    )
