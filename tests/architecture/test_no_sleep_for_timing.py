"""Tests wait for conditions, never for a length of time (issue 24 item 4).

Every ``time.sleep``/``asyncio.sleep`` with a non-zero delay in tests/ sits in a function
listed here with the reason it is not a wait-for-timing: a bounded poll of a condition (the
interval of tests/support/waiting.py's ``until``), or a simulated peer's own behaviour.
``asyncio.sleep(0)`` (yield to the loop) is always fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

POLL = "bounded poll of a condition (fails after a deadline)"
ALLOWED: dict[tuple[str, str], str] = {
    ("support/waiting.py", "until"): POLL,
    ("support/waiting.py", "async_until"): POLL,
    ("support/prism.py", "_wait_ready"): POLL + ": Prism's port opening",
    ("fake_server/test_scenario.py", "test_serve_fake_scenario_file_with_openai_client"): POLL,
    ("faults/test_fault_injection.py", "_settle"): POLL,
    ("faults/test_fault_injection.py", "_leaks"): POLL,
    ("conversation/test_sideband.py", "test_sync_sideband_joins_an_accepted_call"): POLL,
    (
        "conversation/test_reconnect.py",
        "test_async_drop_reconnects_restores_and_flushes_concurrent_sends",
    ): POLL,
    ("webrtc/test_browser_call.py", "until"): POLL,
    ("webrtc/test_python_client.py", "eventually"): POLL,
    (
        "fake_server/test_live.py",
        "test_a_live_sessions_duration_counts_from_its_start_not_from_the_socket",
    ): "a slow client (the peer's own pace): its session.start after the session's duration",
    ("fake_server/test_bounds.py", "test_a_client_that_sends_without_reading_gets_backpressure"): (
        "samples the server's write buffer while a flood runs for a fixed window (the subject)"
    ),
    ("hardening/test_token_example.py", "test_a_flood_of_half_sent_requests_is_capped"): (
        POLL + "; and half-sent requests held open for a moment (the hostile client)"
    ),
    ("hardening/test_token_example.py", "test_a_trickling_client_is_dropped_at_the_deadline"): (
        "a slowloris client sending one byte every 0.2 s (the hostile client's own pace)"
    ),
    ("hostile/test_servers.py", "case"): (
        "hostile peers: silent half-requests outliving the server's 1 s timeout, a flood "
        "with no reader running for a fixed window (the subject)"
    ),
    ("faults/_proxy.py", "_answer"): "the fault proxy's injected latency and stall (the subject)",
    ("connection/test_limits_and_failures.py", "handler"): (
        "a simulated server that crashes a moment after its first message"
    ),
}


def own_nodes(func: ast.AST) -> list[ast.AST]:
    """The nodes of ``func`` outside the functions nested in it."""
    nodes: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        nodes.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return nodes


def sleeps() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in TESTS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in own_nodes(func):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                target = ast.unparse(node.func)
                if target not in ("time.sleep", "asyncio.sleep"):
                    continue
                delay = node.args[0] if node.args else None
                if isinstance(delay, ast.Constant) and delay.value == 0:
                    continue
                found.add((path.relative_to(TESTS).as_posix(), func.name))
    return found


def test_no_sleep_for_timing() -> None:
    found = sleeps()
    assert sorted(found - set(ALLOWED)) == [], "wait with support.waiting.until instead"
    assert sorted(set(ALLOWED) - found) == [], "ALLOWED lists a sleep that is gone"
