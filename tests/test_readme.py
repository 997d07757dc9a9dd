"""Every code snippet in README.md runs.

Python blocks run one by one, each in a fresh namespace, with the environment pointing the
client at a local fake Realtime server, a real browser offer as ``offer.sdp`` in the working
directory and a webhook secret set. Blocks that define a handler are then called with a
signed webhook. Shell blocks: ``realtime-ext ...`` lines run through the CLI against the
fake server; ``make TARGET`` lines must name a target that exists (``make -n``), since the
test suite cannot run ``make test`` from inside itself.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext import webhooks
from realtime_ext.cli import main as cli_main
from realtime_ext.testing import FakeRealtimeServer

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.DOTALL)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
SHELL = [code for lang, code in BLOCKS if lang == "sh"]
SECRET = "whsec_cmVhZG1lLXRlc3Qtb25seS13ZWJob29rLXNlY3JldA=="


def test_readme_has_the_snippets_it_promises() -> None:
    assert len(PYTHON) >= 10
    assert "make demo" in SHELL[0] and "make test" in SHELL[0]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


@pytest.fixture
def readme_env(
    server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> FakeRealtimeServer:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-readme")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    shutil.copy(
        ROOT / "tests" / "data" / "sdp" / "kvs_chrome_linux_offer.sdp", tmp_path / "offer.sdp"
    )
    monkeypatch.chdir(tmp_path)
    return server


def _signed_call(server: FakeRealtimeServer, caller: str) -> tuple[bytes, dict[str, str], str]:
    call = server.register_call()
    payload = json.dumps(
        {
            "object": "event",
            "id": "evt_readme",
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
    return payload.encode(), webhooks.sign(payload, SECRET, msg_id="msg_readme"), call.id


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_python_snippet_runs(
    index: int, readme_env: FakeRealtimeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": f"readme_snippet_{index}"}
    exec(compile(PYTHON[index], f"README.md python block {index}", "exec"), namespace)
    handler = namespace.get("on_webhook")
    if callable(handler):
        body, headers, call_id = _signed_call(readme_env, "sip:+14155550123@example.com")
        assert handler(body, headers) == 200
        assert readme_env.calls[call_id].state == "accepted"
        body, headers, call_id = _signed_call(readme_env, "sip:+15550000000@example.com")
        assert handler(body, headers) == 200
        assert readme_env.calls[call_id].state == "rejected"
        with pytest.raises(webhooks.InvalidWebhookSignature):
            handler(body.replace(b"evt_readme", b"evt_forged"), headers)
    assert "Traceback" not in capsys.readouterr().err


def _shell_lines() -> list[str]:
    lines = []
    for block in SHELL:
        for line in block.splitlines():
            command = line.split("#", 1)[0].strip()
            if command:
                lines.append(command)
    return lines


@pytest.mark.parametrize("command", _shell_lines())
def test_shell_snippet(command: str, readme_env: FakeRealtimeServer) -> None:
    argv = shlex.split(command)
    if argv[0] == "make":
        dry = subprocess.run(["make", "-n", *argv[1:]], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, dry.stderr
    elif argv[0] == "realtime-ext":
        assert cli_main(argv[1:]) == 0
    else:
        pytest.fail(f"README shell line with no runner: {command}")
