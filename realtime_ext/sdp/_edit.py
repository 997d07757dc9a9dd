"""Edits people make to a description before sending it. Each edits in place and returns it."""

from __future__ import annotations

from collections.abc import Iterable

from .._exceptions import SDPError
from ._inspect import codecs
from ._lines import Attribute, Candidate, Fmtp, Line, RtcpFb, RtpMap
from ._model import MediaSection, SessionDescription
from ._parse import parse_candidate


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


def strip_candidates(
    desc: SessionDescription, types: Iterable[str] | None = None
) -> SessionDescription:
    """Remove ICE candidates (all, or only the given ``typ`` values).

    Removing all of them also drops ``a=end-of-candidates``.

    Example:
        >>> from realtime_ext.sdp import parse, candidates
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 RTP/AVP 0\\r\\n"
        ...           "a=candidate:1 1 udp 1 192.0.2.1 5000 typ host\\r\\n")
        >>> candidates(strip_candidates(d))
        []
    """
    only = set(types) if types is not None else None
    for section in desc.media:
        kept: list[Line] = []
        for line in section.lines:
            if isinstance(line, Candidate) and (only is None or line.type in only):
                continue
            if only is None and isinstance(line, Attribute) and line.name == "end-of-candidates":
                continue
            kept.append(line)
        section.lines[:] = kept
    return desc


def add_candidates(
    desc: SessionDescription,
    new: Iterable[Candidate | str],
    *,
    mid: str | None = None,
    end_of_candidates: bool = True,
) -> SessionDescription:
    """Append candidates to one section (by ``mid``, default the first), for non-trickle flows.

    Strings may be ``candidate:...`` or ``a=candidate:...``.  With
    ``end_of_candidates`` (the default) the section gets ``a=end-of-candidates``
    after the last candidate.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> d = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...           "m=audio 9 RTP/AVP 0\\r\\na=mid:0\\r\\n")
        >>> _ = add_candidates(d, ["candidate:1 1 udp 1 192.0.2.1 5000 typ host"])
        >>> d.to_sdp().splitlines()[-2:]
        ['a=candidate:1 1 udp 1 192.0.2.1 5000 typ host', 'a=end-of-candidates']
    """
    if not desc.media:
        raise SDPError("cannot add candidates: the SDP has no media sections")
    if mid is None:
        section = desc.media[0]
    else:
        matches = [m for m in desc.media if m.mid == mid]
        if not matches:
            mids = ", ".join(repr(m.mid) for m in desc.media)
            raise SDPError(f"no media section has mid {mid!r} (mids: {mids})")
        section = matches[0]
    parsed = [c if isinstance(c, Candidate) else parse_candidate(c) for c in new]
    lines = section.lines
    eoc = [
        i for i, x in enumerate(lines) if isinstance(x, Attribute) and x.name == "end-of-candidates"
    ]
    last = [i for i, x in enumerate(lines) if isinstance(x, Candidate)]
    if eoc:
        at = eoc[0]
    elif last:
        at = last[-1] + 1
    else:
        at = len(lines)
    lines[at:at] = parsed
    if end_of_candidates and not eoc:
        lines.insert(at + len(parsed), Attribute("end-of-candidates", None))
    return desc
