from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_function_shell_tool_call_status import LiveResponseFunctionShellToolCallStatus
from ..models.live_response_function_shell_tool_call_type import LiveResponseFunctionShellToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_action import LiveAction
    from ..models.live_caller_direct import LiveCallerDirect
    from ..models.live_caller_program import LiveCallerProgram
    from ..models.live_response_container_reference import LiveResponseContainerReference
    from ..models.live_response_local_environment import LiveResponseLocalEnvironment
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_action import LiveAction  # noqa: PLC0415
    from ..models.live_caller_direct import LiveCallerDirect  # noqa: PLC0415
    from ..models.live_caller_program import LiveCallerProgram  # noqa: PLC0415
    from ..models.live_response_container_reference import LiveResponseContainerReference  # noqa: PLC0415
    from ..models.live_response_local_environment import LiveResponseLocalEnvironment  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAction": LiveAction,
            "LiveCallerDirect": LiveCallerDirect,
            "LiveCallerProgram": LiveCallerProgram,
            "LiveResponseContainerReference": LiveResponseContainerReference,
            "LiveResponseLocalEnvironment": LiveResponseLocalEnvironment,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFunctionShellToolCall")


@_attrs_define
class LiveResponseFunctionShellToolCall:
    """A tool call that executes one or more shell commands in a managed environment.

    Attributes:
        id (str):
        action (LiveAction): The shell commands and limits that describe how to run the tool call.
        call_id (str):
        status (LiveResponseFunctionShellToolCallStatus):
        type_ (LiveResponseFunctionShellToolCallType):
        environment (LiveResponseContainerReference | LiveResponseLocalEnvironment | None | RealtimeUnknownVariant |
            Unset):
        caller (LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset):
        created_by (None | str | Unset):
    """

    id: str
    action: LiveAction
    call_id: str
    status: LiveResponseFunctionShellToolCallStatus
    type_: LiveResponseFunctionShellToolCallType | Literal["shell_call"]
    environment: (
        LiveResponseContainerReference | LiveResponseLocalEnvironment | None | RealtimeUnknownVariant | Unset
    ) = UNSET
    caller: LiveCallerDirect | LiveCallerProgram | None | RealtimeUnknownVariant | Unset = UNSET
    created_by: None | str | Unset = UNSET
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

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LiveResponseLocalEnvironment):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveResponseContainerReference):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, RealtimeUnknownVariant):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

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
                "action": action,
                "call_id": call_id,
                "status": status,
                "type": type_,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
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

        action = LiveAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        status = LiveResponseFunctionShellToolCallStatus(d.pop("status"))

        type_ = LiveResponseFunctionShellToolCallType(d.pop("type"))

        environment = _parse_environment(d.pop("environment", UNSET))

        caller = _parse_caller(d.pop("caller", UNSET))

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        live_response_function_shell_tool_call = cls(
            id=id,
            action=action,
            call_id=call_id,
            status=status,
            type_=type_,
            environment=environment,
            caller=caller,
            created_by=created_by,
        )

        live_response_function_shell_tool_call.additional_properties = d
        return live_response_function_shell_tool_call

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


def _parse_environment(
    data: object,
) -> LiveResponseContainerReference | LiveResponseLocalEnvironment | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "local":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_0 = LiveResponseLocalEnvironment.from_dict(data)

        return environment_type_0
    if isinstance(data, dict) and data.get("type") == "container_reference":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_1 = LiveResponseContainerReference.from_dict(data)

        return environment_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        environment_type_3 = RealtimeUnknownVariant.from_dict(data)

        return environment_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveResponseContainerReference | LiveResponseLocalEnvironment | None | RealtimeUnknownVariant | Unset, data
    )


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
