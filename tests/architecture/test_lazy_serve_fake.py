"""``realtime-ext serve-fake`` starts without what it may never use: every fault test starts
such a process (to kill or stop it mid-turn), dozens per run and per Python of the matrix.

Loaded on first use instead: aiortc (when a WebRTC call is posted; the start-up line only
asks whether it is installed), the call classes of realtime_ext.webrtc with the conversation
core, voice and telemetry behind them, the SDP parser (a call's offer), the recording proxy
(websockets' client, with ``--upstream``), the cassette replay's conversation import and the
CLI's other commands. Checked in a fresh process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import cast

# Prefixes of modules the fake server's start-up must not load.
NOT_AT_START = (
    "aiortc",
    "av",
    "realtime_ext.conversation",
    "realtime_ext.events",
    "realtime_ext.sdp",
    "realtime_ext.voice",
    "realtime_ext.telemetry",
    "realtime_ext.webrtc._async",
    "realtime_ext.webrtc._sync",
    "realtime_ext.testing._proxy",
    "realtime_ext.cli._demo",
    "realtime_ext.cli._sdp",
    "websockets.asyncio.client",
)


def _loaded(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded: object = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(loaded, list)
    return [str(name) for name in cast("list[object]", loaded)]


# What `realtime-ext serve-fake` runs before it serves: the CLI, the fake server's command,
# the server built from its flags, and its start-up lines (the WebRTC one).
START_UP = (
    "import json, sys\n"
    "from realtime_ext.cli import main\n"
    "from realtime_ext.testing.__main__ import _parser, _webrtc_status\n"
    "from realtime_ext.testing import FakeRealtimeServer\n"
    "FakeRealtimeServer(port=0)\n"
    "_parser('serve-fake').parse_args(['--port', '0'])\n"
    "_webrtc_status()\n"
)


def _start_up(prefixes: tuple[str, ...], before: str = "") -> str:
    """The start-up (after ``before``), then the loaded modules under ``prefixes``."""
    return (
        before
        + START_UP
        + f"prefixes = {prefixes!r}\n"
        + "print(json.dumps(sorted(m for m in sys.modules\n"
        + "    if any(m == p or m.startswith(p + '.') for p in prefixes))))\n"
    )


def test_serve_fake_starts_without_webrtc_sdp_recording_or_the_conversation_core() -> None:
    assert _loaded(_start_up(NOT_AT_START)) == []


def test_serve_fake_builds_no_g711_table_at_start() -> None:
    # The fake Twilio caller's silent frame is written out, not encoded at import (the
    # encoder's first call builds a 65,536-entry table).
    code = START_UP + (
        "from realtime_ext.audio._g711 import _encode_table\n"
        "print(json.dumps([_encode_table.cache_info().currsize]))\n"
    )
    assert _loaded(code) == ["0"]  # entries in its table cache


def test_serve_fake_starts_without_httpx_once_the_config_does() -> None:
    # httpx (which imports its command line, and click with it) is needed only to deliver an
    # incoming call's webhook or to record; the server's own checks come from
    # realtime_ext._config, so the start is httpx-free exactly when that module is.
    config = _loaded(
        "import json, sys\nimport realtime_ext._config\nprint(json.dumps(['httpx'] if "
        "'httpx' in sys.modules else []))\n"
    )
    assert ("httpx" in _loaded(_start_up(("httpx",)))) == bool(config)


def test_the_check_can_fail() -> None:
    # The same probe sees what a WebRTC answer loads: the names above are real modules.
    loaded = _loaded(
        _start_up(
            NOT_AT_START,
            before="import aiortc, realtime_ext.webrtc, realtime_ext.sdp\n"
            "realtime_ext.webrtc.AsyncRealtimeCall\n",
        )
    )
    for expected in ("aiortc", "realtime_ext.sdp", "realtime_ext.conversation"):
        assert expected in loaded, loaded
