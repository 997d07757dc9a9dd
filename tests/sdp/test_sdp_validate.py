"""validate_offer / validate_answer on real SDPs and on the mistakes people make."""

from __future__ import annotations

import pytest
from sdp_fixture_data import ANSWERS, read_sdp

from realtime_ext import sdp
from realtime_ext.sdp import SDPError, parse, validate_offer
from realtime_ext.sdp._lines import Attribute
from realtime_ext.sdp._validate import validate_answer

AUDIO_OFFERS = [
    "chrome_audio_offer.sdp",
    "firefox_audio_offer.sdp",
    "safari_offer.sdp",
    "kvs_chrome_linux_offer.sdp",
    "kvs_safari_mac_offer.sdp",
]


@pytest.mark.parametrize("name", AUDIO_OFFERS)
def test_real_browser_offers_pass(name: str) -> None:
    text = read_sdp(name)
    desc = validate_offer(text)
    assert isinstance(desc, sdp.SessionDescription)
    assert sdp.serialise(desc) == text
    assert validate_offer(desc) is desc


@pytest.mark.parametrize("name", ANSWERS)
def test_real_answers_pass(name: str) -> None:
    validate_answer(read_sdp(name))


def test_empty_offer() -> None:
    with pytest.raises(SDPError, match="the SDP offer is empty"):
        validate_offer("")
    with pytest.raises(SDPError, match="empty"):
        validate_offer(" \r\n")


def test_garbage_offer() -> None:
    with pytest.raises(SDPError) as info:
        validate_offer("<html>502 Bad Gateway</html>")
    assert info.value.line == 1
    assert "malformed" in str(info.value) and "v=0" in str(info.value)


def test_answer_passed_as_offer() -> None:
    with pytest.raises(SDPError, match="answer passed as an offer") as info:
        validate_offer(read_sdp("freeswitch_answer.sdp"))
    assert info.value.line == 12  # the a=setup:active line


def test_offer_passed_as_answer() -> None:
    with pytest.raises(SDPError, match="offer passed as an answer") as info:
        validate_answer(read_sdp("chrome_audio_offer.sdp"))
    assert info.value.line == 18


def test_video_only_offer_has_no_audio() -> None:
    with pytest.raises(SDPError, match="no active audio section") as info:
        validate_offer(read_sdp("chrome_video_offer.sdp"))
    assert info.value.line == 7


def test_data_channel_only_offer_has_no_audio() -> None:
    with pytest.raises(SDPError, match="found: application"):
        validate_offer(read_sdp("firefox_datachannel_offer.sdp"))


def _drop(text: str, prefix: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(prefix))


def test_missing_ice_credentials() -> None:
    text = read_sdp("chrome_audio_offer.sdp")
    with pytest.raises(SDPError, match=r"no ICE username fragment") as info:
        validate_offer(_drop(text, "a=ice-ufrag"))
    assert info.value.line == 7
    with pytest.raises(SDPError, match=r"no ICE password"):
        validate_offer(_drop(text, "a=ice-pwd"))
    with pytest.raises(SDPError, match=r"invalid a=ice-pwd"):
        validate_offer(text.replace("a=ice-pwd:uK8IlylxzDMUhrkVzdmj0M+v", "a=ice-pwd:short"))
    # Both missing: the username fragment is named, as it is looked up first.
    with pytest.raises(SDPError, match=r"no ICE username fragment \(a=ice-ufrag\)"):
        validate_offer(_drop(_drop(text, "a=ice-pwd"), "a=ice-ufrag"))
    with pytest.raises(SDPError, match=r"invalid a=ice-ufrag"):
        validate_offer(text.replace("a=ice-ufrag:5+Ix", "a=ice-ufrag:5+I"))


def test_missing_fingerprint() -> None:
    text = read_sdp("kvs_chrome_linux_offer.sdp")
    with pytest.raises(SDPError, match="no DTLS fingerprint"):
        validate_offer(_drop(text, "a=fingerprint"))
    with pytest.raises(SDPError, match="hex byte pairs"):
        validate_offer(text.replace("sha-256 E4:01", "sha-256 ZZ:01"))


def test_missing_setup() -> None:
    with pytest.raises(SDPError, match="no a=setup; an offer needs a=setup:actpass"):
        validate_offer(_drop(read_sdp("chrome_audio_offer.sdp"), "a=setup"))


def test_no_usable_audio_codec() -> None:
    desc = parse(read_sdp("chrome_audio_offer.sdp"))
    audio = desc.media[0]
    audio.formats = tuple(f for f in audio.formats if f not in ("111", "0", "8"))
    with pytest.raises(SDPError, match=r"no usable codec \(offered: ISAC") as info:
        validate_offer(desc)
    assert info.value.line == 7


def test_rejected_sections_need_no_transport() -> None:
    text = read_sdp("kvs_chrome_linux_offer.sdp")
    desc = parse(text)
    video = desc.media[0]
    video.port = 0
    video.lines[:] = [
        x for x in video.lines if not (isinstance(x, Attribute) and x.name.startswith("ice-"))
    ]
    validate_offer(desc)


def test_errors_are_value_errors_and_do_not_echo_passwords() -> None:
    text = read_sdp("chrome_audio_offer.sdp").replace(
        "a=ice-pwd:uK8IlylxzDMUhrkVzdmj0M+v", "a=ice-pwd:uK8Ily!xzDMUhrkVzdmj0M+v"
    )
    with pytest.raises(ValueError) as info:
        validate_offer(text)
    assert "uK8Ily" not in str(info.value)


def test_wrong_argument_type() -> None:
    with pytest.raises(SDPError, match="must be a str or SessionDescription"):
        validate_offer(None)  # type: ignore[arg-type]
