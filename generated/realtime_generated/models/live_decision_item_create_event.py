from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_item_create_event_type import LiveDecisionItemCreateEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_assistant_message import LiveDecisionAssistantMessage
    from ..models.live_decision_developer_message import LiveDecisionDeveloperMessage
    from ..models.live_decision_item_create_event_item_custom_tool_call import (
        LiveDecisionItemCreateEventItemCustomToolCall,
    )
    from ..models.live_decision_item_create_event_item_custom_tool_call_output import (
        LiveDecisionItemCreateEventItemCustomToolCallOutput,
    )
    from ..models.live_decision_item_create_event_item_function_call import LiveDecisionItemCreateEventItemFunctionCall
    from ..models.live_decision_item_create_event_item_function_call_output import (
        LiveDecisionItemCreateEventItemFunctionCallOutput,
    )
    from ..models.live_decision_system_message import LiveDecisionSystemMessage
    from ..models.live_decision_user_message import LiveDecisionUserMessage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_assistant_message import LiveDecisionAssistantMessage  # noqa: PLC0415
    from ..models.live_decision_developer_message import LiveDecisionDeveloperMessage  # noqa: PLC0415
    from ..models.live_decision_item_create_event_item_custom_tool_call import (
        LiveDecisionItemCreateEventItemCustomToolCall,  # noqa: PLC0415
    )
    from ..models.live_decision_item_create_event_item_custom_tool_call_output import (
        LiveDecisionItemCreateEventItemCustomToolCallOutput,  # noqa: PLC0415
    )
    from ..models.live_decision_item_create_event_item_function_call import LiveDecisionItemCreateEventItemFunctionCall  # noqa: PLC0415
    from ..models.live_decision_item_create_event_item_function_call_output import (
        LiveDecisionItemCreateEventItemFunctionCallOutput,  # noqa: PLC0415
    )
    from ..models.live_decision_system_message import LiveDecisionSystemMessage  # noqa: PLC0415
    from ..models.live_decision_user_message import LiveDecisionUserMessage  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionAssistantMessage": LiveDecisionAssistantMessage,
            "LiveDecisionDeveloperMessage": LiveDecisionDeveloperMessage,
            "LiveDecisionItemCreateEventItemCustomToolCall": LiveDecisionItemCreateEventItemCustomToolCall,
            "LiveDecisionItemCreateEventItemCustomToolCallOutput": LiveDecisionItemCreateEventItemCustomToolCallOutput,
            "LiveDecisionItemCreateEventItemFunctionCall": LiveDecisionItemCreateEventItemFunctionCall,
            "LiveDecisionItemCreateEventItemFunctionCallOutput": LiveDecisionItemCreateEventItemFunctionCallOutput,
            "LiveDecisionSystemMessage": LiveDecisionSystemMessage,
            "LiveDecisionUserMessage": LiveDecisionUserMessage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionItemCreateEvent")


@_attrs_define
class LiveDecisionItemCreateEvent:
    """Append an input item for future decisions without starting an evaluation or changing Live voice context.

    Attributes:
        item (LiveDecisionAssistantMessage | LiveDecisionDeveloperMessage |
            LiveDecisionItemCreateEventItemCustomToolCall | LiveDecisionItemCreateEventItemCustomToolCallOutput |
            LiveDecisionItemCreateEventItemFunctionCall | LiveDecisionItemCreateEventItemFunctionCallOutput |
            LiveDecisionSystemMessage | LiveDecisionUserMessage):
        type_ (LiveDecisionItemCreateEventType):
        event_id (None | str | Unset):
    """

    item: (
        LiveDecisionAssistantMessage
        | LiveDecisionDeveloperMessage
        | LiveDecisionItemCreateEventItemCustomToolCall
        | LiveDecisionItemCreateEventItemCustomToolCallOutput
        | LiveDecisionItemCreateEventItemFunctionCall
        | LiveDecisionItemCreateEventItemFunctionCallOutput
        | LiveDecisionSystemMessage
        | LiveDecisionUserMessage
    )
    type_: LiveDecisionItemCreateEventType | Literal["decision.item.create"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        item: dict[str, Any]
        if isinstance(self.item, LiveDecisionUserMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionDeveloperMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionSystemMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionAssistantMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreateEventItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreateEventItemFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveDecisionItemCreateEventItemCustomToolCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        item = _parse_item(d.pop("item"))

        type_ = LiveDecisionItemCreateEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_decision_item_create_event = cls(
            item=item,
            type_=type_,
            event_id=event_id,
        )

        live_decision_item_create_event.additional_properties = d
        return live_decision_item_create_event

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

    type: ClassVar[Literal["decision.item.create"]] = "decision.item.create"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_item(
    data: object,
) -> (
    LiveDecisionAssistantMessage
    | LiveDecisionDeveloperMessage
    | LiveDecisionItemCreateEventItemCustomToolCall
    | LiveDecisionItemCreateEventItemCustomToolCallOutput
    | LiveDecisionItemCreateEventItemFunctionCall
    | LiveDecisionItemCreateEventItemFunctionCallOutput
    | LiveDecisionSystemMessage
    | LiveDecisionUserMessage
):
    if isinstance(data, dict) and data.get("role") == "user":
        try:
            item_type_0 = LiveDecisionUserMessage.from_dict(data)

            return item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("role") == "developer":
        try:
            item_type_1 = LiveDecisionDeveloperMessage.from_dict(data)

            return item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("role") == "system":
        try:
            item_type_2 = LiveDecisionSystemMessage.from_dict(data)

            return item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("role") == "assistant":
        try:
            item_type_3 = LiveDecisionAssistantMessage.from_dict(data)

            return item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "function_call":
        try:
            item_type_4 = LiveDecisionItemCreateEventItemFunctionCall.from_dict(data)

            return item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        try:
            item_type_5 = LiveDecisionItemCreateEventItemFunctionCallOutput.from_dict(data)

            return item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        try:
            item_type_6 = LiveDecisionItemCreateEventItemCustomToolCall.from_dict(data)

            return item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    item_type_7 = LiveDecisionItemCreateEventItemCustomToolCallOutput.from_dict(data)

    return item_type_7


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
