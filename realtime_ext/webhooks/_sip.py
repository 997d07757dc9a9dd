"""Small readers for SIP INVITE headers: names (with compact forms) and From/To URIs.

Hand-written because no SIP parser is a dependency, and only two things are needed here:
matching a header name the way SIP does (case-insensitive, RFC 3261 section 7.3.3 compact
forms such as ``f`` for ``From``) and taking the URI out of a name-addr/addr-spec value.
"""

from __future__ import annotations

__all__ = ["header_key", "uri_from_address"]

# RFC 3261 7.3.3 and the IANA registry: a sender may use these single-letter forms.
_COMPACT_FORMS = {
    "c": "content-type",
    "e": "content-encoding",
    "f": "from",
    "i": "call-id",
    "k": "supported",
    "l": "content-length",
    "m": "contact",
    "o": "event",
    "r": "refer-to",
    "s": "subject",
    "t": "to",
    "u": "allow-events",
    "v": "via",
}


def header_key(name: str) -> str:
    """The comparison key of a SIP header name: lower case, compact form expanded.

    Example:
        >>> header_key("f"), header_key("Call-ID")
        ('from', 'call-id')
    """
    key = name.strip().lower()
    return _COMPACT_FORMS.get(key, key)


def _skip_quoted(value: str) -> int | None:
    """Index just past the quoted display name at the start of ``value`` (None if unclosed)."""
    index = 1
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if char == '"':
            return index + 1
        index += 1
    return None


def uri_from_address(value: str) -> str | None:
    """The URI of a From/To/Contact value, without display name or header parameters.

    ``"Alice" <sip:+14155550123@example.com>;tag=9fxced76sl`` and
    ``sip:+14155550123@example.com;tag=9fxced76sl`` both give
    ``sip:+14155550123@example.com``. Inside angle brackets the URI is kept whole (its
    own ``;user=phone`` parameters belong to it); without brackets every ``;`` parameter
    is a header parameter (RFC 3261 20.10) and is dropped. None when nothing usable.

    Example:
        >>> uri_from_address('"Alice" <sip:+14155550123@example.com>;tag=abc')
        'sip:+14155550123@example.com'
    """
    rest = value.strip()
    quoted = rest.startswith('"')
    if quoted:
        end = _skip_quoted(rest)
        if end is None:
            return None
        rest = rest[end:]
    opening = rest.find("<")
    if opening != -1:
        closing = rest.find(">", opening)
        uri = rest[opening + 1 : closing].strip() if closing != -1 else ""
    elif quoted:
        return None  # a display name must be followed by <uri>
    else:
        uri = rest.split(";", 1)[0].strip()
        if any(char.isspace() for char in uri):
            return None  # an unbracketed display name: not a valid addr-spec
    return uri if ":" in uri else None
