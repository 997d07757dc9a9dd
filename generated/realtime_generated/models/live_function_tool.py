from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_function_tool_type import LiveFunctionToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_function_tool_parameters import LiveFunctionToolParameters


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_function_tool_parameters import LiveFunctionToolParameters  # noqa: PLC0415

    globals().update(
        {
            "LiveFunctionToolParameters": LiveFunctionToolParameters,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveFunctionTool")


@_attrs_define
class LiveFunctionTool:
    """A function tool available to the Responses backend when the Live model delegates a task.

    Attributes:
        name (str):
        type_ (LiveFunctionToolType):
        description (None | str | Unset):
        parameters (LiveFunctionToolParameters | None | Unset):
        strict (bool | None | Unset):
    """

    name: str
    type_: LiveFunctionToolType | Literal["function"]
    description: None | str | Unset = UNSET
    parameters: LiveFunctionToolParameters | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        type_ = str(self.type_)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, LiveFunctionToolParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

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
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        type_ = LiveFunctionToolType(d.pop("type"))

        description = _parse_description(d.pop("description", UNSET))

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        strict = _parse_strict(d.pop("strict", UNSET))

        live_function_tool = cls(
            name=name,
            type_=type_,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        live_function_tool.additional_properties = d
        return live_function_tool

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

    type: ClassVar[Literal["function"]] = "function"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_parameters(data: object) -> LiveFunctionToolParameters | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parameters_type_0 = LiveFunctionToolParameters.from_dict(data)

        return parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveFunctionToolParameters | None | Unset, data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)
