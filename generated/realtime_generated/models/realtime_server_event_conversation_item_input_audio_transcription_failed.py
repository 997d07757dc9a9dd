from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_input_audio_transcription_failed_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailedType,
)

if TYPE_CHECKING:
    from ..models.realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionFailed")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionFailed:
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventConversationItemInputAudioTranscriptionFailedType): The event type, must be
                `conversation.item.input_audio_transcription.failed`.
            item_id (str): The ID of the user message item.
            content_index (int): The index of the content part containing the audio.
            error (RealtimeServerEventConversationItemInputAudioTranscriptionFailedError): Details of the transcription
                error.
    """

    event_id: str
    type_: (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedType
        | Literal["conversation.item.input_audio_transcription.failed"]
    )
    item_id: str
    content_index: int
    error: RealtimeServerEventConversationItemInputAudioTranscriptionFailedError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        content_index = self.content_index

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemInputAudioTranscriptionFailedType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        error = RealtimeServerEventConversationItemInputAudioTranscriptionFailedError.from_dict(d.pop("error"))

        realtime_server_event_conversation_item_input_audio_transcription_failed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            error=error,
        )

        realtime_server_event_conversation_item_input_audio_transcription_failed.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_failed

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

    type: ClassVar[Literal["conversation.item.input_audio_transcription.failed"]] = (
        "conversation.item.input_audio_transcription.failed"
    )
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
