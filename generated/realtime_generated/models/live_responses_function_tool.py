from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_function_tool_allowed_callers_item import LiveResponsesFunctionToolAllowedCallersItem
from ..models.live_responses_function_tool_type import LiveResponsesFunctionToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_function_tool_output_schema import LiveResponsesFunctionToolOutputSchema
    from ..models.live_responses_function_tool_parameters import LiveResponsesFunctionToolParameters


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_function_tool_output_schema import LiveResponsesFunctionToolOutputSchema  # noqa: PLC0415
    from ..models.live_responses_function_tool_parameters import LiveResponsesFunctionToolParameters  # noqa: PLC0415

    globals().update(
        {
            "LiveResponsesFunctionToolOutputSchema": LiveResponsesFunctionToolOutputSchema,
            "LiveResponsesFunctionToolParameters": LiveResponsesFunctionToolParameters,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesFunctionTool")


@_attrs_define
class LiveResponsesFunctionTool:
    """Defines a function in your own code the model can choose to call.

    Learn more about [function calling](https://developers.openai.com/api/docs/guides/function-calling).

        Attributes:
            name (str):
            type_ (LiveResponsesFunctionToolType):
            parameters (LiveResponsesFunctionToolParameters | None | Unset):
            strict (bool | None | Unset):
            allowed_callers (list[LiveResponsesFunctionToolAllowedCallersItem] | None | Unset):
            async_ (bool | None | Unset):
            defer_loading (bool | None | Unset):
            description (None | str | Unset):
            output_schema (LiveResponsesFunctionToolOutputSchema | None | Unset):
    """

    name: str
    type_: LiveResponsesFunctionToolType | Literal["function"]
    parameters: LiveResponsesFunctionToolParameters | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    allowed_callers: list[LiveResponsesFunctionToolAllowedCallersItem] | None | Unset = UNSET
    async_: bool | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: LiveResponsesFunctionToolOutputSchema | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        type_ = str(self.type_)

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, LiveResponsesFunctionToolParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

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
        elif isinstance(self.output_schema, LiveResponsesFunctionToolOutputSchema):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        type_ = LiveResponsesFunctionToolType(d.pop("type"))

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        strict = _parse_strict(d.pop("strict", UNSET))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        async_ = _parse_async_(d.pop("async", UNSET))

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        description = _parse_description(d.pop("description", UNSET))

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))

        live_responses_function_tool = cls(
            name=name,
            type_=type_,
            parameters=parameters,
            strict=strict,
            allowed_callers=allowed_callers,
            async_=async_,
            defer_loading=defer_loading,
            description=description,
            output_schema=output_schema,
        )

        live_responses_function_tool.additional_properties = d
        return live_responses_function_tool

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


def _parse_parameters(data: object) -> LiveResponsesFunctionToolParameters | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parameters_type_0 = LiveResponsesFunctionToolParameters.from_dict(data)

        return parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesFunctionToolParameters | None | Unset, data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_allowed_callers(data: object) -> list[LiveResponsesFunctionToolAllowedCallersItem] | None | Unset:
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
            allowed_callers_type_0_item = LiveResponsesFunctionToolAllowedCallersItem(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveResponsesFunctionToolAllowedCallersItem] | None | Unset, data)


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


def _parse_output_schema(data: object) -> LiveResponsesFunctionToolOutputSchema | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_schema_type_0 = LiveResponsesFunctionToolOutputSchema.from_dict(data)

        return output_schema_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesFunctionToolOutputSchema | None | Unset, data)
