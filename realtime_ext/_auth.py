"""How a client authenticates: a key in a header, or a bearer token asked of a provider.

One object (:class:`Auth`) says it for every request a client makes: the REST transport asks
it for its headers before each request, and the WebSocket opener before each connect,
reconnect and rollover, so a token that expires after an hour never outlives the session it
serves. Three kinds:

- an OpenAI key (or an ephemeral ``ek_`` key), sent as ``Authorization: Bearer <key>``;
- an Azure key, sent as ``api-key: <key>`` (Azure OpenAI's header for keys), or a
  gateway's key in a header of its own (``Auth.api_key(key, header="X-Gateway-Key")``);
- an Entra ID token, fixed or returned by a provider (sync, or on asyncio sync or async),
  sent as ``Authorization: Bearer <token>``.

Never both headers: a caller's own ``Authorization`` or ``api-key`` header (or the
credential's own header) replaces them.

Example:
    >>> Auth.api_key("0123abcd", header="api-key").headers()
    {'api-key': '0123abcd'}
    >>> Auth.token_provider(lambda: "eyJ0.eyJ1.sig").headers()
    {'Authorization': 'Bearer eyJ0.eyJ1.sig'}
"""

from __future__ import annotations

import inspect
import re
import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

from ._config import is_token_text
from ._exceptions import APITimeoutError, InvalidArgumentError

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["AsyncTokenProvider", "Auth", "AuthKind", "TokenProvider", "merge_auth"]

TokenProvider: TypeAlias = Callable[[], str]
"""A function returning a bearer token (``azure_ad_token_provider`` of the blocking client:
``azure.identity.get_bearer_token_provider(credential, scope)``)."""
AsyncTokenProvider: TypeAlias = Callable[[], "str | Awaitable[str]"]
"""What the asyncio client takes as ``azure_ad_token_provider``: a function returning the
token, or a coroutine function (``azure.identity.aio.get_bearer_token_provider``)."""

AuthKind = Literal["api-key", "bearer", "token", "token provider"]
"""What an :class:`Auth` sends: ``"bearer"`` (a key as ``Authorization: Bearer``),
``"api-key"`` (a key as is in its own header: Azure's ``api-key``, a gateway's),
``"token"`` (a fixed bearer token), ``"token provider"``."""

AUTH_HEADERS: Final = frozenset({"authorization", "api-key"})
_HEADER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
"""The headers that carry credentials; a caller's own one replaces the client's."""

_RECENT_TOKENS = 2
"""Tokens a provider returned that are kept for redaction: the current one and the one
before it (a request in flight may still carry it). Bounded: a provider asked every
minute for a day keeps two, not 1,440."""


class Auth:
    """The credentials of a client or a connection; never shown in ``repr``.

    Build one with :meth:`api_key`, :meth:`token` or :meth:`token_provider`.

    Example::

        auth = Auth.token_provider(get_bearer_token_provider(credential, scope))
        headers = await auth.aheaders()  # the provider is asked now
    """

    __slots__ = ("_header", "_kind", "_provider", "_recent", "_value")

    def __init__(
        self,
        kind: AuthKind,
        *,
        value: str | None = None,
        provider: AsyncTokenProvider | None = None,
        header: str | None = None,
    ) -> None:
        self._kind: AuthKind = kind
        self._value = value
        self._provider = provider
        self._header = header or ("api-key" if kind == "api-key" else "Authorization")
        self._recent: tuple[str, ...] = ()

    @classmethod
    def api_key(cls, key: str, *, header: str = "Authorization") -> Auth:
        """A key: ``Authorization: Bearer <key>`` (OpenAI's form, an ``ek_`` key too), or
        the key as is in ``header``: ``api-key`` (Azure's form for a resource key) or a
        gateway's own header (``X-Gateway-Key``).

        Example:
            >>> Auth.api_key("sk-test").headers()
            {'Authorization': 'Bearer sk-test'}
            >>> Auth.api_key("gw-123", header="X-Gateway-Key").headers()
            {'X-Gateway-Key': 'gw-123'}
        """
        checked = _token("api_key", key)
        if not isinstance(header, str) or not _HEADER_NAME.fullmatch(header):
            raise InvalidArgumentError(
                f"header must be an HTTP header name (letters, digits, '-'), got {header!r}"
            )
        if header.lower() == "authorization":
            return cls("bearer", value=checked)
        return cls("api-key", value=checked, header=header)

    @property
    def header(self) -> str:
        """The header the credential goes in (``Authorization``, ``api-key``, a gateway's).

        Example:
            >>> Auth.api_key("k", header="api-key").header
            'api-key'
        """
        return self._header

    @classmethod
    def token(cls, token: str) -> Auth:
        """A fixed bearer token (``azure_ad_token``): ``Authorization: Bearer <token>``.

        Example:
            >>> Auth.token("eyJ0.eyJ1.sig").kind
            'token'
        """
        return cls("token", value=_token("azure_ad_token", token))

    @classmethod
    def token_provider(cls, provider: AsyncTokenProvider) -> Auth:
        """A provider asked for a token before every request and every connect (a sync
        function, or on asyncio an ``async def`` one too).

        Example:
            >>> Auth.token_provider(lambda: "t0k3n").kind
            'token provider'
        """
        if not callable(provider):
            raise InvalidArgumentError(
                "azure_ad_token_provider must be a function returning a token, got "
                f"{type(provider).__name__}"
            )
        return cls("token provider", provider=provider)

    @property
    def kind(self) -> AuthKind:
        """What is sent (:data:`AuthKind`)."""
        return self._kind

    @property
    def is_async(self) -> bool:
        """Whether the provider is a coroutine function (only an asyncio client can ask it)."""
        return self._provider is not None and inspect.iscoroutinefunction(self._provider)

    @property
    def key(self) -> str | None:
        """The key (``None`` for a token or a provider)."""
        return self._value if self._kind in ("bearer", "api-key") else None

    def secrets(self) -> tuple[str, ...]:
        """The exact values to mask wherever text leaves the SDK: the key or token, and the
        last tokens the provider returned (bounded)."""
        return (self._value, *self._recent) if self._value else self._recent

    def headers(self, timeout: float | None = None) -> dict[str, str]:
        """The credential headers now; a provider is asked (a blocking call), for at most
        ``timeout`` seconds (the operation's own bound) when one is given.

        Raises :class:`InvalidArgumentError` for an ``async def`` provider (an asyncio
        client's) or a provider that returns no token, and :class:`APITimeoutError` when
        the provider has not returned within ``timeout``.
        """
        if self._provider is None:
            return self._fixed()
        token = self._provider() if timeout is None else _within(self._provider, timeout)
        if inspect.isawaitable(token):
            if inspect.iscoroutine(token):
                token.close()  # never awaited: no "coroutine was never awaited" warning
            raise InvalidArgumentError(
                "azure_ad_token_provider returned an awaitable: an async provider needs "
                "AsyncAzureRealtimeClient (the blocking client calls it)"
            )
        return self._bearer(token)

    async def aheaders(self, timeout: float | None = None) -> dict[str, str]:
        """The credential headers now; a provider is asked (and awaited if it is async),
        for at most ``timeout`` seconds when one is given (a blocking provider then runs
        on a thread of its own, so the event loop goes on meanwhile).

        Raises :class:`APITimeoutError` when the provider has not returned within
        ``timeout``.
        """
        provider = self._provider
        if provider is None:
            return self._fixed()
        if timeout is None:
            token = provider()
            if inspect.isawaitable(token):
                token = await token
            return self._bearer(token)
        import asyncio  # loaded already: a coroutine runs; not at import (a REST-only app)

        bound = asyncio.timeout(timeout)
        try:
            async with bound:
                if self.is_async:
                    token = provider()
                else:  # a blocking provider would hold the loop past any timeout
                    token = await asyncio.wrap_future(_on_thread(provider))
                if inspect.isawaitable(token):
                    token = await token
        except TimeoutError:
            if not bound.expired():  # the provider raised TimeoutError itself: passed on
                raise
            raise _late(timeout) from None
        return self._bearer(token)

    def _fixed(self) -> dict[str, str]:
        value = self._value or ""
        return {self._header: value if self._kind == "api-key" else f"Bearer {value}"}

    def _bearer(self, token: object) -> dict[str, str]:
        checked = _token("the token azure_ad_token_provider returned", token)
        if not self._recent or self._recent[-1] != checked:
            self._recent = (*self._recent, checked)[-_RECENT_TOKENS:]
        return {"Authorization": f"Bearer {checked}"}

    def __repr__(self) -> str:
        if self._header.lower() in AUTH_HEADERS:
            return f"Auth({self._kind!r})"
        return f"Auth({self._kind!r}, header={self._header!r})"  # the name, never the key


def _on_thread(provider: AsyncTokenProvider) -> Future[str | Awaitable[str]]:
    """``provider()`` run on a daemon thread of its own: a hung provider cannot be
    interrupted, but its caller can stop waiting, and a daemon thread does not keep the
    process from exiting."""
    from concurrent.futures import Future  # on use: most clients have no token provider

    future: Future[str | Awaitable[str]] = Future()

    def ask() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(provider())
        except BaseException as exc:  # handed to the caller, who raises it
            future.set_exception(exc)

    threading.Thread(target=ask, name="realtime-ext token provider", daemon=True).start()
    return future


def _within(provider: AsyncTokenProvider, timeout: float) -> str | Awaitable[str]:
    """What ``provider()`` returned, waited for at most ``timeout`` seconds."""
    future = _on_thread(provider)
    try:
        return future.result(timeout)
    except TimeoutError:
        if future.done():  # the provider raised TimeoutError itself: passed on
            raise
        raise _late(timeout) from None


def _late(timeout: float) -> APITimeoutError:
    return APITimeoutError(f"azure_ad_token_provider returned no token within {timeout:g} s")


def merge_auth(credentials: Mapping[str, str], headers: Mapping[str, str]) -> dict[str, str]:
    """``credentials`` then ``headers``; a credential header among ``headers``
    (``Authorization``, ``api-key`` or one of ``credentials``' own, any case) replaces
    ``credentials`` whole, so two credentials are never sent together.

    Example:
        >>> merge_auth({"api-key": "k"}, {"Authorization": "Bearer ek_1"})
        {'Authorization': 'Bearer ek_1'}
    """
    own = {name.lower() for name in credentials}
    if any(name.lower() in AUTH_HEADERS or name.lower() in own for name in headers):
        return dict(headers)
    return {**credentials, **headers}


def _token(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string")
    if value != value.strip() or not is_token_text(value):  # never shown: it is a secret
        raise InvalidArgumentError(
            f"{name} must be printable ASCII without spaces or line breaks (it goes in a header)"
        )
    return value
