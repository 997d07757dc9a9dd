from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_shell_type import LiveToolShellType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_shell_environment_container_auto import LiveToolShellEnvironmentContainerAuto
    from ..models.live_tool_shell_environment_container_reference import LiveToolShellEnvironmentContainerReference
    from ..models.live_tool_shell_environment_local import LiveToolShellEnvironmentLocal
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_shell_environment_container_auto import LiveToolShellEnvironmentContainerAuto  # noqa: PLC0415
    from ..models.live_tool_shell_environment_container_reference import LiveToolShellEnvironmentContainerReference  # noqa: PLC0415
    from ..models.live_tool_shell_environment_local import LiveToolShellEnvironmentLocal  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveToolShellEnvironmentContainerAuto": LiveToolShellEnvironmentContainerAuto,
            "LiveToolShellEnvironmentContainerReference": LiveToolShellEnvironmentContainerReference,
            "LiveToolShellEnvironmentLocal": LiveToolShellEnvironmentLocal,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolShell")


@_attrs_define
class LiveToolShell:
    """A Responses shell tool.

    Use a hosted container or return local shell results with response.item.create. Domain secrets are not supported.

        Attributes:
            type_ (LiveToolShellType):
            environment (LiveToolShellEnvironmentContainerAuto | LiveToolShellEnvironmentContainerReference |
                LiveToolShellEnvironmentLocal | None | RealtimeUnknownVariant | Unset):
    """

    type_: LiveToolShellType | Literal["shell"]
    environment: (
        LiveToolShellEnvironmentContainerAuto
        | LiveToolShellEnvironmentContainerReference
        | LiveToolShellEnvironmentLocal
        | None
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

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LiveToolShellEnvironmentContainerAuto):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveToolShellEnvironmentContainerReference):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LiveToolShellEnvironmentLocal):
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
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveToolShellType(d.pop("type"))

        environment = _parse_environment(d.pop("environment", UNSET))

        live_tool_shell = cls(
            type_=type_,
            environment=environment,
        )

        live_tool_shell.additional_properties = d
        return live_tool_shell

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


def _parse_environment(
    data: object,
) -> (
    LiveToolShellEnvironmentContainerAuto
    | LiveToolShellEnvironmentContainerReference
    | LiveToolShellEnvironmentLocal
    | None
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "container_auto":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_0 = LiveToolShellEnvironmentContainerAuto.from_dict(data)

        return environment_type_0
    if isinstance(data, dict) and data.get("type") == "container_reference":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_1 = LiveToolShellEnvironmentContainerReference.from_dict(data)

        return environment_type_1
    if isinstance(data, dict) and data.get("type") == "local":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        environment_type_2 = LiveToolShellEnvironmentLocal.from_dict(data)

        return environment_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        environment_type_4 = RealtimeUnknownVariant.from_dict(data)

        return environment_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveToolShellEnvironmentContainerAuto
        | LiveToolShellEnvironmentContainerReference
        | LiveToolShellEnvironmentLocal
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )
