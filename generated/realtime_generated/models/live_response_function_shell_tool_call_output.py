from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_function_shell_tool_call_output_status import LiveResponseFunctionShellToolCallOutputStatus
from ..models.live_response_function_shell_tool_call_output_type import LiveResponseFunctionShellToolCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_caller_direct import LiveCallerDirect
    from ..models.live_caller_program import LiveCallerProgram
    from ..models.live_output import LiveOutput
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_caller_direct import LiveCallerDirect  # noqa: PLC0415
    from ..models.live_caller_program import LiveCallerProgram  # noqa: PLC0415
    from ..models.live_output import LiveOutput  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveCallerDirect": LiveCallerDirect,
            "LiveCallerProgram": LiveCallerProgram,
            "LiveOutput": LiveOutput,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFunctionShellToolCallOutput")


@_attrs_define
class LiveResponseFunctionShellToolCallOutput:
    """The output of a shell tool call that was emitted.

    Attributes:
        id (str):
        call_id (str):
        output (list[LiveOutput]):
        status (LiveResponseFunctionShellToolCallOutputStatus):
        type_ (LiveResponseFunctionShellToolCallOutputType):
        max_output_length (int | None | Unset):
        caller (LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset):
        created_by (None | str | Unset):
    """

    id: str
    call_id: str
    output: list[LiveOutput]
    status: LiveResponseFunctionShellToolCallOutputStatus
    type_: LiveResponseFunctionShellToolCallOutputType | Literal["shell_call_output"]
    max_output_length: int | None | Unset = UNSET
    caller: LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        call_id = self.call_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        status = str(self.status)

        type_ = str(self.type_)

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "output": output,
                "status": status,
                "type": type_,
            }
        )
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = LiveOutput.from_dict(output_item_data)

            output.append(output_item)

        status = LiveResponseFunctionShellToolCallOutputStatus(d.pop("status"))

        type_ = LiveResponseFunctionShellToolCallOutputType(d.pop("type"))

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        live_response_function_shell_tool_call_output = cls(
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            type_=type_,
            max_output_length=max_output_length,
            caller=caller,
            created_by=created_by,
        )

        live_response_function_shell_tool_call_output.additional_properties = d
        return live_response_function_shell_tool_call_output

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

    type: ClassVar[Literal["shell_call_output"]] = "shell_call_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_max_output_length(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_caller(data: object) -> LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset, data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
