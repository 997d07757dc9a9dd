"""A plausible SDP answer built from a WebRTC offer (no media is ever sent)."""

from __future__ import annotations

import secrets

_DIRECTION_ANSWER = {
    "sendrecv": "sendrecv",
    "sendonly": "recvonly",
    "recvonly": "sendonly",
    "inactive": "inactive",
}
# Attributes copied per payload type so the answer names the same codecs as the offer.
_PAYLOAD_ATTRIBUTES = ("a=rtpmap:", "a=fmtp:", "a=rtcp-fb:")


class SdpError(ValueError):
    """The offer is not usable SDP (raised with the reason, answered as HTTP 400)."""


def _fingerprint() -> str:
    return ":".join(f"{b:02X}" for b in secrets.token_bytes(32))


def _split_sections(offer: str) -> tuple[list[str], list[list[str]]]:
    lines = [line.strip() for line in offer.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines or lines[0] != "v=0":
        raise SdpError("SDP offer must start with 'v=0'")
    session: list[str] = []
    media: list[list[str]] = []
    for line in lines:
        if line.startswith("m="):
            media.append([line])
        elif media:
            media[-1].append(line)
        else:
            session.append(line)
    if not media:
        raise SdpError("SDP offer has no media section ('m=' line)")
    return session, media


def _answer_section(section: list[str], index: int, ufrag: str, pwd: str, fp: str) -> list[str]:
    m_line = section[0]
    fields = m_line[2:].split()
    if len(fields) < 3:
        raise SdpError(f"malformed media line: {m_line!r}")
    kind, _port, proto, *formats = fields
    attrs = section[1:]
    mid = next((a[6:] for a in attrs if a.startswith("a=mid:")), str(index))
    out = [f"m={kind} 9 {proto} {' '.join(formats)}", "c=IN IP4 0.0.0.0"]
    out += [
        f"a=mid:{mid}",
        f"a=ice-ufrag:{ufrag}",
        f"a=ice-pwd:{pwd}",
        f"a=fingerprint:sha-256 {fp}",
        "a=setup:active",
    ]
    if kind == "application":
        port = next((a for a in attrs if a.startswith("a=sctp-port:")), "a=sctp-port:5000")
        out += [port, "a=max-message-size:262144"]
        return out
    direction = next((a[2:] for a in attrs if a[2:] in _DIRECTION_ANSWER), "sendrecv")
    out.append(f"a={_DIRECTION_ANSWER[direction]}")
    if "a=rtcp-mux" in attrs:
        out.append("a=rtcp-mux")
    for fmt in formats:
        out += [a for a in attrs if a.startswith(tuple(f"{p}{fmt} " for p in _PAYLOAD_ATTRIBUTES))]
    out.append("a=candidate:1 1 udp 2130706431 127.0.0.1 3478 typ host")
    return out


def answer_for_offer(offer: str) -> str:
    """Return an SDP answer mirroring the offer's media sections.

    >>> offer = "v=0\\r\\ns=-\\r\\nt=0 0\\r\\nm=audio 9 UDP/TLS/RTP/SAVPF 111\\r\\na=mid:0\\r\\n"
    >>> "a=setup:active" in answer_for_offer(offer)
    True
    """
    _session, media = _split_sections(offer)
    ufrag, pwd, fp = secrets.token_hex(4), secrets.token_hex(12), _fingerprint()
    sections = [_answer_section(s, i, ufrag, pwd, fp) for i, s in enumerate(media)]
    mids = [line[6:] for s in sections for line in s if line.startswith("a=mid:")]
    head = [
        "v=0",
        f"o=- {secrets.randbelow(10**18)} 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        f"a=group:BUNDLE {' '.join(mids)}",
        "a=msid-semantic: WMS *",
    ]
    return "\r\n".join(head + [line for s in sections for line in s]) + "\r\n"
