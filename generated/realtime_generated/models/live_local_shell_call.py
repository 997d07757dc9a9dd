from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_local_shell_call_status import LiveLocalShellCallStatus
from ..models.live_local_shell_call_type import LiveLocalShellCallType

if TYPE_CHECKING:
    from ..models.live_local_shell_call_action import LiveLocalShellCallAction


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_local_shell_call_action import LiveLocalShellCallAction  # noqa: PLC0415

    globals().update(
        {
            "LiveLocalShellCallAction": LiveLocalShellCallAction,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveLocalShellCall")


@_attrs_define
class LiveLocalShellCall:
    """A tool call to run a command on the local shell.

    Attributes:
        id (str):
        action (LiveLocalShellCallAction): Execute a shell command on the server.
        call_id (str):
        status (LiveLocalShellCallStatus):
        type_ (LiveLocalShellCallType):
    """

    id: str
    action: LiveLocalShellCallAction
    call_id: str
    status: LiveLocalShellCallStatus
    type_: LiveLocalShellCallType | Literal["local_shell_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        action = self.action.to_dict()

        call_id = self.call_id

        status = str(self.status)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "call_id": call_id,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        action = LiveLocalShellCallAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        status = LiveLocalShellCallStatus(d.pop("status"))

        type_ = LiveLocalShellCallType(d.pop("type"))

        live_local_shell_call = cls(
            id=id,
            action=action,
            call_id=call_id,
            status=status,
            type_=type_,
        )

        live_local_shell_call.additional_properties = d
        return live_local_shell_call

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

    type: ClassVar[Literal["local_shell_call"]] = "local_shell_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
