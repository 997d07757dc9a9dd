"""What every scripted session of the fake server does with a client message it cannot use:
the conversation's and the translation session's, through their one base."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext.testing._conversation import FakeConversation
from realtime_ext.testing._script import Script
from realtime_ext.testing._scripted import ScriptedSession
from realtime_ext.testing._translation import TranslationSession


def test_both_sessions_parse_through_the_base() -> None:
    for cls in (FakeConversation, TranslationSession):
        assert issubclass(cls, ScriptedSession)
        assert cls.parse is ScriptedSession.parse


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("[" * 200_000 + "]" * 200_000, "invalid_json"),  # json.loads: RecursionError
        ("{not json", "invalid_json"),
        (b"\xff\xfe", "invalid_json"),
        ("[1]", "invalid_value"),
        ('{"type": 1}', "invalid_value"),
    ],
)
def test_an_unusable_message_is_answered_with_an_error_event(raw: str | bytes, code: str) -> None:
    sent: list[dict[str, Any]] = []
    session = ScriptedSession({"id": "sess_1"}, Script(), sent.append, lambda c, r: None)
    assert session.parse(raw) is None
    assert [(e["type"], e["error"]["code"]) for e in sent] == [("error", code)]


@pytest.mark.parametrize("event_id", [["e"], {"e": 1}, True, 0.5])
def test_an_error_names_the_client_event_only_by_a_string_id(event_id: object) -> None:
    """A client event whose ``event_id`` is not a string is answered with an error that names
    none (``null``, as the spec types the field), on either API's error shape: the fake used
    to echo the value whatever it was."""
    import json

    from realtime_ext.testing._live import FakeLiveSession
    from realtime_ext.testing._log import BoundedLog
    from realtime_ext.testing._routes import answer_client_message

    out: list[dict[str, Any]] = []
    conversation = FakeConversation({"type": "realtime"}, Script(), out.append, _no_close)
    conversation.handle_message(json.dumps({"type": "session.nope", "event_id": event_id}))
    assert out[-1]["type"] == "error" and out[-1]["error"]["event_id"] is None
    live = FakeLiveSession(Script(), out.append, _no_close)

    def broken(*args: object) -> None:
        raise RuntimeError("the fake's own bug")

    live.dispatch_from = broken  # type: ignore[method-assign,assignment]
    log: BoundedLog[dict[str, Any]] = BoundedLog(max_items=4, max_bytes=1 << 12)
    answer_client_message(
        live, json.dumps({"type": "session.close", "event_id": event_id}), log, out.append
    )
    assert out[-1]["error"]["type"] == "server_error" and "client_event_id" not in out[-1]["error"]


def _no_close(code: int | None, reason: str) -> None:
    pass
