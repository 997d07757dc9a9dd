"""realtime_ext/examples/text_agent_with_tools.py runs offline end to end.

The tool loop, narrowing and typed sends, against the fake server.
"""

from __future__ import annotations

import pytest

from realtime_ext.connection import RealtimeConnection
from realtime_ext.examples import text_agent_with_tools
from support.cutting_server import CuttingServer


def test_text_agent_answers_through_its_tools(capsys: pytest.CaptureFixture[str]) -> None:
    assert text_agent_with_tools.main(["--fake"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        'tool call: get_weather({"city":"Paris"})',
        'tool call: get_weather({"city":"Oslo"})',
        "Both are 21 degrees and clear.",
    ]


def test_text_agent_reports_a_refused_request(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ask = text_agent_with_tools.ask

    def refused(conn: RealtimeConnection, question: str, out: list[str]) -> str:
        conn.conversation.item.delete(item_id="item_missing")
        return real_ask(conn, question, out)

    monkeypatch.setattr(text_agent_with_tools, "ask", refused)
    assert text_agent_with_tools.main(["--fake"]) == 1
    assert "item_not_found" in capsys.readouterr().out


def test_text_agent_asks_again_for_a_reply_a_drop_cut(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The line drops mid-reply (the fake server cuts its first response after one delta);
    # the connection reconnects to a new session (max_retries=3) and the example asks again.
    monkeypatch.setattr(text_agent_with_tools, "FakeRealtimeServer", CuttingServer)
    assert text_agent_with_tools.main(["--fake"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "reconnected (attempt 1)",
        "reply lost (close 1006): asked again",
        "Both are 21 degrees and clear.",
    ]
