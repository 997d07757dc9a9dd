"""One attrs class per kind of SDP line the parser models.

Every line remembers the exact text it was parsed from (``raw``) so that an
untouched description serialises byte for byte; assigning any field drops
``raw`` and the line is then rebuilt from its fields.  Sequence fields are
tuples so that every edit goes through attribute assignment.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

_UNTRACKED = frozenset({"raw", "lineno"})


def _invalidate(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> Any:
    # Editing a field makes the remembered text stale; serialise from fields instead.
    if attribute.name not in _UNTRACKED:
        object.__setattr__(inst, "raw", None)
    return value


def _opt(separator: str, value: object) -> str:
    # An optional trailing field: written after its separator, or nothing when absent.
    return "" if value is None else f"{separator}{value}"


@attrs.define(on_setattr=_invalidate)
class Line:
    """Base of every SDP line: ``raw`` text (None once edited) and 1-based ``lineno``.

    Example:
        >>> GenericLine("b", "AS:30").to_sdp()
        'b=AS:30'
    """

    raw: str | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)
    lineno: int | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)

    def to_sdp(self) -> str:
        """The line's text without the trailing CRLF."""
        raw = self.raw
        return raw if raw is not None else self.format()

    def format(self) -> str:
        """Rebuild the line's text from its fields."""
        raise NotImplementedError


@attrs.define(on_setattr=_invalidate)
class GenericLine(Line):
    """A non-attribute line the parser keeps verbatim (``i=``, ``b=``, ``k=`` ...).

    Example:
        >>> GenericLine("i", "A call").to_sdp()
        'i=A call'
    """

    type: str
    value: str

    def format(self) -> str:
        return f"{self.type}={self.value}"


@attrs.define(on_setattr=_invalidate)
class VersionLine(Line):
    """``v=0``.

    Example:
        >>> VersionLine(0).to_sdp()
        'v=0'
    """

    version: int

    def format(self) -> str:
        return f"v={self.version}"


@attrs.define(on_setattr=_invalidate)
class OriginLine(Line):
    """``o=<username> <sess-id> <sess-version> <nettype> <addrtype> <address>``.

    Example:
        >>> OriginLine("-", "42", 2, "IN", "IP4", "127.0.0.1").to_sdp()
        'o=- 42 2 IN IP4 127.0.0.1'
    """

    username: str
    session_id: str
    session_version: int
    net_type: str
    addr_type: str
    address: str

    def format(self) -> str:
        return (
            f"o={self.username} {self.session_id} {self.session_version} "
            f"{self.net_type} {self.addr_type} {self.address}"
        )


@attrs.define(on_setattr=_invalidate)
class SessionNameLine(Line):
    """``s=<name>`` (browsers send ``s=-``).

    Example:
        >>> SessionNameLine("-").to_sdp()
        's=-'
    """

    name: str

    def format(self) -> str:
        return f"s={self.name}"


@attrs.define(on_setattr=_invalidate)
class TimingLine(Line):
    """``t=<start> <stop>`` (``t=0 0`` for WebRTC).

    Example:
        >>> TimingLine(0, 0).to_sdp()
        't=0 0'
    """

    start: int
    stop: int

    def format(self) -> str:
        return f"t={self.start} {self.stop}"


@attrs.define(on_setattr=_invalidate)
class ConnectionLine(Line):
    """``c=<nettype> <addrtype> <address>``.

    Example:
        >>> ConnectionLine("IN", "IP4", "0.0.0.0").to_sdp()
        'c=IN IP4 0.0.0.0'
    """

    net_type: str
    addr_type: str
    address: str

    def format(self) -> str:
        return f"c={self.net_type} {self.addr_type} {self.address}"


@attrs.define(on_setattr=_invalidate)
class MediaLine(Line):
    """``m=<kind> <port>[/<count>] <protocol> <fmt> ...``; opens a media section.

    Example:
        >>> MediaLine("audio", 9, "UDP/TLS/RTP/SAVPF", ("111", "0")).to_sdp()
        'm=audio 9 UDP/TLS/RTP/SAVPF 111 0'
    """

    kind: str
    port: int
    protocol: str
    formats: tuple[str, ...]
    port_count: int | None = None

    def format(self) -> str:
        port = f"{self.port}{_opt('/', self.port_count)}"
        return " ".join((f"m={self.kind}", port, self.protocol, *self.formats))


@attrs.define(on_setattr=_invalidate)
class Attribute(Line):
    """Any ``a=<name>[:<value>]`` line without a dedicated class (mid, setup, ice-ufrag ...).

    ``value`` is None for flag attributes such as ``a=rtcp-mux``.

    Example:
        >>> Attribute("mid", "0").to_sdp(), Attribute("rtcp-mux", None).to_sdp()
        ('a=mid:0', 'a=rtcp-mux')
    """

    name: str
    value: str | None = None

    def format(self) -> str:
        return f"a={self.name}" if self.value is None else f"a={self.name}:{self.value}"


@attrs.define(on_setattr=_invalidate)
class Group(Line):
    """``a=group:<semantics> <mid> ...`` such as ``a=group:BUNDLE 0 1``.

    Example:
        >>> Group("BUNDLE", ("0", "1")).to_sdp()
        'a=group:BUNDLE 0 1'
    """

    NAME: ClassVar[str] = "group"
    semantics: str
    mids: tuple[str, ...] = ()

    def format(self) -> str:
        return " ".join((f"a=group:{self.semantics}", *self.mids))


@attrs.define(on_setattr=_invalidate)
class Fingerprint(Line):
    """``a=fingerprint:<hash> <hex:pairs>``: the DTLS certificate fingerprint.

    Example:
        >>> Fingerprint("sha-256", "AB:CD").to_sdp()
        'a=fingerprint:sha-256 AB:CD'
    """

    NAME: ClassVar[str] = "fingerprint"
    hash_function: str
    value: str

    def format(self) -> str:
        return f"a=fingerprint:{self.hash_function} {self.value}"


@attrs.define(on_setattr=_invalidate)
class Candidate(Line):
    """``a=candidate:...``: one ICE candidate (RFC 8839), extensions kept in order.

    Example:
        >>> c = Candidate("1", 1, "udp", 2122260223, "192.0.2.1", 5000, "host")
        >>> c.to_sdp()
        'a=candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host'
        >>> c.candidate_string()
        'candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host'
    """

    NAME: ClassVar[str] = "candidate"
    foundation: str
    component: int
    transport: str
    priority: int
    address: str
    port: int
    type: str
    related_address: str | None = None
    related_port: int | None = None
    extensions: tuple[tuple[str, str], ...] = ()

    def format(self) -> str:
        return "a=" + self.candidate_string()

    def candidate_string(self) -> str:
        """The ``candidate:...`` form used by trickle ICE (no ``a=``)."""
        raw = self.raw
        if raw is not None:
            return raw[2:]
        parts = [
            f"candidate:{self.foundation}",
            str(self.component),
            self.transport,
            str(self.priority),
            self.address,
            str(self.port),
            "typ",
            self.type,
        ]
        if self.related_address is not None:
            parts += ("raddr", self.related_address)
        if self.related_port is not None:
            parts += ("rport", str(self.related_port))
        for key, value in self.extensions:
            parts += (key, value)
        return " ".join(parts)


@attrs.define(on_setattr=_invalidate)
class RtpMap(Line):
    """``a=rtpmap:<pt> <name>/<clock>[/<channels>]``.

    Example:
        >>> RtpMap(111, "opus", 48000, 2).to_sdp()
        'a=rtpmap:111 opus/48000/2'
    """

    NAME: ClassVar[str] = "rtpmap"
    payload_type: int
    encoding_name: str
    clock_rate: int
    channels: int | None = None

    def format(self) -> str:
        tail = _opt("/", self.channels)
        return f"a=rtpmap:{self.payload_type} {self.encoding_name}/{self.clock_rate}{tail}"


@attrs.define(on_setattr=_invalidate)
class Fmtp(Line):
    """``a=fmtp:<pt> <parameters>``; ``params`` gives the ``k=v;k=v`` form as a dict.

    Example:
        >>> f = Fmtp(111, "minptime=10;useinbandfec=1")
        >>> f.params
        {'minptime': '10', 'useinbandfec': '1'}
    """

    NAME: ClassVar[str] = "fmtp"
    payload_type: int
    parameters: str

    @property
    def params(self) -> dict[str, str | None]:
        """Parameters split on ``;`` and ``=``; a bare token (``0-15``) maps to None."""
        out: dict[str, str | None] = {}
        for item in self.parameters.split(";"):
            item = item.strip()
            if not item:
                continue
            key, sep, value = item.partition("=")
            out[key.strip()] = value.strip() if sep else None
        return out

    def format(self) -> str:
        return f"a=fmtp:{self.payload_type} {self.parameters}"


@attrs.define(on_setattr=_invalidate)
class RtcpFb(Line):
    """``a=rtcp-fb:<pt|*> <type> [<subtype>]`` such as ``a=rtcp-fb:96 nack pli``.

    Example:
        >>> RtcpFb("96", "nack", "pli").to_sdp()
        'a=rtcp-fb:96 nack pli'
    """

    NAME: ClassVar[str] = "rtcp-fb"
    payload_type: str
    type: str
    subtype: str | None = None

    def format(self) -> str:
        return f"a=rtcp-fb:{self.payload_type} {self.type}{_opt(' ', self.subtype)}"


@attrs.define(on_setattr=_invalidate)
class ExtMap(Line):
    """``a=extmap:<id>[/<direction>] <uri> [<attributes>]``.

    Example:
        >>> ExtMap(1, "urn:ietf:params:rtp-hdrext:ssrc-audio-level").to_sdp()
        'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level'
    """

    NAME: ClassVar[str] = "extmap"
    id: int
    uri: str
    direction: str | None = None
    extension_attributes: str | None = None

    def format(self) -> str:
        ident = f"{self.id}{_opt('/', self.direction)}"
        return f"a=extmap:{ident} {self.uri}{_opt(' ', self.extension_attributes)}"


@attrs.define(on_setattr=_invalidate)
class Ssrc(Line):
    """``a=ssrc:<ssrc> <attribute>[:<value>]`` such as ``a=ssrc:1 cname:abc``.

    Example:
        >>> Ssrc(1, "cname", "abc").to_sdp()
        'a=ssrc:1 cname:abc'
    """

    NAME: ClassVar[str] = "ssrc"
    ssrc: int
    attribute: str
    value: str | None = None

    def format(self) -> str:
        return f"a=ssrc:{self.ssrc} {self.attribute}{_opt(':', self.value)}"


@attrs.define(on_setattr=_invalidate)
class SsrcGroup(Line):
    """``a=ssrc-group:<semantics> <ssrc> ...`` such as ``a=ssrc-group:FID 1 2``.

    Example:
        >>> SsrcGroup("FID", (1, 2)).to_sdp()
        'a=ssrc-group:FID 1 2'
    """

    NAME: ClassVar[str] = "ssrc-group"
    semantics: str
    ssrcs: tuple[int, ...] = ()

    def format(self) -> str:
        return " ".join((f"a=ssrc-group:{self.semantics}", *map(str, self.ssrcs)))


@attrs.define(on_setattr=_invalidate)
class Msid(Line):
    """``a=msid:<stream-id> [<track-id>]``.

    Example:
        >>> Msid("stream", "track").to_sdp()
        'a=msid:stream track'
    """

    NAME: ClassVar[str] = "msid"
    stream_id: str
    track_id: str | None = None

    def format(self) -> str:
        return f"a=msid:{self.stream_id}{_opt(' ', self.track_id)}"


@attrs.define(on_setattr=_invalidate)
class SctpPort(Line):
    """``a=sctp-port:<port>`` of a data-channel section.

    Example:
        >>> SctpPort(5000).to_sdp()
        'a=sctp-port:5000'
    """

    NAME: ClassVar[str] = "sctp-port"
    port: int

    def format(self) -> str:
        return f"a=sctp-port:{self.port}"


@attrs.define(on_setattr=_invalidate)
class MaxMessageSize(Line):
    """``a=max-message-size:<bytes>`` of a data-channel section (0 means no limit).

    Example:
        >>> MaxMessageSize(262144).to_sdp()
        'a=max-message-size:262144'
    """

    NAME: ClassVar[str] = "max-message-size"
    size: int

    def format(self) -> str:
        return f"a=max-message-size:{self.size}"


@attrs.define(on_setattr=_invalidate)
class Sctpmap(Line):
    """Legacy ``a=sctpmap:<port> <protocol> [<streams>]`` (pre-RFC 8841 data channels).

    Example:
        >>> Sctpmap(5000, "webrtc-datachannel", 1024).to_sdp()
        'a=sctpmap:5000 webrtc-datachannel 1024'
    """

    NAME: ClassVar[str] = "sctpmap"
    port: int
    protocol: str
    streams: int | None = None

    def format(self) -> str:
        return f"a=sctpmap:{self.port} {self.protocol}{_opt(' ', self.streams)}"
