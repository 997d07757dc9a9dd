from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_with_reference_content_item_type import (
    RealtimeConversationItemWithReferenceContentItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemWithReferenceContentItem")


@_attrs_define
class RealtimeConversationItemWithReferenceContentItem:
    """
    Attributes:
        type_ (None | RealtimeConversationItemWithReferenceContentItemType | Unset): The content type (`input_text`,
            `input_audio`, `item_reference`, `text`).
        text (None | str | Unset): The text content, used for `input_text` and `text` content types.
        id (None | str | Unset): ID of a previous conversation item to reference (for `item_reference`
            content types in `response.create` events). These can reference both
            client and server created items.
        audio (None | str | Unset): Base64-encoded audio bytes, used for `input_audio` content type.
        transcript (None | str | Unset): The transcript of the audio, used for `input_audio` content type.
    """

    type_: None | RealtimeConversationItemWithReferenceContentItemType | Unset = UNSET
    text: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    transcript: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeConversationItemWithReferenceContentItemType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        transcript: None | str | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        else:
            transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if id is not UNSET:
            field_dict["id"] = id
        if audio is not UNSET:
            field_dict["audio"] = audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        id = _parse_id(d.pop("id", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        realtime_conversation_item_with_reference_content_item = cls(
            type_=type_,
            text=text,
            id=id,
            audio=audio,
            transcript=transcript,
        )

        realtime_conversation_item_with_reference_content_item.additional_properties = d
        return realtime_conversation_item_with_reference_content_item

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


def _parse_type_(data: object) -> None | RealtimeConversationItemWithReferenceContentItemType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeConversationItemWithReferenceContentItemType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemWithReferenceContentItemType | Unset, data)


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_audio(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_transcript(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
