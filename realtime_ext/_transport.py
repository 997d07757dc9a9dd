"""Sending requests: headers, per-call options, retries, error mapping and DEBUG logging.

The retry loop is written once, I/O-free (:meth:`_Base.retrying`, a generator that yields
the request to send or the delay to wait), and driven by :class:`SyncHTTPTransport` (blocks)
and :class:`AsyncHTTPTransport` (awaits), as httpx drives one ``auth_flow``.

The hot path builds one ``httpx.Request`` and ``send``s it; nothing else is allocated per
call beyond the headers dict. Log records carry method, path, status, request id and retry
decisions, never headers (they hold the API key).

Example::

    transport = SyncHTTPTransport(config, httpx.Client(), user_agent="app/1")
    response = transport.request("POST", "/realtime/client_secrets", json_body={})
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Mapping
from typing import Any, Generic, TypeAlias, TypedDict, TypeVar, Unpack, cast

import httpx

from ._auth import Auth, merge_auth
from ._base.instrument import Instrumentation, RequestObserver
from ._bounded import remember
from ._clock import SYSTEM_CLOCK, Clock
from ._config import (
    OMIT,
    ClientConfig,
    Omit,
    TimeoutTypes,
    as_timeout,
    check_headers,
    check_max_retries,
)
from ._encode import json_bytes
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._redact import (
    SAFE_HEADERS,
    SAFE_QUERY_PARAMETERS,
    get_logger,
    redact,
    redact_data,
    redact_url,
)
from ._retries import (
    RetryPolicy,
    already_done,
    retry_delay,
    sent_before_failure,
    should_retry_status,
)
from ._route import Route

__all__ = [
    "AsyncHTTPTransport",
    "RequestArgs",
    "SyncHTTPTransport",
    "logger",
]

logger = get_logger("realtime_ext")
# Quiet unless the application configures logging (the library convention).
logger.addHandler(logging.NullHandler())
# httpx logs each request's URL at INFO, query included: a client's default_query (a
# gateway's signature, a token) would show there, so its records are redacted too.
get_logger("httpx")

JSON_TYPE = "application/json"
_MAX_ERROR_TEXT = 2000
_URL_CACHE_SIZE = 32


def sent_path(request: httpx.Request) -> str:
    """The path exactly as sent (percent-escapes kept): ``url.path`` is decoded, so an id
    like ``rtc_1/../x`` (sent safely as ``rtc_1%2F..%2Fx``) would read like traversal."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")


# Headers httpx writes itself unless the caller gives them.
_FRAMING = frozenset({"host", "content-length", "transfer-encoding"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _request(
    method: str,
    url: httpx.URL,
    headers: dict[str, str],
    content: bytes | None,
    extensions: dict[str, Any],
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, content=content, ...)`` for headers
    without Host or framing ones: the same request, headers in the same order, built once.

    ``content=`` has httpx build the headers three times over (the caller's, its own, then
    both with Host) and scan them for their encoding; with the body as a stream, the Host
    and Content-Length it would add are given here, as it adds them.
    """
    method = method.upper()
    body = b"" if content is None else content
    netloc = url.netloc  # empty only for a URL without a host, which gets no Host header
    items: list[tuple[str, str]] = [("Host", netloc.decode("ascii"))] if netloc else []
    if not body and method in _BODY_METHODS:
        items.append(("Content-Length", "0"))
    items += headers.items()
    if body:
        items.append(("Content-Length", str(len(body))))
    request = httpx.Request(
        method, url, headers=items, stream=httpx.ByteStream(body), extensions=extensions
    )
    request.read()  # as with content=: the body is there to record or send again
    return request


class RequestArgs(TypedDict, total=False):
    """The per-request keywords of ``request``: body, headers and per-call options."""

    json_body: Any
    content: bytes | None
    content_type: str | None
    accept: str
    extra_headers: Mapping[str, str] | None
    timeout: TimeoutTypes | Omit
    max_retries: int | Omit
    policy: RetryPolicy


Flow: TypeAlias = Generator[httpx.Request | float, Any, httpx.Response]
"""A request's retry loop, I/O-free (:meth:`_Base.retrying`): it yields the request to send
or the delay to wait, and returns the response."""


def advance(flow: Flow, outcome: object) -> httpx.Request | float | httpx.Response:
    """The flow's next step, given the outcome of its last one (the response, the httpx
    error to throw in, or ``None`` after a wait); once it is done, the response it returns."""
    try:
        return flow.throw(outcome) if isinstance(outcome, httpx.HTTPError) else flow.send(outcome)
    except StopIteration as stop:
        response: httpx.Response = stop.value
        return response


# The httpx client a transport sends through: httpx.Client or httpx.AsyncClient.
_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)


class _Base(Generic[_HttpT]):
    """What sync and async HTTP transports share: configuration, request building, errors,
    and the retry loop itself (:meth:`retrying`); the subclasses only send and wait."""

    def __init__(
        self,
        config: ClientConfig,
        http_client: _HttpT,
        *,
        user_agent: str,
        clock: Clock | None = None,
        telemetry: Instrumentation | None = None,
        route: Route | None = None,
    ) -> None:
        self.config = config
        self.http: _HttpT = http_client
        self.telemetry: Instrumentation | None = telemetry
        # Read once: a request with no observer pays one attribute check.
        self.observer: RequestObserver | None = (
            telemetry.requests if telemetry is not None else None
        )
        self.clock: Clock = clock if clock is not None else SYSTEM_CLOCK
        self.max_retries: int = config.max_retries
        # Where requests go and how they authenticate: the client's route, else OpenAI's
        # rules at the configured base URL with its key.
        self.route: Route = (
            route
            if route is not None
            else Route.openai(config.base_url, Auth.api_key(config.api_key))
        )
        self._base_url = self.route.base_url
        self._base_path = httpx.URL(self._base_url).path.rstrip("/")
        self._timeout = config.timeout.as_dict()
        headers = {"User-Agent": user_agent, **config.default_headers}
        if config.organization:
            headers["OpenAI-Organization"] = config.organization
        if config.project:
            headers["OpenAI-Project"] = config.project
        self._headers = headers
        self._urls: dict[str, httpx.URL] = {}
        self._webhook_secret = config.webhook_secret
        # default_headers and default_query values but the safe ones: a gateway's key has
        # no recognisable shape, so an error message echoing one is masked by its value.
        self._configured: tuple[str, ...] = (
            *(v for k, v in config.default_headers.items() if k.lower() not in SAFE_HEADERS),
            *(v for k, v in self.route.query() if k.lower() not in SAFE_QUERY_PARAMETERS),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self._base_url)!r})"

    @property
    def _secrets(self) -> tuple[str, ...]:
        # The key, and the tokens a provider returned lately (bounded): exact values to mask.
        secrets: tuple[str, ...] = (*self.route.auth.secrets(), *self._configured)
        return (*secrets, self._webhook_secret) if self._webhook_secret else secrets

    def build(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None,
        content_type: str | None,
        accept: str,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | Omit,
        credentials: Mapping[str, str],
    ) -> httpx.Request:
        """One request: the client's headers, ``credentials`` (the route's, asked just
        before) and the caller's ``extra_headers`` (a credential header among them
        replaces ``credentials``: never both kinds)."""
        headers = {**self._headers, "Accept": accept}
        if content_type is not None:
            headers["Content-Type"] = content_type
        extra = check_headers(extra_headers, "extra_headers") if extra_headers else {}
        headers.update(merge_auth(credentials, extra))
        # A hand-built Request has no timeout unless it is in its extensions.
        timeouts = self._timeout if timeout is OMIT else as_timeout(timeout).as_dict()
        url = self._url(path)
        if _FRAMING.isdisjoint(map(str.lower, headers)):
            return _request(method, url, headers, content, {"timeout": timeouts})
        # A caller's own Host or framing header: httpx's rules for keeping it.
        return httpx.Request(
            method, url, headers=headers, content=content, extensions={"timeout": timeouts}
        )

    def _url(self, path: str) -> httpx.URL:
        # Parsing a URL is a good share of a request's client-side cost, and the endpoint
        # paths repeat. Call-id paths vary, so the cache is emptied when full (bounded).
        url = self._urls.get(path)
        if url is None:
            url = remember(
                self._urls, path, httpx.URL(self.route.rest_url(path)), limit=_URL_CACHE_SIZE
            )
        return url

    def token_bound(self, timeout: TimeoutTypes | Omit) -> float | None:
        """How long a token provider may take for a request with ``timeout``: its longest
        part (a hung provider then fails the request as a slow server would: with
        :class:`APITimeoutError`); ``None``: no bound, or no provider to ask."""
        if self.route.auth.kind != "token provider":
            return None
        timeouts = self._timeout if timeout is OMIT else as_timeout(timeout).as_dict()
        parts = [part for part in timeouts.values() if part is not None]
        return max(parts) if parts else None

    def retries_for(self, max_retries: int | Omit) -> int:
        return self.max_retries if max_retries is OMIT else check_max_retries(max_retries)

    def redact(self, text: str) -> str:
        return redact(text, self._secrets)

    def status_error(self, response: httpx.Response) -> APIStatusError:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = response.text[:_MAX_ERROR_TEXT] or None
        message: str | None = None
        if isinstance(body, dict):
            data = cast("dict[str, object]", body)
            error = data.get("error")
            error_message = (
                cast("dict[str, object]", error).get("message") if isinstance(error, dict) else None
            )
            if error_message:
                message = str(error_message)
            elif isinstance(error, str):
                message = error
            elif data.get("detail"):  # problem+json bodies, e.g. from mock servers
                message = str(data.get("title") or "") + ": " + str(data["detail"])
        elif isinstance(body, str) and body.strip():
            message = body.strip()
        if message is None:
            message = response.reason_phrase or "HTTP error"
        request = response.request
        message = self.redact(f"{message} ({request.method} {sent_path(request)})")
        # An error body may echo a key (in ``param`` or the message); keep it out of ``.body``.
        body = redact_data(body, self._secrets)
        return status_error_class(response.status_code)(message, response=response, body=body)

    def transport_error(self, exc: httpx.HTTPError, request: httpx.Request) -> APIError:
        detail = self.redact(str(exc)) or type(exc).__name__
        where = f"{request.method} {sent_path(request)}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out ({where}): {detail}", request=request)
        return APIConnectionError(f"Connection error ({where}): {detail}", request=request)

    def give_up(
        self, exc: httpx.TransportError, attempt: int, retries: int, policy: RetryPolicy
    ) -> bool:
        if attempt >= retries:
            return True
        if policy is RetryPolicy.ONCE and sent_before_failure(exc):
            # It may have reached the server: a repeat could create a second call.
            logger.debug(
                "Not retrying: the request may have been received (%s)", type(exc).__name__
            )
            return True
        return False

    def log_response(self, request: httpx.Request, response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "HTTP %s %s -> %d (request_id=%s)",
                request.method,
                sent_path(request),
                response.status_code,
                response.headers.get("x-request-id"),
            )

    def log_retry(self, request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
        logger.debug(
            "Retrying %s %s in %.3f s (retry %d): %s",
            request.method,
            sent_path(request),
            delay,
            attempt,
            reason,
        )

    def retrying(self, request: httpx.Request, retries: int, policy: RetryPolicy) -> Flow:
        """The retry loop, I/O-free (httpx's ``auth_flow`` pattern): yields the request to
        send (resumed with the response, or the httpx error thrown in) or a delay to wait;
        returns the response to hand back, or raises an :class:`APIError`."""
        observer = self.observer
        if observer is None:
            return self._retrying(request, retries, policy)  # no generator around it
        return self._observed(observer, request, retries, policy)

    def _observed(
        self, observer: RequestObserver, request: httpx.Request, retries: int, policy: RetryPolicy
    ) -> Flow:
        # The observer is told when the flow starts, as the request is about to be sent.
        ended = observer.request_started(*self._facts(request))
        if ended is None:
            return (yield from self._retrying(request, retries, policy))
        try:
            response: httpx.Response = yield from self._retrying(request, retries, policy)
        except APIStatusError as exc:
            ended(exc.status_code, exc)
            raise
        except BaseException as exc:
            ended(None, exc)
            raise
        ended(response.status_code, None)
        return response

    def _facts(self, request: httpx.Request) -> tuple[str, httpx.URL, str]:
        """What an observer is told of a request: nothing secret (no query, fragment,
        credentials, header or body)."""
        url = request.url
        path = url.path
        route = path[len(self._base_path) :] if path.startswith(self._base_path) else path
        bare = httpx.URL(scheme=url.scheme, host=url.host, port=url.port, path=path)
        return request.method, bare, route

    def _retrying(self, request: httpx.Request, retries: int, policy: RetryPolicy) -> Flow:
        attempt = 0
        maybe_done = False  # an earlier attempt may have had its effect on the server
        while True:
            try:
                response: httpx.Response = yield request
            except httpx.TransportError as exc:
                maybe_done = maybe_done or sent_before_failure(exc)
                if self.give_up(exc, attempt, retries, policy):
                    # The (redacted) httpx message is in ours; the chain could echo secrets.
                    raise self.transport_error(exc, request) from None
                attempt += 1
                delay = retry_delay(attempt=attempt)
                self.log_retry(request, type(exc).__name__, delay, attempt)
                yield delay
                continue
            except httpx.HTTPError as exc:
                raise self.transport_error(exc, request) from None
            self.log_response(request, response)
            if response.status_code < 400:
                return response
            if maybe_done and policy is RetryPolicy.ENDS and already_done(response):
                # An earlier attempt ended it; CallAction.already_done tells the caller.
                return response
            if not self.should_retry(response, attempt, retries, policy):
                raise self.status_error(response)
            maybe_done = maybe_done or response.status_code >= 500
            attempt += 1
            delay = retry_delay(attempt=attempt, headers=response.headers)
            self.log_retry(request, f"status {response.status_code}", delay, attempt)
            yield delay

    def prepare(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        content_type: str | None = None,
        accept: str = JSON_TYPE,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        policy: RetryPolicy = RetryPolicy.SAFE,
        credentials: Mapping[str, str] | None = None,
    ) -> Flow:
        """The retrying flow of one request; ``json_body`` (if not None) is serialised
        compactly. ``credentials``: the route's headers, asked by the driver just before
        (:meth:`SyncHTTPTransport.request`); ``None`` asks them here (blocking)."""
        if json_body is not None:
            content, content_type = json_bytes(json_body), JSON_TYPE
        request = self.build(
            method,
            path,
            content=content,
            content_type=content_type,
            accept=accept,
            extra_headers=extra_headers,
            timeout=timeout,
            credentials=(
                self.route.auth.headers(self.token_bound(timeout))
                if credentials is None
                else credentials
            ),
        )
        return self.retrying(request, self.retries_for(max_retries), policy)

    def should_retry(
        self, response: httpx.Response, attempt: int, max_retries: int, policy: RetryPolicy
    ) -> bool:
        retry = attempt < max_retries and should_retry_status(
            response.status_code, response.headers, policy
        )
        if not retry and logger.isEnabledFor(logging.DEBUG):
            request = response.request
            logger.debug(
                "Not retrying %s %s: status %d after %d of %d retries",
                request.method,
                sent_path(request),
                response.status_code,
                attempt,
                max_retries,
            )
        return retry


class SyncHTTPTransport(_Base[httpx.Client]):
    """Sends requests through an ``httpx.Client`` with retries (blocking driver).

    Example::

        SyncHTTPTransport(config, httpx.Client(), user_agent="app/1")
    """

    def drive(self, flow: Flow) -> httpx.Response:
        """Carry out a request flow: send what it yields, wait the delays it yields."""
        outcome: Any = None
        while not isinstance(step := advance(flow, outcome), httpx.Response):
            try:
                if isinstance(step, httpx.Request):
                    outcome = self.http.send(step)
                else:
                    outcome = self.clock.sleep(step)
            except httpx.HTTPError as exc:  # the flow decides: retry or raise ours
                outcome = exc
        return step

    def send(
        self,
        request: httpx.Request,
        *,
        max_retries: int | Omit = OMIT,
        policy: RetryPolicy = RetryPolicy.SAFE,
    ) -> httpx.Response:
        """Send with retries; return a non-error response or raise an :class:`APIError`."""
        return self.drive(self.retrying(request, self.retries_for(max_retries), policy))

    def request(self, method: str, path: str, **args: Unpack[RequestArgs]) -> httpx.Response:
        """Build and send one request (see :meth:`_Base.prepare` for the keywords); the
        route's credentials are asked first (a token provider too)."""
        return self.drive(self.prepare(method, path, **args))


class AsyncHTTPTransport(_Base[httpx.AsyncClient]):
    """Sends requests through an ``httpx.AsyncClient`` with retries (asyncio driver).

    Example::

        AsyncHTTPTransport(config, httpx.AsyncClient(), user_agent="app/1")
    """

    async def drive(self, flow: Flow) -> httpx.Response:
        """Carry out a request flow: send what it yields, wait the delays it yields."""
        outcome: Any = None
        while not isinstance(step := advance(flow, outcome), httpx.Response):
            try:
                if isinstance(step, httpx.Request):
                    outcome = await self.http.send(step)
                else:
                    outcome = await self.clock.asleep(step)
            except httpx.HTTPError as exc:  # the flow decides: retry or raise ours
                outcome = exc
        return step

    async def send(
        self,
        request: httpx.Request,
        *,
        max_retries: int | Omit = OMIT,
        policy: RetryPolicy = RetryPolicy.SAFE,
    ) -> httpx.Response:
        """Send with retries; return a non-error response or raise an :class:`APIError`."""
        return await self.drive(self.retrying(request, self.retries_for(max_retries), policy))

    async def request(self, method: str, path: str, **args: Unpack[RequestArgs]) -> httpx.Response:
        """Build and send one request (see :meth:`_Base.prepare` for the keywords); the
        route's credentials are asked first (a token provider too, awaited if async)."""
        auth = self.route.auth
        credentials = await auth.aheaders(self.token_bound(args.get("timeout", OMIT)))
        return await self.drive(self.prepare(method, path, credentials=credentials, **args))
