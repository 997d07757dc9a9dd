"""Run the code blocks of a Markdown file (README.md, the guides in docs/) as tests.

One mechanism for every page: fenced blocks are read with their line numbers, Python blocks
are compiled under the Markdown file's name with their real line numbers (a traceback points
at the page), ``sh`` lines go through the CLI or ``make -n``, and a block that defines an
``on_webhook(body, headers)`` handler is called with signed ``realtime.call.incoming``
webhooks. The environment is the one a reader would have: ``OPENAI_API_KEY`` set,
``OPENAI_BASE_URL`` pointing at a local fake Realtime server, ``OPENAI_WEBHOOK_SECRET`` set
and a real Chrome offer as ``offer.sdp`` in the working directory.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import webhooks
from realtime_ext.cli import main as cli_main
from realtime_ext.testing import FakeRealtimeServer

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec_cmVhZG1lLXRlc3Qtb25seS13ZWJob29rLXNlY3JldA=="
OFFER = ROOT / "tests" / "data" / "sdp" / "kvs_chrome_linux_offer.sdp"

# A fence at the start of a line: ```lang, the body, the closing ```. Fences indented inside
# admonitions or tabs are not matched, so indented_fences() lets a test refuse them.
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```[ \t]*$", flags=re.DOTALL | re.MULTILINE)
_ANY_PYTHON_FENCE = re.compile(r"^[ \t]*```python\b", flags=re.MULTILINE)


@dataclass(frozen=True)
class Block:
    """One fenced code block: its language, its text and the line its code starts on."""

    lang: str
    code: str
    line: int


# Below it, a reference page holds its docstrings written as Markdown for reading in a
# checkout (scripts/render_reference.py): the docstrings' examples run as docstring tests,
# and its signatures are no statements; the site cuts it off too (docs/hooks/reference_text.py).
REFERENCE_COPY = "<!-- checkout copy: rendered by scripts/render_reference.py"


def fenced_blocks(text: str) -> list[Block]:
    """The top-level fenced blocks of a Markdown text, in order (a reference page's checkout
    copy left out)."""
    text = text.split(REFERENCE_COPY, 1)[0]
    return [
        Block(m.group(1), m.group(2), text.count("\n", 0, m.start(2)) + 1)
        for m in _FENCE.finditer(text)
    ]


def unmatched_python_fences(text: str) -> int:
    """How many ```python fences fenced_blocks() would not run (indented ones)."""
    found = sum(1 for block in fenced_blocks(text) if block.lang == "python")
    return len(_ANY_PYTHON_FENCE.findall(text.split(REFERENCE_COPY, 1)[0])) - found


def prepare_env(
    server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The reader's environment, pointed at ``server``, with ``offer.sdp`` in the cwd."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-docs")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "twilio-auth-token-docs")
    shutil.copy(OFFER, tmp_path / "offer.sdp")
    monkeypatch.chdir(tmp_path)


def run_python(block: Block, source: Path, namespace: MutableMapping[str, object]) -> None:
    """Execute one Python block; tracebacks name ``source`` and the block's real lines."""
    padded = "\n" * (block.line - 1) + block.code
    exec(compile(padded, str(source), "exec"), namespace)


@contextlib.contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    """Fail, rather than hang the suite, when a snippet waits forever (e.g. on a socket)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def signed_call(server: FakeRealtimeServer, caller: str) -> tuple[bytes, dict[str, str], str]:
    """A signed ``realtime.call.incoming`` webhook for a new call on ``server``."""
    call = server.register_call()
    payload = json.dumps(
        {
            "object": "event",
            "id": "evt_docs",
            "type": "realtime.call.incoming",
            "created_at": int(time.time()),
            "data": {
                "call_id": call.id,
                "sip_headers": [
                    {"name": "From", "value": f"<{caller}>;tag=1"},
                    {"name": "To", "value": "<sip:+18005550100@example.com>"},
                ],
            },
        }
    )
    return payload.encode(), webhooks.sign(payload, SECRET, msg_id="msg_docs"), call.id


def exercise_webhook_handler(
    handler: Callable[[bytes, dict[str, str]], object], server: FakeRealtimeServer
) -> None:
    """A documented handler accepts a caller, rejects ``+15550000000`` and refuses forgeries."""
    body, headers, call_id = signed_call(server, "sip:+14155550123@example.com")
    assert handler(body, headers) == 200
    assert server.calls[call_id].state == "accepted"
    body, headers, call_id = signed_call(server, "sip:+15550000000@example.com")
    assert handler(body, headers) == 200
    assert server.calls[call_id].state == "rejected"
    with pytest.raises(webhooks.InvalidWebhookSignatureError):
        handler(body.replace(b"evt_docs", b"evt_forged"), headers)


def shell_lines(blocks: list[Block]) -> list[str]:
    """The commands of the ``sh`` blocks, comments stripped."""
    lines = []
    for block in blocks:
        if block.lang != "sh":
            continue
        for line in block.code.splitlines():
            command = line.split("#", 1)[0].strip()
            if command:
                lines.append(command)
    return lines


def _local_projects() -> dict[str, tuple[str, dict[str, Any]]]:
    """The checkout's distributions: name -> (path as an install line names it, [project])."""
    import tomllib

    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for folder in [ROOT, ROOT / "generated", *sorted((ROOT / "dists").iterdir())]:
        if (folder / "pyproject.toml").is_file():
            project = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
            path = "." if folder == ROOT else folder.relative_to(ROOT).as_posix()
            found[project["name"]] = (path, project)
    return found


def install_order_problems(targets: list[str]) -> list[str]:
    """What is wrong with an install line's local paths: each distribution of the checkout a
    target depends on must be listed before it, and one an extra it names needs, anywhere.

    The pip a fresh ``python3 -m venv`` brings on 3.11 and 3.12 (23.2) resolves the local
    paths only so: ``./dists/voice`` before ``.`` fails with ``No matching distribution found
    for realtime-ext==0.1.0 (from realtime-ext-voice)``, as the distributions pin each other.
    (The core's extras name the distributions that depend on it: those come after it.)

    Example::

        assert install_order_problems(["./generated", ".[webrtc]", "./dists/voice"]) == []
    """
    from packaging.requirements import Requirement

    projects = _local_projects()
    by_path = {path: name for name, (path, _) in projects.items()}

    def local(lines: list[str]) -> set[str]:
        found: set[str] = set()
        for line in lines:
            req = Requirement(line)
            if req.name in projects:
                found |= {req.name} | needs(req.name, set(req.extras))
        return found

    def needs(name: str, extras: set[str]) -> set[str]:
        project = projects[name][1]
        lines = list(project.get("dependencies", []))
        for extra in extras:
            lines += project.get("optional-dependencies", {}).get(extra, [])
        return local(lines) - {name}

    names = [by_path[os.path.normpath(target.partition("[")[0])] for target in targets]
    problems: list[str] = []
    for at, (target, name) in enumerate(zip(targets, names, strict=True)):
        extras = set(filter(None, target.partition("[")[2].rstrip("]").split(",")))
        base = needs(name, set())
        for missing in sorted(base - set(names[:at])):
            problems.append(f"{target} needs {projects[missing][0]} ({missing}) listed before it")
        for missing in sorted(needs(name, extras) - base - {name} - set(names)):
            problems.append(f"{target} needs {projects[missing][0]} ({missing}) in the line")
    return problems


def check_install_line(targets: list[str]) -> None:
    """``pip install ./generated '.[extra]'`` works from a checkout: pip finds and builds both
    projects (a dry run, no index: nothing is downloaded), each extra named exists, and the
    local paths come in dependency order (:func:`install_order_problems`)."""
    import sys
    import tomllib

    assert install_order_problems(targets) == []

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    for target in targets:
        path, _, named = target.partition("[")
        assert (ROOT / path / "pyproject.toml").is_file(), f"{path} is not a project"
        for extra in filter(None, named.rstrip("]").split(",")):
            assert extra in extras, f"no extra {extra!r} in pyproject.toml"
    dry = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-index",
         "--no-build-isolation", "--quiet", *targets],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr


def run_shell_line(command: str) -> None:
    """``realtime-ext ...`` runs through the CLI; ``make T`` must name a target (``make -n``).

    The suite cannot run ``make test`` from inside itself, hence the dry run.
    """
    argv = shlex.split(command)
    if argv[0] == "make":
        dry = subprocess.run(["make", "-n", *argv[1:]], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, dry.stderr
    elif argv[0] == "realtime-ext":
        assert cli_main(argv[1:]) == 0, command
    elif argv[:2] == ["pip", "install"]:
        check_install_line(argv[2:])
    else:
        pytest.fail(f"shell line with no runner: {command}")
