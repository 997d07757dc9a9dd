from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput  # noqa: PLC0415

    globals().update(
        {
            "RealtimeResponseAudioOutput": RealtimeResponseAudioOutput,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeResponseAudio")


@_attrs_define
class RealtimeResponseAudio:
    """Configuration for audio output.

    Attributes:
        output (None | RealtimeResponseAudioOutput | Unset):
    """

    output: None | RealtimeResponseAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, RealtimeResponseAudioOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        output = _parse_output(d.pop("output", UNSET))

        realtime_response_audio = cls(
            output=output,
        )

        realtime_response_audio.additional_properties = d
        return realtime_response_audio

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


def _parse_output(data: object) -> None | RealtimeResponseAudioOutput | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_type_0 = RealtimeResponseAudioOutput.from_dict(data)

        return output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseAudioOutput | Unset, data)
