from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_apply_patch_call_output_status import LiveApplyPatchCallOutputStatus
from ..models.live_apply_patch_call_output_type import LiveApplyPatchCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_apply_patch_call_output_caller_direct import LiveApplyPatchCallOutputCallerDirect
    from ..models.live_apply_patch_call_output_caller_program import LiveApplyPatchCallOutputCallerProgram
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_apply_patch_call_output_caller_direct import LiveApplyPatchCallOutputCallerDirect  # noqa: PLC0415
    from ..models.live_apply_patch_call_output_caller_program import LiveApplyPatchCallOutputCallerProgram  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveApplyPatchCallOutputCallerDirect": LiveApplyPatchCallOutputCallerDirect,
            "LiveApplyPatchCallOutputCallerProgram": LiveApplyPatchCallOutputCallerProgram,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveApplyPatchCallOutput")


@_attrs_define
class LiveApplyPatchCallOutput:
    """The streamed output emitted by an apply patch tool call.

    Attributes:
        call_id (str):
        status (LiveApplyPatchCallOutputStatus):
        type_ (LiveApplyPatchCallOutputType):
        id (None | str | Unset):
        caller (LiveApplyPatchCallOutputCallerDirect | LiveApplyPatchCallOutputCallerProgram | None |
            RealtimeUnknownVariant | Unset):
        output (None | str | Unset):
    """

    call_id: str
    status: LiveApplyPatchCallOutputStatus
    type_: LiveApplyPatchCallOutputType | Literal["apply_patch_call_output"]
    id: None | str | Unset = UNSET
    caller: (
        LiveApplyPatchCallOutputCallerDirect
        | LiveApplyPatchCallOutputCallerProgram
        | None
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

        status = str(self.status)

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveApplyPatchCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveApplyPatchCallOutputCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "status": status,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        status = LiveApplyPatchCallOutputStatus(d.pop("status"))

        type_ = LiveApplyPatchCallOutputType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        live_apply_patch_call_output = cls(
            call_id=call_id,
            status=status,
            type_=type_,
            id=id,
            caller=caller,
            output=output,
        )

        live_apply_patch_call_output.additional_properties = d
        return live_apply_patch_call_output

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

    type: ClassVar[Literal["apply_patch_call_output"]] = "apply_patch_call_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_caller(
    data: object,
) -> (
    LiveApplyPatchCallOutputCallerDirect | LiveApplyPatchCallOutputCallerProgram | None | RealtimeUnknownVariant | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveApplyPatchCallOutputCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveApplyPatchCallOutputCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveApplyPatchCallOutputCallerDirect
        | LiveApplyPatchCallOutputCallerProgram
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
