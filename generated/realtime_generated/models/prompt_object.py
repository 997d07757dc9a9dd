from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_prompt_variables_prompt_variables import ResponsePromptVariablesPromptVariables


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.response_prompt_variables_prompt_variables import ResponsePromptVariablesPromptVariables  # noqa: PLC0415

    globals().update(
        {
            "ResponsePromptVariablesPromptVariables": ResponsePromptVariablesPromptVariables,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="PromptObject")


@_attrs_define
class PromptObject:
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).

        Attributes:
            id (str): The unique identifier of the prompt template to use.
            version (None | str | Unset):
            variables (None | ResponsePromptVariablesPromptVariables | Unset):
    """

    id: str
    version: None | str | Unset = UNSET
    variables: None | ResponsePromptVariablesPromptVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, ResponsePromptVariablesPromptVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        version = _parse_version(d.pop("version", UNSET))

        variables = _parse_variables(d.pop("variables", UNSET))

        prompt_object = cls(
            id=id,
            version=version,
            variables=variables,
        )

        prompt_object.additional_properties = d
        return prompt_object

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


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_variables(data: object) -> None | ResponsePromptVariablesPromptVariables | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_prompt_variables_type_0 = ResponsePromptVariablesPromptVariables.from_dict(data)

        return componentsschemas_response_prompt_variables_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsePromptVariablesPromptVariables | Unset, data)
