"""``realtime-ext serve-fake`` in a subprocess that a test can kill (SIGKILL) and start again
on the same port, each time with its own scenario (what the restarted server answers), or
freeze (SIGSTOP) and thaw (SIGCONT): the one served fake of the fault tests.

Each start is a new process running the command's entry point
(``realtime_ext.cli.main(["serve-fake", ...])``), forked from a fork server that imported
the command's modules once per test worker (support/forkserver.py): the same server, with
its own sockets, killed and frozen by the kernel, without 0.4 s of imports at every start.

Example (the ``served`` fixture, tests/support/fixtures.py):
    >>> def test_drop(served: ServedFake) -> None:  # doctest: +SKIP
    ...     served.start({"responses": [{"hold": True}]})
    ...     served.kill()
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from support import forkserver
from support.forkserver import Forked

ROOT = Path(__file__).resolve().parents[2]


class ServedFake:
    """One port, one ``serve-fake`` process at a time.

    ``base_url`` stays the same across restarts, so a client reconnects to the new process.
    """

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.port = 0
        self.base_url = ""
        self.proc: subprocess.Popen[str] | Forked | None = None
        self.starts = 0
        self._all: list[subprocess.Popen[str] | Forked] = []  # every process started, for close()

    def start(self, scenario: dict[str, Any] | None = None, *args: str) -> None:
        """Start the server (on the port of the first start) and wait until it listens."""
        assert self.proc is None, "kill the running server first"
        self.starts += 1
        path = self.tmp_path / f"scenario-{self.starts}.json"
        path.write_text(json.dumps(scenario or {}))
        argv = ["serve-fake", "--port", str(self.port), "--scenario", str(path), *args]
        env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
        # Forked from this worker's fork server (support/forkserver.py: the command's imports
        # are paid once, not at every start), or started as `python -m realtime_ext.cli`.
        proc: subprocess.Popen[str] | Forked | None = forkserver.spawn(argv, env)
        if proc is None:
            proc = subprocess.Popen(
                [sys.executable, "-m", "realtime_ext.cli", *argv],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
        self._all.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "Fake Realtime server listening on http://..."
        if "listening on" not in line:
            proc.kill()
            proc.wait(10)
            raise AssertionError(f"serve-fake did not start: {line!r}")
        self.base_url = line.rsplit(" ", 1)[-1].strip()
        self.port = int(self.base_url.rsplit(":", 1)[-1].split("/", 1)[0])
        self.proc = proc

    def stop(self) -> None:
        """SIGSTOP: the process is frozen; its sockets stay open and answer nothing."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def cont(self) -> None:
        """SIGCONT: a frozen process goes on."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL: no close frame, no goodbye; every connection dies with the process."""
        proc, self.proc = self.proc, None
        assert proc is not None
        if isinstance(proc, Forked):
            proc.kill()  # through its pidfd
        else:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)  # its sockets are closed: the port is free for a restart
        if proc.stdout is not None:
            proc.stdout.close()

    def restart(self, scenario: dict[str, Any] | None = None, *args: str) -> None:
        """Kill the server and start a new one on the same port."""
        self.kill()
        self.start(scenario, *args)

    def close(self) -> None:
        """Kill whatever still runs (a failed test may leave a restart behind)."""
        self.proc = None
        for proc in self._all:
            if proc.poll() is None:
                proc.kill()
            proc.wait(10)
            if isinstance(proc, Forked):
                proc.close()
            elif proc.stdout is not None:
                proc.stdout.close()
