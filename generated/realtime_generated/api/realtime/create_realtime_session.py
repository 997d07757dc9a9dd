from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_session_create_request import RealtimeSessionCreateRequest
from ...models.realtime_session_create_response import RealtimeSessionCreateResponse
from ...types import UNSET, Response, Unset

METHOD = "POST"
"""The HTTP method of this operation."""
PATH = "/realtime/sessions"
"""The path of this operation, relative to the base URL; :func:`path` fills in its parameters."""
BODY_CONTENT_TYPES: dict[type[Any], str] = {
    RealtimeSessionCreateRequest: "application/json",
}
"""Each body type this operation takes, with the Content-Type it is sent as (spec order)."""


def path() -> str:
    """The path of POST /realtime/sessions."""
    return PATH


def request_args(
    *,
    body: RealtimeSessionCreateRequest,
) -> dict[str, Any]:
    """The POST /realtime/sessions request, built without sending it.

    Returns the keyword arguments of ``httpx.Client.request`` (``method``, ``url`` relative
    to the client's base URL with path parameters escaped, ``headers``, and the body as
    ``json``, ``data`` or ``content``: SDP and multipart bodies as bytes). A pure function:
    the one place the path and body shape of this operation are spelled. Send it with
    ``client.get_httpx_client().request(**client.request_kwargs(request_args(...)))``.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": path(),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = BODY_CONTENT_TYPES[RealtimeSessionCreateRequest]

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeSessionCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeSessionCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeSessionCreateResponse]:
    # Parsed first, so any status the operation does not document raises UnexpectedStatus,
    # even one http.HTTPStatus does not know (a proxy's 520), where HTTPStatus() raised
    # ValueError before (openapi-python-client issue 1442: the upstream template has it).
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        # A documented status with a body that is not JSON or not the documented shape: the
        # SDK's own error (it was a bare JSONDecodeError or KeyError), body kept out of it.
        raise errors.UndecodableResponse(response.status_code, response.content, response.headers, exc) from None
    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        # Response.status_code cannot carry it: raised even with raise_on_unexpected_status=False.
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers) from None
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[RealtimeSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeSessionCreateResponse]
    """

    kwargs = request_args(
        body=body,
    )

    response = client.get_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> RealtimeSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeSessionCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[RealtimeSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeSessionCreateResponse]
    """

    kwargs = request_args(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> RealtimeSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeSessionCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
