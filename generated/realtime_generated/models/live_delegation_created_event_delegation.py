from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_delegation_created_event_delegation_target import LiveDelegationCreatedEventDelegationTarget
from ..models.live_delegation_created_event_delegation_type import LiveDelegationCreatedEventDelegationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveDelegationCreatedEventDelegation")


@_attrs_define
class LiveDelegationCreatedEventDelegation:
    """The delegated work identifier and destination.

    This object contains metadata, not the task text.

        Attributes:
            id (str):
            target (LiveDelegationCreatedEventDelegationTarget):
            type_ (LiveDelegationCreatedEventDelegationType):
            response_id (None | str | Unset):
    """

    id: str
    target: LiveDelegationCreatedEventDelegationTarget
    type_: LiveDelegationCreatedEventDelegationType | Literal["delegation"]
    response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = str(self.target)

        type_ = str(self.type_)

        response_id: None | str | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        else:
            response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "type": type_,
            }
        )
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        target = LiveDelegationCreatedEventDelegationTarget(d.pop("target"))

        type_ = LiveDelegationCreatedEventDelegationType(d.pop("type"))

        response_id = _parse_response_id(d.pop("response_id", UNSET))

        live_delegation_created_event_delegation = cls(
            id=id,
            target=target,
            type_=type_,
            response_id=response_id,
        )

        live_delegation_created_event_delegation.additional_properties = d
        return live_delegation_created_event_delegation

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

    type: ClassVar[Literal["delegation"]] = "delegation"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_response_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
