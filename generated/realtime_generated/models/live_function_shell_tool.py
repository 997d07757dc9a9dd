from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_function_shell_tool_allowed_callers_item import LiveFunctionShellToolAllowedCallersItem
from ..models.live_function_shell_tool_type import LiveFunctionShellToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_container_auto import LiveContainerAuto
    from ..models.live_container_reference import LiveContainerReference
    from ..models.live_local_environment import LiveLocalEnvironment
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_container_auto import LiveContainerAuto  # noqa: PLC0415
    from ..models.live_container_reference import LiveContainerReference  # noqa: PLC0415
    from ..models.live_local_environment import LiveLocalEnvironment  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveContainerAuto": LiveContainerAuto,
            "LiveContainerReference": LiveContainerReference,
            "LiveLocalEnvironment": LiveLocalEnvironment,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveFunctionShellTool")


@_attrs_define
class LiveFunctionShellTool:
    """A tool that allows the model to execute shell commands.

    Attributes:
        type_ (LiveFunctionShellToolType):
        allowed_callers (list[LiveFunctionShellToolAllowedCallersItem] | None | Unset):
        environment (LiveContainerAuto | LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant |
            Unset):
    """

    type_: LiveFunctionShellToolType | Literal["shell"]
    allowed_callers: list[LiveFunctionShellToolAllowedCallersItem] | None | Unset = UNSET
    environment: (
        LiveContainerAuto | LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset
    ) = UNSET
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

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LiveContainerAuto):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveLocalEnvironment):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveContainerReference):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, RealtimeUnknownVariant):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveFunctionShellToolType(d.pop("type"))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        environment = _parse_environment(d.pop("environment", UNSET))

        live_function_shell_tool = cls(
            type_=type_,
            allowed_callers=allowed_callers,
            environment=environment,
        )

        live_function_shell_tool.additional_properties = d
        return live_function_shell_tool

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

    type: ClassVar[Literal["shell"]] = "shell"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_allowed_callers(data: object) -> list[LiveFunctionShellToolAllowedCallersItem] | None | Unset:
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
            allowed_callers_type_0_item = LiveFunctionShellToolAllowedCallersItem(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveFunctionShellToolAllowedCallersItem] | None | Unset, data)


def _parse_environment(
    data: object,
) -> LiveContainerAuto | LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "container_auto":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_0 = LiveContainerAuto.from_dict(data)

        return environment_type_0
    if isinstance(data, dict) and data.get("type") == "local":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_1 = LiveLocalEnvironment.from_dict(data)

        return environment_type_1
    if isinstance(data, dict) and data.get("type") == "container_reference":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_2 = LiveContainerReference.from_dict(data)

        return environment_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        environment_type_4 = RealtimeUnknownVariant.from_dict(data)

        return environment_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveContainerAuto | LiveContainerReference | LiveLocalEnvironment | None | RealtimeUnknownVariant | Unset, data
    )
