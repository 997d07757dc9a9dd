from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_shell_call_output_status import LiveShellCallOutputStatus
from ..models.live_shell_call_output_type import LiveShellCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_function_shell_call_output_content import LiveResponseFunctionShellCallOutputContent
    from ..models.live_shell_call_output_caller_direct import LiveShellCallOutputCallerDirect
    from ..models.live_shell_call_output_caller_program import LiveShellCallOutputCallerProgram
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_function_shell_call_output_content import LiveResponseFunctionShellCallOutputContent  # noqa: PLC0415
    from ..models.live_shell_call_output_caller_direct import LiveShellCallOutputCallerDirect  # noqa: PLC0415
    from ..models.live_shell_call_output_caller_program import LiveShellCallOutputCallerProgram  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseFunctionShellCallOutputContent": LiveResponseFunctionShellCallOutputContent,
            "LiveShellCallOutputCallerDirect": LiveShellCallOutputCallerDirect,
            "LiveShellCallOutputCallerProgram": LiveShellCallOutputCallerProgram,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveShellCallOutput")


@_attrs_define
class LiveShellCallOutput:
    """The streamed output items emitted by a shell tool call.

    Attributes:
        call_id (str):
        output (list[LiveResponseFunctionShellCallOutputContent]):
        type_ (LiveShellCallOutputType):
        id (None | str | Unset):
        caller (LiveShellCallOutputCallerDirect | LiveShellCallOutputCallerProgram | None | RealtimeUnknownVariant |
            Unset):
        max_output_length (int | None | Unset):
        status (LiveShellCallOutputStatus | None | Unset):
    """

    call_id: str
    output: list[LiveResponseFunctionShellCallOutputContent]
    type_: LiveShellCallOutputType | Literal["shell_call_output"]
    id: None | str | Unset = UNSET
    caller: (
        LiveShellCallOutputCallerDirect | LiveShellCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset
    ) = UNSET
    max_output_length: int | None | Unset = UNSET
    status: LiveShellCallOutputStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveShellCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveShellCallOutputCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveShellCallOutputStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = LiveResponseFunctionShellCallOutputContent.from_dict(output_item_data)

            output.append(output_item)

        type_ = LiveShellCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_shell_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
            caller=caller,
            max_output_length=max_output_length,
            status=status,
        )

        live_shell_call_output.additional_properties = d
        return live_shell_call_output

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


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_caller(
    data: object,
) -> LiveShellCallOutputCallerDirect | LiveShellCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveShellCallOutputCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveShellCallOutputCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveShellCallOutputCallerDirect | LiveShellCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset, data
    )


def _parse_max_output_length(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_status(data: object) -> LiveShellCallOutputStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveShellCallOutputStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveShellCallOutputStatus | None | Unset, data)
