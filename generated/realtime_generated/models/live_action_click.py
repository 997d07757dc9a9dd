from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_action_click_button import LiveActionClickButton
from ..models.live_action_click_type import LiveActionClickType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveActionClick")


@_attrs_define
class LiveActionClick:
    """A click action.

    Attributes:
        button (LiveActionClickButton):
        type_ (LiveActionClickType):
        x (int):
        y (int):
        keys (list[str] | None | Unset):
    """

    button: LiveActionClickButton
    type_: LiveActionClickType | Literal["click"]
    x: int
    y: int
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        button = str(self.button)

        type_ = str(self.type_)

        x = self.x

        y = self.y

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "button": button,
                "type": type_,
                "x": x,
                "y": y,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        button = LiveActionClickButton(d.pop("button"))

        type_ = LiveActionClickType(d.pop("type"))

        x = d.pop("x")

        y = d.pop("y")

        keys = _parse_keys(d.pop("keys", UNSET))

        live_action_click = cls(
            button=button,
            type_=type_,
            x=x,
            y=y,
            keys=keys,
        )

        live_action_click.additional_properties = d
        return live_action_click

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

    type: ClassVar[Literal["click"]] = "click"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_keys(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        keys_type_0 = cast(list[str], data)

        return keys_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)
