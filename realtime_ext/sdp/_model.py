"""The parsed description: a session part and media sections, each an ordered list of lines.

Order is the source of truth (it is what makes exact round-trips possible); the
typed properties below are views over those lines, and their setters edit or
insert the matching line.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from .._exceptions import InvalidArgumentError, SDPError
from ._lines import (
    Attribute,
    Candidate,
    ConnectionLine,
    ExtMap,
    Fingerprint,
    Fmtp,
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

_L = TypeVar("_L", bound=Line)
_RtpLine = TypeVar("_RtpLine", RtpMap, Fmtp)

DIRECTIONS = ("sendrecv", "sendonly", "recvonly", "inactive")


def _all(lines: list[Line], cls: type[_L]) -> list[_L]:
    return [line for line in lines if isinstance(line, cls)]


def _first(lines: list[Line], cls: type[_L]) -> _L | None:
    for line in lines:
        if isinstance(line, cls):
            return line
    return None


def _required(lines: list[Line], cls: type[_L]) -> _L:
    # v=, o=, s= and t= are present in every parsed description (parse refuses one without).
    found = _first(lines, cls)
    assert found is not None
    return found


def _by_payload_type(lines: list[Line], cls: type[_RtpLine]) -> dict[int, _RtpLine]:
    out: dict[int, _RtpLine] = {}
    for line in lines:
        if isinstance(line, cls):
            out.setdefault(line.payload_type, line)
    return out


def _attr(lines: list[Line], name: str) -> Attribute | None:
    for line in lines:
        if isinstance(line, Attribute) and line.name == name:
            return line
    return None


def _attr_value(lines: list[Line], name: str) -> str | None:
    found = _attr(lines, name)
    return found.value if found is not None else None


def _set_attr(lines: list[Line], name: str, value: str | None, *, flag: bool = False) -> None:
    """Set, add or (value None and not flag) remove the first ``a=name`` line."""
    found = _attr(lines, name)
    if value is None and not flag:
        if found is not None:
            lines.remove(found)
        return
    if found is None:
        lines.append(Attribute(name, value))
    elif found.value != value:
        found.value = value


def _set_flag(lines: list[Line], name: str, on: bool) -> None:
    found = _attr(lines, name)
    if on and found is None:
        lines.append(Attribute(name, None))
    elif not on:
        lines[:] = [x for x in lines if not (isinstance(x, Attribute) and x.name == name)]


class _Level:
    # What the session level and each media section both carry, read and set alike: a
    # media section's own value overrides the session's (browsers put them in each section).
    __slots__ = ()
    lines: list[Line]

    @property
    def connection(self) -> ConnectionLine | None:
        """This level's ``c=`` line, or None (a section then relies on the session's)."""
        return _first(self.lines, ConnectionLine)

    @property
    def ice_ufrag(self) -> str | None:
        """This level's ``a=ice-ufrag`` (a media section's own, or the session's)."""
        return _attr_value(self.lines, "ice-ufrag")

    @ice_ufrag.setter
    def ice_ufrag(self, value: str | None) -> None:
        _set_attr(self.lines, "ice-ufrag", value)

    @property
    def ice_pwd(self) -> str | None:
        """This level's ``a=ice-pwd`` (a media section's own, or the session's)."""
        return _attr_value(self.lines, "ice-pwd")

    @ice_pwd.setter
    def ice_pwd(self, value: str | None) -> None:
        _set_attr(self.lines, "ice-pwd", value)

    @property
    def ice_options(self) -> list[str]:
        """This level's ``a=ice-options`` tokens, e.g. ``['trickle']``."""
        return (_attr_value(self.lines, "ice-options") or "").split()

    @property
    def fingerprints(self) -> list[Fingerprint]:
        """This level's ``a=fingerprint`` lines (DTLS certificate hashes)."""
        return _all(self.lines, Fingerprint)

    @property
    def setup(self) -> str | None:
        """This level's DTLS role: ``actpass``, ``active``, ``passive`` (or None; rare at
        the session level)."""
        return _attr_value(self.lines, "setup")

    @setup.setter
    def setup(self, value: str | None) -> None:
        _set_attr(self.lines, "setup", value)


@attrs.define
class MediaSection(_Level):
    """One ``m=`` section; ``lines[0]`` is its :class:`MediaLine`.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> desc = parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        ...              "m=audio 9 UDP/TLS/RTP/SAVPF 111\\r\\na=mid:0\\r\\n"
        ...              "a=rtpmap:111 opus/48000/2\\r\\n")
        >>> m = desc.media[0]
        >>> m.kind, m.port, m.mid, m.rtpmap[111].encoding_name
        ('audio', 9, '0', 'opus')
    """

    lines: list[Line]

    @property
    def media_line(self) -> MediaLine:
        """The ``m=`` line itself."""
        first = self.lines[0]
        assert isinstance(first, MediaLine)
        return first

    @property
    def lineno(self) -> int | None:
        """1-based line number of the ``m=`` line in the parsed text."""
        return self.lines[0].lineno

    @property
    def kind(self) -> str:
        """``audio``, ``video``, ``application`` or whatever the peer sent."""
        return self.media_line.kind

    @property
    def port(self) -> int:
        """The ``m=`` line's port (0 declines the section unless ``a=bundle-only``)."""
        return self.media_line.port

    @port.setter
    def port(self, value: int) -> None:
        self.media_line.port = value

    @property
    def protocol(self) -> str:
        """The ``m=`` line's transport, e.g. ``UDP/TLS/RTP/SAVPF`` or ``UDP/DTLS/SCTP``."""
        return self.media_line.protocol

    @property
    def formats(self) -> tuple[str, ...]:
        """Payload types (or ``webrtc-datachannel``) in the peer's preference order."""
        return self.media_line.formats

    @formats.setter
    def formats(self, value: tuple[str, ...]) -> None:
        self.media_line.formats = tuple(value)

    @property
    def mid(self) -> str | None:
        """``a=mid``: the section's identification tag (what BUNDLE groups name)."""
        return _attr_value(self.lines, "mid")

    @mid.setter
    def mid(self, value: str | None) -> None:
        _set_attr(self.lines, "mid", value)

    @property
    def direction(self) -> str | None:
        """The section's direction attribute, or None when absent (which means sendrecv)."""
        for line in self.lines:
            if isinstance(line, Attribute) and line.name in DIRECTIONS:
                return line.name
        return None

    @direction.setter
    def direction(self, value: str) -> None:
        if value not in DIRECTIONS:
            raise InvalidArgumentError(
                f"direction must be one of {', '.join(DIRECTIONS)}, not {value!r}"
            )
        for line in self.lines:
            if isinstance(line, Attribute) and line.name in DIRECTIONS:
                line.name = value
                return
        self.lines.append(Attribute(value, None))

    @property
    def rtcp_mux(self) -> bool:
        """Whether ``a=rtcp-mux`` is present (RTP and RTCP on one port)."""
        return _attr(self.lines, "rtcp-mux") is not None

    @rtcp_mux.setter
    def rtcp_mux(self, on: bool) -> None:
        _set_flag(self.lines, "rtcp-mux", on)

    @property
    def bundle_only(self) -> bool:
        """Whether ``a=bundle-only`` is present (port 0 then does not decline)."""
        return _attr(self.lines, "bundle-only") is not None

    @property
    def rejected(self) -> bool:
        """Port 0 without ``a=bundle-only``: the section is declined or stopped."""
        return self.port == 0 and not self.bundle_only

    @property
    def candidates(self) -> list[Candidate]:
        """The section's ``a=candidate`` lines, in order."""
        return _all(self.lines, Candidate)

    @property
    def end_of_candidates(self) -> bool:
        """Whether ``a=end-of-candidates`` is present (no more trickled candidates)."""
        return _attr(self.lines, "end-of-candidates") is not None

    @property
    def rtpmap(self) -> dict[int, RtpMap]:
        """``a=rtpmap`` lines by payload type (the first wins on duplicates)."""
        return _by_payload_type(self.lines, RtpMap)

    @property
    def fmtp(self) -> dict[int, Fmtp]:
        """``a=fmtp`` lines by payload type (the first wins on duplicates)."""
        return _by_payload_type(self.lines, Fmtp)

    @property
    def rtcp_fb(self) -> dict[str, list[RtcpFb]]:
        """``a=rtcp-fb`` lines grouped by payload type string (``"*"`` for wildcard)."""
        out: dict[str, list[RtcpFb]] = {}
        for line in self.lines:
            if isinstance(line, RtcpFb):
                out.setdefault(line.payload_type, []).append(line)
        return out

    @property
    def extmaps(self) -> list[ExtMap]:
        """The section's ``a=extmap`` lines (RTP header extensions)."""
        return _all(self.lines, ExtMap)

    @property
    def ssrcs(self) -> list[Ssrc]:
        """The section's ``a=ssrc`` lines."""
        return _all(self.lines, Ssrc)

    @property
    def ssrc_groups(self) -> list[SsrcGroup]:
        """The section's ``a=ssrc-group`` lines."""
        return _all(self.lines, SsrcGroup)

    @property
    def msids(self) -> list[Msid]:
        """The section's ``a=msid`` lines (media stream and track ids)."""
        return _all(self.lines, Msid)

    @property
    def sctp_port(self) -> int | None:
        """``a=sctp-port``, falling back to the legacy ``a=sctpmap`` port."""
        found = _first(self.lines, SctpPort)
        if found is not None:
            return found.port
        legacy = _first(self.lines, Sctpmap)
        return legacy.port if legacy is not None else None

    @property
    def max_message_size(self) -> int | None:
        """``a=max-message-size`` of a data channel section, or None."""
        found = _first(self.lines, MaxMessageSize)
        return found.size if found is not None else None

    def attributes(self, name: str) -> list[Attribute]:
        """Every generic ``a=name`` line (those without a dedicated class)."""
        return [x for x in self.lines if isinstance(x, Attribute) and x.name == name]


def _no_media() -> list[MediaSection]:
    return []


@attrs.define
class SessionDescription(_Level):
    """A parsed SDP: session-level ``lines`` (``lines[0]`` is ``v=``) and ``media`` sections.

    ``normalised`` is True when the input was not already canonical (LF-only or
    mixed line endings, no final line break, or trailing blank lines); the
    description then serialises to the canonical CRLF form rather than the
    exact input.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> desc = parse("v=0\\no=- 1 1 IN IP4 0.0.0.0\\ns=-\\nt=0 0\\na=group:BUNDLE 0\\n")
        >>> desc.bundle, desc.normalised
        (['0'], True)
        >>> desc.to_sdp()
        'v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\na=group:BUNDLE 0\\r\\n'
    """

    lines: list[Line]
    media: list[MediaSection] = attrs.field(factory=_no_media)
    normalised: bool = False

    @property
    def version(self) -> int:
        """The ``v=`` line's protocol version (always 0 in practice)."""
        return _required(self.lines, VersionLine).version

    @property
    def origin(self) -> OriginLine:
        """The ``o=`` line."""
        return _required(self.lines, OriginLine)

    @property
    def session_name(self) -> str:
        """The ``s=`` line's text (``-`` from browsers)."""
        return _required(self.lines, SessionNameLine).name

    @property
    def timing(self) -> TimingLine:
        """The ``t=`` line."""
        return _required(self.lines, TimingLine)

    @property
    def groups(self) -> list[Group]:
        """Every ``a=group`` line (BUNDLE, LS, ...)."""
        return _all(self.lines, Group)

    @property
    def bundle(self) -> list[str]:
        """Mids of the first ``a=group:BUNDLE`` (empty when not bundled)."""
        for group in self.groups:
            if group.semantics == "BUNDLE":
                return list(group.mids)
        return []

    @property
    def ice_lite(self) -> bool:
        """Whether the session declares ``a=ice-lite``."""
        return _attr(self.lines, "ice-lite") is not None

    def all_lines(self) -> list[Line]:
        """Every line in document order.

        Example:
            >>> from realtime_ext.sdp import parse, sample_offer
            >>> lines = parse(sample_offer()).all_lines()
            >>> [line.to_sdp() for line in lines] == sample_offer().splitlines()
            True
        """
        out = list(self.lines)
        for section in self.media:
            out.extend(section.lines)
        return out

    def to_sdp(self) -> str:
        """Serialise with CRLF line endings (see :func:`realtime_ext.sdp.serialise`)."""
        return serialise(self)

    def __str__(self) -> str:
        return self.to_sdp()


def described(desc: object, fn: str) -> SessionDescription:
    """``desc`` when it is a :class:`SessionDescription`; an :class:`SDPError` saying to parse
    the text first otherwise (a str or anything else had no ``lines`` to read).

    Example:
        >>> described("v=0", "summary")
        Traceback (most recent call last):
        ...
        realtime_ext.SDPError: summary() takes a SessionDescription, not str: parse the text \
first (realtime_ext.sdp.parse)
    """
    if not isinstance(desc, SessionDescription):
        raise SDPError(
            f"{fn}() takes a SessionDescription, not {type(desc).__name__}: parse the text "
            "first (realtime_ext.sdp.parse)"
        )
    return desc


def serialise(desc: SessionDescription) -> str:
    """SDP text with CRLF after every line; untouched lines come out exactly as parsed.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> text = "v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        >>> serialise(parse(text)) == text
        True
    """
    desc = described(desc, "serialise")
    out = [line.to_sdp() for line in desc.lines]
    for section in desc.media:
        out.extend([line.to_sdp() for line in section.lines])
    out.append("")
    return "\r\n".join(out)
