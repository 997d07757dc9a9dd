from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_search_tool_execution import LiveToolSearchToolExecution
from ..models.live_tool_search_tool_type import LiveToolSearchToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveToolSearchTool")


@_attrs_define
class LiveToolSearchTool:
    """Hosted or BYOT tool search configuration for deferred tools.

    Attributes:
        type_ (LiveToolSearchToolType):
        description (None | str | Unset):
        execution (LiveToolSearchToolExecution | None | Unset):
        parameters (Any | None | Unset):
    """

    type_: LiveToolSearchToolType | Literal["tool_search"]
    description: None | str | Unset = UNSET
    execution: LiveToolSearchToolExecution | None | Unset = UNSET
    parameters: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, LiveToolSearchToolExecution):
            execution = str(self.execution)
        else:
            execution = self.execution

        parameters: Any | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if execution is not UNSET:
            field_dict["execution"] = execution
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveToolSearchToolType(d.pop("type"))

        description = _parse_description(d.pop("description", UNSET))

        execution = _parse_execution(d.pop("execution", UNSET))

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        live_tool_search_tool = cls(
            type_=type_,
            description=description,
            execution=execution,
            parameters=parameters,
        )

        live_tool_search_tool.additional_properties = d
        return live_tool_search_tool

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

    type: ClassVar[Literal["tool_search"]] = "tool_search"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_execution(data: object) -> LiveToolSearchToolExecution | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        execution_type_0 = LiveToolSearchToolExecution(data)

        return execution_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolSearchToolExecution | None | Unset, data)


def _parse_parameters(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)
