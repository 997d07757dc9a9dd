"""mcp_tool: the MCPTool wire dict."""

from __future__ import annotations

import pytest

from realtime_ext.session import SessionConfigError
from realtime_ext.tools import mcp_tool


def test_minimal_and_full() -> None:
    assert mcp_tool(server_label="s", server_url="https://x/mcp") == {
        "type": "mcp",
        "server_label": "s",
        "server_url": "https://x/mcp",
    }
    full = mcp_tool(
        server_label="cal",
        connector_id="connector_googlecalendar",
        authorization="tok",
        require_approval={"always": {"read_only": False}},
        allowed_tools={"read_only": True},
        server_description="Calendar",
        extra={"defer_loading": True},
    )
    assert full == {
        "type": "mcp",
        "server_label": "cal",
        "connector_id": "connector_googlecalendar",
        "server_description": "Calendar",
        "allowed_tools": {"read_only": True},
        "require_approval": {"always": {"read_only": False}},
        "authorization": "tok",
        "defer_loading": True,
    }


@pytest.mark.parametrize(
    ("kwargs", "keyword"),
    [
        ({"server_label": "s"}, "server_url"),
        ({"server_label": "s", "server_url": "u", "connector_id": "c"}, "server_url"),
        ({"server_label": 1, "server_url": "u"}, "server_label"),
        ({"server_label": "s", "server_url": "u", "allowed_tools": "a"}, "allowed_tools"),
        ({"server_label": "s", "server_url": "u", "headers": {"A": 1}}, "headers"),
        (
            {
                "server_label": "s",
                "server_url": "u",
                "require_approval": {"never": {"x": 1, "read_only": 2}},
            },
            "require_approval.never.read_only",
        ),
    ],
)
def test_bad_values(kwargs: dict[str, object], keyword: str) -> None:
    with pytest.raises(SessionConfigError) as info:
        mcp_tool(**kwargs)  # type: ignore[arg-type]
    assert info.value.keyword == keyword


def test_header_values_are_not_echoed() -> None:
    with pytest.raises(SessionConfigError) as info:
        mcp_tool(server_label="s", server_url="u", headers={"Authorization": 5})  # type: ignore[dict-item]
    assert "5" not in str(info.value)
