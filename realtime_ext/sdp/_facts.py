"""What the offer/answer checks read, gathered in one linear pass from text or a parsed model.

``validate_offer`` and ``calls.create`` answer the same questions (is there a usable audio
codec, ICE credentials and a DTLS fingerprint for every live section, the right setup role);
the answers need a handful of attributes per section, not the full model. :func:`scan`
reads them straight from the text while checking every line exactly as :func:`parse` does
(same errors, same line numbers; a test holds the two to agreement), so sending an offer
costs one pass without building a :class:`SessionDescription`. :func:`from_model` gathers
the same facts from an already parsed description.
"""

from __future__ import annotations

import re

from .._exceptions import SDPError
from ._lines import Attribute, Fingerprint, Group, MediaLine, RtpMap, VersionLine
from ._model import SessionDescription
from ._parse import ATTRIBUTE_PARSERS as _ATTRIBUTES
from ._parse import LINE_PARSERS as _LINES
from ._parse import (
    MAX_SDP_LENGTH,
    check_first_line,
    check_session_complete,
    check_text,
    line_kind,
)
from ._parse import split_lines as _split

# Generic attributes the checks read (first occurrence wins, as in the model's properties).
_WATCHED = frozenset({"ice-ufrag", "ice-pwd", "setup", "mid", "bundle-only"})


# Fast accepts for the lines a browser offer is mostly made of. Each pattern matches only
# values the full parser accepts (a subset: leading zeros, odd spacing and unusual names fall
# through to the parser, which then accepts them or raises its precise error), so `scan` and
# `parse` refuse exactly the same texts without building a line object per line.
_PT = r"(?:12[0-7]|1[01][0-9]|[1-9]?[0-9])"  # 0-127, no leading zeros
_PORT = r"(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})"
_U32 = r"(?:[1-3][0-9]{9}|4[01][0-9]{8}|42[0-8][0-9]{7}|[0-9]{1,9})"  # < 4,290,000,000
_TOKEN = r"[!-~]+"  # printable ASCII without spaces: what str.split() keeps whole
_RTPMAP = re.compile(rf"({_PT}) ([A-Za-z0-9._+-]+)/[0-9]{{1,9}}(?:/[0-9]{{1,9}})?")
# Extensions come in key/value pairs; the parser reads the first "rport" value as a port, so
# every rport pair here must hold one (srflx and relay candidates always carry it).
_CANDIDATE = re.compile(
    rf"{_TOKEN} (?:25[0-6]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]) {_TOKEN} {_U32} {_TOKEN} "
    rf"{_PORT} typ {_TOKEN}(?: (?!rport ){_TOKEN} {_TOKEN}| rport {_PORT})*"
)
_FMTP = re.compile(rf"{_PT} ")
_RTCP_FB = re.compile(rf"{_PT} +[!-~]")
_SSRC = re.compile(rf"{_U32}(?: |\Z)")
# What the loop does with a typed attribute when its fast pattern matches.
_FAST = {"rtpmap": 1, "candidate": 2, "ssrc": 3, "fmtp": 4, "rtcp-fb": 5}
# The same for the other lines (the value after "x="); building their line objects was most
# of the loop's time. s= takes any value; m= gives the section's kind, port and formats.
_FAST_LINES = {
    "v": re.compile("0"),
    "o": re.compile(rf"{_TOKEN} {_TOKEN} [0-9]{{1,20}} {_TOKEN} {_TOKEN} {_TOKEN}"),
    "s": re.compile(r"(?s).*"),
    "t": re.compile("[0-9]{1,20} [0-9]{1,20}"),
    "c": re.compile(rf"{_TOKEN} {_TOKEN} {_TOKEN}"),
    "m": re.compile(rf"({_TOKEN}) ({_PORT}) {_TOKEN}((?: {_TOKEN})*)"),
}

# The lines `quick_scan` drops in one regex pass, each with the CRLF before it (a CRLF must
# follow, so the kept text is still plain CRLF). Same subset rule as above: a line
# these miss is left for the loop, so dropping changes speed only. Two kinds:
# - lines `_gather` accepts without changing any fact: the fast patterns above, a few more
#   typed attributes in their common form, c= lines, and attributes no parser reads
#   (watched attributes are kept: their few lines are read with the kept ones);
# - rtpmaps the fast pattern accepts, which `Part.encoding` finds in the text on use.
# Most frequent first: the regex engine tries the alternatives in order.
_KNOWN = "|".join(re.escape(name) for name in sorted({*_ATTRIBUTES, *_WATCHED}))
_WATCHED_NAMES = "|".join(re.escape(name) for name in sorted(_WATCHED))
_RTPMAP_BULK = rf"rtpmap:{_RTPMAP.pattern}"
_DROP = re.compile(
    r"\r\n(?:a=(?:"
    + "|".join(
        [
            _RTPMAP_BULK,
            rf"candidate:{_CANDIDATE.pattern}",
            rf"ssrc:{_U32}(?: [^\r\n]*)?",
            rf"fmtp:{_PT} [^\r\n]*",
            rf"rtcp-fb:{_PT} +[!-~][^\r\n]*",
            rf"extmap:{_PORT}(?:/[!-~]*)? +[!-~][^\r\n]*",
            r"msid:[!-~]+(?: [!-~]+)?",
            rf"ssrc-group:[!-~]+(?: {_U32})*",
            rf"(?!(?:{_KNOWN})[:\r])[^:\r\n]+(?::[^\r\n]*)?",
        ]
    )
    + r")|c=[!-~]+ [!-~]+ [!-~]+)(?=\r\n)"
)
# The rtpmaps of a section's span of the text; \Z: its last line (the span ends before the
# next m= line).
_BULK_RTPMAP = re.compile(rf"\na={_RTPMAP_BULK}(?=\r|\Z)")


# The kept lines of a common browser offer, as a whole (`_skeleton`): the session part
# (v/o/s/t, BUNDLE groups, fingerprints, ICE/DTLS attributes) and each section's m= line
# with fingerprints, ICE/DTLS attributes and the data channel's sctp-port, max-message-size
# or sctpmap. Each form is one `_gather` accepts as it stands (same subset rule); any other
# kept line leaves the text to `_gather`.
_QUICK_WATCHED = rf"(?:{_WATCHED_NAMES})(?::[^\r\n]*)?"  # any value: the loop keeps it
_QUICK_KEPT = re.compile(
    rf"v=0\r\no={_FAST_LINES['o'].pattern}\r\ns=[^\r\n]*\r\nt=[0-9]{{1,20}} [0-9]{{1,20}}"
    rf"(?:\r\na=(?:group:BUNDLE(?: [!-~]+)*|fingerprint:[!-~]+ [!-~]+|{_QUICK_WATCHED}))*"
    rf"(?:\r\nm={_TOKEN} {_PORT} {_TOKEN}(?: {_TOKEN})*"
    rf"(?:\r\na=(?:{_QUICK_WATCHED}|fingerprint:[!-~]+ [!-~]+"
    rf"|sctp-port:{_PORT}|max-message-size:[0-9]{{1,20}}"
    rf"|sctpmap:{_PORT} [!-~]+(?: [0-9]{{1,20}})?))*)*"
)


class Part:
    """The session part or one media section: the attributes the checks need."""

    __slots__ = (
        "_rtpmap",
        "_rtpmap_span",
        "_rtpmap_text",
        "attr_lines",
        "attrs",
        "fingerprints",
        "formats",
        "kind",
        "lineno",
        "port",
    )

    def __init__(
        self,
        kind: str = "",
        port: int = 0,
        formats: tuple[str, ...] = (),
        lineno: int | None = None,
    ) -> None:
        self.kind = kind
        self.port = port
        self.formats = formats
        self.lineno = lineno
        # name -> value of the first a=name line (None for a flag); name -> its line number.
        self.attrs: dict[str, str | None] = {}
        self.attr_lines: dict[str, int | None] = {}
        self.fingerprints: list[Fingerprint] = []
        self._rtpmap: dict[int, str] = {}
        # The text holding this part's rtpmap lines, still to be read, and where the part
        # is in it (the quick path).
        self._rtpmap_text: str | None = None
        self._rtpmap_span = (0, 0)

    def read_rtpmap_later(self, text: str, start: int, end: int) -> None:
        """Take the rtpmaps from the a=rtpmap lines of ``text[start:end]`` when asked for."""
        self._rtpmap_text = text
        self._rtpmap_span = (start, end)

    def encoding(self, payload_type: int) -> str | None:
        """``rtpmap.get(payload_type)``, found in the text without reading every rtpmap."""
        text = self._rtpmap_text
        if text is None:
            return self._rtpmap.get(payload_type)
        # Every a=rtpmap line here matched _RTPMAP (quick_scan dropped them all): the type
        # has no leading zero and the name runs up to the first "/". The first line wins.
        head = f"\na=rtpmap:{payload_type} "
        start, end = self._rtpmap_span
        at = text.find(head, start, end)
        if at < 0:
            return None
        name = at + len(head)
        return text[name : text.index("/", name)]

    @property
    def rtpmap(self) -> dict[int, str]:
        """Payload type -> encoding name (the first a=rtpmap line for a type wins)."""
        text = self._rtpmap_text
        if text is not None:
            self._rtpmap_text = None
            # Reversed, the first line for a payload type is set last.
            pairs = reversed(_BULK_RTPMAP.findall(text, *self._rtpmap_span))
            self._rtpmap = {int(pt): encoding for pt, encoding in pairs}
        return self._rtpmap

    def note(self, name: str, value: str | None, lineno: int | None) -> None:
        if name not in self.attrs:
            self.attrs[name] = value
            self.attr_lines[name] = lineno

    @property
    def mid(self) -> str | None:
        return self.attrs.get("mid")

    @property
    def rejected(self) -> bool:
        # Port 0 without a=bundle-only: the section is declined (see MediaSection.rejected).
        return self.port == 0 and "bundle-only" not in self.attrs


class Facts:
    """Session part, media sections, SDP version and the first BUNDLE group's mids."""

    __slots__ = ("bundle", "media", "session", "version")

    def __init__(self) -> None:
        self.session = Part()
        self.media: list[Part] = []
        self.version = 0
        self.bundle: list[str] | None = None


def _line(part: Part, line: object) -> None:
    if isinstance(line, Fingerprint):
        part.fingerprints.append(line)
    elif isinstance(line, RtpMap):
        part.rtpmap.setdefault(line.payload_type, line.encoding_name)
    elif isinstance(line, Attribute) and line.name in _WATCHED:
        part.note(line.name, line.value, line.lineno)


def from_model(desc: SessionDescription) -> Facts:
    """The facts of a parsed description (one pass over its lines)."""
    facts = Facts()
    for line in desc.lines:
        if isinstance(line, VersionLine):
            facts.version = line.version
        elif isinstance(line, Group):
            if facts.bundle is None and line.semantics == "BUNDLE":
                facts.bundle = list(line.mids)
        else:
            _line(facts.session, line)
    for section in desc.media:
        m = section.media_line
        part = Part(m.kind, m.port, m.formats, m.lineno)
        for line in section.lines[1:]:
            _line(part, line)
        facts.media.append(part)
    return facts


def scan(text: str, what: str = "the SDP") -> Facts:
    """Check ``text`` line by line as :func:`parse` does and gather the facts; no model.

    Raises :class:`SDPError` for exactly the texts :func:`parse` refuses (size first).
    """
    check_text(text, what)
    parts, _ = _split(text)
    return _gather(parts)


def quick_scan(text: str) -> Facts | None:
    """The facts of a canonical offer, read without the lines that cannot change them.

    Browser offers are mostly candidate, ssrc, fmtp, rtcp-fb and extmap lines the checks
    only need to be well formed: one C-level regex pass (``_DROP``) drops those it proves
    well formed, and the rtpmap lines, found in the text when a section's codecs are asked
    for; the few lines left (v/o/s/t, m=, groups, fingerprints, ICE/DTLS attributes) are
    read in one match and one pass (``_skeleton``) or, in a less common form, by
    :func:`scan`'s own loop. ``None`` when the text is not plain CRLF SDP or the rest fails: then
    :func:`scan` reads it all and raises its exact error. The facts' line numbers count only
    the kept lines: a caller whose checks fail must scan again before reporting a line
    (``check_offer`` does).

    Example:
        >>> from realtime_ext.sdp import sample_offer
        >>> quick_scan(sample_offer()).media[0].kind, quick_scan("v=0\\n") is None
        ('audio', True)
    """
    # Exactly the texts _split and check_text pass unchanged: CRLF only, no empty line.
    if len(text) > MAX_SDP_LENGTH or text[:2] != "v=" or text[-2:] != "\r\n" or "\x00" in text:
        return None
    kept = _DROP.sub("", text)
    # A dropped line holds no CR or LF and goes with the CRLF before it, a CRLF after it:
    # `kept` has a bare CR or LF, or an empty line, exactly when `text` has. Counted on the
    # few kept lines instead of the whole text.
    crlf = kept.count("\r\n")
    if kept.count("\r") != crlf or kept.count("\n") != crlf or "\r\n\r\n" in kept:
        return None
    if "\na=rtpmap:" in kept:
        return None  # one the pattern missed: first-wins order needs the loop to read them all
    facts = _skeleton(kept[:-2])
    if facts is None:
        try:
            facts = _gather(kept[:-2].split("\r\n"))
        except SDPError:
            return None
    # The text before the first m= line is the session part, then one span per section,
    # whose rtpmaps are read on use.
    start = 0
    for part in (facts.session, *facts.media):
        if start < 0:  # cannot happen (kept and text have the same m= lines); never guess
            return None
        end = text.find("\r\nm=", start + 1)
        part.read_rtpmap_later(text, start, len(text) if end < 0 else end)
        start = end
    if start >= 0:
        return None
    return facts


def _skeleton(kept: str) -> Facts | None:
    """The facts of the kept lines (no final CRLF) when every one has a common form
    (`_QUICK_KEPT`), read in one pass over them; else ``None``."""
    if _QUICK_KEPT.fullmatch(kept) is None:
        return None
    facts = Facts()
    part = facts.session
    attrs = part.attrs
    media = facts.media
    # _QUICK_KEPT holds: v/o/s/t first, then each line one of its forms, single-spaced.
    for line in kept.split("\r\n")[4:]:
        if line[0] == "m":
            kind, port, _, *formats = line[2:].split(" ")
            part = Part(kind, int(port), tuple(formats))
            attrs = part.attrs
            media.append(part)
            continue
        name, colon, value = line[2:].partition(":")
        if name in _WATCHED:
            if name not in attrs:  # the first line for an attribute wins, as in the loop
                attrs[name] = value if colon else None
        elif name == "fingerprint":
            function, _, fingerprint = value.partition(" ")
            part.fingerprints.append(Fingerprint(function, fingerprint))
        elif name == "group" and facts.bundle is None:  # the first BUNDLE group is read
            facts.bundle = value.split(" ")[1:]
        # sctp-port, max-message-size, sctpmap: well formed, read by no check.
    # No line numbers (attr_lines stays empty: read only to report an error, and the caller
    # rescans before reporting one).
    return facts


def _gather(parts: list[str]) -> Facts:
    """:func:`scan`'s loop: check each line as :func:`parse` does, keep what the checks read."""
    check_first_line(parts)
    facts = Facts()
    current = facts.session
    in_media = False
    seen: set[str] = set()
    attributes = _ATTRIBUTES
    handlers = _LINES
    watched = _WATCHED
    fast_kinds = _FAST
    rtpmap_match = _RTPMAP.fullmatch
    candidate_match = _CANDIDATE.fullmatch
    ssrc_match = _SSRC.match
    fmtp_match = _FMTP.match
    rtcp_fb_match = _RTCP_FB.match
    fast_lines = _FAST_LINES
    for n, raw in enumerate(parts, 1):
        if raw[:2] == "a=":
            # Split as parse does, inline in both: a call per a= line costs ~5% of a scan.
            colon = raw.find(":", 2)
            if colon < 0:
                name, value = raw[2:], None
            else:
                name, value = raw[2:colon], raw[colon + 1 :]
            if not name:
                raise SDPError("attribute line has no name", line=n)
            parser = attributes.get(name)
            if parser is None:
                if name in watched:
                    current.note(name, value, n)
                continue
            fast = fast_kinds.get(name)
            if fast is not None and value is not None:
                if fast == 1:
                    found = rtpmap_match(value)
                    if found is not None:
                        pt = int(found[1])
                        if pt not in current.rtpmap:
                            current.rtpmap[pt] = found[2]
                        continue
                elif fast == 2:
                    if candidate_match(value) is not None:
                        continue
                elif fast == 3:
                    if ssrc_match(value) is not None:
                        continue
                elif fast == 4:
                    if fmtp_match(value) is not None:
                        continue
                elif rtcp_fb_match(value) is not None:
                    continue
            line = parser(value, raw, n)
            if isinstance(line, Fingerprint):
                current.fingerprints.append(line)
            elif isinstance(line, RtpMap):
                current.rtpmap.setdefault(line.payload_type, line.encoding_name)
            elif (
                isinstance(line, Group)
                and not in_media
                and facts.bundle is None
                and line.semantics == "BUNDLE"
            ):
                facts.bundle = list(line.mids)
            continue
        kind = line_kind(raw, n, in_media, seen)
        fast_line = fast_lines.get(kind)
        if fast_line is not None:
            found = fast_line.fullmatch(raw, 2)
            if found is not None:  # what the handler would accept: no line object needed
                if kind == "m":
                    current = Part(found[1], int(found[2]), tuple(found[3].split()), n)
                    facts.media.append(current)
                    in_media = True
                elif kind == "v":
                    facts.version = 0
                continue
        handler = handlers.get(kind)
        if handler is None:
            continue
        parsed = handler(raw[2:], raw, n)
        if isinstance(parsed, MediaLine):
            current = Part(parsed.kind, parsed.port, parsed.formats, n)
            facts.media.append(current)
            in_media = True
        elif isinstance(parsed, VersionLine):
            facts.version = parsed.version
    check_session_complete(seen)
    return facts
