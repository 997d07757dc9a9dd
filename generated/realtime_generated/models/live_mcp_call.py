from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_mcp_call_status import LiveMcpCallStatus
from ..models.live_mcp_call_type import LiveMcpCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_http_error import LiveHTTPError
    from ..models.live_mcp_protocol_error import LiveMcpProtocolError
    from ..models.live_mcp_tool_execution_error import LiveMcpToolExecutionError
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_http_error import LiveHTTPError  # noqa: PLC0415
    from ..models.live_mcp_protocol_error import LiveMcpProtocolError  # noqa: PLC0415
    from ..models.live_mcp_tool_execution_error import LiveMcpToolExecutionError  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveHTTPError": LiveHTTPError,
            "LiveMcpProtocolError": LiveMcpProtocolError,
            "LiveMcpToolExecutionError": LiveMcpToolExecutionError,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMcpCall")


@_attrs_define
class LiveMcpCall:
    """An invocation of a tool on an MCP server.

    Attributes:
        id (str):
        arguments (str):
        name (str):
        server_label (str):
        type_ (LiveMcpCallType):
        approval_request_id (None | str | Unset):
        error (LiveHTTPError | LiveMcpProtocolError | LiveMcpToolExecutionError | None | RealtimeUnknownVariant |
            Unset):
        output (None | str | Unset):
        status (LiveMcpCallStatus | None | Unset):
    """

    id: str
    arguments: str
    name: str
    server_label: str
    type_: LiveMcpCallType | Literal["mcp_call"]
    approval_request_id: None | str | Unset = UNSET
    error: LiveHTTPError | LiveMcpProtocolError | LiveMcpToolExecutionError | None | RealtimeUnknownVariant | Unset = (
        UNSET
    )
    output: None | str | Unset = UNSET
    status: LiveMcpCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        arguments = self.arguments

        name = self.name

        server_label = self.server_label

        type_ = str(self.type_)

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, LiveMcpProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, LiveMcpToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, LiveHTTPError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeUnknownVariant):
            error = self.error.to_dict()
        else:
            error = self.error

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveMcpCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arguments": arguments,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type_ = LiveMcpCallType(d.pop("type"))

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        error = _parse_error(d.pop("error", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_mcp_call = cls(
            id=id,
            arguments=arguments,
            name=name,
            server_label=server_label,
            type_=type_,
            approval_request_id=approval_request_id,
            error=error,
            output=output,
            status=status,
        )

        live_mcp_call.additional_properties = d
        return live_mcp_call

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


def _parse_error(
    data: object,
) -> LiveHTTPError | LiveMcpProtocolError | LiveMcpToolExecutionError | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "mcp_protocol_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_0 = LiveMcpProtocolError.from_dict(data)

        return error_type_0
    if isinstance(data, dict) and data.get("type") == "mcp_tool_execution_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_1 = LiveMcpToolExecutionError.from_dict(data)

        return error_type_1
    if isinstance(data, dict) and data.get("type") == "http_error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        error_type_2 = LiveHTTPError.from_dict(data)

        return error_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_4 = RealtimeUnknownVariant.from_dict(data)

        return error_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveHTTPError | LiveMcpProtocolError | LiveMcpToolExecutionError | None | RealtimeUnknownVariant | Unset, data
    )


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveMcpCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveMcpCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMcpCallStatus | None | Unset, data)
