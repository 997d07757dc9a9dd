"""Who may ask for a client secret: the ``Origin`` and ``Host`` allow-lists.

A page on another site cannot read a cross-origin answer, but it can *send* the POST: the
browser's ``Origin`` header says where the page came from, so an endpoint that mints keys
answers only its own pages. DNS rebinding (another site's name resolving to this server) is
caught by ``Host``: the browser then sends that site's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast
from urllib.parse import urlsplit

from realtime_ext import InvalidArgumentError

__all__ = ["SiteGuard"]

_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _names(value: object, what: str) -> list[str]:
    """An allow-list as a list of str: one string, a non-iterable or a non-str item refused."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgumentError(
            f"{what} must be a list of strings, got {type(value).__name__}"
            + (" (one string: put it in a list)" if isinstance(value, str) else "")
        )
    names = list(cast("Iterable[object]", value))
    for name in names:
        if not isinstance(name, str):
            raise InvalidArgumentError(
                f"{what} must be a list of strings, got an item of type {type(name).__name__}"
            )
    return cast("list[str]", names)


def _origin(value: str) -> str:
    """``scheme://host[:port]`` lower-cased, the default port dropped (as browsers send it)."""
    parts = urlsplit(value.strip().lower())
    if (
        parts.scheme not in _DEFAULT_PORTS
        or not parts.hostname
        or "@" in parts.netloc
        or parts.path not in ("", "/")
        or "?" in value
        or "#" in value
    ):
        raise InvalidArgumentError(
            f"origin {value!r} is not 'http(s)://host[:port]' (no path, query or user)"
        )
    host = parts.netloc
    if host.endswith(":" + _DEFAULT_PORTS[parts.scheme]):
        host = host.rpartition(":")[0]
    return f"{parts.scheme}://{host}"


def _host(value: str) -> str:
    host = value.strip().lower()
    for port in _DEFAULT_PORTS.values():
        if host.endswith(":" + port):
            return host.rpartition(":")[0]
    return host


class SiteGuard:
    """The allow-lists of a token endpoint; :meth:`refusal` says why a request is refused.

    ``allowed_origins`` are the pages' origins (``https://app.example.com``); ``allowed_hosts``
    the ``Host`` values served, by default the hosts of those origins.

    Example::

        guard = SiteGuard(["https://app.example.com"])
        guard.refusal("app.example.com", "https://evil.example")  # 'this Origin is not one ...'
    """

    __slots__ = ("hosts", "origins")

    def __init__(
        self, allowed_origins: Iterable[str], allowed_hosts: Iterable[str] | None = None
    ) -> None:
        origins = _names(allowed_origins, "allowed_origins")
        chosen = None if allowed_hosts is None else _names(allowed_hosts, "allowed_hosts")
        self.origins: frozenset[str] = frozenset(_origin(o) for o in origins)
        if not self.origins:
            raise InvalidArgumentError(
                "allowed_origins is empty: name the origins of the pages that may ask for a key"
            )
        hosts = [urlsplit(o).netloc for o in self.origins] if chosen is None else chosen
        self.hosts: frozenset[str] = frozenset(_host(h) for h in hosts)
        if not self.hosts or "" in self.hosts:
            raise InvalidArgumentError("allowed_hosts must name at least one non-empty host")

    def host_allowed(self, host: str | None) -> bool:
        """Whether ``host`` (a ``Host`` header) is one this endpoint serves."""
        return host is not None and _host(host) in self.hosts

    def origin_allowed(self, origin: str | None) -> bool:
        """Whether ``origin`` (an ``Origin`` header) is one of the allowed pages' origins."""
        if origin is None:
            return False
        try:
            return _origin(origin) in self.origins
        except InvalidArgumentError:  # "null", garbage: never one of ours
            return False

    def refusal(
        self, host: str | None, origin: str | None, *, allow_missing_origin: bool = False
    ) -> str | None:
        """Why a request with these ``Host`` and ``Origin`` headers is refused, or None.

        A request without ``Origin`` does not come from a page; it passes only with
        ``allow_missing_origin`` (the caller then authenticates it otherwise).
        """
        if not self.host_allowed(host):
            return "this Host is not served here"
        if origin is None:
            return None if allow_missing_origin else "a request without Origin is not answered"
        if not self.origin_allowed(origin):
            return "this Origin is not one of the pages this endpoint answers"
        return None
