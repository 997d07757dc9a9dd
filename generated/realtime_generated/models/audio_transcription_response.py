from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_response_delay import AudioTranscriptionResponseDelay
from ..models.audio_transcription_response_model import AudioTranscriptionResponseModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscriptionResponse")


@_attrs_define
class AudioTranscriptionResponse:
    """
    Attributes:
        model (AudioTranscriptionResponseModel | None | str | Unset): The model used for transcription. Current options
            are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
            transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
        language (None | str | Unset): The language of the input audio.
        languages (list[str] | None | Unset): The possible input audio languages configured for transcription, in
            [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
        prompt (None | str | Unset): The prompt configured for input audio transcription, when present.
        delay (AudioTranscriptionResponseDelay | None | Unset):
        keywords (list[str] | None | Unset):
    """

    model: AudioTranscriptionResponseModel | None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    languages: list[str] | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    delay: AudioTranscriptionResponseDelay | None | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, AudioTranscriptionResponseModel):
            model = str(self.model)
        else:
            model = self.model

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        languages: list[str] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        delay: None | str | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        elif isinstance(self.delay, AudioTranscriptionResponseDelay):
            delay = str(self.delay)
        else:
            delay = self.delay

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if delay is not UNSET:
            field_dict["delay"] = delay
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = _parse_model(d.pop("model", UNSET))

        language = _parse_language(d.pop("language", UNSET))

        languages = _parse_languages(d.pop("languages", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        delay = _parse_delay(d.pop("delay", UNSET))

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        audio_transcription_response = cls(
            model=model,
            language=language,
            languages=languages,
            prompt=prompt,
            delay=delay,
            keywords=keywords,
        )

        audio_transcription_response.additional_properties = d
        return audio_transcription_response

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


def _parse_model(data: object) -> AudioTranscriptionResponseModel | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = AudioTranscriptionResponseModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscriptionResponseModel | None | str | Unset, data)


def _parse_language(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_languages(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        languages_type_0 = cast(list[str], data)

        return languages_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_prompt(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_delay(data: object) -> AudioTranscriptionResponseDelay | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        delay_type_0 = AudioTranscriptionResponseDelay(data)

        return delay_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscriptionResponseDelay | None | Unset, data)


def _parse_keywords(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        keywords_type_0 = cast(list[str], data)

        return keywords_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "languages": {"minItems": 1},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
