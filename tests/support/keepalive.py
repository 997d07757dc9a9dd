"""The keepalive the frozen-server tests use, once.

A frozen peer is caught within ping_interval + ping_timeout + close_timeout of real time
(websockets waits close_timeout for the TCP close after its 1011). The ping timeout is what
a *live* server must beat: on a busy 2-core machine (CI beside other work, load 8x the
cores) a live server's pong came 1.5 s late, the keepalive declared it frozen during the
test's set-up and the test failed before its fault. 4 s is past any pause seen there and
still well inside the tests' 15 s bound.
"""

from __future__ import annotations

from typing import Any

PING: dict[str, Any] = {"ping_interval": 0.25, "ping_timeout": 4.0, "close_timeout": 0.5}
