from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_created_event_item_function_call_status import (
    LiveDecisionItemCreatedEventItemFunctionCallStatus,
)
from ..models.live_decision_item_created_event_item_function_call_type import (
    LiveDecisionItemCreatedEventItemFunctionCallType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveDecisionItemCreatedEventItemFunctionCall")


@_attrs_define
class LiveDecisionItemCreatedEventItemFunctionCall:
    """
    Attributes:
        id (str):
        arguments (str):
        call_id (str):
        name (str):
        type_ (LiveDecisionItemCreatedEventItemFunctionCallType):
        namespace (None | str | Unset):
        status (LiveDecisionItemCreatedEventItemFunctionCallStatus | None | Unset):
    """

    id: str
    arguments: str
    call_id: str
    name: str
    type_: LiveDecisionItemCreatedEventItemFunctionCallType | Literal["function_call"]
    namespace: None | str | Unset = UNSET
    status: LiveDecisionItemCreatedEventItemFunctionCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        arguments = self.arguments

        call_id = self.call_id

        name = self.name

        type_ = str(self.type_)

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveDecisionItemCreatedEventItemFunctionCallStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arguments": arguments,
                "call_id": call_id,
                "name": name,
                "type": type_,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments")

        call_id = d.pop("call_id")

        name = d.pop("name")

        type_ = LiveDecisionItemCreatedEventItemFunctionCallType(d.pop("type"))

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_decision_item_created_event_item_function_call = cls(
            id=id,
            arguments=arguments,
            call_id=call_id,
            name=name,
            type_=type_,
            namespace=namespace,
            status=status,
        )

        live_decision_item_created_event_item_function_call.additional_properties = d
        return live_decision_item_created_event_item_function_call

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


def _parse_namespace(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveDecisionItemCreatedEventItemFunctionCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveDecisionItemCreatedEventItemFunctionCallStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionItemCreatedEventItemFunctionCallStatus | None | Unset, data)
