from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_input_transformation_action import LiveInputTransformationAction
from ..models.live_input_transformation_reason import LiveInputTransformationReason
from ..models.live_input_transformation_type import LiveInputTransformationType

T = TypeVar("T", bound="LiveInputTransformation")


@_attrs_define
class LiveInputTransformation:
    """
    Attributes:
        id (str):
        action (LiveInputTransformationAction):
        reason (LiveInputTransformationReason):
        type_ (LiveInputTransformationType):
    """

    id: str
    action: LiveInputTransformationAction | Literal["removed"]
    reason: LiveInputTransformationReason
    type_: LiveInputTransformationType | Literal["reasoning"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = str(self.action)

        reason = str(self.reason)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "reason": reason,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        action = LiveInputTransformationAction(d.pop("action"))

        reason = LiveInputTransformationReason(d.pop("reason"))

        type_ = LiveInputTransformationType(d.pop("type"))

        live_input_transformation = cls(
            id=id,
            action=action,
            reason=reason,
            type_=type_,
        )

        live_input_transformation.additional_properties = d
        return live_input_transformation

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

    type: ClassVar[Literal["reasoning"]] = "reasoning"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
