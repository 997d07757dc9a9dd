from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_tool_search_call_execution import LiveResponseToolSearchCallExecution
from ..models.live_response_tool_search_call_status import LiveResponseToolSearchCallStatus
from ..models.live_response_tool_search_call_type import LiveResponseToolSearchCallType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponseToolSearchCall")


@_attrs_define
class LiveResponseToolSearchCall:
    """
    Attributes:
        id (str):
        arguments (Any):
        execution (LiveResponseToolSearchCallExecution):
        status (LiveResponseToolSearchCallStatus):
        type_ (LiveResponseToolSearchCallType):
        call_id (None | str | Unset):
        created_by (None | str | Unset):
    """

    id: str
    arguments: Any
    execution: LiveResponseToolSearchCallExecution
    status: LiveResponseToolSearchCallStatus
    type_: LiveResponseToolSearchCallType | Literal["tool_search_call"]
    call_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        arguments = self.arguments

        execution = str(self.execution)

        status = str(self.status)

        type_ = str(self.type_)

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arguments": arguments,
                "execution": execution,
                "status": status,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments")

        execution = LiveResponseToolSearchCallExecution(d.pop("execution"))

        status = LiveResponseToolSearchCallStatus(d.pop("status"))

        type_ = LiveResponseToolSearchCallType(d.pop("type"))

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        live_response_tool_search_call = cls(
            id=id,
            arguments=arguments,
            execution=execution,
            status=status,
            type_=type_,
            call_id=call_id,
            created_by=created_by,
        )

        live_response_tool_search_call.additional_properties = d
        return live_response_tool_search_call

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


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
