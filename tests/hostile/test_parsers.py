"""Hostile SDP, webhooks, events and WAV files: only the SDK's own errors, within budget."""

from __future__ import annotations

import contextlib
import struct
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from realtime_ext import InvalidArgumentError, sdp
from realtime_ext.events import EventDecodeError, parse_server_event
from realtime_ext.sdp._validate import check_offer
from realtime_ext.webhooks import WebhookError, sign, unwrap, verify
from realtime_ext.webrtc._audio import audio_source

from .conftest import Budget

SECRET = "whsec_" + "c2VjcmV0LWtleS1mb3ItaG9zdGlsZS10ZXN0cw=="
HEAD = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
FP = "sha-256 " + ":".join(["AB"] * 32)


def bundled(sections: int) -> str:
    mids = " ".join(str(i) for i in range(sections))
    body = "".join(
        f"m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:{i}\r\na=setup:actpass\r\n"
        "a=rtpmap:111 opus/48000/2\r\n"
        for i in range(sections)
    )
    creds = f"a=ice-ufrag:abcd\r\na=ice-pwd:abcdefghijklmnopqrstuvwx\r\na=fingerprint:{FP}\r\n"
    return HEAD + f"a=group:BUNDLE {mids}\r\n" + creds + body


SDP_CASES: dict[str, str] = {
    "10 MB offer": HEAD + "a=x:" + "y" * 10_000_000 + "\r\n",
    "bundle at the size limit": bundled(2600)[: sdp._parse.MAX_SDP_LENGTH],
    "whitespace group": HEAD + "a=group:  \r\n",
    "whitespace ssrc-group": HEAD + "m=audio 9 RTP/AVP 0\r\na=ssrc-group: \r\n",
    "5000-digit port": HEAD + "m=audio " + "9" * 5000 + " RTP/AVP 0\r\n",
    "100k lines": HEAD + "a=x\r\n" * 100_000,
    "one 250 KB line": HEAD + "a=candidate:" + "1 " * 120_000 + "\r\n",
}


@pytest.mark.parametrize("name", list(SDP_CASES))
@pytest.mark.parametrize(
    "check",
    [sdp.parse, sdp.validate_offer, check_offer],
    ids=["parse", "validate_offer", "calls.create check"],
)
def test_sdp(budget: Callable[..., Budget], name: str, check: Callable[[str], object]) -> None:
    text = SDP_CASES[name]

    def case() -> None:
        with contextlib.suppress(sdp.SDPError):
            check(text)

    budget(seconds=30, mib=64).run(case)


WEBHOOK_BODY = '{"type": "realtime.call.incoming", "data": {"call_id": "rtc_1"}}'


def _headers(**override: str) -> dict[str, str]:
    headers = dict(sign(WEBHOOK_BODY, SECRET))
    headers.update(override)
    return headers


WEBHOOK_CASES: dict[str, tuple[str, dict[str, str]]] = {
    "5000-digit timestamp": (WEBHOOK_BODY, _headers(**{"webhook-timestamp": "9" * 5000})),
    "whitespace headers": (
        WEBHOOK_BODY,
        _headers(**{"webhook-id": " ", "webhook-signature": "\t"}),
    ),
    "16 MiB body, bad signature": ("x" * 16 * 2**20, _headers()),
    "10k signature entries": (WEBHOOK_BODY, _headers(**{"webhook-signature": "v1,AAAA " * 10_000})),
}


@pytest.mark.parametrize("name", list(WEBHOOK_CASES))
def test_webhooks(budget: Callable[..., Budget], name: str) -> None:
    body, headers = WEBHOOK_CASES[name]

    def case() -> None:
        for check in (verify, unwrap):
            with contextlib.suppress(WebhookError):
                check(body, headers, secret=SECRET)

    budget(seconds=30, mib=96).run(case)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_signed_deep_webhook_body(budget: Callable[..., Budget], depth: int) -> None:
    body = '{"type":"realtime.call.incoming","data":' + "[" * depth + "]" * depth + "}"
    headers = sign(body, SECRET)

    def case() -> None:
        with contextlib.suppress(WebhookError):
            unwrap(body, headers, secret=SECRET)

    budget(seconds=30, mib=64).run(case)


EVENT_CASES: dict[str, str | bytes] = {
    "100k-deep array": "[" * 100_000 + "]" * 100_000,
    "100k-deep object": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "5000-digit number": '{"type": "response.done", "n": ' + "9" * 5000 + "}",
    "16 MB of text": '{"type": "response.output_text.delta", "delta": "' + "x" * 16 * 2**20 + '"}',
    "invalid UTF-8": b'{"type": "\xff\xfe"}',
    "whitespace": " \t\r\n ",
}


@pytest.mark.parametrize("name", list(EVENT_CASES))
def test_events(budget: Callable[..., Budget], name: str) -> None:
    message = EVENT_CASES[name]

    def case() -> None:
        with contextlib.suppress(EventDecodeError):
            parse_server_event(message)

    budget(seconds=30, mib=96).run(case)


def _wav(path: Path, rate: int, *, declared_frames: int | None = None) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * 1600)
    data = bytearray(path.read_bytes())
    data[24:28] = struct.pack("<I", rate)
    if declared_frames is not None:
        data[40:44] = struct.pack("<I", declared_frames)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("rate", "declared"),
    [(0, None), (2**32 - 1, None), (16000, 2**32 - 1), (48000, 2**31)],
    ids=["rate 0", "rate 2^32-1", "frames 2^32-1", "frames 2^31"],
)
def test_wav(
    budget: Callable[..., Budget], tmp_path: Path, rate: int, declared: int | None
) -> None:
    path = _wav(tmp_path / "hostile.wav", rate, declared_frames=declared)

    def case() -> None:
        with contextlib.suppress(InvalidArgumentError):
            audio_source(path)

    budget(seconds=30, mib=32).run(case)
