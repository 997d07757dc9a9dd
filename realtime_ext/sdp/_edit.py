"""Edits people make to a description before sending it. Each edits in place and returns it."""

from __future__ import annotations

from .._exceptions import InvalidArgumentError, SDPError
from .._redact import short_repr
from ._inspect import codecs
from ._lines import Fmtp, Line, RtcpFb, RtpMap
from ._model import MediaSection, SessionDescription, described


def _pt_key(line: Line) -> str | None:
    if isinstance(line, (RtpMap, Fmtp)):
        return str(line.payload_type)
    if isinstance(line, RtcpFb) and line.payload_type != "*":
        return line.payload_type
    return None


def _prefer_in_section(section: MediaSection, wanted: str) -> bool:
    known = codecs(section)
    first = [str(c.payload_type) for c in known if c.name.lower() == wanted]
    if not first:
        return False
    # Retransmission streams (rtx apt=<pt>) travel with their primary codec.
    rtx = [
        str(c.payload_type)
        for c in known
        if c.name.lower() == "rtx" and c.parameters.get("apt") in first
    ]
    moved = set(first) | set(rtx)
    formats = section.formats
    new = tuple(f for f in formats if f in moved) + tuple(f for f in formats if f not in moved)
    if new == formats:
        return True
    section.formats = new
    # Keep rtpmap/fmtp/rtcp-fb lines in the same order as the m= line, in the slots they used.
    rank = {pt: i for i, pt in enumerate(new)}
    slots = [i for i, line in enumerate(section.lines) if _pt_key(line) is not None]
    ordered = sorted(
        (section.lines[i] for i in slots),
        key=lambda line: rank.get(_pt_key(line) or "", len(rank)),
    )
    for slot, line in zip(slots, ordered, strict=True):
        section.lines[slot] = line
    return True


def prefer_codec(desc: SessionDescription, name: str, kind: str = "audio") -> SessionDescription:
    """Move codec ``name`` (case-insensitive) to the front of every ``kind`` section.

    The m= format list, and the rtpmap/fmtp/rtcp-fb lines that describe it, are
    reordered together; rtx payloads follow their primary codec.  Raises
    :class:`SDPError` when no ``kind`` section offers the codec.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 UDP/TLS/RTP/SAVPF 111 0\\r\\na=rtpmap:111 opus/48000/2\\r\\n"
        ...           "a=rtpmap:0 PCMU/8000\\r\\n")
        >>> prefer_codec(d, "pcmu").media[0].formats
        ('0', '111')
    """
    desc = described(desc, "prefer_codec")
    for keyword, value in (("name", name), ("kind", kind)):
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(
                f"prefer_codec(): {keyword} must be a non-empty string, got {short_repr(value)}"
            )
    wanted = name.lower()
    sections = [m for m in desc.media if m.kind == kind]
    found = [_prefer_in_section(m, wanted) for m in sections]
    if not any(found):
        offered = sorted({c.name for m in sections for c in codecs(m)})
        raise SDPError(
            f"codec {name!r} is not offered in any {kind} section "
            f"(offered: {', '.join(offered) or 'none'})"
        )
    return desc
