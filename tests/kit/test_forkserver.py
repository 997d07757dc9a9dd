"""The fork server behind the fault tests' served fake (tests/support/forkserver.py): each
start is a process of its own, in the caller's working directory, that listens, freezes,
thaws and dies by the kernel's signals, and whose end the caller sees."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from support import forkserver
from support.served_fake import ROOT, ServedFake
from support.waiting import until

pytestmark = pytest.mark.skipif(
    not hasattr(os, "pidfd_open"), reason="no pidfds here: the served fake runs as a subprocess"
)
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}


def _state(pid: int) -> str:
    """The process's state letter from /proc (R, S running or sleeping; T stopped)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def test_a_start_is_a_new_process_in_the_callers_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fork server runs (from this call on, if not before) in another directory.
    first = forkserver.spawn(["serve-fake", "--port", "0"], ENV)
    monkeypatch.chdir(tmp_path)
    second = forkserver.spawn(["serve-fake", "--port", "0"], ENV)
    assert first is not None and second is not None
    try:
        assert first.stdout is not None and second.stdout is not None
        lines = [first.stdout.readline(), second.stdout.readline()]
        assert all("Fake Realtime server listening on http://127.0.0.1:" in x for x in lines)
        assert len({first.pid, second.pid, os.getpid()}) == 3
        assert Path(os.readlink(f"/proc/{first.pid}/cwd")) != tmp_path
        assert Path(os.readlink(f"/proc/{second.pid}/cwd")) == tmp_path
    finally:
        for proc in (first, second):
            proc.kill()
            proc.wait(10)
            proc.close()


def test_stop_cont_and_kill_reach_the_server(tmp_path: Path) -> None:
    fake = ServedFake(tmp_path)
    try:
        fake.start()
        proc = fake.proc
        assert isinstance(proc, forkserver.Forked)
        url = fake.base_url + "/realtime/client_secrets"
        with httpx.Client(verify=False, timeout=10) as http:
            assert http.post(url, json={}).status_code == 401  # it answers (no key sent)
            fake.stop()
            until(lambda: _state(proc.pid) == "T", "the server to be stopped")
            with pytest.raises(httpx.TimeoutException):
                http.post(url, json={}, timeout=0.5)  # frozen: the socket answers nothing
            fake.cont()
            until(lambda: _state(proc.pid) != "T", "the server to go on")
            fake.kill()  # waits for the end: the port is free again
            assert proc.poll() == 0
            with pytest.raises(httpx.ConnectError):
                http.post(url, json={})
            fake.start()  # a new process on the same port
            assert fake.proc is not None and fake.proc.pid != proc.pid
            assert http.post(url, json={}).status_code == 401
    finally:
        fake.close()


def test_wait_times_out_on_a_running_server() -> None:
    proc = forkserver.spawn(["serve-fake", "--port", "0"], ENV)
    assert proc is not None
    try:
        assert proc.stdout is not None and "listening" in proc.stdout.readline()
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(0.05)
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(10) == 0
    finally:
        proc.kill()
        proc.close()
