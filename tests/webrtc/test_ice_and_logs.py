"""ICE passwords never reach logs, and which STUN server a call contacts is explicit
(issue 23, finding 9)."""

from __future__ import annotations

import logging

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext._redact import redact
from realtime_ext.webrtc import WebRTC
from realtime_ext.webrtc._call import DEFAULT_STUN_SERVERS, ice_server_urls
from realtime_ext.webrtc._deps import require_aiortc

PWD = "uK8IlylxzDMUhrkVzdmj0M+v"
SDP = f"v=0\r\na=ice-ufrag:5+Ix\r\na=ice-pwd:{PWD}\r\na=setup:actpass\r\n"


def test_redact_masks_ice_passwords_in_every_spelling() -> None:
    for text in (SDP, f"'ice-pwd': '{PWD}'", f"ice-pwd={PWD}", f"A=ICE-PWD:{PWD}"):
        out = redact(text)
        assert PWD not in out and "***" in out
    assert "a=ice-ufrag:5+Ix" in redact(SDP)  # the username fragment is public


def test_aiortc_debug_logs_of_a_description_are_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    require_aiortc()  # puts the filter on aiortc's and aioice's loggers
    import aiortc.rtcpeerconnection as module

    with caplog.at_level(logging.DEBUG, logger="aiortc"):
        # What RTCPeerConnection.setLocalDescription logs at DEBUG.
        module.logger.debug("RTCPeerConnection() setLocalDescription(%s)\n%s", "offer", SDP)
    assert caplog.records
    text = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert PWD not in text and "a=ice-pwd:***" in text
    for name in ("aiortc.rtcpeerconnection", "aioice.ice"):
        assert logging.getLogger(name).filters, name


def test_stun_defaults_are_explicit_and_can_be_turned_off() -> None:
    assert ice_server_urls(None, local=False) == list(DEFAULT_STUN_SERVERS)
    assert ice_server_urls(None, local=True) == []
    assert ice_server_urls([], local=False) == []
    assert ice_server_urls(["stun:stun.example.net:3478"], local=False) == [
        "stun:stun.example.net:3478"
    ]
    with pytest.raises(InvalidArgumentError):
        ice_server_urls("stun:one.example", local=False)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        ice_server_urls(["http://not-stun"], local=False)
    for bad in (float("nan"), 5, object()):  # TypeError from list() before
        with pytest.raises(InvalidArgumentError, match=r"^ice_servers must be a list of URLs"):
            ice_server_urls(bad, local=False)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError) as caught:
        ice_server_urls(["turns:user:pw0123456789@turn.example", 5], local=False)  # type: ignore[list-item]
    assert "got 5" in str(caught.value)


@pytest.mark.parametrize("loopback", ["yes", 1, 0.0])
def test_loopback_must_be_a_bool_or_none(loopback: object) -> None:
    # It was read for its truthiness: "no" meant loopback on.
    from realtime_ext import RealtimeClient

    client = RealtimeClient(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9/v1")
    with client, pytest.raises(InvalidArgumentError, match=r"^loopback must be True, False"):
        WebRTC(client).connect(loopback=loopback)  # type: ignore[arg-type]


def test_a_wav_audio_in_is_read_off_the_event_loop(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CPU and I/O that grow with the file never run on the loop (issue 23)."""
    import asyncio
    import threading
    from pathlib import Path
    from types import SimpleNamespace

    import realtime_ext.webrtc._peer_async as peer_module
    from realtime_ext.webrtc._async import open_call
    from realtime_ext.webrtc._call import CallRequest, PeerOptions

    seen: list[bool] = []

    def fake_audio_source(audio_in: object, sample_rate: int) -> object:
        seen.append(threading.current_thread() is threading.main_thread())
        raise InvalidArgumentError("stop here")

    monkeypatch.setattr(peer_module, "audio_source", fake_audio_source)
    path = Path(str(tmp_path)) / "in.wav"
    with pytest.raises(InvalidArgumentError, match="stop here"):
        calls = SimpleNamespace(create=None, hangup=None)  # never reached: audio_in fails first
        options = PeerOptions("http://127.0.0.1:1/v1", audio_in=path)
        asyncio.run(open_call(calls, options, CallRequest()))  # type: ignore[arg-type]
    assert seen == [False]  # called, and not on the loop's (main) thread
