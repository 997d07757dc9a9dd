from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_compaction_trigger_type import LiveCompactionTriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveCompactionTrigger")


@_attrs_define
class LiveCompactionTrigger:
    """Compacts the current context. Must be the final input item.

    Attributes:
        type_ (LiveCompactionTriggerType):
        id (None | str | Unset):
    """

    type_: LiveCompactionTriggerType | Literal["compaction_trigger"]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveCompactionTriggerType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        live_compaction_trigger = cls(
            type_=type_,
            id=id,
        )

        live_compaction_trigger.additional_properties = d
        return live_compaction_trigger

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

    type: ClassVar[Literal["compaction_trigger"]] = "compaction_trigger"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
