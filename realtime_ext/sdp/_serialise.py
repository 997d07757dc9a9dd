"""Turn a :class:`SessionDescription` back into SDP text."""

from __future__ import annotations

from ._model import SessionDescription


def serialise(desc: SessionDescription) -> str:
    """SDP text with CRLF after every line; untouched lines come out exactly as parsed.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> text = "v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        >>> serialise(parse(text)) == text
        True
    """
    out = [line.to_sdp() for line in desc.lines]
    for section in desc.media:
        out.extend([line.to_sdp() for line in section.lines])
    out.append("")
    return "\r\n".join(out)
