"""What the endpoints a page POSTs to share: their request, their guards and their refusal.

``token_endpoint`` (a client secret) and ``live_offer_endpoint`` (a GPT-Live session from the
page's SDP offer) both act on the app's bill for whoever asks, so both answer only the app's
own pages, the same way: ``Host`` and ``Origin`` allow-lists (:class:`SiteGuard`), CORS for
the allowed origins only, a capped body that must arrive in time, a rate limit counted in a
:class:`Store` (shared by every worker with a ``RedisStore``) before the app's session
function runs, and the app's :class:`TokenRefused` turned into the answer. Each endpoint
subclasses :class:`PageEndpoint` and writes only what it does with the body.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, TypeVar
from urllib.parse import parse_qs

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import get_logger

from ._guard import SiteGuard
from ._http import HTTPProblem, answer, check_body_limits, header, read_body, refuse_other_scopes
from ._store import MemoryStore, Store
from ._types import Receive, Scope, Send

if TYPE_CHECKING:
    from realtime_ext import AsyncRealtimeClient

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "PageEndpoint",
    "PageOptions",
    "PageRequest",
    "TokenRefused",
    "ask",
    "page_options",
    "parse_rate_limit",
]

_logger = get_logger("realtime_ext.asgi")

DEFAULT_BODY_TIMEOUT = 10.0
"""Seconds a request has to send its whole body."""


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
            raise InvalidArgumentError(f"{type(self).__name__} status must be 4xx, got {status!r}")
        super().__init__(message)
        self.status = status
        self.message = message


class PageRequest:
    """What an app's function knows of a page's request: its scope, headers and query.

    Example::

        def user_id(request: PageRequest) -> str:
            return request.header("x-user") or request.query.get("user", ["anonymous"])[0]
    """

    __slots__ = ("query", "scope")

    def __init__(self, scope: Scope) -> None:
        self.scope: Scope = scope
        """The ASGI scope (path, client address, ``state`` set by middleware...)."""
        raw = scope.get("query_string", b"")
        self.query: dict[str, list[str]] = parse_qs(raw.decode("latin-1"))
        """The query parameters, each with its list of values."""

    def header(self, name: str) -> str | None:
        """Request header ``name`` (any case), or None."""
        return header(self.scope, name.lower())

    def __repr__(self) -> str:  # the body and headers may hold the app's own credentials
        return f"{type(self).__name__}(path={self.scope.get('path')!r})"


R = TypeVar("R", bound=PageRequest)


async def ask(app_function: Callable[[R], Any], request: R) -> Any:
    """What the app's ``session`` or ``rate_key`` (sync or async) says for ``request``; its
    :class:`TokenRefused` becomes the answer."""
    try:
        made = app_function(request)
        return await made if inspect.isawaitable(made) else made
    except TokenRefused as refused:
        raise HTTPProblem(refused.status, refused.message) from None


def parse_rate_limit(text: object) -> tuple[int, int]:
    """``"20/minute"`` (the ``limits`` package's notation: ``N/second``, ``minute``,
    ``hour``, ``day``, ``N per 5 minutes``...) as (requests, seconds), or
    :class:`InvalidArgumentError`."""
    if not isinstance(text, str):
        raise InvalidArgumentError(
            f"rate_limit must be a str such as '20/minute', got {type(text).__name__}"
        )
    try:
        from limits import parse_many
    except ImportError:
        raise InvalidArgumentError(
            "rate_limit needs the limits package: pip install 'realtime-ext[ratelimit]'"
        ) from None
    try:
        items = parse_many(text)
    except ValueError:
        items = []
    if len(items) != 1 or items[0].amount < 1:
        raise InvalidArgumentError(
            f"rate_limit must be one limit such as '20/minute' or '100 per hour', got {text!r}"
        )
    return items[0].amount, items[0].get_expiry()


class PageOptions:
    """The guards' options as :func:`page_options` checked them."""

    __slots__ = ("body_timeout", "guard", "max_body", "rate", "store")

    def __init__(
        self,
        guard: SiteGuard,
        max_body: int,
        body_timeout: float,
        rate: tuple[int, int] | None,
        store: Store,
    ) -> None:
        self.guard = guard
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.rate = rate
        self.store = store


def endpoint_client(client: AsyncRealtimeClient | None, endpoint: str) -> AsyncRealtimeClient:
    """The asyncio client an endpoint calls the API with (a new one from the environment when
    ``client`` is ``None``); a blocking client is refused, as it would stall the event loop.

    Example:
        >>> from realtime_ext import AsyncRealtimeClient
        >>> client = AsyncRealtimeClient(api_key="sk-test")
        >>> endpoint_client(client, "token_endpoint") is client
        True
    """
    from realtime_ext import AsyncRealtimeClient

    client = client if client is not None else AsyncRealtimeClient()
    if not isinstance(client, AsyncRealtimeClient):
        raise InvalidArgumentError(
            f"{endpoint} needs an AsyncRealtimeClient (a blocking client would stall the "
            f"server's event loop), got {type(client).__name__}"
        )
    return client


def check_session_argument(session: object, what: str, request_type: str) -> None:
    """Refuse an endpoint's ``session=`` that is neither a session (``what``: a dict or a
    model) nor a callable taking the page's ``request_type`` and returning one.

    Example:
        >>> check_session_argument({"type": "realtime"}, "session", "TokenRequest")
        >>> try:
        ...     check_session_argument(42, "session", "TokenRequest")
        ... except InvalidArgumentError as exc:
        ...     print(str(exc).endswith("the TokenRequest and returning one, got int"))
        True
    """
    if not (callable(session) or isinstance(session, Mapping) or hasattr(session, "to_dict")):
        raise InvalidArgumentError(
            f"session must be a {what} dict or model, or a callable taking the "
            f"{request_type} and returning one, got {type(session).__name__}"
        )


def page_options(
    *,
    allowed_origins: Iterable[str],
    allowed_hosts: Iterable[str] | None,
    max_body: object,
    body_timeout: object,
    rate_limit: str | None,
    rate_key: object,
    store: object,
    request_type: str,
) -> PageOptions:
    """The guards' options checked at startup (:class:`InvalidArgumentError` naming the
    option); ``request_type`` names what ``rate_key`` is given, for its error."""
    limit, seconds = check_body_limits(max_body, body_timeout)
    guard = SiteGuard(allowed_origins, allowed_hosts)
    rate = None if rate_limit is None else parse_rate_limit(rate_limit)
    if rate_key is not None and not callable(rate_key):
        raise InvalidArgumentError(
            f"rate_key must be a callable taking the {request_type} and returning a str, "
            f"got {type(rate_key).__name__}"
        )
    if store is not None and not isinstance(store, Store):
        raise InvalidArgumentError(
            f"store must be a Store (MemoryStore, RedisStore), got {type(store).__name__}"
        )
    return PageOptions(guard, limit, seconds, rate, store if store is not None else MemoryStore())


RateKeyOf: TypeAlias = Callable[[R], Awaitable[str]] | Callable[[R], str]


class PageEndpoint(Generic[R]):
    """The ASGI application of an endpoint a page POSTs to, less what it does with the body.

    A subclass (a dataclass holding the fields below) names itself in ``name`` (for its log
    lines) and ``purpose`` (for its 405), and implements :meth:`respond`: given the body of
    a POST that passed the ``Host``/``Origin`` checks and the body limits, it answers the
    JSON the page gets, or raises :class:`HTTPProblem`; it calls :meth:`count` once it has
    built its request, before the app's session function runs.
    """

    name: ClassVar[str]
    """How the log lines name the endpoint (``"token endpoint"``)."""
    purpose: ClassVar[str]
    """What a POST does, for the 405 (``"ask for a client secret"``)."""

    guard: SiteGuard
    allow_missing_origin: bool
    max_body: int
    """Bytes a request body may hold (413 past it)."""
    body_timeout: float
    """Seconds a request has to send its whole body (408 past it)."""
    rate: tuple[int, int] | None
    """The rate limit as (requests, seconds), or None."""
    rate_key: RateKeyOf[R] | None
    store: Store
    """Where the rate limit counts (shared by every worker when it is a RedisStore)."""

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

    async def respond(self, scope: Scope, raw: bytes) -> bytes:
        """The JSON answering an allowed POST whose body is ``raw``."""
        raise NotImplementedError

    def _cors(self, host: str | None, origin: str | None) -> tuple[tuple[str, str], ...]:
        # Only an allowed page may read the answer; Vary keeps caches from mixing origins.
        if origin is not None and self.guard.refusal(host, origin) is None:
            # Credentials too (a cookie sign-in from another allowed origin): only ever for an
            # origin the app named, echoed back, never "*" (SiteGuard accepts no wildcard).
            return (
                ("access-control-allow-origin", origin),
                ("access-control-allow-credentials", "true"),
                ("vary", "Origin"),
            )
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
            raise HTTPProblem(405, f"POST to {self.purpose}", [("allow", "POST, OPTIONS")])
        self._check(host, origin)
        raw = await read_body(receive, scope, limit=self.max_body, timeout=self.body_timeout)
        return await self.respond(scope, raw)

    def _check(self, host: str | None, origin: str | None) -> None:
        reason = self.guard.refusal(host, origin, allow_missing_origin=self.allow_missing_origin)
        if reason is not None:
            raise HTTPProblem(403, reason)

    async def count(self, request: R) -> None:
        """Count ``request`` against the rate limit: 429 with ``Retry-After`` past it, 503
        when the store cannot be reached."""
        if self.rate is None:
            return
        key = await self._client_key(request)
        limit, window = self.rate
        try:
            wait = await self.store.hit(key, limit, window)
        except Exception as exc:
            # Serving unmetered while the store is down would lift the limit: refused instead.
            _logger.error("%s: the rate-limit store failed: %r", self.name, exc)
            raise HTTPProblem(503, "try again later", [("retry-after", "5")]) from None
        if wait > 0:
            raise HTTPProblem(
                429, "too many requests: try again later", [("retry-after", str(math.ceil(wait)))]
            )

    async def _client_key(self, request: R) -> str:
        if self.rate_key is None:
            # The peer's address: behind a proxy, every client shares the proxy's address
            # (pass rate_key, or run the server with its proxy headers trusted).
            peer = request.scope.get("client")
            return f"addr:{peer[0]}" if peer else "addr:unknown"
        made = await ask(self.rate_key, request)
        if not isinstance(made, str):
            _logger.error("%s: rate_key returned %s, not a str", self.name, type(made).__name__)
            raise HTTPProblem(500, f"{self.name} misconfigured")
        return f"key:{made}"
