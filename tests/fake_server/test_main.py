"""``python -m realtime_ext.testing`` runs in the foreground until interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from realtime_ext.testing.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


AS_IN_A_TERMINAL = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'realtime_ext.testing'; "
    "runpy.run_module('realtime_ext.testing', run_name='__main__', alter_sys=True)"
)


def test_main_serves_until_interrupted() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        # -X faulthandler: a hang is shown (SIGABRT below dumps every thread's stack). The
        # server runs with Ctrl-C's SIGINT handled as in a terminal: a suite started as a
        # background job (`make test &`) inherits SIGINT ignored, and so would the server.
        [sys.executable, "-X", "faulthandler", "-c", AS_IN_A_TERMINAL, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        base_url = line.rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
        response = httpx.post(
            f"{base_url}/realtime/client_secrets",
            json={},
            headers={"Authorization": "Bearer sk-test"},
            timeout=5,
        )
        assert response.status_code == 200
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            _, err = proc.communicate(timeout=10)
            pytest.fail(f"no exit 30 s after SIGINT; its threads:\n{err[-6000:]}")
        assert code == 0, proc.communicate(timeout=10)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def test_main_rejects_bad_port() -> None:
    assert main(["--port", "70000"]) == 2


@pytest.mark.parametrize(
    ("argv", "vad", "live_seconds", "rate_limits", "clock"),
    [
        ([], True, 7200.0, None, "test"),  # the suite's environment asks for the test clock
        (
            ["--no-vad", "--live-session-seconds", "5", "--rate-limits-updated"],
            False,
            5.0,
            True,
            "test",
        ),
        (["--no-rate-limits-updated", "--live-clock", "wall"], True, 7200.0, False, "wall"),
    ],
)
def test_main_passes_vad_rate_limits_and_the_live_session_duration(
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    vad: bool,
    live_seconds: float,
    rate_limits: bool | None,
    clock: str,
) -> None:
    import realtime_ext.testing.__main__ as cli

    servers: list[cli.FakeRealtimeServer] = []
    monkeypatch.setattr(cli, "_run", lambda server, host, port: servers.append(server) or 0)
    assert main(argv) == 0
    assert servers[0].script.speech_detection is vad
    # None: as the API, rate_limits.updated on OpenAI's route and not on Azure's.
    assert servers[0].script.rate_limits_updated is rate_limits
    assert servers[0].live_session_seconds == live_seconds
    assert servers[0].live_clock == clock


def test_the_live_clock_is_the_wall_clock_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from realtime_ext import InvalidArgumentError
    from realtime_ext.testing import FakeRealtimeServer

    monkeypatch.delenv("REALTIME_EXT_FAKE_LIVE_CLOCK")
    assert FakeRealtimeServer().live_clock == "wall"
    assert FakeRealtimeServer(live_clock="test").live_clock == "test"
    monkeypatch.setenv("REALTIME_EXT_FAKE_LIVE_CLOCK", "fast")
    with pytest.raises(InvalidArgumentError, match="REALTIME_EXT_FAKE_LIVE_CLOCK must be"):
        FakeRealtimeServer()


def test_main_refuses_a_state_dir_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "live-sessions.sqlite3").write_text("not a database " * 100)
    assert main(["--state-dir", str(tmp_path)]) == 2
    assert "cannot be the fake's session store" in capsys.readouterr().err
