"""A fork server for ``realtime-ext serve-fake``: one Python process per test worker imports
the command's modules once, then forks a fresh server process for every start.

Why: the fault tests kill (SIGKILL) or freeze (SIGSTOP) a real server process mid-turn, so
each needs a process of its own, and most start two (the first, then a restart on the same
port). A ``python -m realtime_ext.cli serve-fake`` process spent about 0.4 s of CPU importing
before it listened (the fake server, the webhooks, aiortc's probe, attrs, websockets), well
over the cost of the turns the tests drive; a forked child of a process that has imported
them already listens after a few milliseconds of CPU. The child is still a separate process
running the command's own entry point (``realtime_ext.cli.main(["serve-fake", ...])``), with
its own sockets, killed and frozen by the kernel exactly as before; the command started as a
console script is tested in tests/fake_server and tests/cli.

The server process is a child of the fork server, not of the test, so a test waits for its
end on a pidfd (Linux >= 5.3), which also makes its signals safe against a reused pid. Where
``os.pidfd_open`` is missing (macOS), :func:`spawn` returns None and the caller starts the
command as a plain subprocess.

Example:
    >>> proc = spawn(["serve-fake", "--port", "0"], {})  # doctest: +SKIP
    >>> proc.stdout.readline()  # doctest: +SKIP
    'Fake Realtime server listening on http://127.0.0.1:41234/v1\\n'
    >>> proc.kill(); proc.wait(10)  # doctest: +SKIP
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import traceback
from collections.abc import Mapping, Sequence
from typing import IO, Any

# What the fork server imports before its first fork: the command's entry point and the
# server's modules (each child would otherwise import them itself).
PRELOAD = ("realtime_ext.cli", "realtime_ext.testing.__main__", "realtime_generated.event_types")


class Forked:
    """A server process the fork server started: the part of :class:`subprocess.Popen` that
    :class:`~support.served_fake.ServedFake` uses (signals, kill, poll, wait, stdout)."""

    def __init__(self, pid: int, pidfd: int, stdout: IO[str]) -> None:
        self.pid = pid
        self.pidfd = pidfd
        self.stdout: IO[str] | None = stdout

    def send_signal(self, sig: int) -> None:
        # Through the pidfd: never a signal to another process that reused the pid.
        signal.pidfd_send_signal(self.pidfd, sig)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):  # ended and reaped already
            self.send_signal(signal.SIGKILL)

    def poll(self) -> int | None:
        """None while the process runs, else 0 (its status belongs to the fork server)."""
        return None if not select.select([self.pidfd], [], [], 0)[0] else 0

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the process to end (its sockets are closed then); raises
        :class:`subprocess.TimeoutExpired` after ``timeout`` seconds."""
        if not select.select([self.pidfd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout or 0)
        return 0

    def close(self) -> None:
        if self.pidfd >= 0:
            os.close(self.pidfd)
            self.pidfd = -1
        if self.stdout is not None:
            self.stdout.close()


class _Server:
    """The fork server process and the socket the test worker asks it through."""

    def __init__(self, env: Mapping[str, str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        # -P: this file's folder (tests/support) is not put on the server's sys.path.
        self.proc = subprocess.Popen(
            [sys.executable, "-P", __file__, str(theirs.fileno()), *PRELOAD],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(env),
        )
        theirs.close()
        self.sock = ours
        self.lock = threading.Lock()

    def spawn(self, argv: Sequence[str], env: Mapping[str, str]) -> Forked:
        request = {"argv": list(argv), "env": dict(env), "cwd": os.getcwd()}
        read, write = os.pipe()
        try:
            with self.lock:
                socket.send_fds(self.sock, [json.dumps(request).encode()], [write])
                answer, fds, _, _ = socket.recv_fds(self.sock, 4096, 1)
        finally:
            os.close(write)
        if not fds:
            os.close(read)
            raise RuntimeError(f"the fork server could not start {argv}: {answer!r}")
        return Forked(int(answer), fds[0], os.fdopen(read, "r"))

    def close(self) -> None:
        self.sock.close()  # the fork server sees the end of its socket and exits
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


_server: _Server | None = None
_LOCK = threading.Lock()


def spawn(argv: Sequence[str], env: Mapping[str, str]) -> Forked | None:
    """``realtime_ext.cli.main(argv)`` in a new process forked by this worker's fork server
    (started on first use), with ``env`` as its environment, the caller's working directory
    and its stdout a pipe; None without pidfds.

    The fork server imported the modules under the environment of its own start (that of
    the first call); the child's ``os.environ`` is ``env``, for what the server reads while
    it runs. (One fork server per worker, not one per environment: pytest's
    ``PYTEST_CURRENT_TEST`` alone makes every test's environment different.)
    """
    global _server
    if not hasattr(os, "pidfd_open"):
        return None
    with _LOCK:
        if _server is None or _server.proc.poll() is not None:
            _server = _Server(env)
        server = _server
    return server.spawn(argv, env)


@atexit.register
def _close() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


# -- the fork server itself ------------------------------------------------------------------
def _child(request: dict[str, Any], out: int) -> None:
    """In the forked child: the test's environment and working directory, stdout to the
    test's pipe, then the command; never returns."""
    status = 1
    try:
        os.dup2(out, 1)
        os.close(out)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        argv: list[str] = request["argv"]
        from realtime_ext.cli import main

        status = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


def _reap() -> None:
    # Ended servers (killed by their tests) are zombies until here; the tests saw their end
    # on their pidfds already.
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _serve(control: socket.socket) -> None:
    while True:
        _reap()
        message, fds, _, _ = socket.recv_fds(control, 1 << 20, 1)
        if not message:  # the test worker closed its end, or ended
            return
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            control.close()
            _child(request, fds[0])
        os.close(fds[0])
        # Opened before the child is reaped (only _reap does that), so it is this child's.
        pidfd = os.pidfd_open(pid)
        try:
            socket.send_fds(control, [str(pid).encode()], [pidfd])
        finally:
            os.close(pidfd)


def _main(args: list[str]) -> None:
    import importlib

    control = socket.socket(fileno=int(args[0]))
    for name in args[1:]:
        importlib.import_module(name)
    # Every generated model too: the server loads a model when a client event first needs
    # it, 0.07 s of CPU in each child's first turn; 0.5 s once here.
    import realtime_generated.models

    for name in dir(realtime_generated.models):
        getattr(realtime_generated.models, name)
    _serve(control)
    _reap()


if __name__ == "__main__":
    _main(sys.argv[1:])
