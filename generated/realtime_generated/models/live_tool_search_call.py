from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_search_call_execution import LiveToolSearchCallExecution
from ..models.live_tool_search_call_status import LiveToolSearchCallStatus
from ..models.live_tool_search_call_type import LiveToolSearchCallType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveToolSearchCall")


@_attrs_define
class LiveToolSearchCall:
    """
    Attributes:
        arguments (Any):
        type_ (LiveToolSearchCallType):
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (LiveToolSearchCallExecution | None | Unset):
        status (LiveToolSearchCallStatus | None | Unset):
    """

    arguments: Any
    type_: LiveToolSearchCallType | Literal["tool_search_call"]
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: LiveToolSearchCallExecution | None | Unset = UNSET
    status: LiveToolSearchCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, LiveToolSearchCallExecution):
            execution = str(self.execution)
        else:
            execution = self.execution

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveToolSearchCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        type_ = LiveToolSearchCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        execution = _parse_execution(d.pop("execution", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_tool_search_call = cls(
            arguments=arguments,
            type_=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )

        live_tool_search_call.additional_properties = d
        return live_tool_search_call

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

    type: ClassVar[Literal["tool_search_call"]] = "tool_search_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_execution(data: object) -> LiveToolSearchCallExecution | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        execution_type_0 = LiveToolSearchCallExecution(data)

        return execution_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolSearchCallExecution | None | Unset, data)


def _parse_status(data: object) -> LiveToolSearchCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveToolSearchCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolSearchCallStatus | None | Unset, data)
