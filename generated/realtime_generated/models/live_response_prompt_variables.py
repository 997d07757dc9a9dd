from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_response_input_file import LiveResponseInputFile
    from ..models.live_response_input_image import LiveResponseInputImage
    from ..models.live_response_input_text import LiveResponseInputText


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_input_file import LiveResponseInputFile  # noqa: PLC0415
    from ..models.live_response_input_image import LiveResponseInputImage  # noqa: PLC0415
    from ..models.live_response_input_text import LiveResponseInputText  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseInputFile": LiveResponseInputFile,
            "LiveResponseInputImage": LiveResponseInputImage,
            "LiveResponseInputText": LiveResponseInputText,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsePromptVariables")


@_attrs_define
class LiveResponsePromptVariables:
    additional_properties: dict[str, LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, LiveResponseInputText):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LiveResponseInputImage):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LiveResponseInputFile):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        live_response_prompt_variables = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        live_response_prompt_variables.additional_properties = additional_properties
        return live_response_prompt_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_additional_property(
    data: object,
) -> LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | str:
    if isinstance(data, dict) and data.get("type") == "input_text":
        try:
            additional_property_type_1 = LiveResponseInputText.from_dict(data)

            return additional_property_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_image":
        try:
            additional_property_type_2 = LiveResponseInputImage.from_dict(data)

            return additional_property_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_file":
        try:
            additional_property_type_3 = LiveResponseInputFile.from_dict(data)

            return additional_property_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | str, data)
