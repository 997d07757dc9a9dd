from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_session_accept_params import LiveSessionAcceptParams
from ...types import UNSET, Response, Unset

METHOD = "POST"
"""The HTTP method of this operation."""
PATH = "/live/sessions/{session_id}/accept"
"""The path of this operation, relative to the base URL; :func:`path` fills in its parameters."""
BODY_CONTENT_TYPES: dict[type[Any], str] = {
    LiveSessionAcceptParams: "application/json",
}
"""Each body type this operation takes, with the Content-Type it is sent as (spec order)."""


def path(
    session_id: str,
) -> str:
    """The path of POST /live/sessions/{session_id}/accept, each parameter escaped so it
    stays one path segment."""
    return PATH.format(
        session_id=quote(str(session_id), safe=""),
    )


def request_args(
    session_id: str,
    *,
    body: LiveSessionAcceptParams,
) -> dict[str, Any]:
    """The POST /live/sessions/{session_id}/accept request, built without sending it.

    Returns the keyword arguments of ``httpx.Client.request`` (``method``, ``url`` relative
    to the client's base URL with path parameters escaped, ``headers``, and the body as
    ``json``, ``data`` or ``content``: SDP and multipart bodies as bytes). A pure function:
    the one place the path and body shape of this operation are spelled. Send it with
    ``client.get_httpx_client().request(**client.request_kwargs(request_args(...)))``.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": path(
            session_id=session_id,
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = BODY_CONTENT_TYPES[LiveSessionAcceptParams]

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LiveSessionAcceptParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[Any]:
    """Accept an incoming SIP call as a Live session.

    Args:
        session_id (str):
        body (LiveSessionAcceptParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = request_args(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LiveSessionAcceptParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> None:
    """Send the request and wait for it to succeed.

    The response has no body: this returns None once the request succeeded. Use
    sync_detailed for the status code and headers.

    Raises:
        errors.UnexpectedStatus: If the server answers with another status (Client.raise_on_unexpected_status, True by default).
        httpx.TimeoutException: If the request takes longer than Client.timeout.
    """

    sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        extra_headers=extra_headers,
        timeout=timeout,
    )


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LiveSessionAcceptParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[Any]:
    """Accept an incoming SIP call as a Live session.

    Args:
        session_id (str):
        body (LiveSessionAcceptParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = request_args(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LiveSessionAcceptParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> None:
    """Send the request and wait for it to succeed.

    The response has no body: this returns None once the request succeeded. Use
    asyncio_detailed for the status code and headers.

    Raises:
        errors.UnexpectedStatus: If the server answers with another status (Client.raise_on_unexpected_status, True by default).
        httpx.TimeoutException: If the request takes longer than Client.timeout.
    """

    await asyncio_detailed(
        session_id=session_id,
        client=client,
        body=body,
        extra_headers=extra_headers,
        timeout=timeout,
    )
