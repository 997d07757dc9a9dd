from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_model import LiveResponseModel
from ..models.live_response_object import LiveResponseObject
from ..models.live_response_prompt_cache_retention import LiveResponsePromptCacheRetention
from ..models.live_response_service_tier import LiveResponseServiceTier
from ..models.live_response_status import LiveResponseStatus
from ..models.live_response_tool_choice import LiveResponseToolChoice
from ..models.live_response_truncation import LiveResponseTruncation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_access_programs import LiveAccessPrograms
    from ..models.live_apply_patch_call import LiveApplyPatchCall
    from ..models.live_apply_patch_call_output import LiveApplyPatchCallOutput
    from ..models.live_apply_patch_tool import LiveApplyPatchTool
    from ..models.live_code_interpreter import LiveCodeInterpreter
    from ..models.live_compaction_trigger import LiveCompactionTrigger
    from ..models.live_computer_call_output import LiveComputerCallOutput
    from ..models.live_computer_tool import LiveComputerTool
    from ..models.live_computer_use_preview_tool import LiveComputerUsePreviewTool
    from ..models.live_conversation import LiveConversation
    from ..models.live_custom_tool import LiveCustomTool
    from ..models.live_easy_input_message import LiveEasyInputMessage
    from ..models.live_file_search_tool import LiveFileSearchTool
    from ..models.live_function_call_output import LiveFunctionCallOutput
    from ..models.live_function_shell_tool import LiveFunctionShellTool
    from ..models.live_image import LiveImage
    from ..models.live_image_generation import LiveImageGeneration
    from ..models.live_image_generation_call import LiveImageGenerationCall
    from ..models.live_incomplete_details import LiveIncompleteDetails
    from ..models.live_input_transformation import LiveInputTransformation
    from ..models.live_item_reference import LiveItemReference
    from ..models.live_local_shell import LiveLocalShell
    from ..models.live_local_shell_call import LiveLocalShellCall
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput
    from ..models.live_mcp import LiveMcp
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest
    from ..models.live_mcp_call import LiveMcpCall
    from ..models.live_mcp_list_tools import LiveMcpListTools
    from ..models.live_message import LiveMessage
    from ..models.live_moderation import LiveModeration
    from ..models.live_namespace_tool import LiveNamespaceTool
    from ..models.live_program import LiveProgram
    from ..models.live_program_output import LiveProgramOutput
    from ..models.live_programmatic_tool_calling import LiveProgrammaticToolCalling
    from ..models.live_prompt_cache_diagnostics_cache_hit import LivePromptCacheDiagnosticsCacheHit
    from ..models.live_prompt_cache_diagnostics_cache_miss import LivePromptCacheDiagnosticsCacheMiss
    from ..models.live_prompt_cache_diagnostics_comparison_response_not_found import (
        LivePromptCacheDiagnosticsComparisonResponseNotFound,
    )
    from ..models.live_prompt_cache_diagnostics_unavailable import LivePromptCacheDiagnosticsUnavailable
    from ..models.live_prompt_cache_options import LivePromptCacheOptions
    from ..models.live_response_apply_patch_tool_call import LiveResponseApplyPatchToolCall
    from ..models.live_response_apply_patch_tool_call_output import LiveResponseApplyPatchToolCallOutput
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall
    from ..models.live_response_computer_tool_call_output_item import LiveResponseComputerToolCallOutputItem
    from ..models.live_response_configuration_update_item import LiveResponseConfigurationUpdateItem
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall
    from ..models.live_response_custom_tool_call_output import LiveResponseCustomToolCallOutput
    from ..models.live_response_custom_tool_call_output_item import LiveResponseCustomToolCallOutputItem
    from ..models.live_response_error import LiveResponseError
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall
    from ..models.live_response_function_shell_tool_call import LiveResponseFunctionShellToolCall
    from ..models.live_response_function_shell_tool_call_output import LiveResponseFunctionShellToolCallOutput
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall
    from ..models.live_response_function_tool_call_output_item import LiveResponseFunctionToolCallOutputItem
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch
    from ..models.live_response_metadata import LiveResponseMetadata
    from ..models.live_response_output_message import LiveResponseOutputMessage
    from ..models.live_response_prompt import LiveResponsePrompt
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem
    from ..models.live_response_text_config import LiveResponseTextConfig
    from ..models.live_response_tool_search_call import LiveResponseToolSearchCall
    from ..models.live_response_usage import LiveResponseUsage
    from ..models.live_responses_function_tool import LiveResponsesFunctionTool
    from ..models.live_responses_response_compaction_item import LiveResponsesResponseCompactionItem
    from ..models.live_responses_response_compaction_item_param import LiveResponsesResponseCompactionItemParam
    from ..models.live_responses_response_input_item_additional_tools import (
        LiveResponsesResponseInputItemAdditionalTools,
    )
    from ..models.live_responses_response_input_item_mcp_approval_response import (
        LiveResponsesResponseInputItemMcpApprovalResponse,
    )
    from ..models.live_responses_response_output_item_additional_tools import (
        LiveResponsesResponseOutputItemAdditionalTools,
    )
    from ..models.live_responses_response_output_item_mcp_approval_response import (
        LiveResponsesResponseOutputItemMcpApprovalResponse,
    )
    from ..models.live_responses_response_tool_search_output_item import LiveResponsesResponseToolSearchOutputItem
    from ..models.live_responses_response_tool_search_output_item_param import (
        LiveResponsesResponseToolSearchOutputItemParam,
    )
    from ..models.live_responses_tool_choice_custom import LiveResponsesToolChoiceCustom
    from ..models.live_shared_reasoning import LiveSharedReasoning
    from ..models.live_shell_call import LiveShellCall
    from ..models.live_shell_call_output import LiveShellCallOutput
    from ..models.live_tool_choice_allowed import LiveToolChoiceAllowed
    from ..models.live_tool_choice_apply_patch import LiveToolChoiceApplyPatch
    from ..models.live_tool_choice_function import LiveToolChoiceFunction
    from ..models.live_tool_choice_mcp import LiveToolChoiceMcp
    from ..models.live_tool_choice_shell import LiveToolChoiceShell
    from ..models.live_tool_choice_specific_programmatic_tool_calling import (
        LiveToolChoiceSpecificProgrammaticToolCalling,
    )
    from ..models.live_tool_choice_types import LiveToolChoiceTypes
    from ..models.live_tool_search_call import LiveToolSearchCall
    from ..models.live_tool_search_tool import LiveToolSearchTool
    from ..models.live_tool_usage import LiveToolUsage
    from ..models.live_web_search_preview_tool import LiveWebSearchPreviewTool
    from ..models.live_web_search_tool import LiveWebSearchTool
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_access_programs import LiveAccessPrograms  # noqa: PLC0415
    from ..models.live_apply_patch_call import LiveApplyPatchCall  # noqa: PLC0415
    from ..models.live_apply_patch_call_output import LiveApplyPatchCallOutput  # noqa: PLC0415
    from ..models.live_apply_patch_tool import LiveApplyPatchTool  # noqa: PLC0415
    from ..models.live_code_interpreter import LiveCodeInterpreter  # noqa: PLC0415
    from ..models.live_compaction_trigger import LiveCompactionTrigger  # noqa: PLC0415
    from ..models.live_computer_call_output import LiveComputerCallOutput  # noqa: PLC0415
    from ..models.live_computer_tool import LiveComputerTool  # noqa: PLC0415
    from ..models.live_computer_use_preview_tool import LiveComputerUsePreviewTool  # noqa: PLC0415
    from ..models.live_conversation import LiveConversation  # noqa: PLC0415
    from ..models.live_custom_tool import LiveCustomTool  # noqa: PLC0415
    from ..models.live_easy_input_message import LiveEasyInputMessage  # noqa: PLC0415
    from ..models.live_file_search_tool import LiveFileSearchTool  # noqa: PLC0415
    from ..models.live_function_call_output import LiveFunctionCallOutput  # noqa: PLC0415
    from ..models.live_function_shell_tool import LiveFunctionShellTool  # noqa: PLC0415
    from ..models.live_image import LiveImage  # noqa: PLC0415
    from ..models.live_image_generation import LiveImageGeneration  # noqa: PLC0415
    from ..models.live_image_generation_call import LiveImageGenerationCall  # noqa: PLC0415
    from ..models.live_incomplete_details import LiveIncompleteDetails  # noqa: PLC0415
    from ..models.live_input_transformation import LiveInputTransformation  # noqa: PLC0415
    from ..models.live_item_reference import LiveItemReference  # noqa: PLC0415
    from ..models.live_local_shell import LiveLocalShell  # noqa: PLC0415
    from ..models.live_local_shell_call import LiveLocalShellCall  # noqa: PLC0415
    from ..models.live_local_shell_call_output import LiveLocalShellCallOutput  # noqa: PLC0415
    from ..models.live_mcp import LiveMcp  # noqa: PLC0415
    from ..models.live_mcp_approval_request import LiveMcpApprovalRequest  # noqa: PLC0415
    from ..models.live_mcp_call import LiveMcpCall  # noqa: PLC0415
    from ..models.live_mcp_list_tools import LiveMcpListTools  # noqa: PLC0415
    from ..models.live_message import LiveMessage  # noqa: PLC0415
    from ..models.live_moderation import LiveModeration  # noqa: PLC0415
    from ..models.live_namespace_tool import LiveNamespaceTool  # noqa: PLC0415
    from ..models.live_program import LiveProgram  # noqa: PLC0415
    from ..models.live_program_output import LiveProgramOutput  # noqa: PLC0415
    from ..models.live_programmatic_tool_calling import LiveProgrammaticToolCalling  # noqa: PLC0415
    from ..models.live_prompt_cache_diagnostics_cache_hit import LivePromptCacheDiagnosticsCacheHit  # noqa: PLC0415
    from ..models.live_prompt_cache_diagnostics_cache_miss import LivePromptCacheDiagnosticsCacheMiss  # noqa: PLC0415
    from ..models.live_prompt_cache_diagnostics_comparison_response_not_found import (
        LivePromptCacheDiagnosticsComparisonResponseNotFound,  # noqa: PLC0415
    )
    from ..models.live_prompt_cache_diagnostics_unavailable import LivePromptCacheDiagnosticsUnavailable  # noqa: PLC0415
    from ..models.live_prompt_cache_options import LivePromptCacheOptions  # noqa: PLC0415
    from ..models.live_response_apply_patch_tool_call import LiveResponseApplyPatchToolCall  # noqa: PLC0415
    from ..models.live_response_apply_patch_tool_call_output import LiveResponseApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.live_response_code_interpreter_tool_call import LiveResponseCodeInterpreterToolCall  # noqa: PLC0415
    from ..models.live_response_computer_tool_call import LiveResponseComputerToolCall  # noqa: PLC0415
    from ..models.live_response_computer_tool_call_output_item import LiveResponseComputerToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_configuration_update_item import LiveResponseConfigurationUpdateItem  # noqa: PLC0415
    from ..models.live_response_custom_tool_call import LiveResponseCustomToolCall  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_output import LiveResponseCustomToolCallOutput  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_output_item import LiveResponseCustomToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_error import LiveResponseError  # noqa: PLC0415
    from ..models.live_response_file_search_tool_call import LiveResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.live_response_function_shell_tool_call import LiveResponseFunctionShellToolCall  # noqa: PLC0415
    from ..models.live_response_function_shell_tool_call_output import LiveResponseFunctionShellToolCallOutput  # noqa: PLC0415
    from ..models.live_response_function_tool_call import LiveResponseFunctionToolCall  # noqa: PLC0415
    from ..models.live_response_function_tool_call_output_item import LiveResponseFunctionToolCallOutputItem  # noqa: PLC0415
    from ..models.live_response_function_web_search import LiveResponseFunctionWebSearch  # noqa: PLC0415
    from ..models.live_response_metadata import LiveResponseMetadata  # noqa: PLC0415
    from ..models.live_response_output_message import LiveResponseOutputMessage  # noqa: PLC0415
    from ..models.live_response_prompt import LiveResponsePrompt  # noqa: PLC0415
    from ..models.live_response_reasoning_item import LiveResponseReasoningItem  # noqa: PLC0415
    from ..models.live_response_text_config import LiveResponseTextConfig  # noqa: PLC0415
    from ..models.live_response_tool_search_call import LiveResponseToolSearchCall  # noqa: PLC0415
    from ..models.live_response_usage import LiveResponseUsage  # noqa: PLC0415
    from ..models.live_responses_function_tool import LiveResponsesFunctionTool  # noqa: PLC0415
    from ..models.live_responses_response_compaction_item import LiveResponsesResponseCompactionItem  # noqa: PLC0415
    from ..models.live_responses_response_compaction_item_param import LiveResponsesResponseCompactionItemParam  # noqa: PLC0415
    from ..models.live_responses_response_input_item_additional_tools import (
        LiveResponsesResponseInputItemAdditionalTools,  # noqa: PLC0415
    )
    from ..models.live_responses_response_input_item_mcp_approval_response import (
        LiveResponsesResponseInputItemMcpApprovalResponse,  # noqa: PLC0415
    )
    from ..models.live_responses_response_output_item_additional_tools import (
        LiveResponsesResponseOutputItemAdditionalTools,  # noqa: PLC0415
    )
    from ..models.live_responses_response_output_item_mcp_approval_response import (
        LiveResponsesResponseOutputItemMcpApprovalResponse,  # noqa: PLC0415
    )
    from ..models.live_responses_response_tool_search_output_item import LiveResponsesResponseToolSearchOutputItem  # noqa: PLC0415
    from ..models.live_responses_response_tool_search_output_item_param import (
        LiveResponsesResponseToolSearchOutputItemParam,  # noqa: PLC0415
    )
    from ..models.live_responses_tool_choice_custom import LiveResponsesToolChoiceCustom  # noqa: PLC0415
    from ..models.live_shared_reasoning import LiveSharedReasoning  # noqa: PLC0415
    from ..models.live_shell_call import LiveShellCall  # noqa: PLC0415
    from ..models.live_shell_call_output import LiveShellCallOutput  # noqa: PLC0415
    from ..models.live_tool_choice_allowed import LiveToolChoiceAllowed  # noqa: PLC0415
    from ..models.live_tool_choice_apply_patch import LiveToolChoiceApplyPatch  # noqa: PLC0415
    from ..models.live_tool_choice_function import LiveToolChoiceFunction  # noqa: PLC0415
    from ..models.live_tool_choice_mcp import LiveToolChoiceMcp  # noqa: PLC0415
    from ..models.live_tool_choice_shell import LiveToolChoiceShell  # noqa: PLC0415
    from ..models.live_tool_choice_specific_programmatic_tool_calling import (
        LiveToolChoiceSpecificProgrammaticToolCalling,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_types import LiveToolChoiceTypes  # noqa: PLC0415
    from ..models.live_tool_search_call import LiveToolSearchCall  # noqa: PLC0415
    from ..models.live_tool_search_tool import LiveToolSearchTool  # noqa: PLC0415
    from ..models.live_tool_usage import LiveToolUsage  # noqa: PLC0415
    from ..models.live_web_search_preview_tool import LiveWebSearchPreviewTool  # noqa: PLC0415
    from ..models.live_web_search_tool import LiveWebSearchTool  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAccessPrograms": LiveAccessPrograms,
            "LiveApplyPatchCall": LiveApplyPatchCall,
            "LiveApplyPatchCallOutput": LiveApplyPatchCallOutput,
            "LiveApplyPatchTool": LiveApplyPatchTool,
            "LiveCodeInterpreter": LiveCodeInterpreter,
            "LiveCompactionTrigger": LiveCompactionTrigger,
            "LiveComputerCallOutput": LiveComputerCallOutput,
            "LiveComputerTool": LiveComputerTool,
            "LiveComputerUsePreviewTool": LiveComputerUsePreviewTool,
            "LiveConversation": LiveConversation,
            "LiveCustomTool": LiveCustomTool,
            "LiveEasyInputMessage": LiveEasyInputMessage,
            "LiveFileSearchTool": LiveFileSearchTool,
            "LiveFunctionCallOutput": LiveFunctionCallOutput,
            "LiveFunctionShellTool": LiveFunctionShellTool,
            "LiveImage": LiveImage,
            "LiveImageGeneration": LiveImageGeneration,
            "LiveImageGenerationCall": LiveImageGenerationCall,
            "LiveIncompleteDetails": LiveIncompleteDetails,
            "LiveInputTransformation": LiveInputTransformation,
            "LiveItemReference": LiveItemReference,
            "LiveLocalShell": LiveLocalShell,
            "LiveLocalShellCall": LiveLocalShellCall,
            "LiveLocalShellCallOutput": LiveLocalShellCallOutput,
            "LiveMcp": LiveMcp,
            "LiveMcpApprovalRequest": LiveMcpApprovalRequest,
            "LiveMcpCall": LiveMcpCall,
            "LiveMcpListTools": LiveMcpListTools,
            "LiveMessage": LiveMessage,
            "LiveModeration": LiveModeration,
            "LiveNamespaceTool": LiveNamespaceTool,
            "LiveProgram": LiveProgram,
            "LiveProgramOutput": LiveProgramOutput,
            "LiveProgrammaticToolCalling": LiveProgrammaticToolCalling,
            "LivePromptCacheDiagnosticsCacheHit": LivePromptCacheDiagnosticsCacheHit,
            "LivePromptCacheDiagnosticsCacheMiss": LivePromptCacheDiagnosticsCacheMiss,
            "LivePromptCacheDiagnosticsComparisonResponseNotFound": LivePromptCacheDiagnosticsComparisonResponseNotFound,
            "LivePromptCacheDiagnosticsUnavailable": LivePromptCacheDiagnosticsUnavailable,
            "LivePromptCacheOptions": LivePromptCacheOptions,
            "LiveResponseApplyPatchToolCall": LiveResponseApplyPatchToolCall,
            "LiveResponseApplyPatchToolCallOutput": LiveResponseApplyPatchToolCallOutput,
            "LiveResponseCodeInterpreterToolCall": LiveResponseCodeInterpreterToolCall,
            "LiveResponseComputerToolCall": LiveResponseComputerToolCall,
            "LiveResponseComputerToolCallOutputItem": LiveResponseComputerToolCallOutputItem,
            "LiveResponseConfigurationUpdateItem": LiveResponseConfigurationUpdateItem,
            "LiveResponseCustomToolCall": LiveResponseCustomToolCall,
            "LiveResponseCustomToolCallOutput": LiveResponseCustomToolCallOutput,
            "LiveResponseCustomToolCallOutputItem": LiveResponseCustomToolCallOutputItem,
            "LiveResponseError": LiveResponseError,
            "LiveResponseFileSearchToolCall": LiveResponseFileSearchToolCall,
            "LiveResponseFunctionShellToolCall": LiveResponseFunctionShellToolCall,
            "LiveResponseFunctionShellToolCallOutput": LiveResponseFunctionShellToolCallOutput,
            "LiveResponseFunctionToolCall": LiveResponseFunctionToolCall,
            "LiveResponseFunctionToolCallOutputItem": LiveResponseFunctionToolCallOutputItem,
            "LiveResponseFunctionWebSearch": LiveResponseFunctionWebSearch,
            "LiveResponseMetadata": LiveResponseMetadata,
            "LiveResponseOutputMessage": LiveResponseOutputMessage,
            "LiveResponsePrompt": LiveResponsePrompt,
            "LiveResponseReasoningItem": LiveResponseReasoningItem,
            "LiveResponseTextConfig": LiveResponseTextConfig,
            "LiveResponseToolSearchCall": LiveResponseToolSearchCall,
            "LiveResponseUsage": LiveResponseUsage,
            "LiveResponsesFunctionTool": LiveResponsesFunctionTool,
            "LiveResponsesResponseCompactionItem": LiveResponsesResponseCompactionItem,
            "LiveResponsesResponseCompactionItemParam": LiveResponsesResponseCompactionItemParam,
            "LiveResponsesResponseInputItemAdditionalTools": LiveResponsesResponseInputItemAdditionalTools,
            "LiveResponsesResponseInputItemMcpApprovalResponse": LiveResponsesResponseInputItemMcpApprovalResponse,
            "LiveResponsesResponseOutputItemAdditionalTools": LiveResponsesResponseOutputItemAdditionalTools,
            "LiveResponsesResponseOutputItemMcpApprovalResponse": LiveResponsesResponseOutputItemMcpApprovalResponse,
            "LiveResponsesResponseToolSearchOutputItem": LiveResponsesResponseToolSearchOutputItem,
            "LiveResponsesResponseToolSearchOutputItemParam": LiveResponsesResponseToolSearchOutputItemParam,
            "LiveResponsesToolChoiceCustom": LiveResponsesToolChoiceCustom,
            "LiveSharedReasoning": LiveSharedReasoning,
            "LiveShellCall": LiveShellCall,
            "LiveShellCallOutput": LiveShellCallOutput,
            "LiveToolChoiceAllowed": LiveToolChoiceAllowed,
            "LiveToolChoiceApplyPatch": LiveToolChoiceApplyPatch,
            "LiveToolChoiceFunction": LiveToolChoiceFunction,
            "LiveToolChoiceMcp": LiveToolChoiceMcp,
            "LiveToolChoiceShell": LiveToolChoiceShell,
            "LiveToolChoiceSpecificProgrammaticToolCalling": LiveToolChoiceSpecificProgrammaticToolCalling,
            "LiveToolChoiceTypes": LiveToolChoiceTypes,
            "LiveToolSearchCall": LiveToolSearchCall,
            "LiveToolSearchTool": LiveToolSearchTool,
            "LiveToolUsage": LiveToolUsage,
            "LiveWebSearchPreviewTool": LiveWebSearchPreviewTool,
            "LiveWebSearchTool": LiveWebSearchTool,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponse")


@_attrs_define
class LiveResponse:
    """
    Attributes:
        id (str):
        access_programs (LiveAccessPrograms | None | Unset):
        created_at (float | None | Unset):
        error (LiveResponseError | None | Unset):
        incomplete_details (LiveIncompleteDetails | None | Unset):
        instructions (list[LiveApplyPatchCall | LiveApplyPatchCallOutput | LiveCompactionTrigger |
            LiveComputerCallOutput | LiveEasyInputMessage | LiveFunctionCallOutput | LiveImageGenerationCall |
            LiveItemReference | LiveLocalShellCall | LiveLocalShellCallOutput | LiveMcpApprovalRequest | LiveMcpCall |
            LiveMcpListTools | LiveMessage | LiveProgram | LiveProgramOutput | LiveResponseCodeInterpreterToolCall |
            LiveResponseComputerToolCall | LiveResponseConfigurationUpdateItem | LiveResponseCustomToolCall |
            LiveResponseCustomToolCallOutput | LiveResponseFileSearchToolCall | LiveResponseFunctionToolCall |
            LiveResponseFunctionWebSearch | LiveResponseOutputMessage | LiveResponseReasoningItem |
            LiveResponsesResponseCompactionItemParam | LiveResponsesResponseInputItemAdditionalTools |
            LiveResponsesResponseInputItemMcpApprovalResponse | LiveResponsesResponseToolSearchOutputItemParam |
            LiveShellCall | LiveShellCallOutput | LiveToolSearchCall | RealtimeUnknownVariant] | None | str | Unset):
        metadata (LiveResponseMetadata | None | Unset):
        model (LiveResponseModel | None | str | Unset):
        object_ (LiveResponseObject | None | Unset):
        output (list[LiveImageGenerationCall | LiveLocalShellCall | LiveLocalShellCallOutput | LiveMcpApprovalRequest |
            LiveMcpCall | LiveMcpListTools | LiveProgram | LiveProgramOutput | LiveResponseApplyPatchToolCall |
            LiveResponseApplyPatchToolCallOutput | LiveResponseCodeInterpreterToolCall | LiveResponseComputerToolCall |
            LiveResponseComputerToolCallOutputItem | LiveResponseCustomToolCall | LiveResponseCustomToolCallOutputItem |
            LiveResponseFileSearchToolCall | LiveResponseFunctionShellToolCall | LiveResponseFunctionShellToolCallOutput |
            LiveResponseFunctionToolCall | LiveResponseFunctionToolCallOutputItem | LiveResponseFunctionWebSearch |
            LiveResponseOutputMessage | LiveResponseReasoningItem | LiveResponsesResponseCompactionItem |
            LiveResponsesResponseOutputItemAdditionalTools | LiveResponsesResponseOutputItemMcpApprovalResponse |
            LiveResponsesResponseToolSearchOutputItem | LiveResponseToolSearchCall | RealtimeUnknownVariant] | None |
            Unset):
        parallel_tool_calls (bool | None | Unset):
        temperature (float | None | Unset):
        tool_choice (LiveResponsesToolChoiceCustom | LiveResponseToolChoice | LiveToolChoiceAllowed |
            LiveToolChoiceApplyPatch | LiveToolChoiceFunction | LiveToolChoiceMcp | LiveToolChoiceShell |
            LiveToolChoiceSpecificProgrammaticToolCalling | LiveToolChoiceTypes | None | Unset):
        tools (list[LiveApplyPatchTool | LiveCodeInterpreter | LiveComputerTool | LiveComputerUsePreviewTool |
            LiveCustomTool | LiveFileSearchTool | LiveFunctionShellTool | LiveImageGeneration | LiveLocalShell | LiveMcp |
            LiveNamespaceTool | LiveProgrammaticToolCalling | LiveResponsesFunctionTool | LiveToolSearchTool |
            LiveWebSearchPreviewTool | LiveWebSearchTool] | None | Unset):
        top_p (float | None | Unset):
        background (bool | None | Unset):
        completed_at (float | None | Unset):
        conversation (LiveConversation | None | Unset):
        image (LiveImage | None | Unset):
        input_transformations (list[LiveInputTransformation] | None | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        moderation (LiveModeration | None | Unset):
        previous_response_id (None | str | Unset):
        prompt (LiveResponsePrompt | None | Unset):
        prompt_cache_diagnostics (LivePromptCacheDiagnosticsCacheHit | LivePromptCacheDiagnosticsCacheMiss |
            LivePromptCacheDiagnosticsComparisonResponseNotFound | LivePromptCacheDiagnosticsUnavailable | None |
            RealtimeUnknownVariant | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (LivePromptCacheOptions | None | Unset):
        prompt_cache_retention (LiveResponsePromptCacheRetention | None | Unset):
        reasoning (LiveSharedReasoning | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (LiveResponseServiceTier | None | Unset):
        status (LiveResponseStatus | None | Unset):
        text (LiveResponseTextConfig | None | Unset):
        tool_usage (LiveToolUsage | None | Unset):
        top_logprobs (int | None | Unset):
        truncation (LiveResponseTruncation | None | Unset):
        usage (LiveResponseUsage | None | Unset):
        user (None | str | Unset):
    """

    id: str
    access_programs: LiveAccessPrograms | None | Unset = UNSET
    created_at: float | None | Unset = UNSET
    error: LiveResponseError | None | Unset = UNSET
    incomplete_details: LiveIncompleteDetails | None | Unset = UNSET
    instructions: (
        list[
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
            | RealtimeUnknownVariant
        ]
        | None
        | str
        | Unset
    ) = UNSET
    metadata: LiveResponseMetadata | None | Unset = UNSET
    model: LiveResponseModel | None | str | Unset = UNSET
    object_: LiveResponseObject | None | Unset = UNSET
    output: (
        list[
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
        ]
        | None
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: (
        LiveResponsesToolChoiceCustom
        | LiveResponseToolChoice
        | LiveToolChoiceAllowed
        | LiveToolChoiceApplyPatch
        | LiveToolChoiceFunction
        | LiveToolChoiceMcp
        | LiveToolChoiceShell
        | LiveToolChoiceSpecificProgrammaticToolCalling
        | LiveToolChoiceTypes
        | None
        | Unset
    ) = UNSET
    tools: (
        list[
            LiveApplyPatchTool
            | LiveCodeInterpreter
            | LiveComputerTool
            | LiveComputerUsePreviewTool
            | LiveCustomTool
            | LiveFileSearchTool
            | LiveFunctionShellTool
            | LiveImageGeneration
            | LiveLocalShell
            | LiveMcp
            | LiveNamespaceTool
            | LiveProgrammaticToolCalling
            | LiveResponsesFunctionTool
            | LiveToolSearchTool
            | LiveWebSearchPreviewTool
            | LiveWebSearchTool
        ]
        | None
        | Unset
    ) = UNSET
    top_p: float | None | Unset = UNSET
    background: bool | None | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    conversation: LiveConversation | None | Unset = UNSET
    image: LiveImage | None | Unset = UNSET
    input_transformations: list[LiveInputTransformation] | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    moderation: LiveModeration | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: LiveResponsePrompt | None | Unset = UNSET
    prompt_cache_diagnostics: (
        LivePromptCacheDiagnosticsCacheHit
        | LivePromptCacheDiagnosticsCacheMiss
        | LivePromptCacheDiagnosticsComparisonResponseNotFound
        | LivePromptCacheDiagnosticsUnavailable
        | None
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: LivePromptCacheOptions | None | Unset = UNSET
    prompt_cache_retention: LiveResponsePromptCacheRetention | None | Unset = UNSET
    reasoning: LiveSharedReasoning | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: LiveResponseServiceTier | None | Unset = UNSET
    status: LiveResponseStatus | None | Unset = UNSET
    text: LiveResponseTextConfig | None | Unset = UNSET
    tool_usage: LiveToolUsage | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    truncation: LiveResponseTruncation | None | Unset = UNSET
    usage: LiveResponseUsage | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        access_programs: dict[str, Any] | None | Unset
        if isinstance(self.access_programs, Unset):
            access_programs = UNSET
        elif isinstance(self.access_programs, LiveAccessPrograms):
            access_programs = self.access_programs.to_dict()
        else:
            access_programs = self.access_programs

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, LiveResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, LiveIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, LiveEasyInputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseOutputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseFileSearchToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseComputerToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveComputerCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseFunctionWebSearch):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseFunctionToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveFunctionCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveToolSearchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponsesResponseToolSearchOutputItemParam):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponsesResponseInputItemAdditionalTools):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseConfigurationUpdateItem):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseReasoningItem):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponsesResponseCompactionItemParam):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveImageGenerationCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseCodeInterpreterToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveLocalShellCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveLocalShellCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveShellCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveShellCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveApplyPatchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveApplyPatchCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveMcpListTools):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveMcpApprovalRequest):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponsesResponseInputItemMcpApprovalResponse):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveMcpCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseCustomToolCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveResponseCustomToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveCompactionTrigger):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveItemReference):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveProgram):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveProgramOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                else:
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()

                instructions.append(instructions_type_1_item)

        else:
            instructions = self.instructions

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, LiveResponseMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, LiveResponseModel):
            model = str(self.model)
        else:
            model = self.model

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, LiveResponseObject):
            object_ = str(self.object_)
        else:
            object_ = self.object_

        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, LiveResponseOutputMessage):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFileSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFunctionToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFunctionToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFunctionWebSearch):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseComputerToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseComputerToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseReasoningItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveProgram):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveProgramOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseToolSearchCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponsesResponseToolSearchOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponsesResponseOutputItemAdditionalTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponsesResponseCompactionItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveImageGenerationCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseCodeInterpreterToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveLocalShellCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveLocalShellCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFunctionShellToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseFunctionShellToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseApplyPatchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseApplyPatchToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveMcpCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveMcpListTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveMcpApprovalRequest):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponsesResponseOutputItemMcpApprovalResponse):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseCustomToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LiveResponseCustomToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()

                output.append(output_type_0_item)

        else:
            output = self.output

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, LiveResponseToolChoice):
            tool_choice = str(self.tool_choice)
        elif isinstance(self.tool_choice, LiveToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceMcp):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveResponsesToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceSpecificProgrammaticToolCalling):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceApplyPatch):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceShell):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, LiveResponsesFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveFileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveWebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveMcp):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveCodeInterpreter):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveProgrammaticToolCalling):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveImageGeneration):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveLocalShell):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveFunctionShellTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveCustomTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveNamespaceTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveWebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, LiveConversation):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, LiveImage):
            image = self.image.to_dict()
        else:
            image = self.image

        input_transformations: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_transformations, Unset):
            input_transformations = UNSET
        elif isinstance(self.input_transformations, list):
            input_transformations = []
            for input_transformations_type_0_item_data in self.input_transformations:
                input_transformations_type_0_item = input_transformations_type_0_item_data.to_dict()
                input_transformations.append(input_transformations_type_0_item)

        else:
            input_transformations = self.input_transformations

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, LiveModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, LiveResponsePrompt):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_cache_diagnostics: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_diagnostics, Unset):
            prompt_cache_diagnostics = UNSET
        elif isinstance(self.prompt_cache_diagnostics, LivePromptCacheDiagnosticsCacheMiss):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, LivePromptCacheDiagnosticsCacheHit):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, LivePromptCacheDiagnosticsComparisonResponseNotFound):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, LivePromptCacheDiagnosticsUnavailable):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, RealtimeUnknownVariant):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        else:
            prompt_cache_diagnostics = self.prompt_cache_diagnostics

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, LivePromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, LiveResponsePromptCacheRetention):
            prompt_cache_retention = str(self.prompt_cache_retention)
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, LiveSharedReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, LiveResponseServiceTier):
            service_tier = str(self.service_tier)
        else:
            service_tier = self.service_tier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveResponseStatus):
            status = str(self.status)
        else:
            status = self.status

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, LiveResponseTextConfig):
            text = self.text.to_dict()
        else:
            text = self.text

        tool_usage: dict[str, Any] | None | Unset
        if isinstance(self.tool_usage, Unset):
            tool_usage = UNSET
        elif isinstance(self.tool_usage, LiveToolUsage):
            tool_usage = self.tool_usage.to_dict()
        else:
            tool_usage = self.tool_usage

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, LiveResponseTruncation):
            truncation = str(self.truncation)
        else:
            truncation = self.truncation

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, LiveResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if access_programs is not UNSET:
            field_dict["access_programs"] = access_programs
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output is not UNSET:
            field_dict["output"] = output
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if background is not UNSET:
            field_dict["background"] = background
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if image is not UNSET:
            field_dict["image"] = image
        if input_transformations is not UNSET:
            field_dict["input_transformations"] = input_transformations
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_diagnostics is not UNSET:
            field_dict["prompt_cache_diagnostics"] = prompt_cache_diagnostics
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if status is not UNSET:
            field_dict["status"] = status
        if text is not UNSET:
            field_dict["text"] = text
        if tool_usage is not UNSET:
            field_dict["tool_usage"] = tool_usage
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        access_programs = _parse_access_programs(d.pop("access_programs", UNSET))

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        error = _parse_error(d.pop("error", UNSET))

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        object_ = _parse_object_(d.pop("object", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        background = _parse_background(d.pop("background", UNSET))

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        image = _parse_image(d.pop("image", UNSET))

        input_transformations = _parse_input_transformations(d.pop("input_transformations", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        prompt_cache_diagnostics = _parse_prompt_cache_diagnostics(d.pop("prompt_cache_diagnostics", UNSET))

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        prompt_cache_options = _parse_prompt_cache_options(d.pop("prompt_cache_options", UNSET))

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        tool_usage = _parse_tool_usage(d.pop("tool_usage", UNSET))

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        usage = _parse_usage(d.pop("usage", UNSET))

        user = _parse_user(d.pop("user", UNSET))

        live_response = cls(
            id=id,
            access_programs=access_programs,
            created_at=created_at,
            error=error,
            incomplete_details=incomplete_details,
            instructions=instructions,
            metadata=metadata,
            model=model,
            object_=object_,
            output=output,
            parallel_tool_calls=parallel_tool_calls,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            background=background,
            completed_at=completed_at,
            conversation=conversation,
            image=image,
            input_transformations=input_transformations,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            moderation=moderation,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_diagnostics=prompt_cache_diagnostics,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            prompt_cache_retention=prompt_cache_retention,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            status=status,
            text=text,
            tool_usage=tool_usage,
            top_logprobs=top_logprobs,
            truncation=truncation,
            usage=usage,
            user=user,
        )

        live_response.additional_properties = d
        return live_response

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


def _parse_access_programs(data: object) -> LiveAccessPrograms | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        access_programs_type_0 = LiveAccessPrograms.from_dict(data)

        return access_programs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveAccessPrograms | None | Unset, data)


def _parse_created_at(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_error(data: object) -> LiveResponseError | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = LiveResponseError.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseError | None | Unset, data)


def _parse_incomplete_details(data: object) -> LiveIncompleteDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        incomplete_details_type_0 = LiveIncompleteDetails.from_dict(data)

        return incomplete_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveIncompleteDetails | None | Unset, data)


def _parse_instructions(
    data: object,
) -> (
    list[
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
        | RealtimeUnknownVariant
    ]
    | None
    | str
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        instructions_type_1 = []
        _instructions_type_1 = data
        for instructions_type_1_item_data in _instructions_type_1:
            instructions_type_1_item = _parse_instructions_type_1_item(instructions_type_1_item_data)

            instructions_type_1.append(instructions_type_1_item)

        return instructions_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
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
            | RealtimeUnknownVariant
        ]
        | None
        | str
        | Unset,
        data,
    )


def _parse_instructions_type_1_item(
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
    | RealtimeUnknownVariant
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        instructions_type_1_item_type_0 = LiveEasyInputMessage.from_dict(data)

        return instructions_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        instructions_type_1_item_type_1 = LiveMessage.from_dict(data)

        return instructions_type_1_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("role") == "assistant" and data.get("type") == "message":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_2 = LiveResponseOutputMessage.from_dict(data)

        return instructions_type_1_item_type_2
    if isinstance(data, dict) and data.get("type") == "file_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_3 = LiveResponseFileSearchToolCall.from_dict(data)

        return instructions_type_1_item_type_3
    if isinstance(data, dict) and data.get("type") == "computer_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_4 = LiveResponseComputerToolCall.from_dict(data)

        return instructions_type_1_item_type_4
    if isinstance(data, dict) and data.get("type") == "computer_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_5 = LiveComputerCallOutput.from_dict(data)

        return instructions_type_1_item_type_5
    if isinstance(data, dict) and data.get("type") == "web_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_6 = LiveResponseFunctionWebSearch.from_dict(data)

        return instructions_type_1_item_type_6
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_7 = LiveResponseFunctionToolCall.from_dict(data)

        return instructions_type_1_item_type_7
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_8 = LiveFunctionCallOutput.from_dict(data)

        return instructions_type_1_item_type_8
    if isinstance(data, dict) and data.get("type") == "tool_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_9 = LiveToolSearchCall.from_dict(data)

        return instructions_type_1_item_type_9
    if isinstance(data, dict) and data.get("type") == "tool_search_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_10 = LiveResponsesResponseToolSearchOutputItemParam.from_dict(data)

        return instructions_type_1_item_type_10
    if isinstance(data, dict) and data.get("role") == "developer" and data.get("type") == "additional_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_11 = LiveResponsesResponseInputItemAdditionalTools.from_dict(data)

        return instructions_type_1_item_type_11
    if isinstance(data, dict) and data.get("type") == "configuration_update":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_12 = LiveResponseConfigurationUpdateItem.from_dict(data)

        return instructions_type_1_item_type_12
    if isinstance(data, dict) and data.get("type") == "reasoning":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_13 = LiveResponseReasoningItem.from_dict(data)

        return instructions_type_1_item_type_13
    if isinstance(data, dict) and data.get("type") == "compaction":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_14 = LiveResponsesResponseCompactionItemParam.from_dict(data)

        return instructions_type_1_item_type_14
    if isinstance(data, dict) and data.get("type") == "image_generation_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_15 = LiveImageGenerationCall.from_dict(data)

        return instructions_type_1_item_type_15
    if isinstance(data, dict) and data.get("type") == "code_interpreter_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_16 = LiveResponseCodeInterpreterToolCall.from_dict(data)

        return instructions_type_1_item_type_16
    if isinstance(data, dict) and data.get("type") == "local_shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_17 = LiveLocalShellCall.from_dict(data)

        return instructions_type_1_item_type_17
    if isinstance(data, dict) and data.get("type") == "local_shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_18 = LiveLocalShellCallOutput.from_dict(data)

        return instructions_type_1_item_type_18
    if isinstance(data, dict) and data.get("type") == "shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_19 = LiveShellCall.from_dict(data)

        return instructions_type_1_item_type_19
    if isinstance(data, dict) and data.get("type") == "shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_20 = LiveShellCallOutput.from_dict(data)

        return instructions_type_1_item_type_20
    if isinstance(data, dict) and data.get("type") == "apply_patch_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_21 = LiveApplyPatchCall.from_dict(data)

        return instructions_type_1_item_type_21
    if isinstance(data, dict) and data.get("type") == "apply_patch_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_22 = LiveApplyPatchCallOutput.from_dict(data)

        return instructions_type_1_item_type_22
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_23 = LiveMcpListTools.from_dict(data)

        return instructions_type_1_item_type_23
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_24 = LiveMcpApprovalRequest.from_dict(data)

        return instructions_type_1_item_type_24
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_25 = LiveResponsesResponseInputItemMcpApprovalResponse.from_dict(data)

        return instructions_type_1_item_type_25
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_26 = LiveMcpCall.from_dict(data)

        return instructions_type_1_item_type_26
    if isinstance(data, dict) and data.get("type") == "custom_tool_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_27 = LiveResponseCustomToolCallOutput.from_dict(data)

        return instructions_type_1_item_type_27
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_28 = LiveResponseCustomToolCall.from_dict(data)

        return instructions_type_1_item_type_28
    if isinstance(data, dict) and data.get("type") == "compaction_trigger":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_29 = LiveCompactionTrigger.from_dict(data)

        return instructions_type_1_item_type_29
    try:
        if not isinstance(data, dict):
            raise TypeError()
        instructions_type_1_item_type_30 = LiveItemReference.from_dict(data)

        return instructions_type_1_item_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_31 = LiveProgram.from_dict(data)

        return instructions_type_1_item_type_31
    if isinstance(data, dict) and data.get("type") == "program_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        instructions_type_1_item_type_32 = LiveProgramOutput.from_dict(data)

        return instructions_type_1_item_type_32
    if not isinstance(data, dict):
        raise TypeError()
    instructions_type_1_item_type_33 = RealtimeUnknownVariant.from_dict(data)

    return instructions_type_1_item_type_33


def _parse_metadata(data: object) -> LiveResponseMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = LiveResponseMetadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseMetadata | None | Unset, data)


def _parse_model(data: object) -> LiveResponseModel | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = LiveResponseModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseModel | None | str | Unset, data)


def _parse_object_(data: object) -> LiveResponseObject | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        object_type_0 = LiveResponseObject(data)

        return object_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseObject | None | Unset, data)


def _parse_output(
    data: object,
) -> (
    list[
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
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_type_0 = []
        _output_type_0 = data
        for output_type_0_item_data in _output_type_0:
            output_type_0_item = _parse_output_type_0_item(output_type_0_item_data)

            output_type_0.append(output_type_0_item)

        return output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
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
        ]
        | None
        | Unset,
        data,
    )


def _parse_output_type_0_item(
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
        output_type_0_item_type_0 = LiveResponseOutputMessage.from_dict(data)

        return output_type_0_item_type_0
    if isinstance(data, dict) and data.get("type") == "file_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_1 = LiveResponseFileSearchToolCall.from_dict(data)

        return output_type_0_item_type_1
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_2 = LiveResponseFunctionToolCall.from_dict(data)

        return output_type_0_item_type_2
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_3 = LiveResponseFunctionToolCallOutputItem.from_dict(data)

        return output_type_0_item_type_3
    if isinstance(data, dict) and data.get("type") == "web_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_4 = LiveResponseFunctionWebSearch.from_dict(data)

        return output_type_0_item_type_4
    if isinstance(data, dict) and data.get("type") == "computer_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_5 = LiveResponseComputerToolCall.from_dict(data)

        return output_type_0_item_type_5
    if isinstance(data, dict) and data.get("type") == "computer_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_6 = LiveResponseComputerToolCallOutputItem.from_dict(data)

        return output_type_0_item_type_6
    if isinstance(data, dict) and data.get("type") == "reasoning":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_7 = LiveResponseReasoningItem.from_dict(data)

        return output_type_0_item_type_7
    if isinstance(data, dict) and data.get("type") == "program":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_8 = LiveProgram.from_dict(data)

        return output_type_0_item_type_8
    if isinstance(data, dict) and data.get("type") == "program_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_9 = LiveProgramOutput.from_dict(data)

        return output_type_0_item_type_9
    if isinstance(data, dict) and data.get("type") == "tool_search_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_10 = LiveResponseToolSearchCall.from_dict(data)

        return output_type_0_item_type_10
    if isinstance(data, dict) and data.get("type") == "tool_search_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_11 = LiveResponsesResponseToolSearchOutputItem.from_dict(data)

        return output_type_0_item_type_11
    if isinstance(data, dict) and data.get("type") == "additional_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_12 = LiveResponsesResponseOutputItemAdditionalTools.from_dict(data)

        return output_type_0_item_type_12
    if isinstance(data, dict) and data.get("type") == "compaction":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_13 = LiveResponsesResponseCompactionItem.from_dict(data)

        return output_type_0_item_type_13
    if isinstance(data, dict) and data.get("type") == "image_generation_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_14 = LiveImageGenerationCall.from_dict(data)

        return output_type_0_item_type_14
    if isinstance(data, dict) and data.get("type") == "code_interpreter_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_15 = LiveResponseCodeInterpreterToolCall.from_dict(data)

        return output_type_0_item_type_15
    if isinstance(data, dict) and data.get("type") == "local_shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_16 = LiveLocalShellCall.from_dict(data)

        return output_type_0_item_type_16
    if isinstance(data, dict) and data.get("type") == "local_shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_17 = LiveLocalShellCallOutput.from_dict(data)

        return output_type_0_item_type_17
    if isinstance(data, dict) and data.get("type") == "shell_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_18 = LiveResponseFunctionShellToolCall.from_dict(data)

        return output_type_0_item_type_18
    if isinstance(data, dict) and data.get("type") == "shell_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_19 = LiveResponseFunctionShellToolCallOutput.from_dict(data)

        return output_type_0_item_type_19
    if isinstance(data, dict) and data.get("type") == "apply_patch_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_20 = LiveResponseApplyPatchToolCall.from_dict(data)

        return output_type_0_item_type_20
    if isinstance(data, dict) and data.get("type") == "apply_patch_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_21 = LiveResponseApplyPatchToolCallOutput.from_dict(data)

        return output_type_0_item_type_21
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_22 = LiveMcpCall.from_dict(data)

        return output_type_0_item_type_22
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_23 = LiveMcpListTools.from_dict(data)

        return output_type_0_item_type_23
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_24 = LiveMcpApprovalRequest.from_dict(data)

        return output_type_0_item_type_24
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_25 = LiveResponsesResponseOutputItemMcpApprovalResponse.from_dict(data)

        return output_type_0_item_type_25
    if isinstance(data, dict) and data.get("type") == "custom_tool_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_26 = LiveResponseCustomToolCall.from_dict(data)

        return output_type_0_item_type_26
    if isinstance(data, dict) and data.get("type") == "custom_tool_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        output_type_0_item_type_27 = LiveResponseCustomToolCallOutputItem.from_dict(data)

        return output_type_0_item_type_27
    if not isinstance(data, dict):
        raise TypeError()
    output_type_0_item_type_28 = RealtimeUnknownVariant.from_dict(data)

    return output_type_0_item_type_28


def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_tool_choice(
    data: object,
) -> (
    LiveResponsesToolChoiceCustom
    | LiveResponseToolChoice
    | LiveToolChoiceAllowed
    | LiveToolChoiceApplyPatch
    | LiveToolChoiceFunction
    | LiveToolChoiceMcp
    | LiveToolChoiceShell
    | LiveToolChoiceSpecificProgrammaticToolCalling
    | LiveToolChoiceTypes
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = LiveResponseToolChoice(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "allowed_tools":
        try:
            tool_choice_type_1 = LiveToolChoiceAllowed.from_dict(data)

            return tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_2 = LiveToolChoiceTypes.from_dict(data)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "function":
        try:
            tool_choice_type_3 = LiveToolChoiceFunction.from_dict(data)

            return tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        try:
            tool_choice_type_4 = LiveToolChoiceMcp.from_dict(data)

            return tool_choice_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom":
        try:
            tool_choice_type_5 = LiveResponsesToolChoiceCustom.from_dict(data)

            return tool_choice_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        try:
            tool_choice_type_6 = LiveToolChoiceSpecificProgrammaticToolCalling.from_dict(data)

            return tool_choice_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "apply_patch":
        try:
            tool_choice_type_7 = LiveToolChoiceApplyPatch.from_dict(data)

            return tool_choice_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell":
        try:
            tool_choice_type_8 = LiveToolChoiceShell.from_dict(data)

            return tool_choice_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        LiveResponsesToolChoiceCustom
        | LiveResponseToolChoice
        | LiveToolChoiceAllowed
        | LiveToolChoiceApplyPatch
        | LiveToolChoiceFunction
        | LiveToolChoiceMcp
        | LiveToolChoiceShell
        | LiveToolChoiceSpecificProgrammaticToolCalling
        | LiveToolChoiceTypes
        | None
        | Unset,
        data,
    )


def _parse_tools(
    data: object,
) -> (
    list[
        LiveApplyPatchTool
        | LiveCodeInterpreter
        | LiveComputerTool
        | LiveComputerUsePreviewTool
        | LiveCustomTool
        | LiveFileSearchTool
        | LiveFunctionShellTool
        | LiveImageGeneration
        | LiveLocalShell
        | LiveMcp
        | LiveNamespaceTool
        | LiveProgrammaticToolCalling
        | LiveResponsesFunctionTool
        | LiveToolSearchTool
        | LiveWebSearchPreviewTool
        | LiveWebSearchTool
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tools_type_0 = []
        _tools_type_0 = data
        for tools_type_0_item_data in _tools_type_0:
            tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            LiveApplyPatchTool
            | LiveCodeInterpreter
            | LiveComputerTool
            | LiveComputerUsePreviewTool
            | LiveCustomTool
            | LiveFileSearchTool
            | LiveFunctionShellTool
            | LiveImageGeneration
            | LiveLocalShell
            | LiveMcp
            | LiveNamespaceTool
            | LiveProgrammaticToolCalling
            | LiveResponsesFunctionTool
            | LiveToolSearchTool
            | LiveWebSearchPreviewTool
            | LiveWebSearchTool
        ]
        | None
        | Unset,
        data,
    )


def _parse_tools_type_0_item(
    data: object,
) -> (
    LiveApplyPatchTool
    | LiveCodeInterpreter
    | LiveComputerTool
    | LiveComputerUsePreviewTool
    | LiveCustomTool
    | LiveFileSearchTool
    | LiveFunctionShellTool
    | LiveImageGeneration
    | LiveLocalShell
    | LiveMcp
    | LiveNamespaceTool
    | LiveProgrammaticToolCalling
    | LiveResponsesFunctionTool
    | LiveToolSearchTool
    | LiveWebSearchPreviewTool
    | LiveWebSearchTool
):
    if isinstance(data, dict) and data.get("type") == "function":
        try:
            tools_type_0_item_type_0 = LiveResponsesFunctionTool.from_dict(data)

            return tools_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "file_search":
        try:
            tools_type_0_item_type_1 = LiveFileSearchTool.from_dict(data)

            return tools_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer":
        try:
            tools_type_0_item_type_2 = LiveComputerTool.from_dict(data)

            return tools_type_0_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer_use_preview":
        try:
            tools_type_0_item_type_3 = LiveComputerUsePreviewTool.from_dict(data)

            return tools_type_0_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_type_0_item_type_4 = LiveWebSearchTool.from_dict(data)

        return tools_type_0_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        try:
            tools_type_0_item_type_5 = LiveMcp.from_dict(data)

            return tools_type_0_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "code_interpreter":
        try:
            tools_type_0_item_type_6 = LiveCodeInterpreter.from_dict(data)

            return tools_type_0_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        try:
            tools_type_0_item_type_7 = LiveProgrammaticToolCalling.from_dict(data)

            return tools_type_0_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "image_generation":
        try:
            tools_type_0_item_type_8 = LiveImageGeneration.from_dict(data)

            return tools_type_0_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "local_shell":
        try:
            tools_type_0_item_type_9 = LiveLocalShell.from_dict(data)

            return tools_type_0_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell":
        try:
            tools_type_0_item_type_10 = LiveFunctionShellTool.from_dict(data)

            return tools_type_0_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom":
        try:
            tools_type_0_item_type_11 = LiveCustomTool.from_dict(data)

            return tools_type_0_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "namespace":
        try:
            tools_type_0_item_type_12 = LiveNamespaceTool.from_dict(data)

            return tools_type_0_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "tool_search":
        try:
            tools_type_0_item_type_13 = LiveToolSearchTool.from_dict(data)

            return tools_type_0_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_type_0_item_type_14 = LiveWebSearchPreviewTool.from_dict(data)

        return tools_type_0_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_type_0_item_type_15 = LiveApplyPatchTool.from_dict(data)

    return tools_type_0_item_type_15


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_background(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_completed_at(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_conversation(data: object) -> LiveConversation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        conversation_type_0 = LiveConversation.from_dict(data)

        return conversation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveConversation | None | Unset, data)


def _parse_image(data: object) -> LiveImage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        image_type_0 = LiveImage.from_dict(data)

        return image_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveImage | None | Unset, data)


def _parse_input_transformations(data: object) -> list[LiveInputTransformation] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_transformations_type_0 = []
        _input_transformations_type_0 = data
        for input_transformations_type_0_item_data in _input_transformations_type_0:
            input_transformations_type_0_item = LiveInputTransformation.from_dict(
                input_transformations_type_0_item_data
            )

            input_transformations_type_0.append(input_transformations_type_0_item)

        return input_transformations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveInputTransformation] | None | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_max_tool_calls(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_moderation(data: object) -> LiveModeration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        moderation_type_0 = LiveModeration.from_dict(data)

        return moderation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveModeration | None | Unset, data)


def _parse_previous_response_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_prompt(data: object) -> LiveResponsePrompt | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_type_0 = LiveResponsePrompt.from_dict(data)

        return prompt_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsePrompt | None | Unset, data)


def _parse_prompt_cache_diagnostics(
    data: object,
) -> (
    LivePromptCacheDiagnosticsCacheHit
    | LivePromptCacheDiagnosticsCacheMiss
    | LivePromptCacheDiagnosticsComparisonResponseNotFound
    | LivePromptCacheDiagnosticsUnavailable
    | None
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "cache_miss":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        prompt_cache_diagnostics_type_0 = LivePromptCacheDiagnosticsCacheMiss.from_dict(data)

        return prompt_cache_diagnostics_type_0
    if isinstance(data, dict) and data.get("type") == "cache_hit":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        prompt_cache_diagnostics_type_1 = LivePromptCacheDiagnosticsCacheHit.from_dict(data)

        return prompt_cache_diagnostics_type_1
    if isinstance(data, dict) and data.get("type") == "comparison_response_not_found":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        prompt_cache_diagnostics_type_2 = LivePromptCacheDiagnosticsComparisonResponseNotFound.from_dict(data)

        return prompt_cache_diagnostics_type_2
    if isinstance(data, dict) and data.get("type") == "unavailable":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        prompt_cache_diagnostics_type_3 = LivePromptCacheDiagnosticsUnavailable.from_dict(data)

        return prompt_cache_diagnostics_type_3
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_diagnostics_type_5 = RealtimeUnknownVariant.from_dict(data)

        return prompt_cache_diagnostics_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LivePromptCacheDiagnosticsCacheHit
        | LivePromptCacheDiagnosticsCacheMiss
        | LivePromptCacheDiagnosticsComparisonResponseNotFound
        | LivePromptCacheDiagnosticsUnavailable
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_prompt_cache_key(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_prompt_cache_options(data: object) -> LivePromptCacheOptions | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_options_type_0 = LivePromptCacheOptions.from_dict(data)

        return prompt_cache_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LivePromptCacheOptions | None | Unset, data)


def _parse_prompt_cache_retention(data: object) -> LiveResponsePromptCacheRetention | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        prompt_cache_retention_type_0 = LiveResponsePromptCacheRetention(data)

        return prompt_cache_retention_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsePromptCacheRetention | None | Unset, data)


def _parse_reasoning(data: object) -> LiveSharedReasoning | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = LiveSharedReasoning.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoning | None | Unset, data)


def _parse_safety_identifier(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_service_tier(data: object) -> LiveResponseServiceTier | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_0 = LiveResponseServiceTier(data)

        return service_tier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseServiceTier | None | Unset, data)


def _parse_status(data: object) -> LiveResponseStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveResponseStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseStatus | None | Unset, data)


def _parse_text(data: object) -> LiveResponseTextConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        text_type_0 = LiveResponseTextConfig.from_dict(data)

        return text_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseTextConfig | None | Unset, data)


def _parse_tool_usage(data: object) -> LiveToolUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_usage_type_0 = LiveToolUsage.from_dict(data)

        return tool_usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolUsage | None | Unset, data)


def _parse_top_logprobs(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_truncation(data: object) -> LiveResponseTruncation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = LiveResponseTruncation(data)

        return truncation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseTruncation | None | Unset, data)


def _parse_usage(data: object) -> LiveResponseUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = LiveResponseUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseUsage | None | Unset, data)


def _parse_user(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
