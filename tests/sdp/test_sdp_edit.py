"""Edits keep the description valid and serialise as expected."""

from __future__ import annotations

import pytest
from sdp_fixture_data import read_sdp

from realtime_ext import InvalidArgumentError, sdp
from realtime_ext.sdp import SDPError, parse, serialise, validate_offer
from realtime_ext.sdp._lines import RtpMap


def test_editing_one_field_changes_only_that_line() -> None:
    text = read_sdp("chrome_audio_offer.sdp")
    desc = parse(text)
    desc.media[0].port = 9
    desc.origin.session_version = 3
    out = serialise(desc)
    before, after = text.split("\r\n"), out.split("\r\n")
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ("o=- 863426017819471768 2 IN IP4 127.0.0.1", "o=- 863426017819471768 3 IN IP4 127.0.0.1"),
        (
            "m=audio 45076 UDP/TLS/RTP/SAVPF 111 103 104 9 0 8 106 105 13 110 112 113 126",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 103 104 9 0 8 106 105 13 110 112 113 126",
        ),
    ]
    assert parse(out).media[0].port == 9
    validate_offer(out)


def test_setters_add_and_remove_attributes() -> None:
    desc = parse(read_sdp("freeswitch_answer.sdp"))
    m = desc.media[0]
    m.mid = "0"
    m.direction = "recvonly"
    m.rtcp_mux = False
    m.setup = "passive"
    again = parse(serialise(desc)).media[0]
    assert (again.mid, again.direction, again.rtcp_mux, again.setup) == (
        "0",
        "recvonly",
        False,
        "passive",
    )
    with pytest.raises(InvalidArgumentError, match="direction must be one of"):
        m.direction = "sideways"


def test_the_session_level_reads_and_sets_ice_and_dtls_as_a_section_does() -> None:
    # One set of accessors for both levels: a session-level credential is read and edited
    # like a section's, and each level keeps its own lines.
    desc = parse(read_sdp("chrome_audio_offer.sdp"))
    section_ufrag = desc.media[0].ice_ufrag
    assert desc.ice_ufrag is None
    desc.ice_ufrag, desc.ice_pwd, desc.setup = "sessU", "sessP" * 5, "actpass"
    again = parse(serialise(desc))
    assert (again.ice_ufrag, again.ice_pwd, again.setup) == ("sessU", "sessP" * 5, "actpass")
    assert again.media[0].ice_ufrag == section_ufrag
    desc.ice_ufrag = None
    assert parse(serialise(desc)).ice_ufrag is None


def test_prefer_codec_reorders_formats_and_lines() -> None:
    desc = parse(read_sdp("chrome_audio_offer.sdp"))
    sdp.prefer_codec(desc, "PCMA")
    m = desc.media[0]
    assert m.formats[0] == "8"
    assert sorted(m.formats) == sorted(parse(read_sdp("chrome_audio_offer.sdp")).media[0].formats)
    out = serialise(desc)
    reparsed = validate_offer(out)
    assert [c.name for c in sdp._inspect.audio_codecs(reparsed)][:2] == ["PCMA", "opus"]
    rtpmap_order = [x.payload_type for x in reparsed.media[0].lines if isinstance(x, RtpMap)]
    assert rtpmap_order[:2] == [8, 111]
    # The opus fmtp/rtcp-fb lines still follow the opus rtpmap.
    lines = out.split("\r\n")
    i = lines.index("a=rtpmap:111 opus/48000/2")
    assert lines[i + 1 : i + 3] == [
        "a=rtcp-fb:111 transport-cc",
        "a=fmtp:111 minptime=10;useinbandfec=1",
    ]


def test_prefer_codec_keeps_rtx_with_its_primary() -> None:
    desc = parse(read_sdp("kvs_chrome_linux_offer.sdp"))
    sdp.prefer_codec(desc, "h264", kind="video")
    assert desc.media[0].formats[:4] == ("102", "121", "127", "120")
    assert parse(serialise(desc)).media[0].formats == desc.media[0].formats


def test_prefer_codec_already_first_is_a_no_op() -> None:
    text = read_sdp("chrome_audio_offer.sdp")
    assert serialise(sdp.prefer_codec(parse(text), "opus")) == text


def test_prefer_missing_codec() -> None:
    with pytest.raises(SDPError, match=r"'g729' is not offered in any audio section \(offered: CN"):
        sdp.prefer_codec(parse(read_sdp("chrome_audio_offer.sdp")), "g729")


def test_summary_is_short_and_omits_passwords() -> None:
    for name in ("kvs_chrome_linux_offer.sdp", "freeswitch_answer.sdp", "safari_offer.sdp"):
        desc = parse(read_sdp(name))
        text = sdp.summary(desc)
        assert len(text.splitlines()) <= 25
        assert all(len(line) <= 120 for line in text.splitlines())
        for m in desc.media:
            if m.ice_pwd:
                assert m.ice_pwd not in text
    text = sdp.summary(parse(read_sdp("kvs_chrome_linux_offer.sdp")))
    assert text.startswith("SDP (offer)")
    assert "opus/48000/2 (111)" in text
    assert "data channel: sctp-port 5000, max-message-size 262144" in text
    assert "SDP (answer)" in sdp.summary(parse(read_sdp("freeswitch_answer.sdp")))
