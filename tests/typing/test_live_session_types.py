"""mypy --strict and pyright (strict) accept every kind of live session (connections, calls,
translation sessions and their WebRTC calls, blocking and asyncio) where ``OpenSession`` /
``AsyncOpenSession`` is annotated, and code written against the protocol
(check_live_session.py); the control (_batch.py) shows they reject what the protocol does not
promise: a conversation's typed send, a blocking session where an asyncio one is expected, a
client."""

from __future__ import annotations

from _batch import Checked, shown


def test_mypy_strict_accepts_every_live_session(batch: Checked) -> None:
    assert batch.mypy_errors("check_live_session.py") == ""


def test_pyright_strict_accepts_every_live_session(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_live_session.py")) == []


def test_what_the_protocol_does_not_promise_fails_both(batch: Checked) -> None:
    output = batch.mypy_errors("control_live_session.py")
    assert '"response"' in output, output
    assert output.count("Incompatible types in assignment") == 2, output
    errors = batch.pyright_errors("control_live_session.py")
    assert len(errors) >= 3, errors
    assert any("response" in e["message"] for e in errors), errors
