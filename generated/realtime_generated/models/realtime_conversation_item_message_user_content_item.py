from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageUserContentItem")


@_attrs_define
class RealtimeConversationItemMessageUserContentItem:
    """
    Attributes:
        type_ (None | RealtimeConversationItemMessageUserContentItemType | Unset): The content type (`input_text`,
            `input_audio`, or `input_image`).
        text (None | str | Unset): The text content (for `input_text`).
        audio (None | str | Unset): Base64-encoded audio bytes (for `input_audio`), these will be parsed as the format
            specified in the session input audio type configuration. This defaults to PCM 16-bit 24kHz mono if not
            specified.
        image_url (None | str | Unset): Base64-encoded image bytes (for `input_image`) as a data URI. For example
            `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG and JPEG.
        detail (None | RealtimeConversationItemMessageUserContentItemDetail | Unset): The detail level of the image (for
            `input_image`). `auto` will default to `high`.

            Server default: "auto".
        transcript (None | str | Unset): Transcript of the audio (for `input_audio`). This is not sent to the model, but
            will be attached to the message item for reference.
    """

    type_: None | RealtimeConversationItemMessageUserContentItemType | Unset = UNSET
    text: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    detail: None | RealtimeConversationItemMessageUserContentItemDetail | Unset = UNSET
    transcript: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeConversationItemMessageUserContentItemType):
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

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, RealtimeConversationItemMessageUserContentItemDetail):
            detail = str(self.detail)
        else:
            detail = self.detail

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        detail = _parse_detail(d.pop("detail", UNSET))

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        realtime_conversation_item_message_user_content_item = cls(
            type_=type_,
            text=text,
            audio=audio,
            image_url=image_url,
            detail=detail,
            transcript=transcript,
        )

        realtime_conversation_item_message_user_content_item.additional_properties = d
        return realtime_conversation_item_message_user_content_item

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


def _parse_type_(data: object) -> None | RealtimeConversationItemMessageUserContentItemType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeConversationItemMessageUserContentItemType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemMessageUserContentItemType | Unset, data)


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


def _parse_image_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_detail(data: object) -> None | RealtimeConversationItemMessageUserContentItemDetail | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = RealtimeConversationItemMessageUserContentItemDetail(data)

        return detail_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeConversationItemMessageUserContentItemDetail | Unset, data)


def _parse_transcript(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
