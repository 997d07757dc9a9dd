from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_system_content_item_type import (
    RealtimeConversationItemMessageSystemContentItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageSystemContentItem")


@_attrs_define
class RealtimeConversationItemMessageSystemContentItem:
    """
    Attributes:
        type_ (None | RealtimeConversationItemMessageSystemContentItemType | Unset): The content type. Always
            `input_text` for system messages.
        text (None | str | Unset): The text content.
    """

    type_: None | RealtimeConversationItemMessageSystemContentItemType | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeConversationItemMessageSystemContentItemType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        realtime_conversation_item_message_system_content_item = cls(
            type_=type_,
            text=text,
        )

        realtime_conversation_item_message_system_content_item.additional_properties = d
        return realtime_conversation_item_message_system_content_item

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

    type: ClassVar[Literal["input_text"]] = "input_text"
    """This model's ``type``, as a constant (the optional attrs field ``type_`` holds what was
    sent, UNSET when absent), so unions of models narrow on ``.type == "..."``."""


def _parse_type_(data: object) -> None | RealtimeConversationItemMessageSystemContentItemType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeConversationItemMessageSystemContentItemType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(None | RealtimeConversationItemMessageSystemContentItemType | Unset, data)


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
