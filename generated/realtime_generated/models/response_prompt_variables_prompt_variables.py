from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415

    globals().update(
        {
            "InputFileContent": InputFileContent,
            "InputImageContent": InputImageContent,
            "InputTextContent": InputTextContent,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="ResponsePromptVariablesPromptVariables")


@_attrs_define
class ResponsePromptVariablesPromptVariables:
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.

    """

    additional_properties: dict[str, InputFileContent | InputImageContent | InputTextContent | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InputTextContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputImageContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputFileContent):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        response_prompt_variables_prompt_variables = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        response_prompt_variables_prompt_variables.additional_properties = additional_properties
        return response_prompt_variables_prompt_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InputFileContent | InputImageContent | InputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InputFileContent | InputImageContent | InputTextContent | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_additional_property(data: object) -> InputFileContent | InputImageContent | InputTextContent | str:
    if isinstance(data, dict) and data.get("type") == "input_text":
        try:
            additional_property_type_1 = InputTextContent.from_dict(data)

            return additional_property_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_image":
        try:
            additional_property_type_2 = InputImageContent.from_dict(data)

            return additional_property_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_file":
        try:
            additional_property_type_3 = InputFileContent.from_dict(data)

            return additional_property_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(InputFileContent | InputImageContent | InputTextContent | str, data)
