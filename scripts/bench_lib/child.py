"""One measurement in a fresh interpreter: run its code, read what it prints last (a
figure, or a JSON object of them).

A side measured in a process of its own (its imports, its memory, its GIL) is how the scale,
soak and memory rows stay fair to each side. A side that fails (a crash, a timeout, a
baseline that cannot hold the load) raises :class:`ChildFailed` with what it printed last,
so a caller can record that side as failed and go on with the others.

Example:
    >>> run_json("import json; print(json.dumps({'events': 3}))", timeout=60)
    {'events': 3}
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from . import subjects


class ChildFailed(RuntimeError):
    """A measurement's interpreter ended without its figures: ``reason`` says how."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def run_last_line(
    code: str, *, timeout: float | None = None, env: dict[str, str] | None = None
) -> str:
    """Run ``code`` with ``python -c`` from the repository's root (in ``env``, else this
    process's environment); the last line it printed (:class:`ChildFailed` when it fails,
    times out or prints nothing)."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=subjects.ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise ChildFailed(f"no figures within {timeout:g} s") from None
    lines = done.stdout.splitlines()
    if done.returncode != 0 or not lines:
        said = (done.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
        raise ChildFailed(f"exit {done.returncode}: {said[:300]}")
    return lines[-1]


def run_json(code: str, *, timeout: float | None = None) -> dict[str, Any]:
    """:func:`run_last_line`, read as the JSON object it must be (:class:`ChildFailed`
    otherwise)."""
    line = run_last_line(code, timeout=timeout)
    try:
        result = json.loads(line)
    except json.JSONDecodeError:
        raise ChildFailed(f"its last line is not JSON: {line[:300]!r}") from None
    if not isinstance(result, dict):
        raise ChildFailed(f"its last line is not a JSON object: {line[:300]!r}")
    return result
