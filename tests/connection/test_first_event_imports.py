"""What a process's first connection loads before its first event (issue 57: the first
connection as quick as openai's). Each module group here was loaded on connect before and
is needed only later: the tool loop's modules when a tool runs. Checked in a fresh process
(the test session has loaded everything), against the fake server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
from realtime_ext import RealtimeClient
from realtime_ext.testing import FakeRealtimeServer

with FakeRealtimeServer() as server, RealtimeClient(
    api_key="sk-test", base_url=server.base_url
) as client:
    tools_before = "realtime_ext.tools" in sys.modules
    with client.connect(model="gpt-realtime") as conn:
        first = conn.recv(10).type
        tools_at_first_event = "realtime_ext.tools" in sys.modules
# The tool loop (and its timeout answer) is the tools package's, loaded when tools are used.
from realtime_ext.tools._running import timeout_output
output = timeout_output({"call_id": "call_1", "name": "get_weather"}, 2.0)
print(json.dumps({"first": first, "tools_before": tools_before,
                  "tools_at_first_event": tools_at_first_event,
                  "timeout_output": output["item"]["call_id"]}))
"""


def test_a_first_connection_loads_the_tool_loop_only_when_tools_are_used() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "first": "session.created",
        "tools_before": False,
        "tools_at_first_event": False,
        "timeout_output": "call_1",
    }
