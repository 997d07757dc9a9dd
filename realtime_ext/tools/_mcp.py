"""``mcp_tool``: the ``MCPTool`` wire dict for a remote MCP server or a connector."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from realtime_ext import SessionConfigError
from realtime_ext.provider import (
    Checker,
    check_bool,
    check_mapping,
    check_str,
    check_str_list,
    merge_extra,
)

__all__ = ["mcp_tool"]

_FILTER: dict[str, Checker] = {"tool_names": check_str_list, "read_only": check_bool}


def _filter(keyword: str, value: object) -> dict[str, Any]:
    return check_mapping(keyword, value, _FILTER)


def _allowed_tools(value: object) -> list[str] | dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return _filter("allowed_tools", cast("Mapping[object, object]", value))
    return check_str_list("allowed_tools", value)


def _approval(value: object) -> str | dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, str):  # a word newer than this SDK passes, as unknown enums do
        return value
    return check_mapping("require_approval", value, {"always": _filter, "never": _filter})


def _headers(value: object) -> dict[str, str] | None:
    if value is None:
        return None
    given = cast("Mapping[object, object]", value) if isinstance(value, Mapping) else None
    if given is None or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in given.items()
    ):
        # The values are credentials: never echo them.
        raise SessionConfigError("headers", "expected a dict of string names to string values")
    return cast("dict[str, str]", dict(given))


def mcp_tool(
    *,
    server_label: str,
    server_url: str | None = None,
    connector_id: str | None = None,
    allowed_tools: Sequence[str] | Mapping[str, Any] | None = None,
    require_approval: str | Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    authorization: str | None = None,
    server_description: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An MCP tool for a session's ``tools`` (type ``"mcp"``).

    Give exactly one of ``server_url`` or ``connector_id``. ``require_approval`` is
    ``"always"``, ``"never"``, or filters of tool names under ``always`` and ``never``
    (``{"always": {"tool_names": [...]}, "never": {"read_only": True}}``): a call that
    needs approval reaches the app as a ``tool.approval_required`` event under
    ``conn.run_tools`` (answered ``conn.approve_tool_call``); ``allowed_tools`` a list of
    names or a filter dict. ``headers``/``authorization`` are sent to the
    MCP server and never appear in error messages.

    Example:
        >>> mcp_tool(server_label="deepwiki", server_url="https://mcp.deepwiki.com/mcp",
        ...          require_approval="never")
        {'type': 'mcp', 'server_label': 'deepwiki', 'server_url': 'https://mcp.deepwiki.com/mcp', 'require_approval': 'never'}
    """  # noqa: E501
    if (server_url is None) == (connector_id is None):
        raise SessionConfigError("server_url", "give exactly one of server_url or connector_id")
    out: dict[str, Any] = {"type": "mcp", "server_label": check_str("server_label", server_label)}
    if server_url is not None:
        out["server_url"] = check_str("server_url", server_url)
    if connector_id is not None:
        out["connector_id"] = check_str("connector_id", connector_id)
    if server_description is not None:
        out["server_description"] = check_str("server_description", server_description)
    if allowed_tools is not None:
        out["allowed_tools"] = _allowed_tools(allowed_tools)
    if require_approval is not None:
        out["require_approval"] = _approval(require_approval)
    if headers is not None:
        out["headers"] = _headers(headers)
    if authorization is not None:
        if not isinstance(authorization, str):
            raise SessionConfigError("authorization", "expected a string")
        out["authorization"] = authorization
    if extra is not None:
        merge_extra("extra", out, extra)
    return out
