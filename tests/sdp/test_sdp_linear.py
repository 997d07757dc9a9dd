"""Offer validation is one linear pass with a size limit first (issue 23, finding 1).

No wall-clock assertions: growth is measured by counting the Python function calls a check
makes (sys.setprofile), and the size limit by proving the text is never split.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from sdp_fixture_data import FIXTURES, OFFERS, read_sdp
from test_sdp_fuzz import mutated

from realtime_ext import sdp
from realtime_ext.sdp import _parse
from realtime_ext.sdp._parse import parse_candidate
from realtime_ext.sdp._validate import check_offer
from support.fuzz import examples

FINGERPRINT = "sha-256 " + ":".join(["AB"] * 32)


def bundled_offer(sections: int) -> str:
    """A valid offer with ``sections`` audio sections all in one BUNDLE group."""
    head = (
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE "
        + " ".join(str(i) for i in range(sections))
        + "\r\n"
    )
    body = "".join(
        f"m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:{i}\r\n"
        + (
            f"a=ice-ufrag:abcd\r\na=ice-pwd:abcdefghijklmnopqrstuvwx\r\na=fingerprint:{FINGERPRINT}\r\n"
            if i == 0
            else ""
        )
        + "a=setup:actpass\r\na=rtpmap:111 opus/48000/2\r\n"
        for i in range(sections)
    )
    return head + body


def count_calls(check: Callable[[], object]) -> int:
    calls = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        check()
    finally:
        sys.setprofile(None)
    return calls


CHECKS: dict[str, Callable[[str], object]] = {
    "validate_offer(str)": sdp.validate_offer,
    "validate_offer(parsed)": lambda text: sdp.validate_offer(sdp.parse(text)),
    "check_offer (calls.create)": check_offer,
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_work_grows_linearly_with_bundled_sections(name: str) -> None:
    check = CHECKS[name]
    small, large = bundled_offer(100), bundled_offer(800)
    assert len(large) < _parse.MAX_SDP_LENGTH
    check(small)
    check(large)  # both valid: the checks run to the end
    ratio = count_calls(lambda: check(large)) / count_calls(lambda: check(small))
    # 8x the sections: linear work is ~8x; the old per-section scan of every section was ~64x.
    assert ratio < 10, ratio


@pytest.mark.parametrize(
    "check",
    [sdp.parse, sdp.validate_offer, sdp._validate.validate_answer, check_offer, parse_candidate],
)
def test_ten_megabyte_offer_is_refused_by_size_before_any_pass(
    check: Callable[[str], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_split(text: str) -> object:
        raise AssertionError("the text was split: the size limit came too late")

    monkeypatch.setattr(_parse, "_split", no_split)
    monkeypatch.setattr("realtime_ext.sdp._facts._split", no_split)
    huge = "v=0\r\n" + "a=x:" + "y" * 10_000_000 + "\r\n"
    with pytest.raises(sdp.SDPError, match=r"10,000,011 characters, more than the 262,144"):
        check(huge)

    # Counted work for a refused offer is small and the same whatever its length.
    def refuse(text: str) -> Callable[[], None]:
        def run() -> None:
            with pytest.raises(sdp.SDPError):
                check(text)

        return run

    just_over = "v=0\r\n" + "a=x:" + "y" * _parse.MAX_SDP_LENGTH + "\r\n"
    counted = count_calls(refuse(huge))
    assert counted == count_calls(refuse(just_over))
    assert counted < 200


def test_offer_at_the_limit_still_parses() -> None:
    offer = read_sdp(OFFERS[0])
    padded = offer + "a=x-pad:" + "p" * (_parse.MAX_SDP_LENGTH - len(offer) - 10) + "\r\n"
    assert len(padded) <= _parse.MAX_SDP_LENGTH
    sdp.parse(padded)


def _outcome(check: Callable[[str], object], text: str) -> tuple[str, int | None] | None:
    try:
        check(text)
    except sdp.SDPError as exc:
        return exc.reason, exc.line
    return None


@pytest.mark.parametrize("name", FIXTURES)
def test_fast_check_agrees_with_validate_offer_on_fixtures(name: str) -> None:
    text = read_sdp(name)
    assert _outcome(check_offer, text) == _outcome(sdp.validate_offer, text)


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_fast_check_agrees_with_validate_offer_on_mutations(text: str) -> None:
    """calls.create's one-pass check refuses exactly what validate_offer refuses, alike."""
    assert _outcome(check_offer, text) == _outcome(sdp.validate_offer, text)


def _huge_description(lines: int, size: int) -> sdp.SessionDescription:
    """A parsed browser offer grown to ``size`` characters over ``lines`` added lines."""
    from realtime_ext.sdp._lines import Attribute

    desc = sdp.parse(read_sdp(OFFERS[0]))
    pad = "p" * (size // lines)
    desc.media[0].lines.extend(Attribute("x-pad", pad) for _ in range(lines))
    return desc


@pytest.mark.parametrize("lines", [1, 10_000])
@pytest.mark.parametrize("check", [sdp.validate_offer, sdp._validate.validate_answer])
def test_ten_megabyte_description_object_is_refused_by_size_first(
    check: Callable[[sdp.SessionDescription], object],
    lines: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A SessionDescription is held to the text limit too: one huge line or many lines."""
    desc = _huge_description(lines, 10_000_000)

    def no_checks(desc: object) -> object:
        raise AssertionError("the description was read before its size was checked")

    monkeypatch.setattr("realtime_ext.sdp._validate.from_model", no_checks)
    with pytest.raises(sdp.SDPError, match=r"more than the 262,144 characters accepted"):
        check(desc)


def test_description_object_size_check_stops_at_the_limit() -> None:
    """Counted work to refuse a 10 MB description is that of one just over the limit."""
    huge = _huge_description(10_000, 10_000_000)
    just_over = _huge_description(10_000, _parse.MAX_SDP_LENGTH)

    def refuse(desc: sdp.SessionDescription) -> Callable[[], None]:
        def run() -> None:
            with pytest.raises(sdp.SDPError, match="more than"):
                sdp.validate_offer(desc)

        return run

    counted = count_calls(refuse(huge))
    assert counted < 2 * count_calls(refuse(just_over))


def test_description_object_within_the_limit_is_checked_as_before() -> None:
    desc = sdp.parse(read_sdp(OFFERS[0]))
    assert sdp.validate_offer(desc) is desc
