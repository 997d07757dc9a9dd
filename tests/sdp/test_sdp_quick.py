"""``quick_scan``, the fast path of ``check_offer`` (issue 23, finding 1: a browser offer
checked in well under 100 µs), reads exactly the facts ``scan`` reads, and never accepts
a text ``scan`` refuses: it only skips lines it proves ``scan`` would accept unchanged.

No timings here (``make bench`` has the "SDP offer check" row); these are agreement checks.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from sdp_fixture_data import FIXTURES, read_sdp
from test_sdp_fuzz import mutated

from realtime_ext import sdp
from realtime_ext.sdp._facts import Facts, Part, quick_scan, scan
from support.fuzz import examples

Shape = tuple[object, ...]


def _part(part: Part) -> Shape:
    fingerprints = [(fp.hash_function, fp.value) for fp in part.fingerprints]
    return (part.kind, part.port, part.formats, part.attrs, part.rtpmap, fingerprints)


def _shape(facts: Facts) -> Shape:
    """Everything the checks read except line numbers (the quick path does not keep them)."""
    return (
        facts.version,
        facts.bundle,
        _part(facts.session),
        [_part(m) for m in facts.media],
    )


def _scanned(text: str) -> Shape | None:
    try:
        return _shape(scan(text))
    except sdp.SDPError:
        return None


def _agrees(text: str) -> None:
    quick = quick_scan(text)
    if quick is not None:
        assert _scanned(text) == _shape(quick)


@pytest.mark.parametrize("browser", sorted(sdp._samples.SAMPLE_OFFERS))
def test_browser_offers_take_the_quick_path_with_the_same_facts(browser: str) -> None:
    text = sdp.sample_offer(browser)
    quick = quick_scan(text)
    assert quick is not None  # a real offer must not fall back to the slow path
    assert _shape(quick) == _scanned(text)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixtures_agree(name: str) -> None:
    _agrees(read_sdp(name))


@settings(max_examples=examples(500), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutations_agree(text: str) -> None:
    """Whatever a mutation breaks, the quick path accepts it only as scan does, alike."""
    _agrees(text)


BASE = sdp.sample_offer("chrome")
CANDIDATE = "a=candidate:1039001212 1 udp 2122194687 192.168.99.58 45076 typ host generation 0"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (CANDIDATE, CANDIDATE.replace("generation 0", "rport 99999")),  # rport is checked
        (CANDIDATE, CANDIDATE.replace("generation 0", "raddr 10.0.0.1 rport 9")),  # valid
        (CANDIDATE, CANDIDATE.replace("generation 0", "rport 1 rport x")),  # 2nd rport: free
        (CANDIDATE, CANDIDATE.replace("generation 0", "raddr rport")),  # rport as a value
        (CANDIDATE, CANDIDATE.replace("45076", "65536")),  # port out of range
        (CANDIDATE, CANDIDATE.replace("2122194687", "4294967296")),  # priority > 2**32-1
        (CANDIDATE, CANDIDATE.replace(" typ host", " host")),  # no 'typ'
        (CANDIDATE, CANDIDATE + " dangling"),  # extension without a value
        ("a=ssrc:1944796561 cname", "a=ssrc:4294967296 cname"),
        ("a=ssrc:1944796561 cname", "a=ssrc:x cname"),
        ("a=extmap:1 urn", "a=extmap:65536 urn"),
        ("a=extmap:1 urn", "a=extmap:1urn"),
        ("a=fmtp:111 minptime", "a=fmtp:128 minptime"),
        ("a=rtcp-fb:111 transport-cc", "a=rtcp-fb:111"),
        ("a=rtpmap:111 opus/48000/2", "a=rtpmap:111 opus/48000/2/1"),
        ("a=rtpmap:111 opus/48000/2", "a=rtpmap:111 opus/48000/" + "9" * 30),
        ("a=rtpmap:0 PCMU/8000", "a=rtpmap:111 weird name/8000"),  # a second 111, slow form
        ("a=rtpmap:111 opus/48000/2", "a=rtpmap:111  opus/48000/2"),  # odd spacing
        ("a=ice-ufrag:5+Ix", "a=ice-ufrag"),  # flag form of a watched attribute
        ("a=ice-pwd:", "a=ice-pwd:\x0b"),
        ("a=mid:audio", "a=mid:audio\r"),  # stray CR inside a line
        ("a=sendrecv", "a=sendrecv\n"),  # bare LF
        ("a=sendrecv", "a=sendrecv\r\n"),  # empty line after it
        ("a=sendrecv", "a=:sendrecv"),  # attribute without a name
        ("a=sendrecv", "a=sendrecv\x00"),
        ("c=IN IP4 192.168.99.58", "c=IN IP4"),
        ("m=audio 45076", "m=audio 65536"),
        ("t=0 0", "t=0 " + "9" * 30),
        ("o=- 863426017819471768 2 IN", "o=- 863426017819471768 x IN"),
        ("s=-\r\n", ""),  # no session name
        ("a=group:BUNDLE audio", "a=group:  "),
    ],
)
def test_hostile_edits_agree(old: str, new: str) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    _agrees(text)
    _same_verdict(text)  # and check_offer says what validate_offer says, same line


def test_lf_text_and_huge_text_fall_back() -> None:
    assert quick_scan(BASE.replace("\r\n", "\n")) is None  # scan normalises; quick does not
    assert quick_scan(BASE + "a=x:" + "y" * 300_000 + "\r\n") is None  # size limit first


def test_check_errors_keep_exact_line_numbers() -> None:
    """A failing check rescans: its line is the text's, not the kept lines' count."""
    from realtime_ext.sdp._validate import check_offer

    text = BASE.replace("a=setup:actpass", "a=setup:active")
    with pytest.raises(sdp.SDPError) as caught:
        check_offer(text)
    assert caught.value.line == text.split("\r\n").index("a=setup:active") + 1


@pytest.mark.parametrize("browser", sorted(sdp._samples.SAMPLE_OFFERS))
def test_browser_offers_read_their_kept_lines_in_one_pass(browser: str) -> None:
    """The kept lines of every shipped offer (ICE/DTLS attributes among them) have the
    common forms `_skeleton` reads, and what it reads is what the line loop reads."""
    from realtime_ext.sdp._facts import _DROP, _gather, _skeleton

    kept = _DROP.sub("", sdp.sample_offer(browser))[:-2]
    quick = _skeleton(kept)
    assert quick is not None
    looped = _gather(kept.split("\r\n"))
    assert quick.media and all(part.attrs for part in quick.media)
    assert _shape(quick) == _shape(looped)


SKELETON_EDITS = [
    ("a=group:BUNDLE 0", "a=group:LS 0"),  # other semantics: not a BUNDLE group
    ("a=group:BUNDLE 0", "a=group:BUNDLE 0\r\na=group:BUNDLE 1"),  # the first one wins
    ("a=group:BUNDLE 0", "a=group:BUNDLE  0"),  # odd spacing
    ("a=group:BUNDLE 0", "a=group:BUNDLE"),  # no mids
    ("a=group:BUNDLE 0", "a=group:"),
    ("a=fingerprint:sha-256 ", "a=fingerprint:sha-256 AB "),  # three tokens
    ("a=fingerprint:sha-256 ", "a=fingerprint:sha-256  "),
    ("a=fingerprint:sha-256 ", "a=fingerprint:"),
    ("a=sctp-port:5000", "a=sctp-port:65536"),
    ("a=sctp-port:5000", "a=sctp-port:05000"),
    ("a=sctp-port:5000", "a=sctp-port:+5000"),
    ("a=max-message-size:262144", "a=max-message-size:" + "9" * 21),
    ("a=max-message-size:262144", "a=max-message-size:-1"),
    ("t=0 0", "t=0 0\r\nt=1 1"),  # a second t= in the session part
    ("t=0 0", "t=0 0\r\nb=AS:30"),  # a line the common forms leave to the loop
    ("m=audio 9", "m=audio 70000"),
    ("a=setup:actpass", "a=setup"),  # a flag form of a watched attribute
    ("a=setup:actpass", "a=setupx:actpass"),  # not a watched name
    ("a=setup:actpass", "a=setup:actpass\r\na=setup:active"),  # the first one wins
    ("a=mid:", "a=mid:\t"),  # any value is kept as it is
]


def _same_verdict(text: str) -> None:
    """check_offer (calls.create's check) says what validate_offer says, with the same line."""
    from realtime_ext.sdp._validate import check_offer

    outcomes: list[tuple[str, str | None] | None] = []
    for check in (check_offer, sdp.validate_offer):
        try:
            check(text)
            outcomes.append(None)
        except sdp.SDPError as exc:
            outcomes.append((exc.reason, exc.line))
    assert outcomes[0] == outcomes[1]


def _applicable_edits() -> list[tuple[str, str, str]]:
    """(browser, old, new) for every edit whose line the browser's offer has (no skips)."""
    cases = []
    for browser in ("chrome-linux", "safari"):
        base = sdp.sample_offer(browser)
        for old, new in SKELETON_EDITS:
            if old.startswith("a=group:BUNDLE 0") and "a=group:BUNDLE 0" not in base:
                old, new = "a=group:BUNDLE audio", new.replace("BUNDLE 0", "BUNDLE audio")
            if old in base:
                cases.append((browser, old, new))
    return cases


def test_every_edit_applies_to_some_offer() -> None:
    assert {(old, new) for _, old, new in _applicable_edits()} >= {
        edit for edit in SKELETON_EDITS if not edit[0].startswith("a=group:BUNDLE 0")
    }


@pytest.mark.parametrize(("browser", "old", "new"), _applicable_edits())
def test_edits_of_kept_lines_agree(browser: str, old: str, new: str) -> None:
    text = sdp.sample_offer(browser).replace(old, new, 1)
    _agrees(text)
    _same_verdict(text)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a=sendrecv\r\n", "a=sendrecv\r\r\n"),  # a bare CR after a dropped line
        ("a=sendrecv\r\n", "a=sendrecv\r\n\n"),  # a bare LF after one
        ("a=sendrecv\r\n", "a=sendrecv\r\n\r\n"),  # an empty line after one
        ("\r\na=sendrecv", "\na=sendrecv"),  # a bare LF before one
        ("\r\na=sendrecv", "\r\r\na=sendrecv"),
        ("\r\na=sendrecv", "\r\n\r\na=sendrecv"),
    ],
)
def test_line_breaks_next_to_dropped_lines_fall_back(old: str, new: str) -> None:
    """Dropped lines take their CRLF with them: a bare CR/LF or an empty line beside one is
    still seen, and the text is left to the loop."""
    assert old in BASE
    text = BASE.replace(old, new, 1)
    assert quick_scan(text) is None
