from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_create_event_item_custom_tool_call_status import (
    LiveDecisionItemCreateEventItemCustomToolCallStatus,
)
from ..models.live_decision_item_create_event_item_custom_tool_call_type import (
    LiveDecisionItemCreateEventItemCustomToolCallType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveDecisionItemCreateEventItemCustomToolCall")


@_attrs_define
class LiveDecisionItemCreateEventItemCustomToolCall:
    """
    Attributes:
        call_id (str):
        input_ (str):
        name (str):
        type_ (LiveDecisionItemCreateEventItemCustomToolCallType):
        id (None | str | Unset):
        namespace (None | str | Unset):
        status (LiveDecisionItemCreateEventItemCustomToolCallStatus | None | Unset):
    """

    call_id: str
    input_: str
    name: str
    type_: LiveDecisionItemCreateEventItemCustomToolCallType | Literal["custom_tool_call"]
    id: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: LiveDecisionItemCreateEventItemCustomToolCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        input_ = self.input_

        name = self.name

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveDecisionItemCreateEventItemCustomToolCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "input": input_,
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        input_ = d.pop("input")

        name = d.pop("name")

        type_ = LiveDecisionItemCreateEventItemCustomToolCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_decision_item_create_event_item_custom_tool_call = cls(
            call_id=call_id,
            input_=input_,
            name=name,
            type_=type_,
            id=id,
            namespace=namespace,
            status=status,
        )

        live_decision_item_create_event_item_custom_tool_call.additional_properties = d
        return live_decision_item_create_event_item_custom_tool_call

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

    type: ClassVar[Literal["custom_tool_call"]] = "custom_tool_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_namespace(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveDecisionItemCreateEventItemCustomToolCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveDecisionItemCreateEventItemCustomToolCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionItemCreateEventItemCustomToolCallStatus | None | Unset, data)
