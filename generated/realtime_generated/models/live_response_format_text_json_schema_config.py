from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_format_text_json_schema_config_type import LiveResponseFormatTextJSONSchemaConfigType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_format_text_json_schema_config_schema import (
        LiveResponseFormatTextJSONSchemaConfigSchema,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_format_text_json_schema_config_schema import (
        LiveResponseFormatTextJSONSchemaConfigSchema,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponseFormatTextJSONSchemaConfigSchema": LiveResponseFormatTextJSONSchemaConfigSchema,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFormatTextJSONSchemaConfig")


@_attrs_define
class LiveResponseFormatTextJSONSchemaConfig:
    """JSON Schema response format.

    Used to generate structured JSON responses.
    Learn more about [Structured Outputs](https://developers.openai.com/api/docs/guides/structured-outputs).

        Attributes:
            name (str):
            schema (LiveResponseFormatTextJSONSchemaConfigSchema):
            type_ (LiveResponseFormatTextJSONSchemaConfigType):
            description (None | str | Unset):
            strict (bool | None | Unset):
    """

    name: str
    schema: LiveResponseFormatTextJSONSchemaConfigSchema
    type_: LiveResponseFormatTextJSONSchemaConfigType | Literal["json_schema"]
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        schema = self.schema.to_dict()

        type_ = str(self.type_)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        schema = LiveResponseFormatTextJSONSchemaConfigSchema.from_dict(d.pop("schema"))

        type_ = LiveResponseFormatTextJSONSchemaConfigType(d.pop("type"))

        description = _parse_description(d.pop("description", UNSET))

        strict = _parse_strict(d.pop("strict", UNSET))

        live_response_format_text_json_schema_config = cls(
            name=name,
            schema=schema,
            type_=type_,
            description=description,
            strict=strict,
        )

        live_response_format_text_json_schema_config.additional_properties = d
        return live_response_format_text_json_schema_config

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

    type: ClassVar[Literal["json_schema"]] = "json_schema"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)
