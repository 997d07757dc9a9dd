from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_shell_environment_container_auto_skill_inline_type import (
    LiveToolShellEnvironmentContainerAutoSkillInlineType,
)

if TYPE_CHECKING:
    from ..models.live_tool_shell_environment_container_auto_skill_inline_source import (
        LiveToolShellEnvironmentContainerAutoSkillInlineSource,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_shell_environment_container_auto_skill_inline_source import (
        LiveToolShellEnvironmentContainerAutoSkillInlineSource,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveToolShellEnvironmentContainerAutoSkillInlineSource": LiveToolShellEnvironmentContainerAutoSkillInlineSource,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolShellEnvironmentContainerAutoSkillInline")


@_attrs_define
class LiveToolShellEnvironmentContainerAutoSkillInline:
    """
    Attributes:
        description (str):
        name (str):
        source (LiveToolShellEnvironmentContainerAutoSkillInlineSource): Inline skill payload
        type_ (LiveToolShellEnvironmentContainerAutoSkillInlineType):
    """

    description: str
    name: str
    source: LiveToolShellEnvironmentContainerAutoSkillInlineSource
    type_: LiveToolShellEnvironmentContainerAutoSkillInlineType | Literal["inline"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        description = self.description

        name = self.name

        source = self.source.to_dict()

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "source": source,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        source = LiveToolShellEnvironmentContainerAutoSkillInlineSource.from_dict(d.pop("source"))

        type_ = LiveToolShellEnvironmentContainerAutoSkillInlineType(d.pop("type"))

        live_tool_shell_environment_container_auto_skill_inline = cls(
            description=description,
            name=name,
            source=source,
            type_=type_,
        )

        live_tool_shell_environment_container_auto_skill_inline.additional_properties = d
        return live_tool_shell_environment_container_auto_skill_inline

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

    type: ClassVar[Literal["inline"]] = "inline"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
