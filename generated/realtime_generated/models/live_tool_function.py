from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_function_allowed_callers_item import LiveToolFunctionAllowedCallersItem
from ..models.live_tool_function_type import LiveToolFunctionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_function_output_schema import LiveToolFunctionOutputSchema


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_function_output_schema import LiveToolFunctionOutputSchema  # noqa: PLC0415

    globals().update(
        {
            "LiveToolFunctionOutputSchema": LiveToolFunctionOutputSchema,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolFunction")


@_attrs_define
class LiveToolFunction:
    """
    Attributes:
        name (str):
        type_ (LiveToolFunctionType):
        allowed_callers (list[LiveToolFunctionAllowedCallersItem] | None | Unset):
        async_ (bool | None | Unset):
        defer_loading (bool | None | Unset):
        description (None | str | Unset):
        output_schema (LiveToolFunctionOutputSchema | None | Unset):
        parameters (Any | None | Unset):
        strict (bool | None | Unset):
    """

    name: str
    type_: LiveToolFunctionType | Literal["function"]
    allowed_callers: list[LiveToolFunctionAllowedCallersItem] | None | Unset = UNSET
    async_: bool | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: LiveToolFunctionOutputSchema | None | Unset = UNSET
    parameters: Any | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        type_ = str(self.type_)

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = str(allowed_callers_type_0_item_data)
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, LiveToolFunctionOutputSchema):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        parameters: Any | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
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
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if async_ is not UNSET:
            field_dict["async"] = async_
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
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

        type_ = LiveToolFunctionType(d.pop("type"))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        async_ = _parse_async_(d.pop("async", UNSET))

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        description = _parse_description(d.pop("description", UNSET))

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        strict = _parse_strict(d.pop("strict", UNSET))

        live_tool_function = cls(
            name=name,
            type_=type_,
            allowed_callers=allowed_callers,
            async_=async_,
            defer_loading=defer_loading,
            description=description,
            output_schema=output_schema,
            parameters=parameters,
            strict=strict,
        )

        live_tool_function.additional_properties = d
        return live_tool_function

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


def _parse_allowed_callers(data: object) -> list[LiveToolFunctionAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            allowed_callers_type_0_item = LiveToolFunctionAllowedCallersItem(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveToolFunctionAllowedCallersItem] | None | Unset, data)


def _parse_async_(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output_schema(data: object) -> LiveToolFunctionOutputSchema | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_schema_type_0 = LiveToolFunctionOutputSchema.from_dict(data)

        return output_schema_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolFunctionOutputSchema | None | Unset, data)


def _parse_parameters(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)
