import ssl
from collections.abc import Generator, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .types import UNSET, Unset


class BearerAuth(httpx.Auth):
    """An ``httpx.Auth`` that sets the authorization header on every request.

    Passed per request by the API functions, so it works with any httpx client, injected
    ones included (sync and async). Its repr never shows the token::

        auth = BearerAuth("Authorization", "Bearer sk-...")
        httpx.Client().get("https://example.invalid", auth=auth)
    """

    def __init__(self, header_name: str, value: str) -> None:
        self._header_name = header_name
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header_name] = self._value
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth({self._header_name!r}, '***')"


DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
"""The timeout when none is given: the openai package's (10 minutes, 5 s to connect)."""

_INJECTED_COOKIES = (
    "cookies cannot reach an injected httpx client (httpx deprecates per-request cookies): "
    "set them on that client (httpx.Client(cookies=...)) instead of cookies= / with_cookies()"
)


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request (not with an injected httpx client:
        set them on that client; combining both raises ValueError)

        ``headers``: A dictionary of headers to be sent with every request (also through an injected httpx client)

        ``timeout``: The maximum amount of a time a request can take (also through an injected httpx client).
        API functions will raise httpx.TimeoutException if this is exceeded. Default ``DEFAULT_TIMEOUT``
        (600 s, 5 s to connect, as the openai package); ``None`` for none (an injected client's own).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    Attributes:
        raise_on_unexpected_status: Raise errors.UnexpectedStatus (status, headers, request id, parsed
            body) when the API answers with a status the spec does not document as the operation's
            success. True by default; False makes the API functions return the detailed Response (parsed
            None) instead.
    """

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _injected: bool = field(default=False, init=False)
    _async_injected: bool = field(default=False, init=False)

    def _auth(self) -> BearerAuth | None:
        return None

    def _derive(self, **changes: Any) -> Self:
        # A new client; only an injected httpx client is shared (it is the caller's).
        new = evolve(self, **changes)
        if self._injected:
            new._client, new._injected = self._client, True
        if self._async_injected:
            new._async_client, new._async_injected = self._async_client, True
        return new

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client with additional headers; this one is left as it was."""
        return self._derive(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client with additional cookies; this one is left as it was.

        Raises ValueError when an httpx client was injected: it keeps its own cookies (set
        them on it), and per-request cookies are deprecated in httpx.
        """
        if cookies and (self._injected or self._async_injected):
            raise ValueError(_INJECTED_COOKIES)
        return self._derive(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client with a new timeout configuration; this one is left as it was."""
        return self._derive(timeout=timeout)

    def request_kwargs(
        self,
        kwargs: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """What the API functions pass to ``httpx.Client.request``: an operation's request
        arguments (its ``request_args``) with this client's headers and authentication, then
        the per-call headers and timeout, which win.

        Example::

            from realtime_generated.api.realtime import hangup_realtime_call

            kwargs = client.request_kwargs(hangup_realtime_call.request_args("rtc_1"), timeout=5)
            response = client.get_httpx_client().request(**kwargs)
        """
        out = dict(kwargs)
        out["headers"] = {**self._headers, **(kwargs.get("headers") or {}), **(extra_headers or {})}
        auth = self._auth()
        if auth is not None:
            out["auth"] = auth
        if not isinstance(timeout, Unset):
            out["timeout"] = timeout
        elif self._timeout is not None and not (
            self._timeout is DEFAULT_TIMEOUT and (self._injected or self._async_injected)
        ):
            # The default defers to an injected client's own timeout; a given one travels.
            out["timeout"] = self._timeout
        return out

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for every request (connection pool, transport, proxies...).

        The client's headers, authentication and timeout (its own, or per call) still travel
        with each request. Raises ValueError if this client has cookies (set them on ``client``)
        or if ``client`` has another base URL; one without gets this client's.
        """
        if self._cookies:
            raise ValueError(_INJECTED_COOKIES)
        self._adopt(client)
        self._client = client
        self._injected = True
        return self

    def _adopt(self, client: httpx.Client | httpx.AsyncClient) -> None:
        # The API functions send relative URLs: an injected client without a base URL would
        # fail ("unknown url type"), one with another would send them elsewhere.
        theirs = str(client.base_url)
        if not theirs:
            client.base_url = httpx.URL(self._base_url)
        elif theirs.rstrip("/") != str(httpx.URL(self._base_url)).rstrip("/"):
            raise ValueError(
                f"the injected httpx client's base_url {theirs!r} is not this client's "
                f"{self._base_url!r}, so its requests would go elsewhere: give both the same "
                "base URL, or the httpx client none (this client's is then applied)"
            )

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for every request.

        The client's headers, authentication and timeout (its own, or per call) still travel
        with each request. Raises ValueError if this client has cookies (set them on
        ``async_client``) or if ``async_client`` has another base URL; one without gets this
        client's.
        """
        if self._cookies:
            raise ValueError(_INJECTED_COOKIES)
        self._adopt(async_client)
        self._async_client = async_client
        self._async_injected = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A Client which has been authenticated for use on secured endpoints

    Every request carries the token through an httpx.Auth (BearerAuth), so an injected httpx
    client keeps authenticating. Keyword arguments as for Client, plus:

    Attributes:
        token: The token to use for authentication (never shown in a repr)
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _auth(self) -> BearerAuth:
        return BearerAuth(self.auth_header_name, f"{self.prefix} {self.token}" if self.prefix else self.token)
