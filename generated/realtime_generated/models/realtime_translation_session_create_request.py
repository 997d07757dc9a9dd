from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio import RealtimeTranslationSessionCreateRequestAudio


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session_create_request_audio import RealtimeTranslationSessionCreateRequestAudio  # noqa: PLC0415

    globals().update(
        {
            "RealtimeTranslationSessionCreateRequestAudio": RealtimeTranslationSessionCreateRequestAudio,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequest")


@_attrs_define
class RealtimeTranslationSessionCreateRequest:
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.

        Attributes:
            model (str): The Realtime translation model used for this session.
            audio (None | RealtimeTranslationSessionCreateRequestAudio | Unset): Configuration for translation input and
                output audio.
    """

    model: str
    audio: None | RealtimeTranslationSessionCreateRequestAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model = self.model

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, RealtimeTranslationSessionCreateRequestAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        model = d.pop("model")

        audio = _parse_audio(d.pop("audio", UNSET))

        realtime_translation_session_create_request = cls(
            model=model,
            audio=audio,
        )

        realtime_translation_session_create_request.additional_properties = d
        return realtime_translation_session_create_request

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


def _parse_audio(data: object) -> None | RealtimeTranslationSessionCreateRequestAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeTranslationSessionCreateRequestAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranslationSessionCreateRequestAudio | Unset, data)
