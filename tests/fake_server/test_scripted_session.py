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
