from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_apply_patch_call_status import LiveApplyPatchCallStatus
from ..models.live_apply_patch_call_type import LiveApplyPatchCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_apply_patch_call_caller_direct import LiveApplyPatchCallCallerDirect
    from ..models.live_apply_patch_call_caller_program import LiveApplyPatchCallCallerProgram
    from ..models.live_apply_patch_call_operation_create_file import LiveApplyPatchCallOperationCreateFile
    from ..models.live_apply_patch_call_operation_delete_file import LiveApplyPatchCallOperationDeleteFile
    from ..models.live_apply_patch_call_operation_update_file import LiveApplyPatchCallOperationUpdateFile
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_apply_patch_call_caller_direct import LiveApplyPatchCallCallerDirect  # noqa: PLC0415
    from ..models.live_apply_patch_call_caller_program import LiveApplyPatchCallCallerProgram  # noqa: PLC0415
    from ..models.live_apply_patch_call_operation_create_file import LiveApplyPatchCallOperationCreateFile  # noqa: PLC0415
    from ..models.live_apply_patch_call_operation_delete_file import LiveApplyPatchCallOperationDeleteFile  # noqa: PLC0415
    from ..models.live_apply_patch_call_operation_update_file import LiveApplyPatchCallOperationUpdateFile  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveApplyPatchCallCallerDirect": LiveApplyPatchCallCallerDirect,
            "LiveApplyPatchCallCallerProgram": LiveApplyPatchCallCallerProgram,
            "LiveApplyPatchCallOperationCreateFile": LiveApplyPatchCallOperationCreateFile,
            "LiveApplyPatchCallOperationDeleteFile": LiveApplyPatchCallOperationDeleteFile,
            "LiveApplyPatchCallOperationUpdateFile": LiveApplyPatchCallOperationUpdateFile,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveApplyPatchCall")


@_attrs_define
class LiveApplyPatchCall:
    """A tool call representing a request to create, delete, or update files using diff patches.

    Attributes:
        call_id (str):
        operation (LiveApplyPatchCallOperationCreateFile | LiveApplyPatchCallOperationDeleteFile |
            LiveApplyPatchCallOperationUpdateFile | RealtimeUnknownVariant):
        status (LiveApplyPatchCallStatus):
        type_ (LiveApplyPatchCallType):
        id (None | str | Unset):
        caller (LiveApplyPatchCallCallerDirect | LiveApplyPatchCallCallerProgram | None | RealtimeUnknownVariant |
            Unset):
    """

    call_id: str
    operation: (
        LiveApplyPatchCallOperationCreateFile
        | LiveApplyPatchCallOperationDeleteFile
        | LiveApplyPatchCallOperationUpdateFile
        | RealtimeUnknownVariant
    )
    status: LiveApplyPatchCallStatus
    type_: LiveApplyPatchCallType | Literal["apply_patch_call"]
    id: None | str | Unset = UNSET
    caller: LiveApplyPatchCallCallerDirect | LiveApplyPatchCallCallerProgram | None | RealtimeUnknownVariant | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        call_id = self.call_id

        operation: dict[str, Any]
        if isinstance(self.operation, LiveApplyPatchCallOperationCreateFile):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, LiveApplyPatchCallOperationDeleteFile):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, LiveApplyPatchCallOperationUpdateFile):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

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
        elif isinstance(self.caller, LiveApplyPatchCallCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveApplyPatchCallCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "operation": operation,
                "status": status,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        operation = _parse_operation(d.pop("operation"))

        status = LiveApplyPatchCallStatus(d.pop("status"))

        type_ = LiveApplyPatchCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        live_apply_patch_call = cls(
            call_id=call_id,
            operation=operation,
            status=status,
            type_=type_,
            id=id,
            caller=caller,
        )

        live_apply_patch_call.additional_properties = d
        return live_apply_patch_call

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

    type: ClassVar[Literal["apply_patch_call"]] = "apply_patch_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_operation(
    data: object,
) -> (
    LiveApplyPatchCallOperationCreateFile
    | LiveApplyPatchCallOperationDeleteFile
    | LiveApplyPatchCallOperationUpdateFile
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "create_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        operation_type_0 = LiveApplyPatchCallOperationCreateFile.from_dict(data)

        return operation_type_0
    if isinstance(data, dict) and data.get("type") == "delete_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        operation_type_1 = LiveApplyPatchCallOperationDeleteFile.from_dict(data)

        return operation_type_1
    if isinstance(data, dict) and data.get("type") == "update_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        operation_type_2 = LiveApplyPatchCallOperationUpdateFile.from_dict(data)

        return operation_type_2
    if not isinstance(data, dict):
        raise TypeError()
    operation_type_3 = RealtimeUnknownVariant.from_dict(data)

    return operation_type_3


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_caller(
    data: object,
) -> LiveApplyPatchCallCallerDirect | LiveApplyPatchCallCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveApplyPatchCallCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveApplyPatchCallCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveApplyPatchCallCallerDirect | LiveApplyPatchCallCallerProgram | None | RealtimeUnknownVariant | Unset, data
    )
