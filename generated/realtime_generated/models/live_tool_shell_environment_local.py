from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_shell_environment_local_type import LiveToolShellEnvironmentLocalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_shell_environment_local_skill import LiveToolShellEnvironmentLocalSkill


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_shell_environment_local_skill import LiveToolShellEnvironmentLocalSkill  # noqa: PLC0415

    globals().update(
        {
            "LiveToolShellEnvironmentLocalSkill": LiveToolShellEnvironmentLocalSkill,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolShellEnvironmentLocal")


@_attrs_define
class LiveToolShellEnvironmentLocal:
    """
    Attributes:
        type_ (LiveToolShellEnvironmentLocalType):
        skills (list[LiveToolShellEnvironmentLocalSkill] | None | Unset):
    """

    type_: LiveToolShellEnvironmentLocalType | Literal["local"]
    skills: list[LiveToolShellEnvironmentLocalSkill] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveToolShellEnvironmentLocalType(d.pop("type"))

        skills = _parse_skills(d.pop("skills", UNSET))

        live_tool_shell_environment_local = cls(
            type_=type_,
            skills=skills,
        )

        live_tool_shell_environment_local.additional_properties = d
        return live_tool_shell_environment_local

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

    type: ClassVar[Literal["local"]] = "local"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_skills(data: object) -> list[LiveToolShellEnvironmentLocalSkill] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        skills_type_0 = []
        _skills_type_0 = data
        for skills_type_0_item_data in _skills_type_0:
            skills_type_0_item = LiveToolShellEnvironmentLocalSkill.from_dict(skills_type_0_item_data)

            skills_type_0.append(skills_type_0_item)

        return skills_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveToolShellEnvironmentLocalSkill] | None | Unset, data)
