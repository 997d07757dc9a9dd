from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_delegation_config_tool_mcp_allowed_callers_item import (
    LiveResponsesDelegationConfigToolMcpAllowedCallersItem,
)
from ..models.live_responses_delegation_config_tool_mcp_require_approval import (
    LiveResponsesDelegationConfigToolMcpRequireApproval,
)
from ..models.live_responses_delegation_config_tool_mcp_type import LiveResponsesDelegationConfigToolMcpType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_delegation_config_tool_mcp_headers import LiveResponsesDelegationConfigToolMcpHeaders
    from ..models.live_tool_mcp_allowed_tools_live_mcp_tool_filter import LiveToolMcpAllowedToolsLiveMCPToolFilter
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_delegation_config_tool_mcp_headers import LiveResponsesDelegationConfigToolMcpHeaders  # noqa: PLC0415
    from ..models.live_tool_mcp_allowed_tools_live_mcp_tool_filter import LiveToolMcpAllowedToolsLiveMCPToolFilter  # noqa: PLC0415
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesDelegationConfigToolMcpHeaders": LiveResponsesDelegationConfigToolMcpHeaders,
            "LiveToolMcpAllowedToolsLiveMCPToolFilter": LiveToolMcpAllowedToolsLiveMCPToolFilter,
            "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter": LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesDelegationConfigToolMcp")


@_attrs_define
class LiveResponsesDelegationConfigToolMcp:
    """
    Attributes:
        type_ (LiveResponsesDelegationConfigToolMcpType):
        allowed_callers (list[LiveResponsesDelegationConfigToolMcpAllowedCallersItem] | None | Unset):
        allowed_tools (list[str] | LiveToolMcpAllowedToolsLiveMCPToolFilter | None | Unset):
        authorization (None | str | Unset):
        connector_id (None | str | Unset):
        defer_loading (bool | None | Unset):
        headers (LiveResponsesDelegationConfigToolMcpHeaders | None | Unset):
        require_approval (LiveResponsesDelegationConfigToolMcpRequireApproval |
            LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter | None | Unset):
        server_description (None | str | Unset):
        server_label (None | str | Unset):
        server_url (None | str | Unset):
        tunnel_id (None | str | Unset):
    """

    type_: LiveResponsesDelegationConfigToolMcpType | Literal["mcp"]
    allowed_callers: list[LiveResponsesDelegationConfigToolMcpAllowedCallersItem] | None | Unset = UNSET
    allowed_tools: list[str] | LiveToolMcpAllowedToolsLiveMCPToolFilter | None | Unset = UNSET
    authorization: None | str | Unset = UNSET
    connector_id: None | str | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    headers: LiveResponsesDelegationConfigToolMcpHeaders | None | Unset = UNSET
    require_approval: (
        LiveResponsesDelegationConfigToolMcpRequireApproval
        | LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter
        | None
        | Unset
    ) = UNSET
    server_description: None | str | Unset = UNSET
    server_label: None | str | Unset = UNSET
    server_url: None | str | Unset = UNSET
    tunnel_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

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

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, LiveToolMcpAllowedToolsLiveMCPToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, LiveResponsesDelegationConfigToolMcpHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, LiveResponsesDelegationConfigToolMcpRequireApproval):
            require_approval = str(self.require_approval)
        else:
            require_approval = self.require_approval

        server_description: None | str | Unset
        if isinstance(self.server_description, Unset):
            server_description = UNSET
        else:
            server_description = self.server_description

        server_label: None | str | Unset
        if isinstance(self.server_label, Unset):
            server_label = UNSET
        else:
            server_label = self.server_label

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        tunnel_id: None | str | Unset
        if isinstance(self.tunnel_id, Unset):
            tunnel_id = UNSET
        else:
            tunnel_id = self.tunnel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveResponsesDelegationConfigToolMcpType(d.pop("type"))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        connector_id = _parse_connector_id(d.pop("connector_id", UNSET))

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        headers = _parse_headers(d.pop("headers", UNSET))

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        server_description = _parse_server_description(d.pop("server_description", UNSET))

        server_label = _parse_server_label(d.pop("server_label", UNSET))

        server_url = _parse_server_url(d.pop("server_url", UNSET))

        tunnel_id = _parse_tunnel_id(d.pop("tunnel_id", UNSET))

        live_responses_delegation_config_tool_mcp = cls(
            type_=type_,
            allowed_callers=allowed_callers,
            allowed_tools=allowed_tools,
            authorization=authorization,
            connector_id=connector_id,
            defer_loading=defer_loading,
            headers=headers,
            require_approval=require_approval,
            server_description=server_description,
            server_label=server_label,
            server_url=server_url,
            tunnel_id=tunnel_id,
        )

        live_responses_delegation_config_tool_mcp.additional_properties = d
        return live_responses_delegation_config_tool_mcp

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


def _parse_allowed_callers(data: object) -> list[LiveResponsesDelegationConfigToolMcpAllowedCallersItem] | None | Unset:
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
            allowed_callers_type_0_item = LiveResponsesDelegationConfigToolMcpAllowedCallersItem(
                allowed_callers_type_0_item_data
            )

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveResponsesDelegationConfigToolMcpAllowedCallersItem] | None | Unset, data)


def _parse_allowed_tools(data: object) -> list[str] | LiveToolMcpAllowedToolsLiveMCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_tools_type_0 = cast(list[str], data)

        return allowed_tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        allowed_tools_type_1 = LiveToolMcpAllowedToolsLiveMCPToolFilter.from_dict(data)

        return allowed_tools_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | LiveToolMcpAllowedToolsLiveMCPToolFilter | None | Unset, data)


def _parse_authorization(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_connector_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_headers(data: object) -> LiveResponsesDelegationConfigToolMcpHeaders | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = LiveResponsesDelegationConfigToolMcpHeaders.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigToolMcpHeaders | None | Unset, data)


def _parse_require_approval(
    data: object,
) -> (
    LiveResponsesDelegationConfigToolMcpRequireApproval
    | LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        require_approval_type_0 = LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter.from_dict(data)

        return require_approval_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_1 = LiveResponsesDelegationConfigToolMcpRequireApproval(data)

        return require_approval_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveResponsesDelegationConfigToolMcpRequireApproval
        | LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter
        | None
        | Unset,
        data,
    )


def _parse_server_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_server_label(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_server_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_tunnel_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
