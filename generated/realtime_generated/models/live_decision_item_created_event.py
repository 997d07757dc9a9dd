from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_created_event_type import LiveDecisionItemCreatedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_item_created_event_item_custom_tool_call import (
        LiveDecisionItemCreatedEventItemCustomToolCall,
    )
    from ..models.live_decision_item_created_event_item_custom_tool_call_output import (
        LiveDecisionItemCreatedEventItemCustomToolCallOutput,
    )
    from ..models.live_decision_item_created_event_item_function_call import (
        LiveDecisionItemCreatedEventItemFunctionCall,
    )
    from ..models.live_decision_item_created_event_item_function_call_output import (
        LiveDecisionItemCreatedEventItemFunctionCallOutput,
    )
    from ..models.live_decision_stored_assistant_message import LiveDecisionStoredAssistantMessage
    from ..models.live_decision_stored_developer_message import LiveDecisionStoredDeveloperMessage
    from ..models.live_decision_stored_system_message import LiveDecisionStoredSystemMessage
    from ..models.live_decision_stored_user_message import LiveDecisionStoredUserMessage
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_item_created_event_item_custom_tool_call import (
        LiveDecisionItemCreatedEventItemCustomToolCall,  # noqa: PLC0415
    )
    from ..models.live_decision_item_created_event_item_custom_tool_call_output import (
        LiveDecisionItemCreatedEventItemCustomToolCallOutput,  # noqa: PLC0415
    )
    from ..models.live_decision_item_created_event_item_function_call import (
        LiveDecisionItemCreatedEventItemFunctionCall,  # noqa: PLC0415
    )
    from ..models.live_decision_item_created_event_item_function_call_output import (
        LiveDecisionItemCreatedEventItemFunctionCallOutput,  # noqa: PLC0415
    )
    from ..models.live_decision_stored_assistant_message import LiveDecisionStoredAssistantMessage  # noqa: PLC0415
    from ..models.live_decision_stored_developer_message import LiveDecisionStoredDeveloperMessage  # noqa: PLC0415
    from ..models.live_decision_stored_system_message import LiveDecisionStoredSystemMessage  # noqa: PLC0415
    from ..models.live_decision_stored_user_message import LiveDecisionStoredUserMessage  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionItemCreatedEventItemCustomToolCall": LiveDecisionItemCreatedEventItemCustomToolCall,
            "LiveDecisionItemCreatedEventItemCustomToolCallOutput": LiveDecisionItemCreatedEventItemCustomToolCallOutput,
            "LiveDecisionItemCreatedEventItemFunctionCall": LiveDecisionItemCreatedEventItemFunctionCall,
            "LiveDecisionItemCreatedEventItemFunctionCallOutput": LiveDecisionItemCreatedEventItemFunctionCallOutput,
            "LiveDecisionStoredAssistantMessage": LiveDecisionStoredAssistantMessage,
            "LiveDecisionStoredDeveloperMessage": LiveDecisionStoredDeveloperMessage,
            "LiveDecisionStoredSystemMessage": LiveDecisionStoredSystemMessage,
            "LiveDecisionStoredUserMessage": LiveDecisionStoredUserMessage,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionItemCreatedEvent")


@_attrs_define
class LiveDecisionItemCreatedEvent:
    """An input item was appended for future decisions.

    Attributes:
        event_id (str):
        item (LiveDecisionItemCreatedEventItemCustomToolCall | LiveDecisionItemCreatedEventItemCustomToolCallOutput |
            LiveDecisionItemCreatedEventItemFunctionCall | LiveDecisionItemCreatedEventItemFunctionCallOutput |
            LiveDecisionStoredAssistantMessage | LiveDecisionStoredDeveloperMessage | LiveDecisionStoredSystemMessage |
            LiveDecisionStoredUserMessage | RealtimeUnknownVariant):
        type_ (LiveDecisionItemCreatedEventType):
        client_event_id (None | str | Unset):
    """

    event_id: str
    item: (
        LiveDecisionItemCreatedEventItemCustomToolCall
        | LiveDecisionItemCreatedEventItemCustomToolCallOutput
        | LiveDecisionItemCreatedEventItemFunctionCall
        | LiveDecisionItemCreatedEventItemFunctionCallOutput
        | LiveDecisionStoredAssistantMessage
        | LiveDecisionStoredDeveloperMessage
        | LiveDecisionStoredSystemMessage
        | LiveDecisionStoredUserMessage
        | RealtimeUnknownVariant
    )
    type_: LiveDecisionItemCreatedEventType | Literal["decision.item.created"]
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        item: dict[str, Any]
        if isinstance(self.item, LiveDecisionStoredUserMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionStoredDeveloperMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionStoredSystemMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionStoredAssistantMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreatedEventItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreatedEventItemFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreatedEventItemCustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreatedEventItemCustomToolCallOutput):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "item": item,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        item = _parse_item(d.pop("item"))

        type_ = LiveDecisionItemCreatedEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_decision_item_created_event = cls(
            event_id=event_id,
            item=item,
            type_=type_,
            client_event_id=client_event_id,
        )

        live_decision_item_created_event.additional_properties = d
        return live_decision_item_created_event

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

    type: ClassVar[Literal["decision.item.created"]] = "decision.item.created"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_item(
    data: object,
) -> (
    LiveDecisionItemCreatedEventItemCustomToolCall
    | LiveDecisionItemCreatedEventItemCustomToolCallOutput
    | LiveDecisionItemCreatedEventItemFunctionCall
    | LiveDecisionItemCreatedEventItemFunctionCallOutput
    | LiveDecisionStoredAssistantMessage
    | LiveDecisionStoredDeveloperMessage
    | LiveDecisionStoredSystemMessage
    | LiveDecisionStoredUserMessage
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("role") == "user":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_0 = LiveDecisionStoredUserMessage.from_dict(data)

        return item_type_0
    if isinstance(data, dict) and data.get("role") == "developer":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_1 = LiveDecisionStoredDeveloperMessage.from_dict(data)

        return item_type_1
    if isinstance(data, dict) and data.get("role") == "system":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_2 = LiveDecisionStoredSystemMessage.from_dict(data)

        return item_type_2
    if isinstance(data, dict) and data.get("role") == "assistant":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_3 = LiveDecisionStoredAssistantMessage.from_dict(data)

        return item_type_3
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_4 = LiveDecisionItemCreatedEventItemFunctionCall.from_dict(data)

        return item_type_4
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_5 = LiveDecisionItemCreatedEventItemFunctionCallOutput.from_dict(data)

        return item_type_5
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_6 = LiveDecisionItemCreatedEventItemCustomToolCall.from_dict(data)

        return item_type_6
    if isinstance(data, dict) and data.get("type") == "custom_tool_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_7 = LiveDecisionItemCreatedEventItemCustomToolCallOutput.from_dict(data)

        return item_type_7
    if not isinstance(data, dict):
        raise TypeError()
    item_type_8 = RealtimeUnknownVariant.from_dict(data)

    return item_type_8


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
