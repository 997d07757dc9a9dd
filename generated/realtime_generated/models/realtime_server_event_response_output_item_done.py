from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_response_output_item_done_type import RealtimeServerEventResponseOutputItemDoneType

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "RealtimeConversationItemFunctionCall": RealtimeConversationItemFunctionCall,
            "RealtimeConversationItemFunctionCallOutput": RealtimeConversationItemFunctionCallOutput,
            "RealtimeConversationItemMessageAssistant": RealtimeConversationItemMessageAssistant,
            "RealtimeConversationItemMessageSystem": RealtimeConversationItemMessageSystem,
            "RealtimeConversationItemMessageUser": RealtimeConversationItemMessageUser,
            "RealtimeMCPApprovalRequest": RealtimeMCPApprovalRequest,
            "RealtimeMCPApprovalResponse": RealtimeMCPApprovalResponse,
            "RealtimeMCPListTools": RealtimeMCPListTools,
            "RealtimeMCPToolCall": RealtimeMCPToolCall,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeServerEventResponseOutputItemDone")


@_attrs_define
class RealtimeServerEventResponseOutputItemDone:
    """Returned when an Item is done streaming. Also emitted when a Response is
    interrupted, incomplete, or cancelled.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventResponseOutputItemDoneType): The event type, must be `response.output_item.done`.
            response_id (str): The ID of the Response to which the item belongs.
            output_index (int): The index of the output item in the Response.
            item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
                RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
                RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
                RealtimeMCPListTools | RealtimeMCPToolCall | RealtimeUnknownVariant): A single item within a Realtime
                conversation.
    """

    event_id: str
    type_: RealtimeServerEventResponseOutputItemDoneType | Literal["response.output_item.done"]
    response_id: str
    output_index: int
    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
        | RealtimeUnknownVariant
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        response_id = self.response_id

        output_index = self.output_index

        item: dict[str, Any]
        if isinstance(self.item, RealtimeConversationItemMessageSystem):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageUser):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageAssistant):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPApprovalRequest):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventResponseOutputItemDoneType(d.pop("type"))

        response_id = d.pop("response_id")

        output_index = d.pop("output_index")

        item = _parse_item(d.pop("item"))

        realtime_server_event_response_output_item_done = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            output_index=output_index,
            item=item,
        )

        realtime_server_event_response_output_item_done.additional_properties = d
        return realtime_server_event_response_output_item_done

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

    type: ClassVar[Literal["response.output_item.done"]] = "response.output_item.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_item(
    data: object,
) -> (
    RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeMCPApprovalRequest
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "system":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_0 = RealtimeConversationItemMessageSystem.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_0
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "user":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_1 = RealtimeConversationItemMessageUser.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_1
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "assistant":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_2 = RealtimeConversationItemMessageAssistant.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_2
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_3 = RealtimeConversationItemFunctionCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_3
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_4
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_5 = RealtimeMCPApprovalResponse.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_5
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_6 = RealtimeMCPListTools.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_6
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_7
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_8 = RealtimeMCPApprovalRequest.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_8
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_realtime_conversation_item_type_9 = RealtimeUnknownVariant.from_dict(data)

    return componentsschemas_realtime_conversation_item_type_9
