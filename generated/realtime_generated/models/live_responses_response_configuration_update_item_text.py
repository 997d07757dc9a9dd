from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_response_format_text import LiveResponseFormatText
    from ..models.live_response_format_text_json_schema_config import LiveResponseFormatTextJSONSchemaConfig
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_format_text import LiveResponseFormatText  # noqa: PLC0415
    from ..models.live_response_format_text_json_schema_config import LiveResponseFormatTextJSONSchemaConfig  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseFormatText": LiveResponseFormatText,
            "LiveResponseFormatTextJSONSchemaConfig": LiveResponseFormatTextJSONSchemaConfig,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesResponseConfigurationUpdateItemText")


@_attrs_define
class LiveResponsesResponseConfigurationUpdateItemText:
    """The text output configuration for subsequent responses.

    Attributes:
        format_ (LiveResponseFormatText | LiveResponseFormatTextJSONSchemaConfig | RealtimeUnknownVariant):
    """

    format_: LiveResponseFormatText | LiveResponseFormatTextJSONSchemaConfig | RealtimeUnknownVariant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        format_: dict[str, Any]
        if isinstance(self.format_, LiveResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, LiveResponseFormatTextJSONSchemaConfig):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        format_ = _parse_format_(d.pop("format"))

        live_responses_response_configuration_update_item_text = cls(
            format_=format_,
        )

        live_responses_response_configuration_update_item_text.additional_properties = d
        return live_responses_response_configuration_update_item_text

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
) -> LiveResponseFormatText | LiveResponseFormatTextJSONSchemaConfig | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_0 = LiveResponseFormatText.from_dict(data)

        return format_type_0
    if isinstance(data, dict) and data.get("type") == "json_schema":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_1 = LiveResponseFormatTextJSONSchemaConfig.from_dict(data)

        return format_type_1
    if not isinstance(data, dict):
        raise TypeError()
    format_type_2 = RealtimeUnknownVariant.from_dict(data)

    return format_type_2
