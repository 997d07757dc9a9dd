"""The one redactor: every text that leaves the SDK (exceptions, reprs, logs, tool errors
sent to the model, CLI output) passes through :func:`redact`.

It masks, on word boundaries, ICE passwords (``a=ice-pwd:...`` in SDP), OpenAI API
keys (``sk-...``, ``sk-proj-...``), JSON web tokens (Entra ID's ``eyJ...``), ephemeral
client secrets (``ek_...``), webhook secrets (``whsec_...``, full base64 alphabet, so ``+``
``/`` and ``=`` do not end the match), bearer tokens and the value of ``Authorization``-like
headers (``api-key`` too), every URL query value but the known-safe ones (``model``,
``call_id``...) and the password of a URL's userinfo. Exact secret values known to the
caller (a configured key that has no recognisable prefix) can be passed too. The kind of
secret stays visible (``sk-***``) because it helps debugging and reveals nothing.

Example:
    >>> redact("key sk-proj-abc123 and whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/ab+c=")
    'key sk-*** and whsec_***'
    >>> redact("disk-usage sk-learn")  # unchanged: not at a word boundary / too short for a key
    'disk-usage sk-learn'
"""

from __future__ import annotations

import logging
import re
import reprlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast
from urllib.parse import unquote

__all__ = [
    "SAFE_HEADERS",
    "SAFE_QUERY_PARAMETERS",
    "RedactingFilter",
    "escape_surrogates",
    "get_logger",
    "redact",
    "redact_data",
    "redact_headers",
    "redact_url",
    "redact_value",
    "short_repr",
    "unmasked_secrets",
    "websockets_logger",
]

# Prefix + body. The body alphabet is the union of the key alphabets: API keys use
# [A-Za-z0-9_-], ephemeral keys [A-Za-z0-9_], webhook secrets base64 [A-Za-z0-9+/=].
# The look-behind makes "disk-usage" or "task_ek_x" not a match (word boundary).
_KEYS = re.compile(
    r"(?<![A-Za-z0-9])(sk-|ek_|whsec_)[A-Za-z0-9_\-+/=*]{8,}",
)
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s'\",;]+")
# Header lines and dict/kwargs renderings: "Authorization: x", "'authorization': 'x'",
# "api_key='x'", "'webhook_secret': 'x'" (a bare "api_key: ..." is prose, left alone).
_HEADER = re.compile(
    r"(?i)\b(authorization|proxy-authorization|x-api-key|api-key)"
    r"(['\"]?(?::\s*|=)['\"]?)(?!\*\*\*)(?:bearer\s+)?[^\s'\",;]+"
    r"|\b(api[-_]key|webhook[-_]secret|client[-_]secret)"
    r"(=['\"]?|['\"]:\s*['\"])(?!\*\*\*)[^\s'\",;]+"
)
# JSON Web Tokens (Entra ID access tokens, an Azure client's bearer tokens): three base64url
# parts, the first two a JSON object's ("eyJ"), wherever they appear, not only after Bearer.
_JWT = re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
# ICE passwords in SDP text (a=ice-pwd:...) and in renderings of it (aiortc logs whole
# offers and answers at DEBUG; the password is the key to the call's connectivity checks).
_ICE_PWD = re.compile(r"(?i)\b(ice-pwd(?::|=|['\"]:\s*['\"]))[^\s'\",;\\]+")
_MASK = "***"

SAFE_QUERY_PARAMETERS = frozenset({"model", "intent", "call_id", "api-version", "deployment"})
"""Query parameters whose values are shown: the Realtime API's own (``model``, ``intent``,
``call_id``) and Azure's (``api-version``, ``deployment``). Every other value is masked,
since a URL can carry a credential under any name (``token=``, ``sig=``, ``key=``)."""
SAFE_HEADERS = frozenset(
    {
        "accept",
        "connection",
        "content-length",
        "content-type",
        "date",
        "host",
        "openai-beta",
        "server",
        "upgrade",
        "user-agent",
        "x-request-id",
    }
)
"""Headers whose values are shown in a log line or on an exception's request: the request's
framing and the API's own non-secret ones. Every other value is masked, a client's
``default_headers`` among them (a gateway's ``Ocp-Apim-Subscription-Key``, any ``X-...-Key``),
since a header can carry a credential under any name."""
# A query: "?" then name=value pairs up to whitespace, a quote, "<", ">" or "#" (how URLs
# end inside log lines, reprs and messages). Credentials in the userinfo part go too.
_QUERY = re.compile(r"\?([^\s'\"<>#?]*=[^\s'\"<>#]*)")
_USERINFO = re.compile(r"(?<=://)([^/\s:@'\"]*):([^/\s@'\"]+)@")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask every secret in ``text``; ``secrets`` are exact values to mask as well.

    Example:
        >>> redact("Authorization: Bearer abc")
        'Authorization: ***'
        >>> redact("token my-key", ["my-key"])
        'token ***'
    """
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, _MASK)
    if "sk-" in text or "ek_" in text or "whsec_" in text:
        text = _KEYS.sub(r"\1***", text)
    if "-pwd" in text or "-PWD" in text:
        text = _ICE_PWD.sub(r"\1***", text)
    if "eyJ" in text:
        text = _JWT.sub("eyJ***", text)
    text = _HEADER.sub(_header_mask, text)
    if "?" in text:
        text = _QUERY.sub(_query_mask, text)
    if "@" in text:
        text = _USERINFO.sub(r"\1:***@", text)
    return _BEARER.sub(r"\1***", text)


def _query_mask(match: re.Match[str]) -> str:
    pairs = match[1].split("&")
    for index, pair in enumerate(pairs):
        name, equals, value = pair.partition("=")
        if (
            equals
            and value
            and value != _MASK
            and unquote(name).lower() not in SAFE_QUERY_PARAMETERS
        ):
            pairs[index] = f"{name}={_MASK}"
    return "?" + "&".join(pairs)


def redact_url(url: str) -> str:
    """``url`` with every query value but the safe ones (:data:`SAFE_QUERY_PARAMETERS`) and
    any userinfo password masked: what a log line or an exception may show of a URL.

    Example:
        >>> redact_url("wss://api.openai.com/v1/realtime?model=gpt-realtime&token=abc")
        'wss://api.openai.com/v1/realtime?model=gpt-realtime&token=***'
    """
    return redact(url)


def unmasked_secrets(text: str, secrets: Iterable[str] = ()) -> list[str]:
    """The kinds of secret still readable in ``text``: an exact value of ``secrets``, an
    ``sk-``/``ek_``/``whsec_`` key, a bearer token or an ICE password (what a leak check
    looks for; the values themselves are never returned).

    Example:
        >>> unmasked_secrets("Bearer *** and sk-***")
        []
        >>> unmasked_secrets("key sk-proj-abc123def456")
        ['sk-']
    """
    found = ["a given secret" for secret in secrets if secret and secret in text][:1]
    found += sorted({m[1] for m in _KEYS.finditer(text) if "*" not in m[0]})
    if _JWT.search(text):
        found.append("JSON web token")
    if any(m[0][len(m[1]) :] != _MASK for m in _BEARER.finditer(text)):
        found.append("bearer token")
    if any(not m[0].endswith(_MASK) for m in _ICE_PWD.finditer(text)):
        found.append("ICE password")
    return found


def redact_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``headers`` with every value masked but those of :data:`SAFE_HEADERS`: what a log
    line or an exception may show of a request's headers.

    Example:
        >>> redact_headers([("User-Agent", "app/1"), ("Ocp-Apim-Subscription-Key", "k123")])
        [('User-Agent', 'app/1'), ('Ocp-Apim-Subscription-Key', '***')]
    """
    return [(name, value if name.lower() in SAFE_HEADERS else _MASK) for name, value in headers]


def _header_mask(match: re.Match[str]) -> str:
    name, sep = (match[1], match[2]) if match[1] else (match[3], match[4])
    return f"{name}{sep}{_MASK}"


def redact_data(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of JSON-like ``value`` with every string redacted (dict keys kept).

    Example:
        >>> redact_data({"error": {"param": "sk-abc12345678"}})
        {'error': {'param': 'sk-***'}}
    """
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, object]", value)
        return {k: redact_data(v, secrets) for k, v in mapping.items()}
    if isinstance(value, list | tuple):
        items = cast("list[object] | tuple[object, ...]", value)
        return [redact_data(v, secrets) for v in items]
    return value


def redact_value(value: Any) -> Any:
    """What an exception may carry of ``value``: the rule :class:`OpenAIError` applies to
    its message and every attribute (so ``str(exc)``, ``repr(exc.event)`` and ``exc.body``
    agree).

    Text and JSON-like data are redacted (:func:`redact`, :func:`redact_data`); a decoded
    model (anything with ``to_dict()``: events, generated models, :class:`UnknownEvent`) is
    rebuilt from its redacted dict when that dict held a secret, keeping its type; an
    ``httpx`` request (and a response's request) is a copy with its headers masked but
    :data:`SAFE_HEADERS` and its URL redacted; anything else (numbers, exceptions) is kept
    as it is.

    Example:
        >>> redact_value({"error": {"message": "bad key sk-abc12345678"}})
        {'error': {'message': 'bad key sk-***'}}
    """
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping | list | tuple):
        container = cast("Mapping[object, object] | list[object] | tuple[object, ...]", value)
        clean = redact_data(container)
        if isinstance(container, tuple):
            if clean == list(container):
                return container  # nothing to hide: the very object, type and identity kept
            rebuild = cast("Callable[..., Any]", type(container))
            fields = getattr(container, "_fields", None)  # a NamedTuple takes its items apart
            return rebuild(*clean) if fields is not None else rebuild(clean)
        if clean == container:
            return container  # nothing to hide: the very object, type and identity kept
        return clean
    httpx = sys.modules.get("httpx")  # not imported here: an httpx object means it is loaded
    if httpx is not None:
        if isinstance(value, httpx.Request):
            return _shown_request(value)
        if isinstance(value, httpx.Response):
            return _shown_response(value)
    to_dict = getattr(value, "to_dict", None)
    if not callable(to_dict):
        return value
    try:
        data = to_dict()
    except Exception:  # a model that cannot serialise itself: nothing to compare
        return value
    clean = redact_data(data)
    if clean == data:
        return value
    return _rebuild(value, clean)


def _shallow_copy(value: object) -> Any:
    # Not copy.copy: httpx's __getstate__ (for pickling) leaves the body stream out.
    clone: Any = object.__new__(type(value))
    clone.__dict__.update(value.__dict__)
    return clone


def _shown_request(request: Any) -> Any:
    """An ``httpx.Request`` as an exception may carry it: the same request (method, body,
    extensions), its headers masked but :data:`SAFE_HEADERS` and its URL's query values
    but the safe ones (httpx's own repr of headers hides ``Authorization`` only: an
    ``api-key`` or a gateway's key header showed in ``repr(exc.response.request.headers)``).
    The request itself when there is nothing to mask."""
    headers = request.headers.multi_items()
    shown = redact_headers(headers)
    url = str(request.url)
    shown_url = redact_url(url)
    if shown == headers and shown_url == url:
        return request
    clone = _shallow_copy(request)
    clone.headers = type(request.headers)(shown)
    if shown_url != url:
        clone.url = type(request.url)(shown_url)
    return clone


def _shown_response(response: Any) -> Any:
    """An ``httpx.Response`` whose ``request`` is :func:`_shown_request`'s (a copy sharing
    the read body and headers; the response itself when its request hides nothing)."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    shown = _shown_request(request)
    if shown is request:
        return response
    clone = _shallow_copy(response)
    clone.request = shown
    return clone


def _rebuild(value: Any, clean: Any) -> Any:
    raw = getattr(value, "raw", None)
    if isinstance(raw, dict) and hasattr(value, "wire_type"):  # UnknownEvent
        import attrs

        return attrs.evolve(value, raw=clean)
    from_dict = getattr(cast("type[object]", type(value)), "from_dict", None)
    if callable(from_dict):
        try:
            return from_dict(clean)
        except Exception:
            pass
    return clean  # the redacted data rather than the secret-bearing object


class _ShortRepr(reprlib.Repr):
    """reprlib's bounded repr (a few levels, a few items, long strings cut in the middle),
    each string redacted before it is cut: a key cut in half would no longer be found."""

    def repr_str(self, x: str, level: int) -> str:
        return super().repr_str(redact(x), level)


_SHORT = _ShortRepr()
_SHORT.maxlevel = 3
_SHORT.maxstring = _SHORT.maxother = 80
_SHORT.maxlong = 40


def short_repr(value: object, limit: int = 60) -> str:
    """A repr of ``value`` for an error message: secret-free and at most ``limit`` long.

    Bounded in time and depth whatever ``value`` is (reprlib, rather than ``repr`` then
    a cut: a huge value was rendered whole first, and a deep or self-containing one
    raised ``RecursionError`` while its error message was being made).

    Example:
        >>> short_repr({"key": "sk-proj-" + "a" * 40, "deep": [[[[1]]]]})
        "{'deep': [[[...]]], 'key': 'sk-***'}"
    """
    text = redact(_SHORT.repr(value))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its escape (``\\udcff``), so it has a
    UTF-8 form; valid text is returned as it is.

    For text the SDK writes rather than checks: a tool's output and error message, log
    records. A file name decoded with surrogateescape holds lone surrogates, and an event
    or a log line carrying one could not be sent or written.

    Example:
        >>> escape_surrogates("report-\\udcff.txt"), escape_surrogates("café")
        ('report-\\\\udcff.txt', 'café')
    """
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


# How websockets logs a handshake header it sends (">") or receives ("<"), one per record.
_HEADER_LINES = ("> %s: %s", "< %s: %s")


class RedactingFilter(logging.Filter):
    """A logging filter that redacts a record's message, arguments and traceback text.

    A handshake header line as websockets logs it (``"> %s: %s"``) shows its value only
    for a header of :data:`SAFE_HEADERS`.

    The record is rewritten in place (already formatted, ``args`` emptied) so every
    handler downstream, including propagation to the root logger, sees the masked text.

    Example:
        >>> import io
        >>> stream = io.StringIO()
        >>> handler = logging.StreamHandler(stream)
        >>> handler.addFilter(RedactingFilter())
        >>> mine = logging.getLogger("mine")
        >>> mine.addHandler(handler)
        >>> mine.warning("calling with %s", "Authorization: Bearer sk-proj-abc123def456")
        >>> stream.getvalue().strip()
        'calling with Authorization: ***'
        >>> mine.removeHandler(handler)
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 2 and record.msg in _HEADER_LINES:
            # websockets' handshake lines, one header each: the value shown only for a
            # header of SAFE_HEADERS (a default_headers key has no recognisable shape).
            name = args[0]
            if not isinstance(name, str) or name.lower() not in SAFE_HEADERS:
                record.args = (name, _MASK)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw parts, redacted
            message = f"{record.msg!r} {record.args!r}"
        record.msg = escape_surrogates(redact(message))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = escape_surrogates(redact(record.exc_text))
            # The formatter would re-render exc_info; the redacted text is what it uses.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()


def get_logger(name: str) -> logging.Logger:
    """The SDK logger ``name`` with the redacting filter attached (idempotent).

    Example:
        >>> get_logger("realtime_ext.connection").name
        'realtime_ext.connection'
    """
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


def websockets_logger(name: str = "realtime_ext.websockets") -> logging.Logger:
    """The logger handed to ``websockets`` for every socket the SDK or its fake opens
    (clients, servers, the recording proxy's upstream): at DEBUG websockets logs every
    handshake header, ``Authorization`` and a gateway's key included, so it goes through
    the redacting filter (header values but :data:`SAFE_HEADERS` masked).

    Example::

        websockets.sync.client.connect(url, logger=websockets_logger())
    """
    return get_logger(name)
