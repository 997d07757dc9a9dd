from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_text_config_verbosity import LiveResponseTextConfigVerbosity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_format_json_object import LiveResponseFormatJSONObject
    from ..models.live_response_format_text import LiveResponseFormatText
    from ..models.live_response_format_text_json_schema_config import LiveResponseFormatTextJSONSchemaConfig
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_format_json_object import LiveResponseFormatJSONObject  # noqa: PLC0415
    from ..models.live_response_format_text import LiveResponseFormatText  # noqa: PLC0415
    from ..models.live_response_format_text_json_schema_config import LiveResponseFormatTextJSONSchemaConfig  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseFormatJSONObject": LiveResponseFormatJSONObject,
            "LiveResponseFormatText": LiveResponseFormatText,
            "LiveResponseFormatTextJSONSchemaConfig": LiveResponseFormatTextJSONSchemaConfig,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseTextConfig")


@_attrs_define
class LiveResponseTextConfig:
    """Configuration options for a text response from the model.

    Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://developers.openai.com/api/docs/guides/text)
    - [Structured Outputs](https://developers.openai.com/api/docs/guides/structured-outputs)

        Attributes:
            format_ (LiveResponseFormatJSONObject | LiveResponseFormatText | LiveResponseFormatTextJSONSchemaConfig | None |
                RealtimeUnknownVariant | Unset):
            verbosity (LiveResponseTextConfigVerbosity | None | Unset):
    """

    format_: (
        LiveResponseFormatJSONObject
        | LiveResponseFormatText
        | LiveResponseFormatTextJSONSchemaConfig
        | None
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    verbosity: LiveResponseTextConfigVerbosity | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, LiveResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, LiveResponseFormatTextJSONSchemaConfig):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, LiveResponseFormatJSONObject):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeUnknownVariant):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, LiveResponseTextConfigVerbosity):
            verbosity = str(self.verbosity)
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        format_ = _parse_format_(d.pop("format", UNSET))

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        live_response_text_config = cls(
            format_=format_,
            verbosity=verbosity,
        )

        live_response_text_config.additional_properties = d
        return live_response_text_config

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


def _parse_format_(
    data: object,
) -> (
    LiveResponseFormatJSONObject
    | LiveResponseFormatText
    | LiveResponseFormatTextJSONSchemaConfig
    | None
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_0 = LiveResponseFormatText.from_dict(data)

        return format_type_0
    if isinstance(data, dict) and data.get("type") == "json_schema":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_1 = LiveResponseFormatTextJSONSchemaConfig.from_dict(data)

        return format_type_1
    if isinstance(data, dict) and data.get("type") == "json_object":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_2 = LiveResponseFormatJSONObject.from_dict(data)

        return format_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_4 = RealtimeUnknownVariant.from_dict(data)

        return format_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveResponseFormatJSONObject
        | LiveResponseFormatText
        | LiveResponseFormatTextJSONSchemaConfig
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_verbosity(data: object) -> LiveResponseTextConfigVerbosity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        verbosity_type_0 = LiveResponseTextConfigVerbosity(data)

        return verbosity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseTextConfigVerbosity | None | Unset, data)
