"""``python -m realtime_ext.testing`` runs in the foreground until interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from realtime_ext.testing.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def test_main_serves_until_interrupted() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "realtime_ext.testing", "--port", "0"],
        stdout=subprocess.PIPE,
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
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_main_rejects_bad_port() -> None:
    assert main(["--port", "70000"]) == 2
