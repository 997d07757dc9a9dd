from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_create_params import LiveCreateParams
from ...models.live_create_response import LiveCreateResponse
from ...types import UNSET, Response, Unset

METHOD = "POST"
"""The HTTP method of this operation."""
PATH = "/live/sessions"
"""The path of this operation, relative to the base URL; :func:`path` fills in its parameters."""
BODY_CONTENT_TYPES: dict[type[Any], str] = {
    LiveCreateParams: "application/json",
}
"""Each body type this operation takes, with the Content-Type it is sent as (spec order)."""


def path() -> str:
    """The path of POST /live/sessions."""
    return PATH


def request_args(
    *,
    body: LiveCreateParams,
) -> dict[str, Any]:
    """The POST /live/sessions request, built without sending it.

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

    headers["Content-Type"] = BODY_CONTENT_TYPES[LiveCreateParams]

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveCreateResponse | None:
    if response.status_code == 201:
        response_201 = LiveCreateResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LiveCreateResponse]:
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
    body: LiveCreateParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[LiveCreateResponse]:
    """Create a Live session over WebRTC: the SDP offer in, the session id and answer out.

    Args:
        body (LiveCreateParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveCreateResponse]
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
    body: LiveCreateParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> LiveCreateResponse | None:
    """Create a Live session over WebRTC: the SDP offer in, the session id and answer out.

    Args:
        body (LiveCreateParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveCreateResponse
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
    body: LiveCreateParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[LiveCreateResponse]:
    """Create a Live session over WebRTC: the SDP offer in, the session id and answer out.

    Args:
        body (LiveCreateParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveCreateResponse]
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
    body: LiveCreateParams,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> LiveCreateResponse | None:
    """Create a Live session over WebRTC: the SDP offer in, the session id and answer out.

    Args:
        body (LiveCreateParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
