from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_output_item_done_event_type import LiveResponseOutputItemDoneEventType

if TYPE_CHECKING:
    from ..models.live_image_generation_call import LiveImageGenerationCall
    from ..models.live_local_shell_call import LiveLocalShellCall
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest
    from ..models.live_mcp_call import LiveMcpCall
    from ..models.live_mcp_list_tools import LiveMcpListTools
    from ..models.live_program import LiveProgram
    from ..models.live_program_output import LiveProgramOutput
    from ..models.live_response_apply_patch_tool_call import LiveResponseApplyPatchToolCall
    from ..models.live_response_apply_patch_tool_call_output import LiveResponseApplyPatchToolCallOutput
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall
    from ..models.live_response_computer_tool_call_output_item import LiveResponseComputerToolCallOutputItem
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall
    from ..models.live_response_custom_tool_call_output_item import LiveResponseCustomToolCallOutputItem
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall
    from ..models.live_response_function_shell_tool_call import LiveResponseFunctionShellToolCall
    from ..models.live_response_function_shell_tool_call_output import LiveResponseFunctionShellToolCallOutput
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall
    from ..models.live_response_function_tool_call_output_item import LiveResponseFunctionToolCallOutputItem
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch
    from ..models.live_response_output_message import LiveResponseOutputMessage
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem
    from ..models.live_response_tool_search_call import LiveResponseToolSearchCall
    from ..models.live_responses_response_compaction_item import LiveResponsesResponseCompactionItem
    from ..models.live_responses_response_output_item_additional_tools import (
        LiveResponsesResponseOutputItemAdditionalTools,
    )
    from ..models.live_responses_response_output_item_mcp_approval_response import (
        LiveResponsesResponseOutputItemMcpApprovalResponse,
    )
    from ..models.live_responses_response_tool_search_output_item import LiveResponsesResponseToolSearchOutputItem
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_image_generation_call import LiveImageGenerationCall  # noqa: PLC0415
    from ..models.live_local_shell_call import LiveLocalShellCall  # noqa: PLC0415
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput  # noqa: PLC0415
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest  # noqa: PLC0415
    from ..models.live_mcp_call import LiveMcpCall  # noqa: PLC0415
    from ..models.live_mcp_list_tools import LiveMcpListTools  # noqa: PLC0415
    from ..models.live_program import LiveProgram  # noqa: PLC0415
    from ..models.live_program_output import LiveProgramOutput  # noqa: PLC0415
    from ..models.live_response_apply_patch_tool_call import LiveResponseApplyPatchToolCall  # noqa: PLC0415
    from ..models.live_response_apply_patch_tool_call_output import LiveResponseApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall  # noqa: PLC0415
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall  # noqa: PLC0415
    from ..models.live_response_computer_tool_call_output_item import LiveResponseComputerToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_output_item import LiveResponseCustomToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.live_response_function_shell_tool_call import LiveResponseFunctionShellToolCall  # noqa: PLC0415
    from ..models.live_response_function_shell_tool_call_output import LiveResponseFunctionShellToolCallOutput  # noqa: PLC0415
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall  # noqa: PLC0415
    from ..models.live_response_function_tool_call_output_item import LiveResponseFunctionToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch  # noqa: PLC0415
    from ..models.live_response_output_message import LiveResponseOutputMessage  # noqa: PLC0415
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem  # noqa: PLC0415
    from ..models.live_response_tool_search_call import LiveResponseToolSearchCall  # noqa: PLC0415
    from ..models.live_responses_response_compaction_item import LiveResponsesResponseCompactionItem  # noqa: PLC0415
    from ..models.live_responses_response_output_item_additional_tools import (
        LiveResponsesResponseOutputItemAdditionalTools,  # noqa: PLC0415
    )
    from ..models.live_responses_response_output_item_mcp_approval_response import (
        LiveResponsesResponseOutputItemMcpApprovalResponse,  # noqa: PLC0415
    )
    from ..models.live_responses_response_tool_search_output_item import LiveResponsesResponseToolSearchOutputItem  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveImageGenerationCall": LiveImageGenerationCall,
            "LiveLocalShellCall": LiveLocalShellCall,
            "LiveLocalShellCallOutput": LiveLocalShellCallOutput,
            "LiveMcpApprovalRequest": LiveMcpApprovalRequest,
            "LiveMcpCall": LiveMcpCall,
            "LiveMcpListTools": LiveMcpListTools,
            "LiveProgram": LiveProgram,
            "LiveProgramOutput": LiveProgramOutput,
            "LiveResponseApplyPatchToolCall": LiveResponseApplyPatchToolCall,
            "LiveResponseApplyPatchToolCallOutput": LiveResponseApplyPatchToolCallOutput,
            "LiveResponseCodeInterpreterToolCall": LiveResponseCodeInterpreterToolCall,
            "LiveResponseComputerToolCall": LiveResponseComputerToolCall,
            "LiveResponseComputerToolCallOutputItem": LiveResponseComputerToolCallOutputItem,
            "LiveResponseCustomToolCall": LiveResponseCustomToolCall,
            "LiveResponseCustomToolCallOutputItem": LiveResponseCustomToolCallOutputItem,
            "LiveResponseFileSearchToolCall": LiveResponseFileSearchToolCall,
            "LiveResponseFunctionShellToolCall": LiveResponseFunctionShellToolCall,
            "LiveResponseFunctionShellToolCallOutput": LiveResponseFunctionShellToolCallOutput,
            "LiveResponseFunctionToolCall": LiveResponseFunctionToolCall,
            "LiveResponseFunctionToolCallOutputItem": LiveResponseFunctionToolCallOutputItem,
            "LiveResponseFunctionWebSearch": LiveResponseFunctionWebSearch,
            "LiveResponseOutputMessage": LiveResponseOutputMessage,
            "LiveResponseReasoningItem": LiveResponseReasoningItem,
            "LiveResponseToolSearchCall": LiveResponseToolSearchCall,
            "LiveResponsesResponseCompactionItem": LiveResponsesResponseCompactionItem,
            "LiveResponsesResponseOutputItemAdditionalTools": LiveResponsesResponseOutputItemAdditionalTools,
            "LiveResponsesResponseOutputItemMcpApprovalResponse": LiveResponsesResponseOutputItemMcpApprovalResponse,
            "LiveResponsesResponseToolSearchOutputItem": LiveResponsesResponseToolSearchOutputItem,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseOutputItemDoneEvent")


@_attrs_define
class LiveResponseOutputItemDoneEvent:
    """Emitted when an output item is marked done.

    Attributes:
        item (LiveImageGenerationCall | LiveLocalShellCall | LiveLocalShellCallOutput | LiveMcpApprovalRequest |
            LiveMcpCall | LiveMcpListTools | LiveProgram | LiveProgramOutput | LiveResponseApplyPatchToolCall |
            LiveResponseApplyPatchToolCallOutput | LiveResponseCodeInterpreterToolCall | LiveResponseComputerToolCall |
            LiveResponseComputerToolCallOutputItem | LiveResponseCustomToolCall | LiveResponseCustomToolCallOutputItem |
            LiveResponseFileSearchToolCall | LiveResponseFunctionShellToolCall | LiveResponseFunctionShellToolCallOutput |
            LiveResponseFunctionToolCall | LiveResponseFunctionToolCallOutputItem | LiveResponseFunctionWebSearch |
            LiveResponseOutputMessage | LiveResponseReasoningItem | LiveResponsesResponseCompactionItem |
            LiveResponsesResponseOutputItemAdditionalTools | LiveResponsesResponseOutputItemMcpApprovalResponse |
            LiveResponsesResponseToolSearchOutputItem | LiveResponseToolSearchCall | RealtimeUnknownVariant):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseOutputItemDoneEventType):
    """

    item: (
        LiveImageGenerationCall
        | LiveLocalShellCall
        | LiveLocalShellCallOutput
        | LiveMcpApprovalRequest
        | LiveMcpCall
        | LiveMcpListTools
        | LiveProgram
        | LiveProgramOutput
        | LiveResponseApplyPatchToolCall
        | LiveResponseApplyPatchToolCallOutput
        | LiveResponseCodeInterpreterToolCall
        | LiveResponseComputerToolCall
        | LiveResponseComputerToolCallOutputItem
        | LiveResponseCustomToolCall
        | LiveResponseCustomToolCallOutputItem
        | LiveResponseFileSearchToolCall
        | LiveResponseFunctionShellToolCall
        | LiveResponseFunctionShellToolCallOutput
        | LiveResponseFunctionToolCall
        | LiveResponseFunctionToolCallOutputItem
        | LiveResponseFunctionWebSearch
        | LiveResponseOutputMessage
        | LiveResponseReasoningItem
        | LiveResponsesResponseCompactionItem
        | LiveResponsesResponseOutputItemAdditionalTools
        | LiveResponsesResponseOutputItemMcpApprovalResponse
        | LiveResponsesResponseToolSearchOutputItem
        | LiveResponseToolSearchCall
        | RealtimeUnknownVariant
    )
    output_index: int
    sequence_number: int
    type_: LiveResponseOutputItemDoneEventType | Literal["response.output_item.done"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        item: dict[str, Any]
        if isinstance(self.item, LiveResponseOutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFileSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionToolCallOutputItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionWebSearch):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseComputerToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseComputerToolCallOutputItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveProgram):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveProgramOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseToolSearchOutputItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseOutputItemAdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseCompactionItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveImageGenerationCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCodeInterpreterToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveLocalShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveLocalShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionShellToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionShellToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseApplyPatchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseApplyPatchToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseOutputItemMcpApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCustomToolCallOutputItem):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        item = _parse_item(d.pop("item"))

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseOutputItemDoneEventType(d.pop("type"))

        live_response_output_item_done_event = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_output_item_done_event.additional_properties = d
        return live_response_output_item_done_event

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
    LiveImageGenerationCall
    | LiveLocalShellCall
    | LiveLocalShellCallOutput
    | LiveMcpApprovalRequest
    | LiveMcpCall
    | LiveMcpListTools
    | LiveProgram
    | LiveProgramOutput
    | LiveResponseApplyPatchToolCall
    | LiveResponseApplyPatchToolCallOutput
    | LiveResponseCodeInterpreterToolCall
    | LiveResponseComputerToolCall
    | LiveResponseComputerToolCallOutputItem
    | LiveResponseCustomToolCall
    | LiveResponseCustomToolCallOutputItem
    | LiveResponseFileSearchToolCall
    | LiveResponseFunctionShellToolCall
    | LiveResponseFunctionShellToolCallOutput
    | LiveResponseFunctionToolCall
    | LiveResponseFunctionToolCallOutputItem
    | LiveResponseFunctionWebSearch
    | LiveResponseOutputMessage
    | LiveResponseReasoningItem
    | LiveResponsesResponseCompactionItem
    | LiveResponsesResponseOutputItemAdditionalTools
    | LiveResponsesResponseOutputItemMcpApprovalResponse
    | LiveResponsesResponseToolSearchOutputItem
    | LiveResponseToolSearchCall
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("role") == "assistant" and data.get("type") == "message":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_0 = LiveResponseOutputMessage.from_dict(data)

        return item_type_0
    if isinstance(data, dict) and data.get("type") == "file_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_1 = LiveResponseFileSearchToolCall.from_dict(data)

        return item_type_1
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_2 = LiveResponseFunctionToolCall.from_dict(data)

        return item_type_2
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_3 = LiveResponseFunctionToolCallOutputItem.from_dict(data)

        return item_type_3
    if isinstance(data, dict) and data.get("type") == "web_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_4 = LiveResponseFunctionWebSearch.from_dict(data)

        return item_type_4
    if isinstance(data, dict) and data.get("type") == "computer_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_5 = LiveResponseComputerToolCall.from_dict(data)

        return item_type_5
    if isinstance(data, dict) and data.get("type") == "computer_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_6 = LiveResponseComputerToolCallOutputItem.from_dict(data)

        return item_type_6
    if isinstance(data, dict) and data.get("type") == "reasoning":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_7 = LiveResponseReasoningItem.from_dict(data)

        return item_type_7
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_8 = LiveProgram.from_dict(data)

        return item_type_8
    if isinstance(data, dict) and data.get("type") == "program_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_9 = LiveProgramOutput.from_dict(data)

        return item_type_9
    if isinstance(data, dict) and data.get("type") == "tool_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_10 = LiveResponseToolSearchCall.from_dict(data)

        return item_type_10
    if isinstance(data, dict) and data.get("type") == "tool_search_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_11 = LiveResponsesResponseToolSearchOutputItem.from_dict(data)

        return item_type_11
    if isinstance(data, dict) and data.get("type") == "additional_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_12 = LiveResponsesResponseOutputItemAdditionalTools.from_dict(data)

        return item_type_12
    if isinstance(data, dict) and data.get("type") == "compaction":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_13 = LiveResponsesResponseCompactionItem.from_dict(data)

        return item_type_13
    if isinstance(data, dict) and data.get("type") == "image_generation_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_14 = LiveImageGenerationCall.from_dict(data)

        return item_type_14
    if isinstance(data, dict) and data.get("type") == "code_interpreter_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_15 = LiveResponseCodeInterpreterToolCall.from_dict(data)

        return item_type_15
    if isinstance(data, dict) and data.get("type") == "local_shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_16 = LiveLocalShellCall.from_dict(data)

        return item_type_16
    if isinstance(data, dict) and data.get("type") == "local_shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_17 = LiveLocalShellCallOutput.from_dict(data)

        return item_type_17
    if isinstance(data, dict) and data.get("type") == "shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_18 = LiveResponseFunctionShellToolCall.from_dict(data)

        return item_type_18
    if isinstance(data, dict) and data.get("type") == "shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_19 = LiveResponseFunctionShellToolCallOutput.from_dict(data)

        return item_type_19
    if isinstance(data, dict) and data.get("type") == "apply_patch_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_20 = LiveResponseApplyPatchToolCall.from_dict(data)

        return item_type_20
    if isinstance(data, dict) and data.get("type") == "apply_patch_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_21 = LiveResponseApplyPatchToolCallOutput.from_dict(data)

        return item_type_21
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_22 = LiveMcpCall.from_dict(data)

        return item_type_22
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_23 = LiveMcpListTools.from_dict(data)

        return item_type_23
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_24 = LiveMcpApprovalRequest.from_dict(data)

        return item_type_24
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_25 = LiveResponsesResponseOutputItemMcpApprovalResponse.from_dict(data)

        return item_type_25
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_26 = LiveResponseCustomToolCall.from_dict(data)

        return item_type_26
    if isinstance(data, dict) and data.get("type") == "custom_tool_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        item_type_27 = LiveResponseCustomToolCallOutputItem.from_dict(data)

        return item_type_27
    if not isinstance(data, dict):
        raise TypeError()
    item_type_28 = RealtimeUnknownVariant.from_dict(data)

    return item_type_28
