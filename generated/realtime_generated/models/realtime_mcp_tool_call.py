from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_tool_call_type import RealtimeMCPToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError  # noqa: PLC0415
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError  # noqa: PLC0415
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "RealtimeMCPProtocolError": RealtimeMCPProtocolError,
            "RealtimeMCPToolExecutionError": RealtimeMCPToolExecutionError,
            "RealtimeMCPHTTPError": RealtimeMCPHTTPError,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeMCPToolCall")


@_attrs_define
class RealtimeMCPToolCall:
    """A Realtime item representing an invocation of a tool on an MCP server.

    Attributes:
        type_ (RealtimeMCPToolCallType): The type of the item. Always `mcp_call`.
        id (str): The unique ID of the tool call.
        server_label (str): The label of the MCP server running the tool.
        name (str): The name of the tool that was run.
        arguments (str): A JSON string of the arguments passed to the tool.
        approval_request_id (None | str | Unset):
        output (None | str | Unset):
        error (None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError |
            RealtimeUnknownVariant | Unset):
    """

    type_: RealtimeMCPToolCallType | Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RealtimeMCPProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeMCPToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeMCPHTTPError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeUnknownVariant):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeMCPToolCallType(d.pop("type"))

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        error = _parse_error(d.pop("error", UNSET))

        realtime_mcp_tool_call = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
        )

        realtime_mcp_tool_call.additional_properties = d
        return realtime_mcp_tool_call

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

    type: ClassVar[Literal["mcp_call"]] = "mcp_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_approval_request_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_error(
    data: object,
) -> (
    None
    | RealtimeMCPHTTPError
    | RealtimeMCPProtocolError
    | RealtimeMCPToolExecutionError
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "protocol_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_0_type_0 = RealtimeMCPProtocolError.from_dict(data)

        return error_type_0_type_0
    if isinstance(data, dict) and data.get("type") == "tool_execution_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_0_type_1 = RealtimeMCPToolExecutionError.from_dict(data)

        return error_type_0_type_1
    if isinstance(data, dict) and data.get("type") == "http_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_0_type_2 = RealtimeMCPHTTPError.from_dict(data)

        return error_type_0_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0_type_3 = RealtimeUnknownVariant.from_dict(data)

        return error_type_0_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | RealtimeUnknownVariant
        | Unset,
        data,
    )
