"""A one-screen, human-readable account of a description (no ICE passwords)."""

from __future__ import annotations

from ._inspect import codecs, guess_type
from ._model import MediaSection, SessionDescription, described


def _short(value: str, keep: int = 8) -> str:
    return value if len(value) <= 2 * keep + 3 else f"{value[:keep]}...{value[-keep:]}"


def _section(i: int, m: MediaSection, desc: SessionDescription) -> list[str]:
    head = f"[{i}] {m.kind} mid={m.mid or '-'} port={m.port} {m.protocol}"
    if m.rejected:
        return [head + " (rejected)"]
    flags = [m.direction or "sendrecv"]
    if m.rtcp_mux:
        flags.append("rtcp-mux")
    if m.bundle_only:
        flags.append("bundle-only")
    out = [f"{head} {' '.join(flags)}"]
    if "SCTP" in m.protocol:
        size = m.max_message_size
        out.append(
            f"    data channel: sctp-port {m.sctp_port if m.sctp_port is not None else '?'}, "
            f"max-message-size {size if size is not None else 'default'}"
        )
    else:
        names = [
            f"{c.name}/{c.clock_rate}{f'/{c.channels}' if c.channels else ''} ({c.payload_type})"
            for c in codecs(m)
        ]
        shown = ", ".join(names[:6]) + (f", +{len(names) - 6} more" if len(names) > 6 else "")
        out.append(f"    codecs: {shown or 'none'}")
    ufrag = m.ice_ufrag or desc.ice_ufrag
    by_type: dict[str, int] = {}
    for c in m.candidates:
        by_type[c.type] = by_type.get(c.type, 0) + 1
    cands = ", ".join(f"{n} {t}" for t, n in by_type.items()) or "none"
    eoc = ", complete" if m.end_of_candidates else ""
    out.append(f"    ice: ufrag {ufrag or '-'}, candidates: {cands}{eoc}")
    fps = m.fingerprints or desc.fingerprints
    fp = f"{fps[0].hash_function} {_short(fps[0].value)}" if fps else "none"
    out.append(f"    dtls: setup {m.setup or desc.setup or '-'}, fingerprint {fp}")
    return out


def summary(desc: SessionDescription) -> str:
    """Summarise a description in a few lines: type, bundle, sections, codecs, ICE, DTLS.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> print(summary(parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")))
        SDP (type unknown), origin - 1 v1, 0 media sections
        bundle: none; ice-options: -; ice-lite: no
    """
    desc = described(desc, "summary")
    kind = guess_type(desc) or "type unknown"
    o = desc.origin
    lines = [
        f"SDP ({kind}), origin {o.username} {_short(o.session_id)} v{o.session_version}, "
        f"{len(desc.media)} media section{'s' if len(desc.media) != 1 else ''}",
        f"bundle: {' '.join(desc.bundle) or 'none'}; "
        f"ice-options: {' '.join(desc.ice_options) or '-'}; "
        f"ice-lite: {'yes' if desc.ice_lite else 'no'}",
    ]
    for i, m in enumerate(desc.media):
        lines.extend(_section(i, m, desc))
    if desc.normalised:
        lines.append("(line endings were normalised to CRLF)")
    return "\n".join(lines)
