from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_create_event_item_function_call_status import (
    LiveDecisionItemCreateEventItemFunctionCallStatus,
)
from ..models.live_decision_item_create_event_item_function_call_type import (
    LiveDecisionItemCreateEventItemFunctionCallType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveDecisionItemCreateEventItemFunctionCall")


@_attrs_define
class LiveDecisionItemCreateEventItemFunctionCall:
    """
    Attributes:
        arguments (str):
        call_id (str):
        name (str):
        type_ (LiveDecisionItemCreateEventItemFunctionCallType):
        id (None | str | Unset):
        namespace (None | str | Unset):
        status (LiveDecisionItemCreateEventItemFunctionCallStatus | None | Unset):
    """

    arguments: str
    call_id: str
    name: str
    type_: LiveDecisionItemCreateEventItemFunctionCallType | Literal["function_call"]
    id: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: LiveDecisionItemCreateEventItemFunctionCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        call_id = self.call_id

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
        elif isinstance(self.status, LiveDecisionItemCreateEventItemFunctionCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
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
        arguments = d.pop("arguments")

        call_id = d.pop("call_id")

        name = d.pop("name")

        type_ = LiveDecisionItemCreateEventItemFunctionCallType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_decision_item_create_event_item_function_call = cls(
            arguments=arguments,
            call_id=call_id,
            name=name,
            type_=type_,
            id=id,
            namespace=namespace,
            status=status,
        )

        live_decision_item_create_event_item_function_call.additional_properties = d
        return live_decision_item_create_event_item_function_call

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

    type: ClassVar[Literal["function_call"]] = "function_call"
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


def _parse_status(data: object) -> LiveDecisionItemCreateEventItemFunctionCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveDecisionItemCreateEventItemFunctionCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionItemCreateEventItemFunctionCallStatus | None | Unset, data)
