from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_require_approval_setting import MCPToolRequireApprovalSetting
from ..models.mcp_tool_type import MCPToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers import MCPToolHeaders
    from ..models.mcp_tool_require_approval_filter import MCPToolRequireApprovalFilter


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415
    from ..models.mcp_tool_headers import MCPToolHeaders  # noqa: PLC0415
    from ..models.mcp_tool_require_approval_filter import MCPToolRequireApprovalFilter  # noqa: PLC0415

    globals().update(
        {
            "MCPToolFilter": MCPToolFilter,
            "MCPToolHeaders": MCPToolHeaders,
            "MCPToolRequireApprovalFilter": MCPToolRequireApprovalFilter,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="MCPTool")


@_attrs_define
class MCPTool:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).

        Attributes:
            type_ (MCPToolType): The type of the MCP tool. Always `mcp`.
            server_label (str): A label for this MCP server, used to identify it in tool calls.
            server_url (None | str | Unset): The URL for the MCP server. One of `server_url`, `connector_id`, or
                `tunnel_id` must be provided.
            connector_id (MCPToolConnectorId | None | Unset): Identifier for service connectors, like those available in
                ChatGPT. One of
                `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
                about service connectors [here](/docs/guides/tools-remote-mcp#connectors).

                Currently supported `connector_id` values are:

                - Dropbox: `connector_dropbox`
                - Gmail: `connector_gmail`
                - Google Calendar: `connector_googlecalendar`
                - Google Drive: `connector_googledrive`
                - Microsoft Teams: `connector_microsoftteams`
                - Outlook Calendar: `connector_outlookcalendar`
                - Outlook Email: `connector_outlookemail`
                - SharePoint: `connector_sharepoint`
            tunnel_id (None | str | Unset): The Secure MCP Tunnel ID to use instead of a direct server URL. One of
                `server_url`, `connector_id`, or `tunnel_id` must be provided.
            authorization (None | str | Unset): An OAuth access token that can be used with a remote MCP server, either
                with a custom MCP server URL or a service connector. Your application
                must handle the OAuth authorization flow and provide the token here.
            server_description (None | str | Unset): Optional description of the MCP server, used to provide more context.
            headers (MCPToolHeaders | None | Unset):
            allowed_tools (list[str] | MCPToolFilter | None | Unset):
            allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
            require_approval (MCPToolRequireApprovalFilter | MCPToolRequireApprovalSetting | None | Unset):
            defer_loading (bool | None | Unset): Whether this MCP tool is deferred and discovered via tool search.
    """

    type_: MCPToolType | Literal["mcp"]
    server_label: str
    server_url: None | str | Unset = UNSET
    connector_id: MCPToolConnectorId | None | Unset = UNSET
    tunnel_id: None | str | Unset = UNSET
    authorization: None | str | Unset = UNSET
    server_description: None | str | Unset = UNSET
    headers: MCPToolHeaders | None | Unset = UNSET
    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    require_approval: MCPToolRequireApprovalFilter | MCPToolRequireApprovalSetting | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        server_label = self.server_label

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        elif isinstance(self.connector_id, MCPToolConnectorId):
            connector_id = str(self.connector_id)
        else:
            connector_id = self.connector_id

        tunnel_id: None | str | Unset
        if isinstance(self.tunnel_id, Unset):
            tunnel_id = UNSET
        else:
            tunnel_id = self.tunnel_id

        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        server_description: None | str | Unset
        if isinstance(self.server_description, Unset):
            server_description = UNSET
        else:
            server_description = self.server_description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPToolHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, MCPToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = str(allowed_callers_type_0_item_data)
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, MCPToolRequireApprovalFilter):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, MCPToolRequireApprovalSetting):
            require_approval = str(self.require_approval)
        else:
            require_approval = self.require_approval

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = MCPToolType(d.pop("type"))

        server_label = d.pop("server_label")

        server_url = _parse_server_url(d.pop("server_url", UNSET))

        connector_id = _parse_connector_id(d.pop("connector_id", UNSET))

        tunnel_id = _parse_tunnel_id(d.pop("tunnel_id", UNSET))

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        server_description = _parse_server_description(d.pop("server_description", UNSET))

        headers = _parse_headers(d.pop("headers", UNSET))

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            tunnel_id=tunnel_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            allowed_callers=allowed_callers,
            require_approval=require_approval,
            defer_loading=defer_loading,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    type: ClassVar[Literal["mcp"]] = "mcp"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_server_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_connector_id(data: object) -> MCPToolConnectorId | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        connector_id_type_0 = MCPToolConnectorId(data)

        return connector_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPToolConnectorId | None | Unset, data)


def _parse_tunnel_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_authorization(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_server_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_headers(data: object) -> MCPToolHeaders | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = MCPToolHeaders.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPToolHeaders | None | Unset, data)


def _parse_allowed_tools(data: object) -> list[str] | MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_tools_type_0_type_0 = cast(list[str], data)

        return allowed_tools_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        allowed_tools_type_0_type_1 = MCPToolFilter.from_dict(data)

        return allowed_tools_type_0_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | MCPToolFilter | None | Unset, data)


def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            allowed_callers_type_0_item = CallableToolAllowedCaller(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[CallableToolAllowedCaller] | None | Unset, data)


def _parse_require_approval(
    data: object,
) -> MCPToolRequireApprovalFilter | MCPToolRequireApprovalSetting | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        require_approval_type_0_type_0 = MCPToolRequireApprovalFilter.from_dict(data)

        return require_approval_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_0_type_1 = MCPToolRequireApprovalSetting(data)

        return require_approval_type_0_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPToolRequireApprovalFilter | MCPToolRequireApprovalSetting | None | Unset, data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "allowed_callers": {"minItems": 1},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
