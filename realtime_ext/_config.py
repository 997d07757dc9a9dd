"""Client configuration: explicit arguments first, then ``OPENAI_*`` environment variables.

httpx is imported where it is used, not here: ``from realtime_ext import RealtimeClient``
loads no httpx (which imports its command line, and click and rich with it when they are
installed: two thirds of the cold import); the first client built loads it.

Example::

    config = resolve_config(api_key="sk-...", base_url=None, organization=None, project=None,
                            webhook_secret=None, timeout=OMIT, max_retries=None,
                            default_headers=None)
    config.base_url  # 'https://api.openai.com/v1' unless OPENAI_BASE_URL is set
"""

from __future__ import annotations

import enum
import functools
import ipaddress
import math
import os
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, cast

from ._exceptions import InvalidArgumentError
from ._exceptions import MissingAPIKeyError as MissingAPIKeyError
from ._redact import short_repr

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "OMIT",
    "ClientConfig",
    "MissingAPIKeyError",
    "Omit",
    "TimeoutTypes",
    "check_count",
    "check_header_value",
    "check_headers",
    "default_ssl_context",
    "default_timeout",
    "is_loopback_host",
    "is_token_text",
    "resolve_config",
    "user_agent",
]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MAX_RETRIES = 2

# A string: httpx is not imported at run time until the first client (see above).
TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"


def default_timeout() -> httpx.Timeout:
    """The timeout of a client given none: the official openai package's, long reads (SDP
    answers can be slow) and quick connects.

    Example:
        >>> default_timeout()
        Timeout(connect=5.0, read=600.0, write=600.0, pool=600.0)
    """
    import httpx

    return httpx.Timeout(600.0, connect=5.0)


class _OmitType(enum.Enum):
    OMIT = "OMIT"

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _OmitType.OMIT
"""Marks an argument the caller left out, where ``None`` has a meaning of its own."""
Omit = Literal[_OmitType.OMIT]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientConfig:
    """What a client was configured with; secrets are left out of ``repr``.

    Example::

        ClientConfig(api_key="sk-...", timeout=default_timeout())
    """

    api_key: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    organization: str | None = None
    project: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    timeout: httpx.Timeout
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] = field(default_factory=dict[str, str], repr=False)


def _header_or_none(name: str, value: object) -> str | None:
    return None if value is None else check_header_value(name, value)


def _pick(explicit: str | None, env_name: str) -> str | None:
    if explicit is not None:
        return explicit
    value = os.environ.get(env_name)
    return value or None


def base_url_or_default(base_url: str | None) -> str:
    """``base_url`` as given, else ``OPENAI_BASE_URL``, else OpenAI's: the one default of the
    clients and of the module-level entry points (``connection.connect`` ...).

    Example:
        >>> base_url_or_default("http://127.0.0.1:8000/v1")
        'http://127.0.0.1:8000/v1'
    """
    return base_url if base_url is not None else _pick(None, "OPENAI_BASE_URL") or DEFAULT_BASE_URL


def check_seconds(
    value: object, name: str, *, zero: bool = False, unlimited: bool = True
) -> float | None:
    """A wait in seconds: a number > 0 (>= 0 with ``zero``), or, when ``unlimited``,
    ``None`` for no limit.

    ``math.inf``, and any wait longer than the platform can wait (``threading.TIMEOUT_MAX``,
    about 292 years), also mean no limit and give ``None``: passed on, they raised
    ``OverflowError`` from the clock. NaN, a bool or a string is refused. The one check of
    every timeout and delay the SDK takes, so each says the same thing.

    Example:
        >>> check_seconds(2, "timeout"), check_seconds(math.inf, "timeout")
        (2.0, None)
        >>> check_seconds(float("nan"), "timeout")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: timeout must be a number of seconds > 0 or None, \
got nan
    """
    if value is None and unlimited:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (value >= 0 if zero else value > 0)  # False for NaN
        or (value == math.inf and not unlimited)
    ):
        bound = ">= 0" if zero else "> 0"
        also = " or None" if unlimited else ""
        raise InvalidArgumentError(
            f"{name} must be a number of seconds {bound}{also}, got {short_repr(value)}"
        )
    if value >= threading.TIMEOUT_MAX:
        if not unlimited:
            raise InvalidArgumentError(
                f"{name} must be a finite number of seconds, got {short_repr(value)}"
            )
        return None
    return float(value)


def check_count(value: object, name: str, *, unlimited: bool = True) -> int | None:
    """A size or count: an int >= 1, or, when ``unlimited``, ``None`` for no limit.

    Example:
        >>> check_count(16, "max_queue"), check_count(None, "max_queue")
        (16, None)
    """
    if value is None and unlimited:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        also = " or None" if unlimited else ""
        raise InvalidArgumentError(f"{name} must be an int >= 1{also}, got {short_repr(value)}")
    return value


def as_timeout(value: TimeoutTypes, *, name: str = "timeout") -> httpx.Timeout:
    """Normalise a timeout argument (seconds, ``httpx.Timeout`` or ``None`` for no limit).

    Example:
        >>> as_timeout(5).read
        5.0
    """
    import httpx

    if isinstance(value, httpx.Timeout):
        return value
    try:
        return httpx.Timeout(check_seconds(value, name))
    except InvalidArgumentError:
        raise InvalidArgumentError(
            f"{name} must be a positive number of seconds, an httpx.Timeout or None, "
            f"got {short_repr(value)}"
        ) from None


def check_max_retries(value: object) -> int:
    """Validate a ``max_retries`` argument: a non-negative int.

    Example:
        >>> check_max_retries(0)
        0
        >>> check_max_retries(-1)
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: max_retries must be an int >= 0, got -1
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"max_retries must be an int >= 0, got {short_repr(value)}")
    return value


def _check_base_url(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(f"base_url must be a URL string, got {type(value).__name__}")
    import httpx

    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, UnicodeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"base_url must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}, got "
            f"{short_repr(value, 200)}"  # redacted: a URL may carry a password or a token
        )
    # Paths are appended as "/realtime/...", so a trailing slash would double up.
    return value.rstrip("/")


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | None,
    organization: str | None,
    project: str | None,
    webhook_secret: str | None,
    timeout: TimeoutTypes | Omit,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
    http_client_timeout: httpx.Timeout | None = None,
    key_env: str | None = "OPENAI_API_KEY",
) -> ClientConfig:
    """Merge arguments and environment into a :class:`ClientConfig`; arguments win.

    ``key_env`` is the variable the key is read from when ``api_key`` is ``None``; with
    ``key_env=None`` the key is ``api_key`` alone, and ``""`` when there is none (a client
    authenticating with a token). An explicit ``timeout=None`` means no limit; an omitted one
    (:data:`OMIT`) takes the caller's ``httpx.Client`` timeout when they set one, else
    :func:`default_timeout`. As in openai, a client left at httpx's own 5 s default counts as
    not set (the check is by value, so a client explicitly set to exactly
    ``httpx.Timeout(5.0)`` gets the SDK's).

    Example::

        resolve_config(api_key="sk-x", base_url=None, organization=None, project=None,
                       webhook_secret=None, timeout=OMIT,
                       max_retries=None, default_headers=None).max_retries  # 2
    """
    key = _pick(api_key, key_env) if key_env is not None else api_key
    if key is None and key_env is None:
        key = ""  # a client whose route authenticates with a token (no key)
    elif not key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... to the client or set the OPENAI_API_KEY "
            "environment variable"
        )
    if key and (not isinstance(key, str) or key != key.strip() or not is_token_text(key)):
        raise InvalidArgumentError(
            "api_key must be a string of printable ASCII without spaces or line breaks "
            "(it goes in the Authorization header)"
        )
    if timeout is not OMIT:
        resolved_timeout = as_timeout(timeout)
    # httpx's default (``httpx.Client().timeout``, 5 s): a client carrying it chose none.
    elif http_client_timeout is not None and http_client_timeout != as_timeout(5.0):
        resolved_timeout = http_client_timeout
    else:
        resolved_timeout = default_timeout()
    return ClientConfig(
        api_key=key,
        base_url=_check_base_url(base_url_or_default(base_url)),
        # Each goes in a header (OpenAI-Organization, OpenAI-Project).
        organization=_header_or_none("organization", _pick(organization, "OPENAI_ORG_ID")),
        project=_header_or_none("project", _pick(project, "OPENAI_PROJECT_ID")),
        webhook_secret=_pick(webhook_secret, "OPENAI_WEBHOOK_SECRET"),
        timeout=resolved_timeout,
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else check_max_retries(max_retries),
        default_headers=check_headers(default_headers, "default_headers"),
    )


# RFC 9110: a field name is a token; a value, visible ASCII, spaces and tabs (httpx encodes a
# str value as ASCII; obs-text bytes are not accepted from a str either). A line break would
# end the header and start another one (header injection).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def is_loopback_host(host: str | None) -> bool:
    """Whether ``host`` is this machine's loopback (127.0.0.0/8, ::1, ``localhost``): a server
    there is reached without leaving the machine.

    Example:
        >>> is_loopback_host("127.0.0.1"), is_loopback_host("localhost"), is_loopback_host("[::1]")
        (True, True, True)
        >>> is_loopback_host("0.0.0.0"), is_loopback_host("192.168.1.20"), is_loopback_host(None)
        (False, False, False)
    """
    if not host:
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def is_token_text(value: str) -> bool:
    """Whether ``value`` is printable ASCII without spaces: what an API key or a client
    secret is, and what can go in an ``Authorization`` header as it stands.

    Example:
        >>> is_token_text("sk-proj-abc"), is_token_text("sk-abc\\r\\nX: 1")
        (True, False)
    """
    return value.isascii() and value.isprintable() and " " not in value


def check_headers(headers: object, name: str) -> dict[str, str]:
    """``headers`` as a dict of str names to str values, each one checked; ``None`` is empty.

    Raises :class:`InvalidArgumentError` for a name that is not an HTTP token, or a value
    that is not a str of printable ASCII (a line break would inject a header), before
    anything is sent: httpx would raise its own ``TypeError`` or ``UnicodeEncodeError``,
    or send a line break on to the server.

    Example:
        >>> check_headers({"X-Trace": "1"}, "extra_headers")
        {'X-Trace': '1'}
        >>> check_headers({"X-Trace": "1\\r\\nX-Evil: 1"}, "extra_headers")
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: extra_headers['X-Trace']: a header value must be \
printable ASCII without line breaks, got '\\r' at index 1
    """
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(
            f"{name} must be a mapping of header names to values, got {type(headers).__name__}"
        )
    checked: dict[str, str] = {}
    for key, value in cast("Mapping[object, object]", headers).items():
        if not isinstance(key, str) or _HEADER_NAME.fullmatch(key) is None:
            raise InvalidArgumentError(
                f"{name}: {short_repr(key)} is not a header name "
                "(letters, digits and !#$%&'*+-.^_`|~)"
            )
        checked[key] = check_header_value(f"{name}[{key!r}]", value)
    return checked


def check_header_value(name: str, value: object) -> str:
    """``value`` if it can be sent as an HTTP header value (a str of printable ASCII, no
    line break); else :class:`InvalidArgumentError` naming the character at fault (never
    the value: it may hold a key).

    Example:
        >>> check_header_value("organization", "org-123")
        'org-123'
    """
    if not isinstance(value, str):
        raise InvalidArgumentError(
            f"{name}: a header value must be a str, got {type(value).__name__}"
        )
    fit = _HEADER_VALUE.match(value)
    bad = fit.end() if fit is not None else 0
    if bad < len(value):
        raise InvalidArgumentError(
            f"{name}: a header value must be printable ASCII without line breaks, got "
            f"{value[bad]!r} at index {bad}"
        )
    return value


_IMPLEMENTATIONS: Final = {"cpython": "CPython", "pypy": "PyPy"}


@functools.cache
def user_agent() -> str:
    """The User-Agent: this package, the generated layer and Python, with versions
    (computed once).

    Example::

        user_agent()  # 'realtime-ext/0.1.0 realtime-generated/2.3.0 CPython/3.11.9'
    """
    # sys instead of platform/importlib.metadata: both cost milliseconds at import.
    import realtime_generated

    from ._version import __version__

    python = ".".join(str(part) for part in sys.version_info[:3])
    return (
        f"realtime-ext/{__version__} "
        f"realtime-generated/{realtime_generated.__version__} "
        f"{_IMPLEMENTATIONS.get(sys.implementation.name, sys.implementation.name)}/{python}"
    )


# The one default SSL context (see default_ssl_context), with the CA settings it was built for.
_default_ssl: tuple[tuple[str, str], ssl.SSLContext] | None = None
_DEFAULT_SSL_LOCK = threading.Lock()


def default_ssl_context() -> ssl.SSLContext:
    """The SSL context every client built without an ``http_client`` verifies servers with.

    What httpx builds for ``verify=True`` (certifi's CA bundle, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when set), but built once per process: loading the CA bundle costs tens
    of milliseconds, which a client per request (or per test) paid every time. Created on
    first use, under a lock (two threads building clients at once still share one), and built
    again if ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` has changed since. A caller-supplied
    ``http_client`` keeps its own ``verify`` settings: this context is never put in it.

    Example::

        default_ssl_context() is default_ssl_context()  # True
    """
    global _default_ssl
    # The variables httpx reads for verify=True (trust_env): a change of them means a new
    # context, as a client built after the change would have got from httpx.
    key = (os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", ""))
    current = _default_ssl
    if current is not None and current[0] == key:
        return current[1]
    with _DEFAULT_SSL_LOCK:
        current = _default_ssl
        if current is None or current[0] != key:
            import httpx

            # httpx's own builder (keywords: its positional order differs between 0.27 and
            # 0.28), so the context is exactly the one a default httpx client would make.
            current = (key, httpx.create_ssl_context(verify=True, trust_env=True))
            _default_ssl = current
        return current[1]
