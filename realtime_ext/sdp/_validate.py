"""Checks a WebRTC endpoint needs before an offer or answer goes on the network."""

from __future__ import annotations

from ._errors import SDPError
from ._inspect import audio_codecs, audio_section
from ._lines import Fingerprint
from ._model import MediaSection, SessionDescription
from ._parse import parse

USABLE_AUDIO_CODECS = ("opus", "pcmu", "pcma")
_HASHES = frozenset({"sha-1", "sha-224", "sha-256", "sha-384", "sha-512", "md5", "md2"})
_HEX = frozenset("0123456789abcdefABCDEF")
_ICE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")


def _load(sdp: str | SessionDescription, what: str) -> SessionDescription:
    if isinstance(sdp, SessionDescription):
        return sdp
    if not isinstance(sdp, str):
        raise SDPError(
            f"the SDP {what} must be a str or SessionDescription, not {type(sdp).__name__}"
        )
    if not sdp.strip():
        raise SDPError(f"the SDP {what} is empty")
    try:
        return parse(sdp)
    except SDPError as exc:
        raise SDPError(f"the SDP {what} is malformed: {exc.reason}", line=exc.line) from None


def _live(desc: SessionDescription) -> list[MediaSection]:
    # Rejected (port 0) sections need no transport; bundle-only ones share the bundle's.
    return [m for m in desc.media if not m.rejected]


def _tagged(desc: SessionDescription, m: MediaSection) -> MediaSection:
    """The section whose transport ``m`` shares (RFC 8843 BUNDLE), else ``m`` itself.

    Under BUNDLE one transport serves the whole group; its ICE credentials, fingerprint and
    setup role may be written only in the group's first live section (OpenAI's own answers
    do this for the data channel section).
    """
    bundle = desc.bundle
    if m.mid is None or m.mid not in bundle:
        return m
    return next((s for s in _live(desc) if s.mid == bundle[0]), m)


def _check_audio(desc: SessionDescription, what: str) -> None:
    if not desc.media:
        raise SDPError(f"the SDP {what} has no media sections (no m= lines); a call needs audio")
    section = audio_section(desc)
    if section is None:
        kinds = ", ".join(m.kind for m in desc.media)
        raise SDPError(
            f"the SDP {what} has no active audio section (m=audio with a non-zero port); "
            f"found: {kinds}",
            line=desc.media[0].lineno,
        )
    names = [c.name for c in audio_codecs(desc)]
    if not any(name.lower() in USABLE_AUDIO_CODECS for name in names):
        offered = ", ".join(names) or "none"
        raise SDPError(
            f"the audio section offers no usable codec (offered: {offered}); "
            "it needs Opus or G.711 (PCMU/PCMA)",
            line=section.lineno,
        )


def _check_ice(desc: SessionDescription) -> None:
    for m in _live(desc):
        tagged = _tagged(desc, m)
        ufrag = m.ice_ufrag or tagged.ice_ufrag or desc.ice_ufrag
        pwd = m.ice_pwd or tagged.ice_pwd or desc.ice_pwd
        label = f"the {m.kind} section"
        if not ufrag:
            raise SDPError(f"{label} has no ICE username fragment (a=ice-ufrag)", line=m.lineno)
        if not pwd:
            raise SDPError(f"{label} has no ICE password (a=ice-pwd)", line=m.lineno)
        if not 4 <= len(ufrag) <= 256 or not set(ufrag) <= _ICE_CHARS:
            raise SDPError(
                f"{label} has an invalid a=ice-ufrag: it must be 4-256 characters "
                "of letters, digits, '+' or '/'",
                line=m.lineno,
            )
        if not 22 <= len(pwd) <= 256 or not set(pwd) <= _ICE_CHARS:
            raise SDPError(
                f"{label} has an invalid a=ice-pwd: it must be 22-256 characters "
                "of letters, digits, '+' or '/'",
                line=m.lineno,
            )


def _check_fingerprint(fp: Fingerprint) -> None:
    if fp.hash_function.lower() not in _HASHES:
        raise SDPError(
            f"a=fingerprint uses unknown hash function {fp.hash_function!r} "
            "(expected e.g. sha-256)",
            line=fp.lineno,
        )
    pairs = fp.value.split(":")
    if not all(len(p) == 2 and set(p) <= _HEX for p in pairs) or len(pairs) < 16:
        raise SDPError(
            "a=fingerprint value must be colon-separated hex byte pairs (AB:CD:...)",
            line=fp.lineno,
        )


def _check_dtls(desc: SessionDescription, allowed: tuple[str, ...], what: str) -> None:
    for fp in desc.fingerprints:
        _check_fingerprint(fp)
    for m in _live(desc):
        tagged = _tagged(desc, m)
        fps = m.fingerprints or tagged.fingerprints
        for fp in fps:
            _check_fingerprint(fp)
        if not fps and not desc.fingerprints:
            raise SDPError(
                f"the {m.kind} section has no DTLS fingerprint (a=fingerprint), "
                "so the DTLS handshake cannot be authenticated",
                line=m.lineno,
            )
        role = m.setup or tagged.setup or desc.setup
        if role is None:
            raise SDPError(
                f"the {m.kind} section has no a=setup; an {what} needs "
                + " or ".join(f"a=setup:{r}" for r in allowed),
                line=m.lineno,
            )
        if role not in allowed:
            hint = (
                " (actpass is what an offer sends: is this an offer passed as an answer?)"
                if role == "actpass"
                else " (active/passive is what an answer sends: "
                "is this an answer passed as an offer?)"
                if role in ("active", "passive")
                else ""
            )
            line = next((a.lineno for a in m.attributes("setup")), m.lineno)
            raise SDPError(
                f"a=setup:{role} does not fit an {what}; expected "
                + " or ".join(f"a=setup:{r}" for r in allowed)
                + hint,
                line=line,
            )


def _validate(
    sdp: str | SessionDescription, what: str, roles: tuple[str, ...]
) -> SessionDescription:
    desc = _load(sdp, what)
    if desc.version != 0:
        raise SDPError(f"unsupported SDP version {desc.version} (expected v=0)", line=1)
    _check_audio(desc, what)
    _check_ice(desc)
    _check_dtls(desc, roles, what)
    return desc


def validate_offer(sdp: str | SessionDescription) -> SessionDescription:
    """Check an SDP offer is fit to send for a WebRTC call; return it parsed.

    Requires an active audio section with Opus or G.711, ICE credentials and a
    DTLS fingerprint for every live section, and ``a=setup:actpass``.

    Example:
        >>> validate_offer("")
        Traceback (most recent call last):
        ...
        realtime_ext.sdp._errors.SDPError: the SDP offer is empty
    """
    return _validate(sdp, "offer", ("actpass",))


def validate_answer(sdp: str | SessionDescription) -> SessionDescription:
    """Check an SDP answer the same way, with ``a=setup:active`` or ``passive``; return it parsed.

    Example:
        >>> try:
        ...     validate_answer("v=0")
        ... except SDPError as exc:
        ...     print(exc.reason)
        the SDP answer is malformed: the session part has no 'o=' (origin) line
    """
    return _validate(sdp, "answer", ("active", "passive"))
