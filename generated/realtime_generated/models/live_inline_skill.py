from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_inline_skill_type import LiveInlineSkillType

if TYPE_CHECKING:
    from ..models.live_inline_skill_source import LiveInlineSkillSource


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_inline_skill_source import LiveInlineSkillSource  # noqa: PLC0415

    globals().update(
        {
            "LiveInlineSkillSource": LiveInlineSkillSource,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveInlineSkill")


@_attrs_define
class LiveInlineSkill:
    """
    Attributes:
        description (str):
        name (str):
        source (LiveInlineSkillSource): Inline skill payload
        type_ (LiveInlineSkillType):
    """

    description: str
    name: str
    source: LiveInlineSkillSource
    type_: LiveInlineSkillType | Literal["inline"]
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

        source = LiveInlineSkillSource.from_dict(d.pop("source"))

        type_ = LiveInlineSkillType(d.pop("type"))

        live_inline_skill = cls(
            description=description,
            name=name,
            source=source,
            type_=type_,
        )

        live_inline_skill.additional_properties = d
        return live_inline_skill

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
