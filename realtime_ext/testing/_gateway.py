"""The fake server as an OpenAI-compatible gateway (``FakeRealtimeServer(gateway=...)``).

A gateway serves the Realtime API under a prefix of its own (``/gateway/v2``), maybe with
some paths renamed (``paths``, as a client's :class:`~realtime_ext.Route` maps them:
``{"/live": "/voice-live"}``), and takes its own key header (``X-Gateway-Key: <key>``)
instead of ``Authorization: Bearer``. The fake answers REST, the Realtime WebSocket and
GPT-Live there, and nowhere else (a client that ignored its route gets a 404): each request
is checked, then goes on to the fake's own endpoints with the path they know (``/v1/...``).
A client secret this server minted is accepted as ``Authorization: Bearer`` too, as the
browser of an app behind the gateway would present it.

Example::

    gateway = GatewayMode(prefix="/gateway/v2", header="X-Gateway-Key", api_key="gw-123")
    with FakeRealtimeServer(gateway=gateway) as server:
        route = Route(kind="acme", base_url=server.gateway_url,
                      auth=Auth.api_key("gw-123", header="X-Gateway-Key"))
        client = RealtimeClient(route=route)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from realtime_ext import InvalidArgumentError

from ._auth import presented_key
from ._http import HttpError, RecordedRequest

__all__ = ["GatewayMode"]

_HEADER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_OWN = "/v1"  # the fake's own prefix, what its endpoints know


def _is_path(value: object) -> bool:
    return isinstance(value, str) and value.startswith("/") and not any(c in value for c in "?#")


@dataclass(frozen=True)
class GatewayMode:
    """How the fake stands in for an OpenAI-compatible gateway (see the module docstring).

    ``prefix``: the gateway's base path (a client's ``base_url`` is the server's origin and
    this: :attr:`FakeRealtimeServer.gateway_url`). ``header``: the header its key goes in.
    ``api_key``: the one key accepted (``None``: any non-empty one). ``paths``: the API's
    paths as the gateway renames them, by prefix, as the client's route maps them.

    Example::

        GatewayMode(prefix="/gateway/v2", header="X-Gateway-Key", api_key="gw-123",
                    paths={"/live": "/voice-live"})
    """

    prefix: str = "/gateway/v2"
    header: str = "X-Gateway-Key"
    api_key: str | None = field(default=None, repr=False)
    paths: Mapping[str, str] = field(default_factory=dict[str, str])

    def __post_init__(self) -> None:
        if not _is_path(self.prefix) or self.prefix.rstrip("/") == "":
            raise InvalidArgumentError(
                f"prefix must be a path below the root, like '/gateway/v2', got {self.prefix!r}"
            )
        if not isinstance(self.header, str) or not _HEADER_NAME.fullmatch(self.header):
            raise InvalidArgumentError(
                f"header must be an HTTP header name (letters, digits, '-'), got {self.header!r}"
            )
        if self.api_key is not None and (not isinstance(self.api_key, str) or not self.api_key):
            raise InvalidArgumentError("api_key must be a non-empty string or None")
        if not isinstance(self.paths, Mapping) or not all(
            _is_path(k) and _is_path(v) and k.rstrip("/") and v.rstrip("/")
            for k, v in self.paths.items()
        ):
            raise InvalidArgumentError(
                "paths must map the API's paths to the gateway's, e.g. {'/live': '/voice-live'}"
            )
        object.__setattr__(self, "prefix", self.prefix.rstrip("/"))

    def authenticate(self, headers: Mapping[str, str], minted: Callable[[str], bool]) -> None:
        """Refuse (401) a request without the gateway's key in its header (or a client
        secret this server minted, ``minted``, as a bearer token)."""
        key = headers.get(self.header.lower())
        if key is not None:
            if not key or (self.api_key is not None and key != self.api_key):
                raise HttpError(
                    401, f"Invalid key in the {self.header} header.", code="invalid_api_key"
                )
            return
        token = presented_key(headers)
        if token is not None and minted(token):
            return
        raise HttpError(
            401,
            f"Missing gateway key: send it in the {self.header} header.",
            code="missing_api_key",
        )

    def route(self, path: str) -> str:
        """A gateway path as the fake's own (``/gateway/v2/voice-live/sessions`` ->
        ``/v1/live/sessions``), or 404 for a path outside the gateway."""
        if path != self.prefix and not path.startswith(self.prefix + "/"):
            raise HttpError(404, f"Invalid URL (not under the gateway's {self.prefix})")
        rest = path[len(self.prefix) :]
        renamed = sorted(self.paths.items(), key=lambda pair: -len(pair[1].rstrip("/")))
        for api, own in renamed:
            own = own.rstrip("/")
            if rest == own or rest.startswith(own + "/"):
                return _OWN + api.rstrip("/") + rest[len(own) :]
        return _OWN + rest

    def request(self, record: RecordedRequest) -> RecordedRequest:
        """A REST request as the fake's endpoints read it (its path as :meth:`route`
        makes it)."""
        return replace(record, path=self.route(record.path))
