"""Read-only questions people ask of a description: codecs, data channel, candidates."""

from __future__ import annotations

import attrs

from realtime_ext._exceptions import InvalidArgumentError

from ._lines import Candidate
from ._model import MediaSection, SessionDescription


def _parsed(desc: object, name: str) -> SessionDescription:
    """``desc`` if it is a parsed description: these read one (``parse`` makes it)."""
    if not isinstance(desc, SessionDescription):
        raise InvalidArgumentError(
            f"{name}() takes a parsed SDP (realtime_ext.sdp.parse(text)), got {type(desc).__name__}"
        )
    return desc


# RFC 3551 static payload types a peer may use without an a=rtpmap line.
STATIC_PAYLOAD_TYPES: dict[int, tuple[str, int]] = {
    0: ("PCMU", 8000),
    3: ("GSM", 8000),
    4: ("G723", 8000),
    8: ("PCMA", 8000),
    9: ("G722", 8000),
    13: ("CN", 8000),
    18: ("G729", 8000),
}


def _no_parameters() -> dict[str, str | None]:
    return {}


@attrs.define
class Codec:
    """One payload type of a media section with its rtpmap, fmtp and rtcp-fb joined up.

    Example:
        >>> Codec(111, "opus", 48000, 2).mime_type("audio")
        'audio/opus'
    """

    payload_type: int
    name: str
    clock_rate: int
    channels: int | None = None
    parameters: dict[str, str | None] = attrs.field(factory=_no_parameters)
    feedback: tuple[str, ...] = ()

    def mime_type(self, kind: str) -> str:
        """``<kind>/<name>``, e.g. ``audio/opus``."""
        return f"{kind}/{self.name}"


def codecs(section: MediaSection) -> list[Codec]:
    """Codecs of one section in the m= line's preference order.

    Payload types with neither an rtpmap nor a static assignment are skipped.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 RTP/AVP 0 8\\r\\n")
        >>> [c.name for c in codecs(d.media[0])]
        ['PCMU', 'PCMA']
    """
    rtpmap = section.rtpmap
    fmtp = section.fmtp
    feedback = section.rtcp_fb
    wildcard = [fb.to_sdp().split(" ", 1)[1] for fb in feedback.get("*", [])]
    out: list[Codec] = []
    for fmt in section.formats:
        if not (fmt.isascii() and fmt.isdigit()) or len(fmt) > 3:
            continue  # payload types are 0-127; longer digit runs name nothing
        pt = int(fmt)
        mapped = rtpmap.get(pt)
        if mapped is not None:
            name, rate, channels = mapped.encoding_name, mapped.clock_rate, mapped.channels
        elif pt in STATIC_PAYLOAD_TYPES:
            (name, rate), channels = STATIC_PAYLOAD_TYPES[pt], None
        else:
            continue
        params = fmtp[pt].params if pt in fmtp else {}
        fbs = [fb.to_sdp().split(" ", 1)[1] for fb in feedback.get(fmt, [])]
        out.append(Codec(pt, name, rate, channels, params, tuple(fbs + wildcard)))
    return out


def audio_section(desc: SessionDescription) -> MediaSection | None:
    """The first audio section that is not rejected (port 0), if any."""
    for section in desc.media:
        if section.kind == "audio" and not section.rejected:
            return section
    return None


def audio_codecs(desc: SessionDescription) -> list[Codec]:
    """Audio codecs of the first live audio section, most preferred first.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 UDP/TLS/RTP/SAVPF 111 0\\r\\na=rtpmap:111 opus/48000/2\\r\\n")
        >>> [c.name for c in audio_codecs(d)]
        ['opus', 'PCMU']
    """
    section = audio_section(_parsed(desc, "audio_codecs"))
    return codecs(section) if section is not None else []


def data_channel_section(desc: SessionDescription) -> MediaSection | None:
    """The live SCTP ``m=application`` section carrying WebRTC data channels, if any."""
    for section in desc.media:
        if section.kind == "application" and "SCTP" in section.protocol and not section.rejected:
            return section
    return None


def has_data_channel(desc: SessionDescription) -> bool:
    """Whether a (non-rejected) SCTP data channel section is offered.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\\r\\n")
        >>> has_data_channel(d)
        True
    """
    return data_channel_section(_parsed(desc, "has_data_channel")) is not None


def candidates(desc: SessionDescription, type: str | None = None) -> list[Candidate]:
    """Every candidate in document order, optionally only one ``typ`` (host, srflx ...).

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 RTP/AVP 0\\r\\n"
        ...           "a=candidate:1 1 udp 1 192.0.2.1 5000 typ host\\r\\n")
        >>> [c.address for c in candidates(d, "host")]
        ['192.0.2.1']
    """
    if type is not None and not isinstance(type, str):
        raise InvalidArgumentError(f"type must be a candidate type (host, srflx...), got {type!r}")
    out = [c for section in _parsed(desc, "candidates").media for c in section.candidates]
    return out if type is None else [c for c in out if c.type == type]


def candidates_by_type(desc: SessionDescription) -> dict[str, list[Candidate]]:
    """Candidates grouped by ``typ`` (``host``, ``srflx``, ``prflx``, ``relay`` or others).

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")
        >>> candidates_by_type(d)
        {}
    """
    out: dict[str, list[Candidate]] = {}
    for cand in candidates(desc):
        out.setdefault(cand.type, []).append(cand)
    return out


def setup_role(desc: SessionDescription) -> str | None:
    """The DTLS ``a=setup`` role of the first section that has one (else session-level).

    Example:
        >>> from realtime_ext.sdp import parse, sample_offer
        >>> setup_role(parse(sample_offer()))
        'actpass'
    """
    for section in _parsed(desc, "setup_role").media:
        if section.setup is not None:
            return section.setup
    return desc.setup


def guess_type(desc: SessionDescription) -> str | None:
    """``offer`` for setup actpass, ``answer`` for active/passive, else None."""
    role = setup_role(desc)
    if role == "actpass":
        return "offer"
    if role in ("active", "passive"):
        return "answer"
    return None
