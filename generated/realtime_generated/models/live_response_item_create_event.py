from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_item_create_event_type import LiveResponseItemCreateEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_apply_patch_call import LiveApplyPatchCall
    from ..models.live_apply_patch_call_output import LiveApplyPatchCallOutput
    from ..models.live_compaction_trigger import LiveCompactionTrigger
    from ..models.live_computer_call_output import LiveComputerCallOutput
    from ..models.live_easy_input_message import LiveEasyInputMessage
    from ..models.live_function_call_output import LiveFunctionCallOutput
    from ..models.live_image_generation_call import LiveImageGenerationCall
    from ..models.live_item_reference import LiveItemReference
    from ..models.live_local_shell_call import LiveLocalShellCall
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest
    from ..models.live_mcp_call import LiveMcpCall
    from ..models.live_mcp_list_tools import LiveMcpListTools
    from ..models.live_message import LiveMessage
    from ..models.live_program import LiveProgram
    from ..models.live_program_output import LiveProgramOutput
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall
    from ..models.live_response_configuration_update_item import LiveResponseConfigurationUpdateItem
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall
    from ..models.live_response_custom_tool_call_output import LiveResponseCustomToolCallOutput
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch
    from ..models.live_response_output_message import LiveResponseOutputMessage
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem
    from ..models.live_responses_response_compaction_item_param import LiveResponsesResponseCompactionItemParam
    from ..models.live_responses_response_input_item_additional_tools import (
        LiveResponsesResponseInputItemAdditionalTools,
    )
    from ..models.live_responses_response_input_item_mcp_approval_response import (
        LiveResponsesResponseInputItemMcpApprovalResponse,
    )
    from ..models.live_responses_response_tool_search_output_item_param import (
        LiveResponsesResponseToolSearchOutputItemParam,
    )
    from ..models.live_shell_call import LiveShellCall
    from ..models.live_shell_call_output import LiveShellCallOutput
    from ..models.live_tool_search_call import LiveToolSearchCall


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_apply_patch_call import LiveApplyPatchCall  # noqa: PLC0415
    from ..models.live_apply_patch_call_output import LiveApplyPatchCallOutput  # noqa: PLC0415
    from ..models.live_compaction_trigger import LiveCompactionTrigger  # noqa: PLC0415
    from ..models.live_computer_call_output import LiveComputerCallOutput  # noqa: PLC0415
    from ..models.live_easy_input_message import LiveEasyInputMessage  # noqa: PLC0415
    from ..models.live_function_call_output import LiveFunctionCallOutput  # noqa: PLC0415
    from ..models.live_image_generation_call import LiveImageGenerationCall  # noqa: PLC0415
    from ..models.live_item_reference import LiveItemReference  # noqa: PLC0415
    from ..models.live_local_shell_call import LiveLocalShellCall  # noqa: PLC0415
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput  # noqa: PLC0415
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest  # noqa: PLC0415
    from ..models.live_mcp_call import LiveMcpCall  # noqa: PLC0415
    from ..models.live_mcp_list_tools import LiveMcpListTools  # noqa: PLC0415
    from ..models.live_message import LiveMessage  # noqa: PLC0415
    from ..models.live_program import LiveProgram  # noqa: PLC0415
    from ..models.live_program_output import LiveProgramOutput  # noqa: PLC0415
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall  # noqa: PLC0415
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall  # noqa: PLC0415
    from ..models.live_response_configuration_update_item import LiveResponseConfigurationUpdateItem  # noqa: PLC0415
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_output import LiveResponseCustomToolCallOutput  # noqa: PLC0415
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall  # noqa: PLC0415
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch  # noqa: PLC0415
    from ..models.live_response_output_message import LiveResponseOutputMessage  # noqa: PLC0415
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem  # noqa: PLC0415
    from ..models.live_responses_response_compaction_item_param import LiveResponsesResponseCompactionItemParam  # noqa: PLC0415
    from ..models.live_responses_response_input_item_additional_tools import (
        LiveResponsesResponseInputItemAdditionalTools,  # noqa: PLC0415
    )
    from ..models.live_responses_response_input_item_mcp_approval_response import (
        LiveResponsesResponseInputItemMcpApprovalResponse,  # noqa: PLC0415
    )
    from ..models.live_responses_response_tool_search_output_item_param import (
        LiveResponsesResponseToolSearchOutputItemParam,  # noqa: PLC0415
    )
    from ..models.live_shell_call import LiveShellCall  # noqa: PLC0415
    from ..models.live_shell_call_output import LiveShellCallOutput  # noqa: PLC0415
    from ..models.live_tool_search_call import LiveToolSearchCall  # noqa: PLC0415

    globals().update(
        {
            "LiveApplyPatchCall": LiveApplyPatchCall,
            "LiveApplyPatchCallOutput": LiveApplyPatchCallOutput,
            "LiveCompactionTrigger": LiveCompactionTrigger,
            "LiveComputerCallOutput": LiveComputerCallOutput,
            "LiveEasyInputMessage": LiveEasyInputMessage,
            "LiveFunctionCallOutput": LiveFunctionCallOutput,
            "LiveImageGenerationCall": LiveImageGenerationCall,
            "LiveItemReference": LiveItemReference,
            "LiveLocalShellCall": LiveLocalShellCall,
            "LiveLocalShellCallOutput": LiveLocalShellCallOutput,
            "LiveMcpApprovalRequest": LiveMcpApprovalRequest,
            "LiveMcpCall": LiveMcpCall,
            "LiveMcpListTools": LiveMcpListTools,
            "LiveMessage": LiveMessage,
            "LiveProgram": LiveProgram,
            "LiveProgramOutput": LiveProgramOutput,
            "LiveResponseCodeInterpreterToolCall": LiveResponseCodeInterpreterToolCall,
            "LiveResponseComputerToolCall": LiveResponseComputerToolCall,
            "LiveResponseConfigurationUpdateItem": LiveResponseConfigurationUpdateItem,
            "LiveResponseCustomToolCall": LiveResponseCustomToolCall,
            "LiveResponseCustomToolCallOutput": LiveResponseCustomToolCallOutput,
            "LiveResponseFileSearchToolCall": LiveResponseFileSearchToolCall,
            "LiveResponseFunctionToolCall": LiveResponseFunctionToolCall,
            "LiveResponseFunctionWebSearch": LiveResponseFunctionWebSearch,
            "LiveResponseOutputMessage": LiveResponseOutputMessage,
            "LiveResponseReasoningItem": LiveResponseReasoningItem,
            "LiveResponsesResponseCompactionItemParam": LiveResponsesResponseCompactionItemParam,
            "LiveResponsesResponseInputItemAdditionalTools": LiveResponsesResponseInputItemAdditionalTools,
            "LiveResponsesResponseInputItemMcpApprovalResponse": LiveResponsesResponseInputItemMcpApprovalResponse,
            "LiveResponsesResponseToolSearchOutputItemParam": LiveResponsesResponseToolSearchOutputItemParam,
            "LiveShellCall": LiveShellCall,
            "LiveShellCallOutput": LiveShellCallOutput,
            "LiveToolSearchCall": LiveToolSearchCall,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseItemCreateEvent")


@_attrs_define
class LiveResponseItemCreateEvent:
    """Add an input item to the Live session’s Responses backend.

    Requires Responses delegation; use `response.create` to request a response.

        Attributes:
            item (LiveApplyPatchCall | LiveApplyPatchCallOutput | LiveCompactionTrigger | LiveComputerCallOutput |
                LiveEasyInputMessage | LiveFunctionCallOutput | LiveImageGenerationCall | LiveItemReference | LiveLocalShellCall
                | LiveLocalShellCallOutput | LiveMcpApprovalRequest | LiveMcpCall | LiveMcpListTools | LiveMessage | LiveProgram
                | LiveProgramOutput | LiveResponseCodeInterpreterToolCall | LiveResponseComputerToolCall |
                LiveResponseConfigurationUpdateItem | LiveResponseCustomToolCall | LiveResponseCustomToolCallOutput |
                LiveResponseFileSearchToolCall | LiveResponseFunctionToolCall | LiveResponseFunctionWebSearch |
                LiveResponseOutputMessage | LiveResponseReasoningItem | LiveResponsesResponseCompactionItemParam |
                LiveResponsesResponseInputItemAdditionalTools | LiveResponsesResponseInputItemMcpApprovalResponse |
                LiveResponsesResponseToolSearchOutputItemParam | LiveShellCall | LiveShellCallOutput | LiveToolSearchCall):
            type_ (LiveResponseItemCreateEventType):
            event_id (None | str | Unset):
    """

    item: (
        LiveApplyPatchCall
        | LiveApplyPatchCallOutput
        | LiveCompactionTrigger
        | LiveComputerCallOutput
        | LiveEasyInputMessage
        | LiveFunctionCallOutput
        | LiveImageGenerationCall
        | LiveItemReference
        | LiveLocalShellCall
        | LiveLocalShellCallOutput
        | LiveMcpApprovalRequest
        | LiveMcpCall
        | LiveMcpListTools
        | LiveMessage
        | LiveProgram
        | LiveProgramOutput
        | LiveResponseCodeInterpreterToolCall
        | LiveResponseComputerToolCall
        | LiveResponseConfigurationUpdateItem
        | LiveResponseCustomToolCall
        | LiveResponseCustomToolCallOutput
        | LiveResponseFileSearchToolCall
        | LiveResponseFunctionToolCall
        | LiveResponseFunctionWebSearch
        | LiveResponseOutputMessage
        | LiveResponseReasoningItem
        | LiveResponsesResponseCompactionItemParam
        | LiveResponsesResponseInputItemAdditionalTools
        | LiveResponsesResponseInputItemMcpApprovalResponse
        | LiveResponsesResponseToolSearchOutputItemParam
        | LiveShellCall
        | LiveShellCallOutput
        | LiveToolSearchCall
    )
    type_: LiveResponseItemCreateEventType | Literal["response.item.create"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        item: dict[str, Any]
        if isinstance(self.item, LiveEasyInputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseOutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFileSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseComputerToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveComputerCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionWebSearch):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseFunctionToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseToolSearchOutputItemParam):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseInputItemAdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseConfigurationUpdateItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseCompactionItemParam):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveImageGenerationCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCodeInterpreterToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveLocalShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveLocalShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveApplyPatchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveApplyPatchCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponsesResponseInputItemMcpApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveMcpCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCustomToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveResponseCustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveCompactionTrigger):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveItemReference):
            item = self.item.to_dict()
        elif isinstance(self.item, LiveProgram):
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

        type_ = LiveResponseItemCreateEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_response_item_create_event = cls(
            item=item,
            type_=type_,
            event_id=event_id,
        )

        live_response_item_create_event.additional_properties = d
        return live_response_item_create_event

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

    type: ClassVar[Literal["response.item.create"]] = "response.item.create"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_item(
    data: object,
) -> (
    LiveApplyPatchCall
    | LiveApplyPatchCallOutput
    | LiveCompactionTrigger
    | LiveComputerCallOutput
    | LiveEasyInputMessage
    | LiveFunctionCallOutput
    | LiveImageGenerationCall
    | LiveItemReference
    | LiveLocalShellCall
    | LiveLocalShellCallOutput
    | LiveMcpApprovalRequest
    | LiveMcpCall
    | LiveMcpListTools
    | LiveMessage
    | LiveProgram
    | LiveProgramOutput
    | LiveResponseCodeInterpreterToolCall
    | LiveResponseComputerToolCall
    | LiveResponseConfigurationUpdateItem
    | LiveResponseCustomToolCall
    | LiveResponseCustomToolCallOutput
    | LiveResponseFileSearchToolCall
    | LiveResponseFunctionToolCall
    | LiveResponseFunctionWebSearch
    | LiveResponseOutputMessage
    | LiveResponseReasoningItem
    | LiveResponsesResponseCompactionItemParam
    | LiveResponsesResponseInputItemAdditionalTools
    | LiveResponsesResponseInputItemMcpApprovalResponse
    | LiveResponsesResponseToolSearchOutputItemParam
    | LiveShellCall
    | LiveShellCallOutput
    | LiveToolSearchCall
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_0 = LiveEasyInputMessage.from_dict(data)

        return item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_1 = LiveMessage.from_dict(data)

        return item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("role") == "assistant" and data.get("type") == "message":
        try:
            item_type_2 = LiveResponseOutputMessage.from_dict(data)

            return item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "file_search_call":
        try:
            item_type_3 = LiveResponseFileSearchToolCall.from_dict(data)

            return item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer_call":
        try:
            item_type_4 = LiveResponseComputerToolCall.from_dict(data)

            return item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer_call_output":
        try:
            item_type_5 = LiveComputerCallOutput.from_dict(data)

            return item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "web_search_call":
        try:
            item_type_6 = LiveResponseFunctionWebSearch.from_dict(data)

            return item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "function_call":
        try:
            item_type_7 = LiveResponseFunctionToolCall.from_dict(data)

            return item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        try:
            item_type_8 = LiveFunctionCallOutput.from_dict(data)

            return item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "tool_search_call":
        try:
            item_type_9 = LiveToolSearchCall.from_dict(data)

            return item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "tool_search_output":
        try:
            item_type_10 = LiveResponsesResponseToolSearchOutputItemParam.from_dict(data)

            return item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("role") == "developer" and data.get("type") == "additional_tools":
        try:
            item_type_11 = LiveResponsesResponseInputItemAdditionalTools.from_dict(data)

            return item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "configuration_update":
        try:
            item_type_12 = LiveResponseConfigurationUpdateItem.from_dict(data)

            return item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "reasoning":
        try:
            item_type_13 = LiveResponseReasoningItem.from_dict(data)

            return item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "compaction":
        try:
            item_type_14 = LiveResponsesResponseCompactionItemParam.from_dict(data)

            return item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "image_generation_call":
        try:
            item_type_15 = LiveImageGenerationCall.from_dict(data)

            return item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "code_interpreter_call":
        try:
            item_type_16 = LiveResponseCodeInterpreterToolCall.from_dict(data)

            return item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "local_shell_call":
        try:
            item_type_17 = LiveLocalShellCall.from_dict(data)

            return item_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "local_shell_call_output":
        try:
            item_type_18 = LiveLocalShellCallOutput.from_dict(data)

            return item_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell_call":
        try:
            item_type_19 = LiveShellCall.from_dict(data)

            return item_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell_call_output":
        try:
            item_type_20 = LiveShellCallOutput.from_dict(data)

            return item_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "apply_patch_call":
        try:
            item_type_21 = LiveApplyPatchCall.from_dict(data)

            return item_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "apply_patch_call_output":
        try:
            item_type_22 = LiveApplyPatchCallOutput.from_dict(data)

            return item_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        try:
            item_type_23 = LiveMcpListTools.from_dict(data)

            return item_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        try:
            item_type_24 = LiveMcpApprovalRequest.from_dict(data)

            return item_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        try:
            item_type_25 = LiveResponsesResponseInputItemMcpApprovalResponse.from_dict(data)

            return item_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        try:
            item_type_26 = LiveMcpCall.from_dict(data)

            return item_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom_tool_call_output":
        try:
            item_type_27 = LiveResponseCustomToolCallOutput.from_dict(data)

            return item_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        try:
            item_type_28 = LiveResponseCustomToolCall.from_dict(data)

            return item_type_28
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "compaction_trigger":
        try:
            item_type_29 = LiveCompactionTrigger.from_dict(data)

            return item_type_29
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        item_type_30 = LiveItemReference.from_dict(data)

        return item_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "program":
        try:
            item_type_31 = LiveProgram.from_dict(data)

            return item_type_31
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    item_type_32 = LiveProgramOutput.from_dict(data)

    return item_type_32


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
