from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_completed_type import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.log_prob_properties import LogProbProperties  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415
    from ..models.transcription_language import TranscriptionLanguage  # noqa: PLC0415

    globals().update(
        {
            "LogProbProperties": LogProbProperties,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
            "TranscriptTextUsageDuration": TranscriptTextUsageDuration,
            "TranscriptTextUsageTokens": TranscriptTextUsageTokens,
            "TranscriptionLanguage": TranscriptionLanguage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted")


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted:
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (in `server_vad` mode). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType): The event type, must be
                `conversation.item.input_audio_transcription.completed`.
            item_id (str): The ID of the user message item containing the audio.
            content_index (int): The index of the content part containing the audio.
            transcript (str): The transcribed text.
            usage (RealtimeUnknownVariant | TranscriptTextUsageDuration | TranscriptTextUsageTokens): Usage statistics for
                the transcription.
            languages (list[TranscriptionLanguage] | None | Unset): The languages detected in the audio. Returned by `gpt-
                transcribe`. An empty array indicates that no language could be reliably detected.
            logprobs (list[LogProbProperties] | None | Unset):
    """

    event_id: str
    type_: (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType
        | Literal["conversation.item.input_audio_transcription.completed"]
    )
    item_id: str
    content_index: int
    transcript: str
    usage: RealtimeUnknownVariant | TranscriptTextUsageDuration | TranscriptTextUsageTokens
    languages: list[TranscriptionLanguage] | None | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
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

        transcript = self.transcript

        usage: dict[str, Any]
        if isinstance(self.usage, TranscriptTextUsageTokens):
            usage = self.usage.to_dict()
        elif isinstance(self.usage, TranscriptTextUsageDuration):
            usage = self.usage.to_dict()
        else:
            usage = self.usage.to_dict()

        languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = []
            for languages_type_0_item_data in self.languages:
                languages_type_0_item = languages_type_0_item_data.to_dict()
                languages.append(languages_type_0_item)

        else:
            languages = self.languages

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "transcript": transcript,
                "usage": usage,
            }
        )
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        transcript = d.pop("transcript")

        usage = _parse_usage(d.pop("usage"))

        languages = _parse_languages(d.pop("languages", UNSET))

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        realtime_beta_server_event_conversation_item_input_audio_transcription_completed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            transcript=transcript,
            usage=usage,
            languages=languages,
            logprobs=logprobs,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_completed.additional_properties = d
        return realtime_beta_server_event_conversation_item_input_audio_transcription_completed

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

    type: ClassVar[Literal["conversation.item.input_audio_transcription.completed"]] = (
        "conversation.item.input_audio_transcription.completed"
    )
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_usage(data: object) -> RealtimeUnknownVariant | TranscriptTextUsageDuration | TranscriptTextUsageTokens:
    if isinstance(data, dict) and data.get("type") == "tokens":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

        return usage_type_0
    if isinstance(data, dict) and data.get("type") == "duration":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        usage_type_1 = TranscriptTextUsageDuration.from_dict(data)

        return usage_type_1
    if not isinstance(data, dict):
        raise TypeError()
    usage_type_2 = RealtimeUnknownVariant.from_dict(data)

    return usage_type_2


def _parse_languages(data: object) -> list[TranscriptionLanguage] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        languages_type_0 = []
        _languages_type_0 = data
        for languages_type_0_item_data in _languages_type_0:
            languages_type_0_item = TranscriptionLanguage.from_dict(languages_type_0_item_data)

            languages_type_0.append(languages_type_0_item)

        return languages_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TranscriptionLanguage] | None | Unset, data)


def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        for logprobs_type_0_item_data in _logprobs_type_0:
            logprobs_type_0_item = LogProbProperties.from_dict(logprobs_type_0_item_data)

            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LogProbProperties] | None | Unset, data)
