from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_tools_item_type import RealtimeSessionCreateRequestToolsItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeSessionCreateRequestToolsItemParameters": RealtimeSessionCreateRequestToolsItemParameters,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionCreateRequestToolsItem")


@_attrs_define
class RealtimeSessionCreateRequestToolsItem:
    """
    Attributes:
        type_ (None | RealtimeSessionCreateRequestToolsItemType | Unset): The type of the tool, i.e. `function`.
        name (None | str | Unset): The name of the function.
        description (None | str | Unset): The description of the function, including guidance on when and how
            to call it, and guidance about what to tell the user when calling
            (if anything).
        parameters (None | RealtimeSessionCreateRequestToolsItemParameters | Unset): Parameters of the function in JSON
            Schema.
    """

    type_: None | RealtimeSessionCreateRequestToolsItemType | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: None | RealtimeSessionCreateRequestToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeSessionCreateRequestToolsItemType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, RealtimeSessionCreateRequestToolsItemParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        name = _parse_name(d.pop("name", UNSET))

        description = _parse_description(d.pop("description", UNSET))

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        realtime_session_create_request_tools_item = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )

        realtime_session_create_request_tools_item.additional_properties = d
        return realtime_session_create_request_tools_item

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
    """This model's ``type``, as a constant (the optional attrs field ``type_`` holds what was
    sent, UNSET when absent), so unions of models narrow on ``.type == "..."``."""


def _parse_type_(data: object) -> None | RealtimeSessionCreateRequestToolsItemType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeSessionCreateRequestToolsItemType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(None | RealtimeSessionCreateRequestToolsItemType | Unset, data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_parameters(data: object) -> None | RealtimeSessionCreateRequestToolsItemParameters | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        parameters_type_0 = RealtimeSessionCreateRequestToolsItemParameters.from_dict(data)

        return parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateRequestToolsItemParameters | Unset, data)
