from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_assistant_content_item_type import (
    RealtimeConversationItemMessageAssistantContentItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageAssistantContentItem")


@_attrs_define
class RealtimeConversationItemMessageAssistantContentItem:
    """
    Attributes:
        type_ (None | RealtimeConversationItemMessageAssistantContentItemType | Unset): The content type, `output_text`
            or `output_audio` depending on the session `output_modalities` configuration.
        text (None | str | Unset): The text content.
        audio (None | str | Unset): Base64-encoded audio bytes, these will be parsed as the format specified in the
            session output audio type configuration. This defaults to PCM 16-bit 24kHz mono if not specified.
        transcript (None | str | Unset): The transcript of the audio content, this will always be present if the output
            type is `audio`.
    """

    type_: None | RealtimeConversationItemMessageAssistantContentItemType | Unset = UNSET
    text: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    transcript: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeConversationItemMessageAssistantContentItemType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

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

        audio = _parse_audio(d.pop("audio", UNSET))

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        realtime_conversation_item_message_assistant_content_item = cls(
            type_=type_,
            text=text,
            audio=audio,
            transcript=transcript,
        )

        realtime_conversation_item_message_assistant_content_item.additional_properties = d
        return realtime_conversation_item_message_assistant_content_item

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


def _parse_type_(data: object) -> None | RealtimeConversationItemMessageAssistantContentItemType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeConversationItemMessageAssistantContentItemType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemMessageAssistantContentItemType | Unset, data)


def _parse_text(data: object) -> None | str | Unset:
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
