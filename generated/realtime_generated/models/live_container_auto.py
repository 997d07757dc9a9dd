from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_container_auto_memory_limit import LiveContainerAutoMemoryLimit
from ..models.live_container_auto_type import LiveContainerAutoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_container_network_policy_allowlist import LiveContainerNetworkPolicyAllowlist
    from ..models.live_container_network_policy_disabled import LiveContainerNetworkPolicyDisabled
    from ..models.live_inline_skill import LiveInlineSkill
    from ..models.live_skill_reference import LiveSkillReference
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_container_network_policy_allowlist import LiveContainerNetworkPolicyAllowlist  # noqa: PLC0415
    from ..models.live_container_network_policy_disabled import LiveContainerNetworkPolicyDisabled  # noqa: PLC0415
    from ..models.live_inline_skill import LiveInlineSkill  # noqa: PLC0415
    from ..models.live_skill_reference import LiveSkillReference  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveContainerNetworkPolicyAllowlist": LiveContainerNetworkPolicyAllowlist,
            "LiveContainerNetworkPolicyDisabled": LiveContainerNetworkPolicyDisabled,
            "LiveInlineSkill": LiveInlineSkill,
            "LiveSkillReference": LiveSkillReference,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveContainerAuto")


@_attrs_define
class LiveContainerAuto:
    """
    Attributes:
        type_ (LiveContainerAutoType):
        file_ids (list[str] | None | Unset):
        memory_limit (LiveContainerAutoMemoryLimit | None | Unset):
        network_policy (LiveContainerNetworkPolicyAllowlist | LiveContainerNetworkPolicyDisabled | None |
            RealtimeUnknownVariant | Unset):
        skills (list[LiveInlineSkill | LiveSkillReference | RealtimeUnknownVariant] | None | Unset):
    """

    type_: LiveContainerAutoType | Literal["container_auto"]
    file_ids: list[str] | None | Unset = UNSET
    memory_limit: LiveContainerAutoMemoryLimit | None | Unset = UNSET
    network_policy: (
        LiveContainerNetworkPolicyAllowlist | LiveContainerNetworkPolicyDisabled | None | RealtimeUnknownVariant | Unset
    ) = UNSET
    skills: list[LiveInlineSkill | LiveSkillReference | RealtimeUnknownVariant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        file_ids: list[str] | None | Unset
        if isinstance(self.file_ids, Unset):
            file_ids = UNSET
        elif isinstance(self.file_ids, list):
            file_ids = self.file_ids

        else:
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, LiveContainerAutoMemoryLimit):
            memory_limit = str(self.memory_limit)
        else:
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | None | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, LiveContainerNetworkPolicyDisabled):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, LiveContainerNetworkPolicyAllowlist):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, RealtimeUnknownVariant):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item: dict[str, Any]
                if isinstance(skills_type_0_item_data, LiveSkillReference):
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                elif isinstance(skills_type_0_item_data, LiveInlineSkill):
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                else:
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
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveContainerAutoType(d.pop("type"))

        file_ids = _parse_file_ids(d.pop("file_ids", UNSET))

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))

        skills = _parse_skills(d.pop("skills", UNSET))

        live_container_auto = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
            skills=skills,
        )

        live_container_auto.additional_properties = d
        return live_container_auto

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

    type: ClassVar[Literal["container_auto"]] = "container_auto"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_file_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        file_ids_type_0 = cast(list[str], data)

        return file_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_memory_limit(data: object) -> LiveContainerAutoMemoryLimit | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_0 = LiveContainerAutoMemoryLimit(data)

        return memory_limit_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveContainerAutoMemoryLimit | None | Unset, data)


def _parse_network_policy(
    data: object,
) -> LiveContainerNetworkPolicyAllowlist | LiveContainerNetworkPolicyDisabled | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "disabled":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        network_policy_type_0 = LiveContainerNetworkPolicyDisabled.from_dict(data)

        return network_policy_type_0
    if isinstance(data, dict) and data.get("type") == "allowlist":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        network_policy_type_1 = LiveContainerNetworkPolicyAllowlist.from_dict(data)

        return network_policy_type_1
    try:
        if not isinstance(data, dict):
            raise TypeError()
        network_policy_type_3 = RealtimeUnknownVariant.from_dict(data)

        return network_policy_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveContainerNetworkPolicyAllowlist
        | LiveContainerNetworkPolicyDisabled
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_skills(data: object) -> list[LiveInlineSkill | LiveSkillReference | RealtimeUnknownVariant] | None | Unset:
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
            skills_type_0_item = _parse_skills_type_0_item(skills_type_0_item_data)

            skills_type_0.append(skills_type_0_item)

        return skills_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveInlineSkill | LiveSkillReference | RealtimeUnknownVariant] | None | Unset, data)


def _parse_skills_type_0_item(data: object) -> LiveInlineSkill | LiveSkillReference | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "skill_reference":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        skills_type_0_item_type_0 = LiveSkillReference.from_dict(data)

        return skills_type_0_item_type_0
    if isinstance(data, dict) and data.get("type") == "inline":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        skills_type_0_item_type_1 = LiveInlineSkill.from_dict(data)

        return skills_type_0_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    skills_type_0_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return skills_type_0_item_type_2
