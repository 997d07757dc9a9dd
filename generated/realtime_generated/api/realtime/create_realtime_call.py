from collections.abc import Callable, Mapping
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors, multipart
from ...client import AuthenticatedClient, Client
from ...models.realtime_call_create_request import RealtimeCallCreateRequest
from ...types import UNSET, File, Response, Unset


def _file_bytes(payload: Any) -> bytes:
    # The whole payload, wherever the file position is, so a File can be sent again.
    # Annotated: what getattr gives is Any, which mypy --strict refuses to return as bytes.
    getvalue: Callable[[], bytes] | None = getattr(payload, "getvalue", None)
    return getvalue() if callable(getvalue) else payload.read()


METHOD = "POST"
"""The HTTP method of this operation."""
PATH = "/realtime/calls"
"""The path of this operation, relative to the base URL; :func:`path` fills in its parameters."""
BODY_CONTENT_TYPES: dict[type[Any], str] = {
    RealtimeCallCreateRequest: "multipart/form-data",
    File: "application/sdp",
}
"""Each body type this operation takes, with the Content-Type it is sent as (spec order)."""


def path() -> str:
    """The path of POST /realtime/calls."""
    return PATH


def request_args(
    *,
    body: RealtimeCallCreateRequest | File | Unset = UNSET,
) -> dict[str, Any]:
    """The POST /realtime/calls request, built without sending it.

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

    if isinstance(body, RealtimeCallCreateRequest):
        _kwargs["content"], headers["Content-Type"] = multipart.encode(body.to_multipart())
    if isinstance(body, File):
        _kwargs["content"] = _file_bytes(body.payload)
        headers["Content-Type"] = BODY_CONTENT_TYPES[File]

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 201:
        response_201 = File(payload=BytesIO(response.content))

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[File]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    body: RealtimeCallCreateRequest | File | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> File | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
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
    body: RealtimeCallCreateRequest | File | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[File]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    body: RealtimeCallCreateRequest | File | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> File | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
