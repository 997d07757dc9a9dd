"""Checks a WebRTC endpoint needs before an offer or answer goes on the network."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._exceptions import SDPError
from ._facts import Facts, Part, from_model, quick_scan, scan
from ._inspect import STATIC_PAYLOAD_TYPES
from ._lines import Fingerprint, Line
from ._model import SessionDescription
from ._parse import MAX_SDP_LENGTH, check_text, parse

USABLE_AUDIO_CODECS = ("opus", "pcmu", "pcma")
OFF_LOOP_SDP_LENGTH = 32 * 1024
"""Offers longer than this are checked off the event loop (``AsyncCalls.create``, the
ASGI offer endpoints): a browser's are 2-10 KB and take well under a millisecond, less than
a thread hop costs.

Example::

    if len(offer) > OFF_LOOP_SDP_LENGTH:
        await asyncio.to_thread(check_offer, offer)
    else:
        check_offer(offer)
"""
_HASHES = frozenset({"sha-1", "sha-224", "sha-256", "sha-384", "sha-512", "md5", "md2"})
# Colon-separated hex byte pairs, at least 16 of them (one C-level match, not a loop per pair).
_FINGERPRINT = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,}")
_ICE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")


def _load(sdp: str | SessionDescription, what: str) -> SessionDescription:
    if isinstance(sdp, SessionDescription):
        check_size(sdp, what)
        return sdp
    _check_type(sdp, what)
    try:
        return parse(sdp)
    except SDPError as exc:
        raise SDPError(f"the SDP {what} is malformed: {exc.reason}", line=exc.line) from None


def check_size(desc: SessionDescription, what: str = "offer") -> None:
    """Hold a parsed or built description to the text limit (:data:`MAX_SDP_LENGTH`) too.

    Its lines are measured as serialised until the total passes the limit, so a huge one
    costs no more than one at the limit, and nothing else is read before it is refused.

    Example:
        >>> from realtime_ext.sdp import sample_offer, parse
        >>> check_size(parse(sample_offer()))  # a browser offer: a few KB
    """
    size = 0
    for line in _lines(desc):
        size += len(line.to_sdp()) + 2
        if size > MAX_SDP_LENGTH:
            raise SDPError(
                f"the SDP {what} is more than the {MAX_SDP_LENGTH:,} characters accepted "
                "(real offers are a few KB)"
            )


def _lines(desc: SessionDescription) -> Iterator[Line]:
    yield from desc.lines
    for section in desc.media:
        yield from section.lines


def _check_type(sdp: object, what: str) -> None:
    if not isinstance(sdp, str):
        raise SDPError(
            f"the SDP {what} must be a str or SessionDescription, not {type(sdp).__name__}"
        )
    if len(sdp) > MAX_SDP_LENGTH:  # before any pass over the text
        check_text(sdp, f"the SDP {what}")
    if not sdp or sdp.isspace():  # what strip() leaves empty, without copying the text
        raise SDPError(f"the SDP {what} is empty")


def _codec_names(part: Part) -> Iterator[str]:
    # The names codecs() would list for the section, without building Codec objects; lazily,
    # as a browser lists Opus first and the check stops at the first usable codec.
    for fmt in part.formats:
        if not (fmt.isascii() and fmt.isdigit()) or len(fmt) > 3:
            continue
        pt = int(fmt)
        name = part.encoding(pt)
        if name is None and pt in STATIC_PAYLOAD_TYPES:
            name = STATIC_PAYLOAD_TYPES[pt][0]
        if name is not None:
            yield name


def _check_audio(facts: Facts, what: str) -> None:
    if not facts.media:
        raise SDPError(f"the SDP {what} has no media sections (no m= lines); a call needs audio")
    for section in facts.media:
        if section.kind == "audio" and not section.rejected:
            break
    else:
        kinds = ", ".join(m.kind for m in facts.media)
        raise SDPError(
            f"the SDP {what} has no active audio section (m=audio with a non-zero port); "
            f"found: {kinds}",
            line=facts.media[0].lineno,
        )
    for name in _codec_names(section):
        if name.lower() in USABLE_AUDIO_CODECS:
            return  # a browser lists Opus first: usually the first name read
    offered = ", ".join(_codec_names(section)) or "none"
    raise SDPError(
        f"the audio section offers no usable codec (offered: {offered}); "
        "it needs Opus or G.711 (PCMU/PCMA)",
        line=section.lineno,
    )


def _transports(facts: Facts) -> list[tuple[Part, Part]]:
    """Each live section with the section whose transport it shares (RFC 8843 BUNDLE).

    Under BUNDLE one transport serves the whole group; its ICE credentials, fingerprint and
    setup role may be written only in the group's first live section (OpenAI's own answers
    do this for the data channel section). Found once for the whole description, so the
    checks stay linear in the number of sections.
    """
    in_use = [m for m in facts.media if not m.rejected]
    bundle = facts.bundle
    if not bundle:
        return [(m, m) for m in in_use]
    first = bundle[0]
    for tag in in_use:
        if tag.mid == first:
            break
    else:
        return [(m, m) for m in in_use]
    members = frozenset(bundle)
    return [(m, tag if m.mid is not None and m.mid in members else m) for m in in_use]


# The ICE credentials every live section needs: (attribute, what it is, shortest length).
_ICE_CREDENTIALS = (("ice-ufrag", "ICE username fragment", 4), ("ice-pwd", "ICE password", 22))
_UFRAG, _PWD = (key for key, _, _ in _ICE_CREDENTIALS)


def _check_ice(facts: Facts, transports: list[tuple[Part, Part]]) -> None:
    session = facts.session.attrs
    # Credentials already found well formed: under BUNDLE every section shares one pair.
    valid: set[tuple[str, str]] = set()
    for m, tagged in transports:
        own, shared = m.attrs, tagged.attrs
        ufrag = own.get(_UFRAG) or shared.get(_UFRAG) or session.get(_UFRAG)
        pwd = own.get(_PWD) or shared.get(_PWD) or session.get(_PWD)
        if not ufrag or not pwd:
            key, name, _ = _ICE_CREDENTIALS[0 if not ufrag else 1]
            raise SDPError(f"the {m.kind} section has no {name} (a={key})", line=m.lineno)
        if (ufrag, pwd) in valid:
            continue
        for (key, _, shortest), value in zip(_ICE_CREDENTIALS, (ufrag, pwd), strict=True):
            if not shortest <= len(value) <= 256 or not _ICE_CHARS.issuperset(value):
                raise SDPError(
                    f"the {m.kind} section has an invalid a={key}: it must be {shortest}-256 "
                    "characters of letters, digits, '+' or '/'",
                    line=m.lineno,
                )
        valid.add((ufrag, pwd))


def _check_fingerprint(fp: Fingerprint) -> None:
    if fp.hash_function.lower() not in _HASHES:
        raise SDPError(
            f"a=fingerprint uses unknown hash function {fp.hash_function!r} "
            "(expected e.g. sha-256)",
            line=fp.lineno,
        )
    if _FINGERPRINT.fullmatch(fp.value) is None:
        raise SDPError(
            "a=fingerprint value must be colon-separated hex byte pairs (AB:CD:...)",
            line=fp.lineno,
        )


def _check_dtls(
    facts: Facts, transports: list[tuple[Part, Part]], allowed: tuple[str, ...], what: str
) -> None:
    session = facts.session
    # Fingerprints already found well formed (sections often repeat the session's one).
    valid: set[tuple[str, str]] = set()
    for fp in session.fingerprints:
        _check_fingerprint(fp)
        valid.add((fp.hash_function, fp.value))
    for m, tagged in transports:
        fps = m.fingerprints or tagged.fingerprints
        for fp in fps:
            if (fp.hash_function, fp.value) not in valid:
                _check_fingerprint(fp)
                valid.add((fp.hash_function, fp.value))
        if not fps and not session.fingerprints:
            raise SDPError(
                f"the {m.kind} section has no DTLS fingerprint (a=fingerprint), "
                "so the DTLS handshake cannot be authenticated",
                line=m.lineno,
            )
        role = m.attrs.get("setup") or tagged.attrs.get("setup") or session.attrs.get("setup")
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
            line = m.attr_lines.get("setup", m.lineno)
            raise SDPError(
                f"a=setup:{role} does not fit an {what}; expected "
                + " or ".join(f"a=setup:{r}" for r in allowed)
                + hint,
                line=line,
            )


def _check(facts: Facts, what: str, roles: tuple[str, ...]) -> None:
    if facts.version != 0:
        raise SDPError(f"unsupported SDP version {facts.version} (expected v=0)", line=1)
    _check_audio(facts, what)
    transports = _transports(facts)
    _check_ice(facts, transports)
    _check_dtls(facts, transports, roles, what)


def _validate(
    sdp: str | SessionDescription, what: str, roles: tuple[str, ...]
) -> SessionDescription:
    desc = _load(sdp, what)
    _check(from_model(desc), what, roles)
    return desc


def check_offer(sdp: str) -> None:
    """:func:`validate_offer` for text that is only to be sent: the same checks and errors,
    in one pass over the lines without building the parsed model (``calls.create``).

    Example:
        >>> try:
        ...     check_offer("v=0")
        ... except SDPError as exc:
        ...     print(exc.reason)
        the SDP offer is malformed: the session part has no 'o=' (origin) line
    """
    _check_type(sdp, "offer")
    quick = quick_scan(sdp)
    if quick is not None:
        try:
            _check(quick, "offer", ("actpass",))
            return
        except SDPError:
            pass  # its line numbers count only the kept lines: rescan for the exact error
    try:
        facts = scan(sdp)
    except SDPError as exc:
        raise SDPError(f"the SDP offer is malformed: {exc.reason}", line=exc.line) from None
    _check(facts, "offer", ("actpass",))


def validate_offer(sdp: str | SessionDescription) -> SessionDescription:
    """Check an SDP offer is fit to send for a WebRTC call; return it parsed.

    Requires an active audio section with Opus or G.711, ICE credentials and a
    DTLS fingerprint for every live section, and ``a=setup:actpass``.

    Example:
        >>> validate_offer("")
        Traceback (most recent call last):
        ...
        realtime_ext.SDPError: the SDP offer is empty
    """
    return _validate(sdp, "offer", ("actpass",))


def validate_answer(sdp: str | SessionDescription) -> SessionDescription:
    """Check an SDP answer the same way, with ``a=setup:active`` or ``passive``; return it parsed.

    Example (an offer passed where the answer belongs):
        >>> from realtime_ext.sdp import sample_offer
        >>> validate_answer(sample_offer())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        realtime_ext.SDPError: line 18: a=setup:actpass does not fit an answer; expected ...
    """
    return _validate(sdp, "answer", ("active", "passive"))
