from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_conversation_item_create_type import RealtimeClientEventConversationItemCreateType
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="RealtimeClientEventConversationItemCreate")


@_attrs_define
class RealtimeClientEventConversationItemCreate:
    """Add a new Item to the Conversation's context, including messages, function
    calls, and function call responses. This event can be used both to populate a
    "history" of the conversation and to add new items mid-stream, but has the
    current limitation that it cannot populate assistant audio messages.

    If successful, the server will respond with a `conversation.item.created`
    event, otherwise an `error` event will be sent.

        Attributes:
            type_ (RealtimeClientEventConversationItemCreateType): The event type, must be `conversation.item.create`.
            item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
                RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
                RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
                RealtimeMCPListTools | RealtimeMCPToolCall | RealtimeUnknownVariant): A single item within a Realtime
                conversation.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
            previous_item_id (None | str | Unset): The ID of the preceding item after which the new item will be inserted.
                If not set, the new item will be appended to the end of the conversation.

                If set to `root`, the new item will be added to the beginning of the conversation.

                If set to an existing ID, it allows an item to be inserted mid-conversation. If the ID cannot be found, an error
                will be returned and the item will not be added.
    """

    type_: RealtimeClientEventConversationItemCreateType | Literal["conversation.item.create"]
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
    event_id: None | str | Unset = UNSET
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

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

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        previous_item_id: None | str | Unset
        if isinstance(self.previous_item_id, Unset):
            previous_item_id = UNSET
        else:
            previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item": item,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeClientEventConversationItemCreateType(d.pop("type"))

        item = _parse_item(d.pop("item"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        previous_item_id = _parse_previous_item_id(d.pop("previous_item_id", UNSET))

        realtime_client_event_conversation_item_create = cls(
            type_=type_,
            item=item,
            event_id=event_id,
            previous_item_id=previous_item_id,
        )

        realtime_client_event_conversation_item_create.additional_properties = d
        return realtime_client_event_conversation_item_create

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

    type: ClassVar[Literal["conversation.item.create"]] = "conversation.item.create"
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


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_previous_item_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "event_id": {"maxLength": 512},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
