from collections.abc import Mapping
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

METHOD = "GET"
"""The HTTP method of this operation."""
PATH = "/live/sessions/{session_id}/content"
"""The path of this operation, relative to the base URL; :func:`path` fills in its parameters."""
BODY_CONTENT_TYPES: dict[type[Any], str] = {}
"""Each body type this operation takes, with the Content-Type it is sent as (spec order)."""


def path(
    session_id: str,
) -> str:
    """The path of GET /live/sessions/{session_id}/content, each parameter escaped so it
    stays one path segment."""
    return PATH.format(
        session_id=quote(str(session_id), safe=""),
    )


def request_args(
    session_id: str,
) -> dict[str, Any]:
    """The GET /live/sessions/{session_id}/content request, built without sending it.

    Returns the keyword arguments of ``httpx.Client.request`` (``method``, ``url`` relative
    to the client's base URL with path parameters escaped, ``headers``, and the body as
    ``json``, ``data`` or ``content``: SDP and multipart bodies as bytes). A pure function:
    the one place the path and body shape of this operation are spelled. Send it with
    ``client.get_httpx_client().request(**client.request_kwargs(request_args(...)))``.
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": path(
            session_id=session_id,
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[File]:
    """Download a stored Live session's recording.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = request_args(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> File | None:
    """Download a stored Live session's recording.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[File]:
    """Download a stored Live session's recording.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = request_args(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(
        **client.request_kwargs(kwargs, extra_headers=extra_headers, timeout=timeout),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> File | None:
    """Download a stored Live session's recording.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
