"""Round-trips and field values on real SDPs from browsers and servers."""

from __future__ import annotations

import pytest
from sdp_fixture_data import FIXTURES, read_sdp

from realtime_ext import sdp
from realtime_ext.sdp import SDPError, parse, serialise
from realtime_ext.sdp._inspect import candidates_by_type, data_channel_section, guess_type
from realtime_ext.sdp._lines import GenericLine
from realtime_ext.sdp._parse import parse_candidate


def test_fixtures_are_crlf_and_cover_the_required_kinds() -> None:
    assert len(FIXTURES) >= 6
    for name in FIXTURES:
        raw = read_sdp(name)
        assert raw.endswith("\r\n")
        assert raw.count("\n") == raw.count("\r\n"), name
    joined = " ".join(FIXTURES)
    for needed in ("chrome", "firefox", "safari", "answer", "datachannel"):
        assert needed in joined


@pytest.mark.parametrize("fixture_name", FIXTURES)
def test_round_trip_is_exact(fixture_name: str) -> None:
    text = read_sdp(fixture_name)
    desc = parse(text)
    assert not desc.normalised
    assert serialise(desc) == text
    assert str(desc) == text


@pytest.mark.parametrize("fixture_name", FIXTURES)
def test_lf_input_is_accepted_normalised_and_flagged(fixture_name: str) -> None:
    text = read_sdp(fixture_name)
    desc = parse(text.replace("\r\n", "\n"))
    assert desc.normalised
    assert serialise(desc) == text


def test_missing_final_line_break_is_flagged() -> None:
    text = read_sdp("chrome_audio_offer.sdp")
    desc = parse(text[:-2])
    assert desc.normalised
    assert serialise(desc) == text


def test_chrome_audio_offer_fields() -> None:
    desc = parse(read_sdp("chrome_audio_offer.sdp"))
    assert desc.version == 0
    assert desc.origin.session_id == "863426017819471768"
    assert desc.origin.session_version == 2
    assert desc.session_name == "-"
    assert (desc.timing.start, desc.timing.stop) == (0, 0)
    assert desc.bundle == ["audio"]
    assert desc.ice_lite is False
    (m,) = desc.media
    assert (m.kind, m.port, m.protocol) == ("audio", 45076, "UDP/TLS/RTP/SAVPF")
    assert m.formats[:3] == ("111", "103", "104")
    assert m.mid == "audio"
    assert m.direction == "sendrecv"
    assert m.rtcp_mux
    assert (m.ice_ufrag, m.ice_pwd) == ("5+Ix", "uK8IlylxzDMUhrkVzdmj0M+v")
    assert m.ice_options == ["trickle"]
    assert m.setup == "actpass"
    assert m.fingerprints[0].hash_function == "sha-256"
    assert m.fingerprints[0].value.startswith("6B:8B:5D")
    assert len(m.candidates) == 4
    c = m.candidates[2]
    assert (c.foundation, c.component, c.transport, c.priority) == (
        "3496416974",
        1,
        "tcp",
        1518283007,
    )
    assert (c.address, c.port, c.type) == ("2a02:a03f:3eb0:e000:b0aa:d60a:cff2:933c", 9, "host")
    assert ("tcptype", "active") in c.extensions
    assert m.rtpmap[111].encoding_name == "opus"
    assert (m.rtpmap[111].clock_rate, m.rtpmap[111].channels) == (48000, 2)
    assert m.rtpmap[0].channels is None
    assert m.fmtp[111].params == {"minptime": "10", "useinbandfec": "1"}
    assert [fb.type for fb in m.rtcp_fb["111"]] == ["transport-cc"]
    assert m.extmaps[0].id == 1
    assert m.extmaps[0].uri == "urn:ietf:params:rtp-hdrext:ssrc-audio-level"
    assert {s.attribute for s in m.ssrcs} == {"cname", "msid", "mslabel", "label"}
    assert m.ssrcs[0].ssrc == 1944796561
    assert m.sctp_port is None
    assert [a.value for a in desc.media[0].attributes("rtcp")] == ["9 IN IP4 0.0.0.0"]


def test_firefox_offer_session_level_fingerprint_and_extmap_direction() -> None:
    desc = parse(read_sdp("firefox_audio_offer.sdp"))
    assert desc.origin.username == "mozilla...THIS_IS_SDPARTA-58.0.1"
    assert desc.fingerprints[0].value.startswith("EB:A9:3E")
    assert desc.ice_options == ["trickle"]
    m = desc.media[0]
    assert m.fingerprints == []
    assert m.extmaps[0].direction == "sendonly"
    assert m.extmaps[1].direction is None
    assert m.end_of_candidates
    assert {c.component for c in m.candidates} == {1, 2}
    assert m.candidates[0].transport == "UDP"
    assert m.fmtp[101].params == {"0-15": None}
    assert m.msids[0].stream_id.startswith("{dee771c7")
    assert m.msids[0].track_id is not None


def test_data_channel_sections() -> None:
    ff = parse(read_sdp("firefox_datachannel_offer.sdp"))
    assert sdp._inspect.has_data_channel(ff)
    app = data_channel_section(ff)
    assert app is not None
    # Firefox 58 still used the pre-RFC 8841 form: DTLS/SCTP with a=sctpmap.
    assert (app.kind, app.protocol) == ("application", "DTLS/SCTP")
    assert app.formats == ("5000",)
    assert app.sctp_port == 5000
    assert app.max_message_size == 1073741823

    safari = parse(read_sdp("kvs_safari_mac_offer.sdp"))
    app = data_channel_section(safari)
    assert app is not None and (app.sctp_port, app.max_message_size) == (5000, 262144)
    assert (app.protocol, app.formats) == ("UDP/DTLS/SCTP", ("webrtc-datachannel",))

    legacy = parse(read_sdp("safari_offer.sdp"))
    app = data_channel_section(legacy)
    assert app is not None and app.protocol == "DTLS/SCTP" and app.sctp_port == 5000

    assert not sdp._inspect.has_data_channel(parse(read_sdp("chrome_audio_offer.sdp")))


def test_server_answer_fields() -> None:
    desc = parse(read_sdp("freeswitch_answer.sdp"))
    assert desc.session_name == "FreeSWITCH"
    assert desc.connection is not None and desc.connection.address == "1.2.3.4"
    assert desc.bundle == []
    m = desc.media[0]
    assert m.setup == "active"
    assert m.direction is None
    assert m.candidates[0].foundation == "0560693492"
    assert [c.name for c in sdp._inspect.audio_codecs(desc)] == ["PCMA", "telephone-event"]
    assert guess_type(desc) == "answer"


def test_candidates_by_type_and_related_address() -> None:
    desc = parse(read_sdp("safari_offer.sdp"))
    groups = candidates_by_type(desc)
    assert set(groups) == {"host", "srflx"}
    srflx = groups["srflx"][0]
    assert srflx.related_address is not None and srflx.related_port is not None
    assert sdp._inspect.candidates(desc, "srflx") == groups["srflx"]


def test_video_rtcp_fb_and_ssrc_groups() -> None:
    desc = parse(read_sdp("kvs_chrome_linux_offer.sdp"))
    video = desc.media[0]
    assert [(f.type, f.subtype) for f in video.rtcp_fb["96"]][-1] == ("nack", "pli")
    assert video.fmtp[97].params == {"apt": "96"}
    assert video.direction == "recvonly"
    codecs = sdp._inspect.codecs(video)
    assert codecs[0].name == "VP8" and "nack pli" in codecs[0].feedback


def test_unmodelled_lines_are_kept_in_order() -> None:
    text = (
        "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\ni=info\r\nt=0 0\r\na=x-custom:1\r\n"
        "m=audio 9 RTP/AVP 0\r\nb=AS:64\r\na=future-thing\r\nx=odd\r\n"
    )
    desc = parse(text)
    assert serialise(desc) == text
    assert isinstance(desc.lines[3], GenericLine)
    assert desc.media[0].attributes("future-thing")[0].value is None
    assert isinstance(desc.media[0].lines[3], GenericLine)


def test_parse_candidate_trickle_string() -> None:
    c = parse_candidate(
        "candidate:842163049 1 udp 1677729535 203.0.113.7 52200 typ srflx "
        "raddr 0.0.0.0 rport 0 generation 0 network-cost 999"
    )
    assert (c.type, c.related_address, c.related_port) == ("srflx", "0.0.0.0", 0)
    assert c.extensions == (("generation", "0"), ("network-cost", "999"))
    c.port = 1
    assert c.candidate_string().startswith("candidate:842163049 1 udp 1677729535 203.0.113.7 1 ")
    with pytest.raises(SDPError, match="must start with 'candidate:'"):
        parse_candidate("nope")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("", None, "empty"),
        ("   \r\n", None, "empty"),
        ("hello world", 1, "first line must be 'v=0'"),
        ("a=group:BUNDLE 0\r\nv=0\r\n", 1, "first line must be 'v=0'"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n", None, "no 't='"),
        ("v=0\r\nv=0\r\n", 2, "duplicate 'v='"),
        ("v=x\r\n", 1, "v= version must be a non-negative integer"),
        ("v=0\r\no=- 1 1 IN IP4\r\n", 2, "o= needs"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio x RTP/AVP 0\r\n", 5, "port"),
        (
            "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 70000 RTP/AVP 0\r\n",
            5,
            "65535",
        ),
        (
            "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\ns=-\r\n",
            6,
            "session part",
        ),
        (
            "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=rtpmap:abc opus/1\r\n",
            5,
            "payload type",
        ),
        (
            "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=rtpmap:96 opus\r\n",
            5,
            "rtpmap needs",
        ),
        (
            "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=candidate:1 1 udp\r\n",
            5,
            "candidate",
        ),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n\r\na=x\r\n", 5, "empty line"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=\r\n", 5, "no name"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n a=x\r\n", 5, "expected '<letter>="),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=x\ry\r\n", 5, "carriage return"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=sctp-port:+5\r\n", 5, "sctp-port"),
    ],
)
def test_malformed_input_gives_sdp_error_with_line(
    text: str, line: int | None, fragment: str
) -> None:
    with pytest.raises(SDPError) as info:
        parse(text)
    assert isinstance(info.value, ValueError)
    assert info.value.line == line
    assert fragment in str(info.value)


def test_non_str_input_is_an_sdp_error() -> None:
    with pytest.raises(SDPError, match="must be a str"):
        parse(b"v=0\r\n")  # type: ignore[arg-type]
