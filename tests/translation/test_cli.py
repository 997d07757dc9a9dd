"""``realtime-ext translate INPUT.wav --to LANG`` against the fake server (``--fake`` and
``--base-url``), human and --json output, errors on one line."""

from __future__ import annotations

import json
import re
import wave
from pathlib import Path

import pytest

from realtime_ext.cli import main
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16


@pytest.fixture
def speech(tmp_path: Path) -> Path:
    path = tmp_path / "speech.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)  # converted to 24 kHz by the command
        wav.writeframes(sine_pcm16(600, rate=16000))
    return path


METRICS_LINE = re.compile(
    r"metrics: translation: first translated audio \d+ ms after the first audio sent"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_translate_offline_with_transcripts_and_out(
    speech: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    out_wav = tmp_path / "out.wav"
    code, out, err = run(
        capsys,
        "translate",
        str(speech),
        "--to",
        "es",
        "--fake",
        "--transcript",
        "--out",
        str(out_wav),
    )
    assert code == 0, err
    *printed, metrics = out.splitlines()
    assert printed == [
        "source: Hello how are",
        "target: Hola cómo estás",
        f"wrote {out_wav} (600 ms)",
    ]
    # Then the session's metrics line: the telemetry's log record, as an app's logs show it.
    assert METRICS_LINE.fullmatch(metrics), metrics
    records = [r for r in caplog.records if r.name == "realtime_ext.metrics"]
    assert [f"metrics: {r.getMessage()}" for r in records] == [metrics]
    with wave.open(str(out_wav), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getnframes()) == (24000, 1, 14400)


def test_translate_json_against_a_server_with_the_key_from_the_environment(
    speech: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeRealtimeServer(api_key="sk-cli-key") as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-key")
        code, out, err = run(
            capsys, "translate", str(speech), "--to", "fr", "--base-url", server.base_url, "--json"
        )
        assert code == 0, err
        result = json.loads(out)
        # The one figure of a translation session (wall clock: only its shape is known).
        [figures] = result.pop("metrics")
        assert list(figures) == ["time_to_first_audio_ms"]
        assert 0 <= figures["time_to_first_audio_ms"] < 10_000
        assert result == {
            "target": "Bonjour comment allez",
            "source": None,
            "frames": 3,
            "audio_ms": 600.0,
            "out": None,
        }
        sent = server.received[0]
        assert sent[0]["session"] == {"audio": {"output": {"language": "fr"}}}
        assert sent[-1] == {"type": "session.close"}
        monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong-key")
        code, out, err = run(
            capsys, "translate", str(speech), "--to", "fr", "--base-url", server.base_url
        )
        assert code == 1 and len(err.strip().splitlines()) == 1 and "sk-wrong-key" not in err


def test_translate_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "translate", str(tmp_path / "none.wav"), "--to", "es", "--fake")
    assert code == 1 and "cannot read WAV" in err
    code, _, err = run(capsys, "translate", "x.wav", "--to", " ", "--fake")
    assert code == 1 and "--to" in err
    with pytest.raises(SystemExit) as usage:
        main(["translate", "x.wav"])  # --to is required
    assert usage.value.code == 2
