from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_prompt_variables import LiveResponsePromptVariables


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_prompt_variables import LiveResponsePromptVariables  # noqa: PLC0415

    globals().update(
        {
            "LiveResponsePromptVariables": LiveResponsePromptVariables,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsePrompt")


@_attrs_define
class LiveResponsePrompt:
    """Reference to a prompt template and its variables.
    [Learn more](https://developers.openai.com/api/docs/guides/text?api-mode=responses#version-prompts-in-code).

        Attributes:
            id (str):
            variables (LiveResponsePromptVariables | None | Unset):
            version (None | str | Unset):
    """

    id: str
    variables: LiveResponsePromptVariables | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, LiveResponsePromptVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        variables = _parse_variables(d.pop("variables", UNSET))

        version = _parse_version(d.pop("version", UNSET))

        live_response_prompt = cls(
            id=id,
            variables=variables,
            version=version,
        )

        live_response_prompt.additional_properties = d
        return live_response_prompt

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


def _parse_variables(data: object) -> LiveResponsePromptVariables | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        variables_type_0 = LiveResponsePromptVariables.from_dict(data)

        return variables_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsePromptVariables | None | Unset, data)


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
