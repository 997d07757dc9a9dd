"""Run the Prism mock server on 127.0.0.1 and read what it says about requests.

Prism is installed from the repository's package-lock.json by ``npm ci --ignore-scripts``.
It serves the spec's paths without the ``/v1`` of ``servers``: the client's base_url is
``http://127.0.0.1:PORT`` and requests go to ``{base_url}/realtime/...``.

Started without ``--errors``: an invalid request is still answered 422 with the violations
in the body, while ``--errors`` would also turn the upstream spec's own response-example
mismatches (e.g. ``RealtimeCreateClientSecretResponse``) into 500s and hide the mock answer.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from support.pinned_spec import REPO_ROOT

PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
PRISM_ERROR_TYPE_PREFIX = "https://stoplight.io/prism/errors#"
# Observed: ~19 s on the 3 MB spec on 2 cores. The bound only stops a hung start.
DEFAULT_START_TIMEOUT = 240.0

# Prism's npm dependency @scarf/scarf is usage telemetry; these switch it off.
QUIET_ENV = {"SCARF_ANALYTICS": "false", "DO_NOT_TRACK": "1", "NO_COLOR": "1", "FORCE_COLOR": "0"}


class PrismError(RuntimeError):
    """Prism is not installed, did not start, or died."""


def _tail(path: Path, limit: int = 4000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "<no output>"
    return text[-limit:] or "<empty>"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago.

    Example:
        >>> 0 < free_port() < 65536
        True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PrismServer:
    """A running Prism process; ``base_url`` is what the client uses as its base_url.

    Example:
        >>> server = start_prism(Path("spec.json"), Path("/tmp/prism-logs"))  # doctest: +SKIP
        >>> server.base_url  # doctest: +SKIP
        'http://127.0.0.1:41234'
        >>> server.stop()  # doctest: +SKIP
    """

    process: subprocess.Popen[bytes]
    port: int
    stdout_path: Path
    stderr_path: Path
    startup_seconds: float = field(default=0.0)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        """The tails of Prism's stderr and stdout, for failure messages."""
        return (
            f"--- prism stderr ({self.stderr_path}) ---\n{_tail(self.stderr_path)}\n"
            f"--- prism stdout ({self.stdout_path}) ---\n{_tail(self.stdout_path)}"
        )

    def stop(self, grace: float = 10.0) -> None:
        """Terminate Prism, killing it if it ignores SIGTERM for ``grace`` seconds."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=grace)


def _launch(spec: Path, log_dir: Path, port: int) -> PrismServer:
    log_dir.mkdir(parents=True, exist_ok=True)
    out, err = log_dir / f"prism-{port}.out.log", log_dir / f"prism-{port}.err.log"
    cmd = [str(PRISM_BIN), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)]
    # Files, not pipes: Prism logs every request, and an undrained pipe would block it.
    with out.open("wb") as out_fh, err.open("wb") as err_fh:
        process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out_fh,
            stderr=err_fh,
            env={**os.environ, **QUIET_ENV},
            cwd=REPO_ROOT,
            start_new_session=True,  # a Ctrl-C in pytest must not reach Prism before teardown
        )
    return PrismServer(process=process, port=port, stdout_path=out, stderr_path=err)


def _wait_ready(server: PrismServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise PrismError(
                f"Prism exited with code {server.process.returncode} while starting\n"
                + server.output()
            )
        try:
            # Prism opens its port only once the spec is loaded; any HTTP answer means ready.
            httpx.get(server.base_url + "/", timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    server.stop()
    raise PrismError(f"Prism was not listening after {timeout:.0f} s\n" + server.output())


def start_prism(
    spec: Path, log_dir: Path, *, timeout: float = DEFAULT_START_TIMEOUT
) -> PrismServer:
    """Start ``prism mock`` for ``spec`` on a free 127.0.0.1 port and wait until it answers.

    Example:
        >>> server = start_prism(Path("openapi.prism.json"), tmp_path)  # doctest: +SKIP
    """
    if not PRISM_BIN.exists():
        raise PrismError(
            f"{PRISM_BIN} is missing: run `npm ci --ignore-scripts --no-audit --no-fund` "
            "in the repository root (Node.js and npm are needed)"
        )
    if shutil.which("node") is None:
        raise PrismError("`node` is not on PATH; Prism needs Node.js")
    for _attempt in range(3):
        started = time.monotonic()
        server = _launch(spec, log_dir, free_port())
        try:
            _wait_ready(server, timeout)
        except PrismError:
            # Another process may have taken the port between free_port() and Prism's bind.
            if "EADDRINUSE" in _tail(server.stderr_path) + _tail(server.stdout_path):
                continue
            raise
        server.startup_seconds = time.monotonic() - started
        return server
    raise PrismError("Prism could not bind a free port in 3 attempts\n" + server.output())


@dataclass(frozen=True)
class Violation:
    """One entry of Prism's ``sl-violations`` header or of a 422 body's ``validation`` list.

    Example:
        >>> v = Violation(location=("body", "expires_after"), severity="Error", code="type",
        ...               message="Request body property expires_after must be object")
        >>> v.is_request
        True
    """

    location: tuple[str, ...]
    severity: str
    code: str
    message: str

    @property
    def is_request(self) -> bool:
        # Prism prefixes response-side locations with "response"; request ones start with
        # the part of the request (body, query, header, path).
        return not self.location or self.location[0] != "response"

    @classmethod
    def from_json(cls, raw: Any) -> Violation:
        if not isinstance(raw, dict):
            return cls(location=(), severity="Error", code="unknown", message=repr(raw))
        loc = raw.get("location") or ()
        return cls(
            location=tuple(str(p) for p in loc) if isinstance(loc, list) else (str(loc),),
            severity=str(raw.get("severity", "")),
            code=str(raw.get("code", "")),
            message=str(raw.get("message", "")),
        )


def _json_list(text: str) -> list[Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def prism_problem(response: httpx.Response) -> dict[str, Any] | None:
    """The problem+json body if Prism itself answered with an error (422, 401, 404, 415 ...).

    Example:
        >>> prism_problem(httpx.Response(200, json={"ok": True})) is None
        True
    """
    if "problem+json" not in response.headers.get("content-type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    if isinstance(body, dict) and str(body.get("type", "")).startswith(PRISM_ERROR_TYPE_PREFIX):
        return body
    return None


def violations(response: httpx.Response) -> list[Violation]:
    """All violations Prism reported for this exchange (header and 422 body together).

    Example:
        >>> violations(httpx.Response(200))
        []
    """
    found = [Violation.from_json(v) for v in _json_list(response.headers.get("sl-violations", ""))]
    problem = prism_problem(response)
    if problem is not None and isinstance(problem.get("validation"), list):
        found.extend(Violation.from_json(v) for v in problem["validation"])
    return found


def request_violations(response: httpx.Response) -> list[Violation]:
    """Only the violations about the request (what the SDK sent), not about Prism's answer.

    Example:
        >>> request_violations(httpx.Response(200))
        []
    """
    return [v for v in violations(response) if v.is_request]


def assert_request_accepted(response: httpx.Response) -> None:
    """Fail unless Prism accepted the request: no Prism error answer, no request violation.

    Response violations are ignored: they are mismatches inside the upstream spec itself.

    Example:
        >>> assert_request_accepted(httpx.Response(200))
        >>> assert_request_accepted(httpx.Response(422))  # doctest: +SKIP
        AssertionError: ...
    """
    problem = prism_problem(response)
    found = request_violations(response)
    if problem is None and not found and response.status_code != 422:
        return
    try:
        what = f"{response.request.method} {response.request.url.path}"
    except RuntimeError:  # a Response built by hand has no request
        what = "the request"
    lines = [f"Prism rejected {what}: HTTP {response.status_code}"]
    if problem is not None:
        lines.append(f"  {problem.get('title')}: {problem.get('detail')}")
    lines.extend(f"  {'.'.join(v.location)}: {v.message} [{v.code}]" for v in found)
    raise AssertionError("\n".join(lines))
