from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_shell_call_status import LiveShellCallStatus
from ..models.live_shell_call_type import LiveShellCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_container_reference import LiveContainerReference
    from ..models.live_local_environment import LiveLocalEnvironment
    from ..models.live_shell_call_action import LiveShellCallAction
    from ..models.live_shell_call_caller_direct import LiveShellCallCallerDirect
    from ..models.live_shell_call_caller_program import LiveShellCallCallerProgram
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_container_reference import LiveContainerReference  # noqa: PLC0415
    from ..models.live_local_environment import LiveLocalEnvironment  # noqa: PLC0415
    from ..models.live_shell_call_action import LiveShellCallAction  # noqa: PLC0415
    from ..models.live_shell_call_caller_direct import LiveShellCallCallerDirect  # noqa: PLC0415
    from ..models.live_shell_call_caller_program import LiveShellCallCallerProgram  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveContainerReference": LiveContainerReference,
            "LiveLocalEnvironment": LiveLocalEnvironment,
            "LiveShellCallAction": LiveShellCallAction,
            "LiveShellCallCallerDirect": LiveShellCallCallerDirect,
            "LiveShellCallCallerProgram": LiveShellCallCallerProgram,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveShellCall")


@_attrs_define
class LiveShellCall:
    """A tool representing a request to execute one or more shell commands.

    Attributes:
        action (LiveShellCallAction): The shell commands and limits that describe how to run the tool call.
        call_id (str):
        type_ (LiveShellCallType):
        id (None | str | Unset):
        caller (LiveShellCallCallerDirect | LiveShellCallCallerProgram | None | RealtimeUnknownVariant | Unset):
        environment (LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset):
        status (LiveShellCallStatus | None | Unset):
    """

    action: LiveShellCallAction
    call_id: str
    type_: LiveShellCallType | Literal["shell_call"]
    id: None | str | Unset = UNSET
    caller: LiveShellCallCallerDirect | LiveShellCallCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    environment: LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset = UNSET
    status: LiveShellCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        action = self.action.to_dict()

        call_id = self.call_id

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, LiveShellCallCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, LiveShellCallCallerProgram):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, RealtimeUnknownVariant):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LiveLocalEnvironment):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveContainerReference):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, RealtimeUnknownVariant):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveShellCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "call_id": call_id,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if environment is not UNSET:
            field_dict["environment"] = environment
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        action = LiveShellCallAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        type_ = LiveShellCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        environment = _parse_environment(d.pop("environment", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_shell_call = cls(
            action=action,
            call_id=call_id,
            type_=type_,
            id=id,
            caller=caller,
            environment=environment,
            status=status,
        )

        live_shell_call.additional_properties = d
        return live_shell_call

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

    type: ClassVar[Literal["shell_call"]] = "shell_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_caller(
    data: object,
) -> LiveShellCallCallerDirect | LiveShellCallCallerProgram | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "direct":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_0 = LiveShellCallCallerDirect.from_dict(data)

        return caller_type_0
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        caller_type_1 = LiveShellCallCallerProgram.from_dict(data)

        return caller_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caller_type_3 = RealtimeUnknownVariant.from_dict(data)

        return caller_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveShellCallCallerDirect | LiveShellCallCallerProgram | None | RealtimeUnknownVariant | Unset, data)


def _parse_environment(
    data: object,
) -> LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "local":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_0 = LiveLocalEnvironment.from_dict(data)

        return environment_type_0
    if isinstance(data, dict) and data.get("type") == "container_reference":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_1 = LiveContainerReference.from_dict(data)

        return environment_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        environment_type_3 = RealtimeUnknownVariant.from_dict(data)

        return environment_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset, data)


def _parse_status(data: object) -> LiveShellCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveShellCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveShellCallStatus | None | Unset, data)
