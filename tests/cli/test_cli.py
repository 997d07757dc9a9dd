"""The realtime-ext command line: every subcommand, human and --json output, error paths.

Runs ``main()`` in-process against the local fake Realtime server; one test runs the
installed entry point as a subprocess.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext import webhooks
from realtime_ext.cli import main
from realtime_ext.testing import FakeRealtimeServer

DATA = Path(__file__).resolve().parents[1] / "data" / "sdp"
SECRET = "whsec_dGVzdC1vbmx5LXdlYmhvb2stc2VjcmV0LWZvci1jbGk="


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


@pytest.fixture
def env(server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch) -> FakeRealtimeServer:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-cli-SECRET")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    return server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_secret_human_and_json(env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "secret", "--voice", "marin", "--expires-after", "600")
    assert code == 0, err
    value, expiry = out.strip().splitlines()
    assert value.startswith("ek_") and expiry.startswith("expires at 20")
    code, out, _ = run(capsys, "secret", "--session", '{"type": "realtime"}', "--json")
    data = json.loads(out)
    assert code == 0 and data["value"].startswith("ek_") and data["expires_at"]
    sent = env.requests[-1]
    assert json.loads(sent.body)["session"] == {"type": "realtime"}


def test_secret_errors_are_one_line(
    env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, "secret", "--session", "{not json")
    assert code == 1 and out == ""
    assert err.startswith("realtime-ext: error: --session is not valid JSON")
    assert err.count("\n") == 1
    monkeypatch.delenv("OPENAI_API_KEY")
    code, _, err = run(capsys, "secret")
    assert code == 1 and "OPENAI_API_KEY" in err and err.count("\n") == 1


def test_call_create_and_control(
    env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    offer = tmp_path / "offer.sdp"
    shutil.copy(DATA / "kvs_chrome_linux_offer.sdp", offer)
    answer_file = tmp_path / "answer.sdp"
    code, out, err = run(
        capsys,
        "call",
        "create",
        "--sdp",
        str(offer),
        "--session",
        '{"type": "realtime", "model": "gpt-realtime"}',
        "--answer-out",
        str(answer_file),
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["call_id"].startswith("rtc_")
    assert answer_file.read_text().startswith("v=0")
    code, out, _ = run(capsys, "call", "create", "--sdp", str(offer))
    assert code == 0 and out.startswith("call_id: rtc_") and "SDP (answer)" in out

    call = env.register_call()
    assert run(capsys, "call", "accept", call.id)[0] == 0
    assert env.calls[call.id].state == "accepted"
    code, out, _ = run(capsys, "call", "refer", call.id, "--target", "tel:+14155550123", "--json")
    assert code == 0 and json.loads(out)["referred_to"] == "tel:+14155550123"
    assert run(capsys, "call", "hangup", call.id)[0] == 0

    incoming = env.register_call()
    code, out, _ = run(capsys, "call", "reject", incoming.id, "--status-code", "486")
    assert code == 0 and out.strip() == f"rejected {incoming.id}"
    assert json.loads(env.requests[-1].body) == {"status_code": 486}


def test_call_error_paths(
    env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.sdp"
    shutil.copy(DATA / "freeswitch_answer.sdp", answer)
    code, _, err = run(capsys, "call", "create", "--sdp", str(answer))
    assert code == 1 and "setup" in err and err.count("\n") == 1
    code, _, err = run(capsys, "call", "create", "--sdp", str(tmp_path / "missing.sdp"))
    assert code == 1 and "no such file" in err
    code, _, err = run(capsys, "call", "refer", "rtc_x", "--target", "http://evil")
    assert code == 1 and "tel:" in err
    code, _, err = run(capsys, "call", "reject", "rtc_x", "--status-code", "200")
    assert code == 1 and "400" in err
    code, _, err = run(capsys, "call", "hangup", "rtc_unknown")
    assert code == 1 and "404" in err
    assert "sk-test-cli-SECRET" not in err


def _signed(tmp_path: Path, call_id: str = "rtc_cli") -> tuple[Path, dict[str, str]]:
    payload = json.dumps(
        {
            "object": "event",
            "id": "evt_cli",
            "type": "realtime.call.incoming",
            "created_at": int(time.time()),
            "data": {
                "call_id": call_id,
                "sip_headers": [
                    {"name": "From", "value": "<sip:+14155550123@example.com>;tag=9"},
                    {"name": "To", "value": "<sip:+18005550100@example.com>"},
                    {"name": "Call-ID", "value": "abc@example.com"},
                ],
            },
        }
    )
    body = tmp_path / "body.json"
    body.write_text(payload)
    return body, webhooks.sign(payload, SECRET, msg_id="msg_cli")


def test_webhook_verify(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body, headers = _signed(tmp_path)
    as_json = tmp_path / "headers.json"
    as_json.write_text(json.dumps(headers))
    code, out, err = run(
        capsys,
        "webhook",
        "verify",
        "--payload",
        str(body),
        "--headers",
        str(as_json),
        "--secret",
        SECRET,
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["call_id"] == "rtc_cli" and data["caller"] == "sip:+14155550123@example.com"
    as_lines = tmp_path / "headers.txt"
    as_lines.write_text(
        "POST /hook HTTP/1.1\n" + "".join(f"{k}: {v}\n" for k, v in headers.items())
    )
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    code, out, _ = run(
        capsys, "webhook", "verify", "--payload", str(body), "--headers", str(as_lines)
    )
    assert code == 0 and out.startswith("verified realtime.call.incoming evt_cli")

    body.write_text(body.read_text().replace("rtc_cli", "rtc_evil"))
    code, out, err = run(
        capsys, "webhook", "verify", "--payload", str(body), "--headers", str(as_json)
    )
    assert code == 1 and out == "" and "signature" in err.lower()
    assert SECRET not in err


def test_webhook_verify_names_the_headers_flag_when_its_json_is_bad(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The same JSON errors as --session's, naming --headers (and the line of a syntax error).
    body, _ = _signed(tmp_path)
    bad = tmp_path / "headers.json"
    argv = ["webhook", "verify", "--payload", str(body), "--headers", str(bad)]
    for text, message in (
        ('{"webhook-id": "x",\n  oops}', "--headers is not valid JSON: "),
        ('{"webhook-id": ' + "9" * 5000 + "}", "--headers is not decodable JSON (ValueError)"),
    ):
        bad.write_text(text)
        code, out, err = run(capsys, *argv, "--secret", SECRET)
        assert code == 1 and out == ""
        assert err.startswith(f"realtime-ext: error: {message}"), err
        assert ("(line 2)" in err) == ("oops" in text), err


def test_sdp_inspect(capsys: pytest.CaptureFixture[str]) -> None:
    offer = str(DATA / "safari_offer.sdp")
    code, out, _ = run(capsys, "sdp", "inspect", offer, "--validate", "offer")
    assert code == 0 and out.startswith("SDP (offer)")
    code, out, _ = run(capsys, "sdp", "inspect", offer, "--json")
    data = json.loads(out)
    assert data["data_channel"] is True and "opus" in [c.lower() for c in data["audio_codecs"]]
    code, _, err = run(
        capsys, "sdp", "inspect", str(DATA / "freeswitch_answer.sdp"), "--validate", "offer"
    )
    assert code == 1 and "line" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["call", "refer", "rtc_1"])
    assert exc.value.code == 2
    assert "--target" in capsys.readouterr().err


# The telemetry's log record of a response, as the demo prints it (realtime_ext/cli/_metrics).
METRICS_LINE = re.compile(
    r"metrics: response (?P<id>resp_\w+) (?P<status>\w+) \((?P<trigger>[\w.]+)\): "
    r"first audio (?P<audio>-|\d+ ms), first text (?P<text>-|\d+ ms), done (?P<done>\d+) ms, "
    r"audio (?P<audio_ms>-|\d+ ms), tokens in (?P<input>\d+) out (?P<output>\d+) "
    r"cached (?P<cached>\d+), cost (?P<cost>-|\$[\d.]+)"
)


def test_demo_runs_offline(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    code, out, err = run(capsys, "demo")
    assert code == 0, err
    for step in ("client secret", "WebRTC call", "webhook", "WebSocket", "held from Python"):
        assert step in out
    assert "assistant: " in out
    assert "audio in:  25 frames" in out and "hung up rtc_" in out
    assert out.rstrip().endswith("demo complete")

    # One metrics line per response, after its session: the text turn (step 4), then the
    # WebRTC call's spoken answer (step 5), then how long the call's answer played (its
    # output_audio_buffer.stopped came after response.done). Each is its log record's own
    # message.
    lines = [line for line in out.splitlines() if line.startswith("metrics: ")]
    records = [r for r in caplog.records if r.name == "realtime_ext.metrics"]
    assert lines == [f"metrics: {record.getMessage()}" for record in records]
    assert len(lines) == 3
    step4, step5 = out.index("== 4."), out.index("== 5.")
    assert step4 < out.index(lines[0]) < step5 < out.index(lines[1]) < out.index(lines[2])
    text_turn, call = (METRICS_LINE.fullmatch(line) for line in lines[:2])
    assert text_turn is not None and call is not None, lines
    # What the fake server answers: a completed response to this connection's
    # response.create; usage of 10 input tokens plus 5 per conversation item (the user's
    # text on the WebSocket), output one token per word of its default answer ("Hello!
    # This is the fake Realtime server.") plus ~20 per second of audio (300 ms on the call).
    assert text_turn["status"] == call["status"] == "completed"
    assert text_turn["trigger"] == call["trigger"] == "response.create"
    assert (text_turn["input"], text_turn["output"], text_turn["cached"]) == ("15", "7", "0")
    assert (call["input"], call["output"], call["cached"]) == ("10", "13", "0")
    # Priced by the table (realtime_ext.telemetry.PRICES): the text turn's 15 text tokens in
    # at $4/M and 7 out at $16/M; the call's answer has audio tokens, which gpt-realtime's
    # page gives no price for: no guess.
    assert text_turn["cost"] == "$0.000172" and call["cost"] == "-"
    # The text turn has text and no audio; the call's audio is media (first audio at
    # output_audio_buffer.started, no audio deltas to count: not played out at
    # response.done, its audio_ms comes when the buffer stops, in the third line).
    assert text_turn["audio"] == "-" and text_turn["audio_ms"] == "-"
    assert text_turn["text"] != "-" and call["audio"] != "-" and call["audio_ms"] == "-"
    for found, record in zip((text_turn, call), records, strict=False):
        figures = record.realtime_metrics  # type: ignore[attr-defined]
        assert found["id"] == figures["response_id"]
        assert int(found["done"]) == round(figures["duration_ms"])
    played = re.fullmatch(
        r"metrics: response (\S+) played (\d+) ms of audio \(it ended before its audio did\)",
        lines[2],
    )
    assert played is not None and played[1] == call["id"], lines[2]
    figures = records[2].realtime_metrics  # type: ignore[attr-defined]
    assert int(played[2]) == round(figures["audio_ms"]) > 0
    assert figures["duration_ms"] == records[1].realtime_metrics["duration_ms"]  # type: ignore[attr-defined]
    # No content, no secret.
    assert not any("fake Realtime server" in line or "sk-demo" in line for line in lines)


def test_entry_point_and_serve_fake() -> None:
    exe = Path(sys.executable).parent / "realtime-ext"
    helped = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=True)
    for command in ("secret", "call", "webhook", "sdp", "serve-fake", "demo"):
        assert command in helped.stdout
    proc = subprocess.Popen(
        [str(exe), "serve-fake", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line
    finally:
        proc.terminate()
        proc.wait(timeout=10)
