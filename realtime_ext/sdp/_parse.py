"""Single-pass SDP parser: split into lines, dispatch on the first two characters.

Hand-written rather than using a library: the Python SDP packages on PyPI either
drop lines they do not model or normalise on output, and exact round-trips plus
line numbers in errors are the point here.
"""

from __future__ import annotations

from collections.abc import Callable

from .._exceptions import SDPError
from ._lines import (
    Attribute,
    Candidate,
    ConnectionLine,
    ExtMap,
    Fingerprint,
    Fmtp,
    GenericLine,
    Group,
    Line,
    MaxMessageSize,
    MediaLine,
    Msid,
    OriginLine,
    RtcpFb,
    RtpMap,
    Sctpmap,
    SctpPort,
    SessionNameLine,
    Ssrc,
    SsrcGroup,
    TimingLine,
    VersionLine,
)
from ._model import MediaSection, SessionDescription

_SESSION_ONLY = frozenset("vostrz")

# The largest SDP accepted, checked before any work: real offers are 2-20 KB (a browser's with
# every candidate and codec stays under 30 KB), and parsing is linear, so this caps the time
# one offer can hold the event loop (a few ms) and the memory its model takes.
MAX_SDP_LENGTH = 256 * 1024

# 2**64 has 20 digits: no SDP field is larger, and refusing longer digit runs before int()
# keeps int()'s own 4,300-digit limit (a bare ValueError) and its quadratic time out of reach.
_MAX_DIGITS = 20


def _show(token: str) -> str:
    return repr(token if len(token) <= 40 else token[:37] + "...")


def _uint(token: str, lineno: int | None, what: str, maximum: int | None = None) -> int:
    # isascii()+isdigit() rather than int(): int() accepts '+5', '1_0', ' 7' and non-ASCII digits.
    if not (token.isascii() and token.isdigit()):
        raise SDPError(f"{what} must be a non-negative integer, got {_show(token)}", line=lineno)
    if len(token) > _MAX_DIGITS and len(token.lstrip("0")) > _MAX_DIGITS:
        raise SDPError(f"{what} is too large ({len(token)} digits)", line=lineno)
    value = int(token)
    if maximum is not None and value > maximum:
        raise SDPError(f"{what} must be at most {maximum}, got {value}", line=lineno)
    return value


def _need(value: str | None, lineno: int, name: str) -> str:
    if not value:
        raise SDPError(f"a={name} needs a value", line=lineno)
    return value


def _tokens(
    value: str, n: int, what: str, usage: str, fewest: int, most: int = -1, split: int = -1
) -> list[str]:
    # A line's value split on whitespace (into at most split + 1 tokens), refused with the
    # line's usage unless there are fewest to most (-1: any number) of them.
    tok = value.split(None, split)
    if len(tok) < fewest or 0 <= most < len(tok):
        raise SDPError(f"{what} needs '{usage}'", line=n)
    return tok


# --- attribute parsers: (value, raw line, lineno) -> Line ---------------------------------


def _candidate(value: str | None, raw: str, n: int) -> Line:
    return parse_candidate_value(_need(value, n, "candidate"), raw=raw, lineno=n)


def parse_candidate_value(
    value: str, *, raw: str | None = None, lineno: int | None = None
) -> Candidate:
    """Parse the part after ``candidate:`` into a :class:`Candidate`."""
    n = lineno
    tok = value.split()
    if len(tok) < 8 or tok[6] != "typ":
        raise SDPError(
            "a=candidate needs '<foundation> <component> <transport> <priority> "
            "<address> <port> typ <type>'",
            line=lineno,
        )
    related_address: str | None = None
    related_port: int | None = None
    extensions: list[tuple[str, str]] = []
    rest = tok[8:]
    if len(rest) % 2:
        raise SDPError(f"candidate extension {_show(rest[-1])} has no value", line=lineno)
    for i in range(0, len(rest), 2):
        key, val = rest[i], rest[i + 1]
        if key == "raddr" and related_address is None:
            related_address = val
        elif key == "rport" and related_port is None:
            related_port = _uint(val, n, "candidate rport", 65535)
        else:
            extensions.append((key, val))
    return Candidate(
        tok[0],
        _uint(tok[1], n, "candidate component", 256),
        tok[2],
        _uint(tok[3], n, "candidate priority", 2**32 - 1),
        tok[4],
        _uint(tok[5], n, "candidate port", 65535),
        tok[7],
        related_address,
        related_port,
        tuple(extensions),
        raw=raw,
        lineno=lineno,
    )


def _rtpmap(value: str | None, raw: str, n: int) -> Line:
    pt, _, encoding = _need(value, n, "rtpmap").partition(" ")
    parts = encoding.strip().split("/")
    if len(parts) < 2 or len(parts) > 3 or not parts[0]:
        raise SDPError("a=rtpmap needs '<payload type> <name>/<clock rate>[/<channels>]'", line=n)
    channels = _uint(parts[2], n, "rtpmap channels") if len(parts) == 3 else None
    return RtpMap(
        _uint(pt, n, "rtpmap payload type", 127),
        parts[0],
        _uint(parts[1], n, "rtpmap clock rate"),
        channels,
        raw=raw,
        lineno=n,
    )


def _fmtp(value: str | None, raw: str, n: int) -> Line:
    pt, _, params = _need(value, n, "fmtp").partition(" ")
    return Fmtp(_uint(pt, n, "fmtp payload type", 127), params, raw=raw, lineno=n)


def _rtcp_fb(value: str | None, raw: str, n: int) -> Line:
    usage = "<payload type|*> <type> [<subtype>]"
    tok = _tokens(_need(value, n, "rtcp-fb"), n, "a=rtcp-fb", usage, 2, split=2)
    if tok[0] != "*":
        _uint(tok[0], n, "rtcp-fb payload type", 127)
    return RtcpFb(tok[0], tok[1], tok[2] if len(tok) > 2 else None, raw=raw, lineno=n)


def _extmap(value: str | None, raw: str, n: int) -> Line:
    usage = "<id>[/<direction>] <uri>"
    tok = _tokens(_need(value, n, "extmap"), n, "a=extmap", usage, 2, split=2)
    ident, slash, direction = tok[0].partition("/")
    return ExtMap(
        _uint(ident, n, "extmap id", 65535),
        tok[1],
        direction if slash else None,
        tok[2] if len(tok) > 2 else None,
        raw=raw,
        lineno=n,
    )


def _ssrc(value: str | None, raw: str, n: int) -> Line:
    ssrc, _, rest = _need(value, n, "ssrc").partition(" ")
    attribute, colon, attr_value = rest.partition(":")
    return Ssrc(
        _uint(ssrc, n, "ssrc", 2**32 - 1),
        attribute,
        attr_value if colon else None,
        raw=raw,
        lineno=n,
    )


def _ssrc_group(value: str | None, raw: str, n: int) -> Line:
    tok = _tokens(_need(value, n, "ssrc-group"), n, "a=ssrc-group", "<semantics> <ssrc> ...", 1)
    ssrcs = tuple(_uint(t, n, "ssrc-group ssrc", 2**32 - 1) for t in tok[1:])
    return SsrcGroup(tok[0], ssrcs, raw=raw, lineno=n)


def _msid(value: str | None, raw: str, n: int) -> Line:
    tok = _tokens(_need(value, n, "msid"), n, "a=msid", "<stream id> [<track id>]", 1, 2)
    return Msid(tok[0], tok[1] if len(tok) > 1 else None, raw=raw, lineno=n)


def _group(value: str | None, raw: str, n: int) -> Line:
    tok = _tokens(_need(value, n, "group"), n, "a=group", "<semantics> [<mid> ...]", 1)
    return Group(tok[0], tuple(tok[1:]), raw=raw, lineno=n)


def _fingerprint(value: str | None, raw: str, n: int) -> Line:
    usage = "<hash function> <hex:pairs>"
    tok = _tokens(_need(value, n, "fingerprint"), n, "a=fingerprint", usage, 2, 2)
    return Fingerprint(tok[0], tok[1], raw=raw, lineno=n)


def _sctp_port(value: str | None, raw: str, n: int) -> Line:
    port = _uint(_need(value, n, "sctp-port").strip(), n, "a=sctp-port", 65535)
    return SctpPort(port, raw=raw, lineno=n)


def _max_message_size(value: str | None, raw: str, n: int) -> Line:
    size = _uint(_need(value, n, "max-message-size").strip(), n, "a=max-message-size")
    return MaxMessageSize(size, raw=raw, lineno=n)


def _sctpmap(value: str | None, raw: str, n: int) -> Line:
    usage = "<port> <protocol> [<streams>]"
    tok = _tokens(_need(value, n, "sctpmap"), n, "a=sctpmap", usage, 2, 3)
    streams = _uint(tok[2], n, "a=sctpmap streams") if len(tok) == 3 else None
    return Sctpmap(_uint(tok[0], n, "a=sctpmap port", 65535), tok[1], streams, raw=raw, lineno=n)


_ATTRIBUTES: dict[str, Callable[[str | None, str, int], Line]] = {
    "candidate": _candidate,
    "rtpmap": _rtpmap,
    "fmtp": _fmtp,
    "rtcp-fb": _rtcp_fb,
    "extmap": _extmap,
    "ssrc": _ssrc,
    "ssrc-group": _ssrc_group,
    "msid": _msid,
    "group": _group,
    "fingerprint": _fingerprint,
    "sctp-port": _sctp_port,
    "max-message-size": _max_message_size,
    "sctpmap": _sctpmap,
}


# --- other line types: (value, raw line, lineno) -> Line -----------------------------------


def _version(value: str, raw: str, n: int) -> Line:
    return VersionLine(_uint(value, n, "v= version"), raw=raw, lineno=n)


def _origin(value: str, raw: str, n: int) -> Line:
    usage = "<username> <session id> <version> <nettype> <addrtype> <address>"
    tok = _tokens(value, n, "o=", usage, 6, 6)
    version = _uint(tok[2], n, "o= session version")
    return OriginLine(tok[0], tok[1], version, tok[3], tok[4], tok[5], raw=raw, lineno=n)


def _session_name(value: str, raw: str, n: int) -> Line:
    return SessionNameLine(value, raw=raw, lineno=n)


def _timing(value: str, raw: str, n: int) -> Line:
    tok = _tokens(value, n, "t=", "<start> <stop>", 2, 2)
    return TimingLine(_uint(tok[0], n, "t= start"), _uint(tok[1], n, "t= stop"), raw=raw, lineno=n)


def _connection(value: str, raw: str, n: int) -> Line:
    tok = _tokens(value, n, "c=", "<nettype> <addrtype> <address>", 3, 3)
    return ConnectionLine(tok[0], tok[1], tok[2], raw=raw, lineno=n)


def _media(value: str, raw: str, n: int) -> Line:
    tok = _tokens(value, n, "m=", "<media> <port> <protocol> <format> ...", 3)
    port_s, slash, count_s = tok[1].partition("/")
    port = _uint(port_s, n, "m= port", 65535)
    count = _uint(count_s, n, "m= port count") if slash else None
    return MediaLine(tok[0], port, tok[2], tuple(tok[3:]), count, raw=raw, lineno=n)


_LINES: dict[str, Callable[[str, str, int], Line]] = {
    "v": _version,
    "o": _origin,
    "s": _session_name,
    "t": _timing,
    "c": _connection,
    "m": _media,
}


def _split(text: str) -> tuple[list[str], bool]:
    """Split into lines; also report whether the text was not already canonical CRLF."""
    normalised = False
    parts = text.split("\r\n")
    if text.count("\n") != len(parts) - 1:
        parts = text.replace("\r\n", "\n").split("\n")
        normalised = True
    if text.count("\r") != text.count("\r\n"):
        for i, part in enumerate(parts, 1):
            if "\r" in part:
                raise SDPError("stray carriage return inside the line", line=i)
    if parts[-1]:
        normalised = True  # no line break after the last line
    else:
        parts.pop()
    while parts and not parts[-1]:
        parts.pop()
        normalised = True
    return parts, normalised


def check_first_line(parts: list[str]) -> None:
    """Refuse a description whose first line is not ``v=``."""
    if parts[0][:2] != "v=":
        raise SDPError(
            f"the first line must be 'v=0' (got a line starting {parts[0][:8]!r})", line=1
        )


def line_kind(raw: str, n: int, in_media: bool, seen: set[str]) -> str:
    """The letter of a non-attribute line, checked where it stands; session lines go in ``seen``."""
    if len(raw) < 2 or raw[1] != "=" or not raw[0].isascii() or not raw[0].isalpha():
        if not raw:
            raise SDPError("empty line in the middle of the SDP", line=n)
        raise SDPError(f"expected '<letter>=<value>', got {_show(raw)}", line=n)
    kind = raw[0]
    if kind in _SESSION_ONLY:
        if in_media:
            raise SDPError(f"'{kind}=' belongs to the session part, not a media section", line=n)
        if kind in seen and kind in "vos":
            raise SDPError(f"duplicate '{kind}=' line", line=n)
        seen.add(kind)
    return kind


def check_session_complete(seen: set[str]) -> None:
    """Refuse a session part without its o=, s= or t= line (``seen`` from :func:`line_kind`)."""
    for kind, what in (("o", "origin"), ("s", "session name"), ("t", "timing")):
        if kind not in seen:
            raise SDPError(f"the session part has no '{kind}=' ({what}) line")


def check_text(text: object, what: str = "the SDP") -> str:
    """Refuse what is not SDP text before any work: not a str, empty, NUL, or too long."""
    if not isinstance(text, str):
        raise SDPError(f"{what} must be a str, got {type(text).__name__}")
    if len(text) > MAX_SDP_LENGTH:
        raise SDPError(
            f"{what} is {len(text):,} characters, more than the {MAX_SDP_LENGTH:,} accepted "
            "(real offers are a few KB)"
        )
    if not text.strip():
        raise SDPError(f"{what} is empty")
    if "\x00" in text:
        raise SDPError(f"{what} contains a NUL character")
    return text


def parse(text: str) -> SessionDescription:
    """Parse SDP text into a :class:`SessionDescription`, keeping every line in order.

    Raises :class:`SDPError` (with the line number) for anything malformed, and for text
    longer than :data:`MAX_SDP_LENGTH` before reading it.

    Example:
        >>> desc = parse("v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...              "m=audio 9 UDP/TLS/RTP/SAVPF 111\\r\\na=rtpmap:111 opus/48000/2\\r\\n")
        >>> desc.origin.session_version, desc.media[0].rtpmap[111].clock_rate
        (2, 48000)
    """
    check_text(text)
    parts, normalised = _split(text)
    check_first_line(parts)

    session: list[Line] = []
    media: list[MediaSection] = []
    current = session
    seen: set[str] = set()
    attributes = _ATTRIBUTES
    handlers = _LINES
    for n, raw in enumerate(parts, 1):
        if raw[:2] == "a=":
            # Split as _facts._gather does, inline in both: a call per a= line costs ~5% of a parse.
            colon = raw.find(":", 2)
            if colon < 0:
                name, value = raw[2:], None
            else:
                name, value = raw[2:colon], raw[colon + 1 :]
            if not name:
                raise SDPError("attribute line has no name", line=n)
            parser = attributes.get(name)
            line = (
                parser(value, raw, n)
                if parser is not None
                else Attribute(name, value, raw=raw, lineno=n)
            )
            current.append(line)
            continue
        kind = line_kind(raw, n, current is not session, seen)
        handler = handlers.get(kind)
        line = (
            handler(raw[2:], raw, n)
            if handler is not None
            else GenericLine(kind, raw[2:], raw=raw, lineno=n)
        )
        if kind == "m":
            current = [line]
            media.append(MediaSection(current))
        else:
            current.append(line)
    check_session_complete(seen)
    return SessionDescription(session, media, normalised)


def parse_candidate(text: str) -> Candidate:
    """Parse one trickle-ICE candidate (``candidate:...`` or ``a=candidate:...``).

    Example:
        >>> c = parse_candidate("candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host")
        >>> c.type, c.port
        ('host', 5000)
    """
    if not isinstance(text, str):
        raise SDPError(f"candidate must be a str, got {type(text).__name__}")
    if len(text) > MAX_SDP_LENGTH:
        raise SDPError(
            f"candidate is {len(text):,} characters, more than the {MAX_SDP_LENGTH:,} accepted"
        )
    body = text.strip()
    if body.startswith("a="):
        body = body[2:]
    if not body.startswith("candidate:"):
        raise SDPError(f"a candidate must start with 'candidate:', got {_show(body)}")
    return parse_candidate_value(body[len("candidate:") :])


# The line readers `_facts.scan` shares (with check_first_line, line_kind and
# check_session_complete above), so it reads every line exactly as `parse` does.
ATTRIBUTE_PARSERS = _ATTRIBUTES
LINE_PARSERS = _LINES
split_lines = _split
