from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_response_function_call_arguments_delta_type import (
    RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventResponseFunctionCallArgumentsDelta")


@_attrs_define
class RealtimeBetaServerEventResponseFunctionCallArgumentsDelta:
    """Returned when the model-generated function call arguments are updated.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType): The event type, must be
            `response.function_call_arguments.delta`.
        response_id (str): The ID of the response.
        item_id (str): The ID of the function call item.
        output_index (int): The index of the output item in the response.
        call_id (str): The ID of the function call.
        delta (str): The arguments delta as a JSON string.
    """

    event_id: str
    type_: (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType
        | Literal["response.function_call_arguments.delta"]
    )
    response_id: str
    item_id: str
    output_index: int
    call_id: str
    delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        call_id = self.call_id

        delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "call_id": call_id,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType(d.pop("type"))

        response_id = d.pop("response_id")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        call_id = d.pop("call_id")

        delta = d.pop("delta")

        realtime_beta_server_event_response_function_call_arguments_delta = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            call_id=call_id,
            delta=delta,
        )

        realtime_beta_server_event_response_function_call_arguments_delta.additional_properties = d
        return realtime_beta_server_event_response_function_call_arguments_delta

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

    type: ClassVar[Literal["response.function_call_arguments.delta"]] = "response.function_call_arguments.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
