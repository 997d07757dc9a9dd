"""All data models of the realtime surface, imported on first use.

``from realtime_generated.models import X`` loads only X's module (and what X needs),
so importing the client or one endpoint stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_transcription import AudioTranscription as AudioTranscription
    from .audio_transcription_delay import AudioTranscriptionDelay as AudioTranscriptionDelay
    from .audio_transcription_model import AudioTranscriptionModel as AudioTranscriptionModel
    from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
    from .audio_transcription_response_model import AudioTranscriptionResponseModel as AudioTranscriptionResponseModel
    from .callable_tool_allowed_caller import CallableToolAllowedCaller as CallableToolAllowedCaller
    from .file_input_detail import FileInputDetail as FileInputDetail
    from .image_detail import ImageDetail as ImageDetail
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_type import InputFileContentType as InputFileContentType
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_type import InputImageContentType as InputImageContentType
    from .input_text_content import InputTextContent as InputTextContent
    from .input_text_content_type import InputTextContentType as InputTextContentType
    from .log_prob_properties import LogProbProperties as LogProbProperties
    from .mcp_list_tools_tool import MCPListToolsTool as MCPListToolsTool
    from .mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations as MCPListToolsToolAnnotations
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema as MCPListToolsToolInputSchema
    from .mcp_tool import MCPTool as MCPTool
    from .mcp_tool_connector_id import MCPToolConnectorId as MCPToolConnectorId
    from .mcp_tool_filter import MCPToolFilter as MCPToolFilter
    from .mcp_tool_headers import MCPToolHeaders as MCPToolHeaders
    from .mcp_tool_require_approval_filter import MCPToolRequireApprovalFilter as MCPToolRequireApprovalFilter
    from .mcp_tool_require_approval_setting import MCPToolRequireApprovalSetting as MCPToolRequireApprovalSetting
    from .mcp_tool_type import MCPToolType as MCPToolType
    from .metadata_object import MetadataObject as MetadataObject
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig as PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode as PromptCacheBreakpointConfigMode
    from .prompt_object import PromptObject as PromptObject
    from .realtime_audio_formats_pcm_audio_format import (
        RealtimeAudioFormatsPCMAudioFormat as RealtimeAudioFormatsPCMAudioFormat,
    )
    from .realtime_audio_formats_pcm_audio_format_rate import (
        RealtimeAudioFormatsPCMAudioFormatRate as RealtimeAudioFormatsPCMAudioFormatRate,
    )
    from .realtime_audio_formats_pcm_audio_format_type import (
        RealtimeAudioFormatsPCMAudioFormatType as RealtimeAudioFormatsPCMAudioFormatType,
    )
    from .realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat as RealtimeAudioFormatsPCMAAudioFormat,
    )
    from .realtime_audio_formats_pcma_audio_format_type import (
        RealtimeAudioFormatsPCMAAudioFormatType as RealtimeAudioFormatsPCMAAudioFormatType,
    )
    from .realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat as RealtimeAudioFormatsPCMUAudioFormat,
    )
    from .realtime_audio_formats_pcmu_audio_format_type import (
        RealtimeAudioFormatsPCMUAudioFormatType as RealtimeAudioFormatsPCMUAudioFormatType,
    )
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate as RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_create_type import (
        RealtimeBetaClientEventConversationItemCreateType as RealtimeBetaClientEventConversationItemCreateType,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete as RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_delete_type import (
        RealtimeBetaClientEventConversationItemDeleteType as RealtimeBetaClientEventConversationItemDeleteType,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve as RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_retrieve_type import (
        RealtimeBetaClientEventConversationItemRetrieveType as RealtimeBetaClientEventConversationItemRetrieveType,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate as RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_conversation_item_truncate_type import (
        RealtimeBetaClientEventConversationItemTruncateType as RealtimeBetaClientEventConversationItemTruncateType,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend as RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_append_type import (
        RealtimeBetaClientEventInputAudioBufferAppendType as RealtimeBetaClientEventInputAudioBufferAppendType,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear as RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear_type import (
        RealtimeBetaClientEventInputAudioBufferClearType as RealtimeBetaClientEventInputAudioBufferClearType,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit as RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit_type import (
        RealtimeBetaClientEventInputAudioBufferCommitType as RealtimeBetaClientEventInputAudioBufferCommitType,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear_type import (
        RealtimeBetaClientEventOutputAudioBufferClearType as RealtimeBetaClientEventOutputAudioBufferClearType,
    )
    from .realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel as RealtimeBetaClientEventResponseCancel,
    )
    from .realtime_beta_client_event_response_cancel_type import (
        RealtimeBetaClientEventResponseCancelType as RealtimeBetaClientEventResponseCancelType,
    )
    from .realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate as RealtimeBetaClientEventResponseCreate,
    )
    from .realtime_beta_client_event_response_create_type import (
        RealtimeBetaClientEventResponseCreateType as RealtimeBetaClientEventResponseCreateType,
    )
    from .realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate as RealtimeBetaClientEventSessionUpdate,
    )
    from .realtime_beta_client_event_session_update_type import (
        RealtimeBetaClientEventSessionUpdateType as RealtimeBetaClientEventSessionUpdateType,
    )
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate as RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_client_event_transcription_session_update_type import (
        RealtimeBetaClientEventTranscriptionSessionUpdateType as RealtimeBetaClientEventTranscriptionSessionUpdateType,
    )
    from .realtime_beta_response import RealtimeBetaResponse as RealtimeBetaResponse
    from .realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
    )
    from .realtime_beta_response_create_params_conversation import (
        RealtimeBetaResponseCreateParamsConversation as RealtimeBetaResponseCreateParamsConversation,
    )
    from .realtime_beta_response_create_params_max_output_tokens import (
        RealtimeBetaResponseCreateParamsMaxOutputTokens as RealtimeBetaResponseCreateParamsMaxOutputTokens,
    )
    from .realtime_beta_response_create_params_modalities_item import (
        RealtimeBetaResponseCreateParamsModalitiesItem as RealtimeBetaResponseCreateParamsModalitiesItem,
    )
    from .realtime_beta_response_create_params_output_audio_format import (
        RealtimeBetaResponseCreateParamsOutputAudioFormat as RealtimeBetaResponseCreateParamsOutputAudioFormat,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem as RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters as RealtimeBetaResponseCreateParamsToolsItemParameters,
    )
    from .realtime_beta_response_create_params_tools_item_type import (
        RealtimeBetaResponseCreateParamsToolsItemType as RealtimeBetaResponseCreateParamsToolsItemType,
    )
    from .realtime_beta_response_max_output_tokens import (
        RealtimeBetaResponseMaxOutputTokens as RealtimeBetaResponseMaxOutputTokens,
    )
    from .realtime_beta_response_modalities_item import (
        RealtimeBetaResponseModalitiesItem as RealtimeBetaResponseModalitiesItem,
    )
    from .realtime_beta_response_object import RealtimeBetaResponseObject as RealtimeBetaResponseObject
    from .realtime_beta_response_output_audio_format import (
        RealtimeBetaResponseOutputAudioFormat as RealtimeBetaResponseOutputAudioFormat,
    )
    from .realtime_beta_response_status import RealtimeBetaResponseStatus as RealtimeBetaResponseStatus
    from .realtime_beta_response_status_details import (
        RealtimeBetaResponseStatusDetails as RealtimeBetaResponseStatusDetails,
    )
    from .realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError as RealtimeBetaResponseStatusDetailsError,
    )
    from .realtime_beta_response_status_details_reason import (
        RealtimeBetaResponseStatusDetailsReason as RealtimeBetaResponseStatusDetailsReason,
    )
    from .realtime_beta_response_status_details_type import (
        RealtimeBetaResponseStatusDetailsType as RealtimeBetaResponseStatusDetailsType,
    )
    from .realtime_beta_response_usage import RealtimeBetaResponseUsage as RealtimeBetaResponseUsage
    from .realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails as RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails as RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated as RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_created_type import (
        RealtimeBetaServerEventConversationItemCreatedType as RealtimeBetaServerEventConversationItemCreatedType,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted as RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_deleted_type import (
        RealtimeBetaServerEventConversationItemDeletedType as RealtimeBetaServerEventConversationItemDeletedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_retrieved_type import (
        RealtimeBetaServerEventConversationItemRetrievedType as RealtimeBetaServerEventConversationItemRetrievedType,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated as RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_conversation_item_truncated_type import (
        RealtimeBetaServerEventConversationItemTruncatedType as RealtimeBetaServerEventConversationItemTruncatedType,
    )
    from .realtime_beta_server_event_error import RealtimeBetaServerEventError as RealtimeBetaServerEventError
    from .realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError as RealtimeBetaServerEventErrorError,
    )
    from .realtime_beta_server_event_error_type import (
        RealtimeBetaServerEventErrorType as RealtimeBetaServerEventErrorType,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared as RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared_type import (
        RealtimeBetaServerEventInputAudioBufferClearedType as RealtimeBetaServerEventInputAudioBufferClearedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted as RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed_type import (
        RealtimeBetaServerEventInputAudioBufferCommittedType as RealtimeBetaServerEventInputAudioBufferCommittedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted as RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started_type import (
        RealtimeBetaServerEventInputAudioBufferSpeechStartedType as RealtimeBetaServerEventInputAudioBufferSpeechStartedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped as RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped_type import (
        RealtimeBetaServerEventInputAudioBufferSpeechStoppedType as RealtimeBetaServerEventInputAudioBufferSpeechStoppedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted as RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed_type import (
        RealtimeBetaServerEventMCPListToolsCompletedType as RealtimeBetaServerEventMCPListToolsCompletedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed as RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed_type import (
        RealtimeBetaServerEventMCPListToolsFailedType as RealtimeBetaServerEventMCPListToolsFailedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress as RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress_type import (
        RealtimeBetaServerEventMCPListToolsInProgressType as RealtimeBetaServerEventMCPListToolsInProgressType,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated as RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_beta_server_event_rate_limits_updated_type import (
        RealtimeBetaServerEventRateLimitsUpdatedType as RealtimeBetaServerEventRateLimitsUpdatedType,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta as RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_delta_type import (
        RealtimeBetaServerEventResponseAudioDeltaType as RealtimeBetaServerEventResponseAudioDeltaType,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone as RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_done_type import (
        RealtimeBetaServerEventResponseAudioDoneType as RealtimeBetaServerEventResponseAudioDoneType,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta as RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta_type import (
        RealtimeBetaServerEventResponseAudioTranscriptDeltaType as RealtimeBetaServerEventResponseAudioTranscriptDeltaType,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone as RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_done_type import (
        RealtimeBetaServerEventResponseAudioTranscriptDoneType as RealtimeBetaServerEventResponseAudioTranscriptDoneType,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded as RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart as RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_added_part_type import (
        RealtimeBetaServerEventResponseContentPartAddedPartType as RealtimeBetaServerEventResponseContentPartAddedPartType,
    )
    from .realtime_beta_server_event_response_content_part_added_type import (
        RealtimeBetaServerEventResponseContentPartAddedType as RealtimeBetaServerEventResponseContentPartAddedType,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone as RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart as RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_content_part_done_part_type import (
        RealtimeBetaServerEventResponseContentPartDonePartType as RealtimeBetaServerEventResponseContentPartDonePartType,
    )
    from .realtime_beta_server_event_response_content_part_done_type import (
        RealtimeBetaServerEventResponseContentPartDoneType as RealtimeBetaServerEventResponseContentPartDoneType,
    )
    from .realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated as RealtimeBetaServerEventResponseCreated,
    )
    from .realtime_beta_server_event_response_created_type import (
        RealtimeBetaServerEventResponseCreatedType as RealtimeBetaServerEventResponseCreatedType,
    )
    from .realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone as RealtimeBetaServerEventResponseDone,
    )
    from .realtime_beta_server_event_response_done_type import (
        RealtimeBetaServerEventResponseDoneType as RealtimeBetaServerEventResponseDoneType,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta as RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta_type import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType as RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone as RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done_type import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType as RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta as RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta_type import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType as RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone as RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done_type import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDoneType as RealtimeBetaServerEventResponseMCPCallArgumentsDoneType,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted as RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_completed_type import (
        RealtimeBetaServerEventResponseMCPCallCompletedType as RealtimeBetaServerEventResponseMCPCallCompletedType,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed as RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_failed_type import (
        RealtimeBetaServerEventResponseMCPCallFailedType as RealtimeBetaServerEventResponseMCPCallFailedType,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress as RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress_type import (
        RealtimeBetaServerEventResponseMCPCallInProgressType as RealtimeBetaServerEventResponseMCPCallInProgressType,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded as RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_added_type import (
        RealtimeBetaServerEventResponseOutputItemAddedType as RealtimeBetaServerEventResponseOutputItemAddedType,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone as RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_output_item_done_type import (
        RealtimeBetaServerEventResponseOutputItemDoneType as RealtimeBetaServerEventResponseOutputItemDoneType,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta as RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_delta_type import (
        RealtimeBetaServerEventResponseTextDeltaType as RealtimeBetaServerEventResponseTextDeltaType,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone as RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_response_text_done_type import (
        RealtimeBetaServerEventResponseTextDoneType as RealtimeBetaServerEventResponseTextDoneType,
    )
    from .realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated as RealtimeBetaServerEventSessionCreated,
    )
    from .realtime_beta_server_event_session_created_type import (
        RealtimeBetaServerEventSessionCreatedType as RealtimeBetaServerEventSessionCreatedType,
    )
    from .realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated as RealtimeBetaServerEventSessionUpdated,
    )
    from .realtime_beta_server_event_session_updated_type import (
        RealtimeBetaServerEventSessionUpdatedType as RealtimeBetaServerEventSessionUpdatedType,
    )
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated as RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_created_type import (
        RealtimeBetaServerEventTranscriptionSessionCreatedType as RealtimeBetaServerEventTranscriptionSessionCreatedType,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated as RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_beta_server_event_transcription_session_updated_type import (
        RealtimeBetaServerEventTranscriptionSessionUpdatedType as RealtimeBetaServerEventTranscriptionSessionUpdatedType,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest as RealtimeCallCreateRequest
    from .realtime_call_refer_request import RealtimeCallReferRequest as RealtimeCallReferRequest
    from .realtime_call_reject_request import RealtimeCallRejectRequest as RealtimeCallRejectRequest
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate as RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_create_type import (
        RealtimeClientEventConversationItemCreateType as RealtimeClientEventConversationItemCreateType,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete as RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_delete_type import (
        RealtimeClientEventConversationItemDeleteType as RealtimeClientEventConversationItemDeleteType,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve as RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_retrieve_type import (
        RealtimeClientEventConversationItemRetrieveType as RealtimeClientEventConversationItemRetrieveType,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate as RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_conversation_item_truncate_type import (
        RealtimeClientEventConversationItemTruncateType as RealtimeClientEventConversationItemTruncateType,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend as RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_append_type import (
        RealtimeClientEventInputAudioBufferAppendType as RealtimeClientEventInputAudioBufferAppendType,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear as RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_clear_type import (
        RealtimeClientEventInputAudioBufferClearType as RealtimeClientEventInputAudioBufferClearType,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit as RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_input_audio_buffer_commit_type import (
        RealtimeClientEventInputAudioBufferCommitType as RealtimeClientEventInputAudioBufferCommitType,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear as RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_output_audio_buffer_clear_type import (
        RealtimeClientEventOutputAudioBufferClearType as RealtimeClientEventOutputAudioBufferClearType,
    )
    from .realtime_client_event_response_cancel import (
        RealtimeClientEventResponseCancel as RealtimeClientEventResponseCancel,
    )
    from .realtime_client_event_response_cancel_type import (
        RealtimeClientEventResponseCancelType as RealtimeClientEventResponseCancelType,
    )
    from .realtime_client_event_response_create import (
        RealtimeClientEventResponseCreate as RealtimeClientEventResponseCreate,
    )
    from .realtime_client_event_response_create_type import (
        RealtimeClientEventResponseCreateType as RealtimeClientEventResponseCreateType,
    )
    from .realtime_client_event_session_update import (
        RealtimeClientEventSessionUpdate as RealtimeClientEventSessionUpdate,
    )
    from .realtime_client_event_session_update_type import (
        RealtimeClientEventSessionUpdateType as RealtimeClientEventSessionUpdateType,
    )
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate as RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_client_event_transcription_session_update_type import (
        RealtimeClientEventTranscriptionSessionUpdateType as RealtimeClientEventTranscriptionSessionUpdateType,
    )
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_object import (
        RealtimeConversationItemFunctionCallObject as RealtimeConversationItemFunctionCallObject,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_output_object import (
        RealtimeConversationItemFunctionCallOutputObject as RealtimeConversationItemFunctionCallOutputObject,
    )
    from .realtime_conversation_item_function_call_output_status import (
        RealtimeConversationItemFunctionCallOutputStatus as RealtimeConversationItemFunctionCallOutputStatus,
    )
    from .realtime_conversation_item_function_call_output_type import (
        RealtimeConversationItemFunctionCallOutputType as RealtimeConversationItemFunctionCallOutputType,
    )
    from .realtime_conversation_item_function_call_status import (
        RealtimeConversationItemFunctionCallStatus as RealtimeConversationItemFunctionCallStatus,
    )
    from .realtime_conversation_item_function_call_type import (
        RealtimeConversationItemFunctionCallType as RealtimeConversationItemFunctionCallType,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant as RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem as RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_assistant_content_item_type import (
        RealtimeConversationItemMessageAssistantContentItemType as RealtimeConversationItemMessageAssistantContentItemType,
    )
    from .realtime_conversation_item_message_assistant_object import (
        RealtimeConversationItemMessageAssistantObject as RealtimeConversationItemMessageAssistantObject,
    )
    from .realtime_conversation_item_message_assistant_role import (
        RealtimeConversationItemMessageAssistantRole as RealtimeConversationItemMessageAssistantRole,
    )
    from .realtime_conversation_item_message_assistant_status import (
        RealtimeConversationItemMessageAssistantStatus as RealtimeConversationItemMessageAssistantStatus,
    )
    from .realtime_conversation_item_message_assistant_type import (
        RealtimeConversationItemMessageAssistantType as RealtimeConversationItemMessageAssistantType,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem as RealtimeConversationItemMessageSystem,
    )
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem as RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_system_content_item_type import (
        RealtimeConversationItemMessageSystemContentItemType as RealtimeConversationItemMessageSystemContentItemType,
    )
    from .realtime_conversation_item_message_system_object import (
        RealtimeConversationItemMessageSystemObject as RealtimeConversationItemMessageSystemObject,
    )
    from .realtime_conversation_item_message_system_role import (
        RealtimeConversationItemMessageSystemRole as RealtimeConversationItemMessageSystemRole,
    )
    from .realtime_conversation_item_message_system_status import (
        RealtimeConversationItemMessageSystemStatus as RealtimeConversationItemMessageSystemStatus,
    )
    from .realtime_conversation_item_message_system_type import (
        RealtimeConversationItemMessageSystemType as RealtimeConversationItemMessageSystemType,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser as RealtimeConversationItemMessageUser,
    )
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem as RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_message_user_content_item_detail import (
        RealtimeConversationItemMessageUserContentItemDetail as RealtimeConversationItemMessageUserContentItemDetail,
    )
    from .realtime_conversation_item_message_user_content_item_type import (
        RealtimeConversationItemMessageUserContentItemType as RealtimeConversationItemMessageUserContentItemType,
    )
    from .realtime_conversation_item_message_user_object import (
        RealtimeConversationItemMessageUserObject as RealtimeConversationItemMessageUserObject,
    )
    from .realtime_conversation_item_message_user_role import (
        RealtimeConversationItemMessageUserRole as RealtimeConversationItemMessageUserRole,
    )
    from .realtime_conversation_item_message_user_status import (
        RealtimeConversationItemMessageUserStatus as RealtimeConversationItemMessageUserStatus,
    )
    from .realtime_conversation_item_message_user_type import (
        RealtimeConversationItemMessageUserType as RealtimeConversationItemMessageUserType,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
    )
    from .realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem as RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_conversation_item_with_reference_content_item_type import (
        RealtimeConversationItemWithReferenceContentItemType as RealtimeConversationItemWithReferenceContentItemType,
    )
    from .realtime_conversation_item_with_reference_object import (
        RealtimeConversationItemWithReferenceObject as RealtimeConversationItemWithReferenceObject,
    )
    from .realtime_conversation_item_with_reference_role import (
        RealtimeConversationItemWithReferenceRole as RealtimeConversationItemWithReferenceRole,
    )
    from .realtime_conversation_item_with_reference_status import (
        RealtimeConversationItemWithReferenceStatus as RealtimeConversationItemWithReferenceStatus,
    )
    from .realtime_conversation_item_with_reference_type import (
        RealtimeConversationItemWithReferenceType as RealtimeConversationItemWithReferenceType,
    )
    from .realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
    )
    from .realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter as RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from .realtime_create_client_secret_request_expires_after_anchor import (
        RealtimeCreateClientSecretRequestExpiresAfterAnchor as RealtimeCreateClientSecretRequestExpiresAfterAnchor,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
    )
    from .realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
    from .realtime_function_tool_parameters import RealtimeFunctionToolParameters as RealtimeFunctionToolParameters
    from .realtime_function_tool_type import RealtimeFunctionToolType as RealtimeFunctionToolType
    from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest as RealtimeMCPApprovalRequest
    from .realtime_mcp_approval_request_type import RealtimeMCPApprovalRequestType as RealtimeMCPApprovalRequestType
    from .realtime_mcp_approval_response import RealtimeMCPApprovalResponse as RealtimeMCPApprovalResponse
    from .realtime_mcp_approval_response_type import RealtimeMCPApprovalResponseType as RealtimeMCPApprovalResponseType
    from .realtime_mcp_list_tools import RealtimeMCPListTools as RealtimeMCPListTools
    from .realtime_mcp_list_tools_type import RealtimeMCPListToolsType as RealtimeMCPListToolsType
    from .realtime_mcp_protocol_error import RealtimeMCPProtocolError as RealtimeMCPProtocolError
    from .realtime_mcp_protocol_error_type import RealtimeMCPProtocolErrorType as RealtimeMCPProtocolErrorType
    from .realtime_mcp_tool_call import RealtimeMCPToolCall as RealtimeMCPToolCall
    from .realtime_mcp_tool_call_type import RealtimeMCPToolCallType as RealtimeMCPToolCallType
    from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError as RealtimeMCPToolExecutionError
    from .realtime_mcp_tool_execution_error_type import (
        RealtimeMCPToolExecutionErrorType as RealtimeMCPToolExecutionErrorType,
    )
    from .realtime_mcphttp_error import RealtimeMCPHTTPError as RealtimeMCPHTTPError
    from .realtime_mcphttp_error_type import RealtimeMCPHTTPErrorType as RealtimeMCPHTTPErrorType
    from .realtime_reasoning import RealtimeReasoning as RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio as RealtimeResponseAudio
    from .realtime_response_audio_output import RealtimeResponseAudioOutput as RealtimeResponseAudioOutput
    from .realtime_response_create_params import RealtimeResponseCreateParams as RealtimeResponseCreateParams
    from .realtime_response_create_params_audio import (
        RealtimeResponseCreateParamsAudio as RealtimeResponseCreateParamsAudio,
    )
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput as RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_create_params_conversation import (
        RealtimeResponseCreateParamsConversation as RealtimeResponseCreateParamsConversation,
    )
    from .realtime_response_create_params_max_output_tokens import (
        RealtimeResponseCreateParamsMaxOutputTokens as RealtimeResponseCreateParamsMaxOutputTokens,
    )
    from .realtime_response_create_params_output_modalities_item import (
        RealtimeResponseCreateParamsOutputModalitiesItem as RealtimeResponseCreateParamsOutputModalitiesItem,
    )
    from .realtime_response_max_output_tokens import RealtimeResponseMaxOutputTokens as RealtimeResponseMaxOutputTokens
    from .realtime_response_object import RealtimeResponseObject as RealtimeResponseObject
    from .realtime_response_output_modalities_item import (
        RealtimeResponseOutputModalitiesItem as RealtimeResponseOutputModalitiesItem,
    )
    from .realtime_response_status import RealtimeResponseStatus as RealtimeResponseStatus
    from .realtime_response_status_details import RealtimeResponseStatusDetails as RealtimeResponseStatusDetails
    from .realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError as RealtimeResponseStatusDetailsError,
    )
    from .realtime_response_status_details_reason import (
        RealtimeResponseStatusDetailsReason as RealtimeResponseStatusDetailsReason,
    )
    from .realtime_response_status_details_type import (
        RealtimeResponseStatusDetailsType as RealtimeResponseStatusDetailsType,
    )
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
    )
    from .realtime_response_usage_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails as RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated as RealtimeServerEventConversationCreated,
    )
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation as RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_created_type import (
        RealtimeServerEventConversationCreatedType as RealtimeServerEventConversationCreatedType,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded as RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_added_type import (
        RealtimeServerEventConversationItemAddedType as RealtimeServerEventConversationItemAddedType,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated as RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_created_type import (
        RealtimeServerEventConversationItemCreatedType as RealtimeServerEventConversationItemCreatedType,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted as RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_deleted_type import (
        RealtimeServerEventConversationItemDeletedType as RealtimeServerEventConversationItemDeletedType,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone as RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_done_type import (
        RealtimeServerEventConversationItemDoneType as RealtimeServerEventConversationItemDoneType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType as RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta as RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType as RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed as RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedType as RealtimeServerEventConversationItemInputAudioTranscriptionFailedType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment as RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType as RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_retrieved_type import (
        RealtimeServerEventConversationItemRetrievedType as RealtimeServerEventConversationItemRetrievedType,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated as RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_conversation_item_truncated_type import (
        RealtimeServerEventConversationItemTruncatedType as RealtimeServerEventConversationItemTruncatedType,
    )
    from .realtime_server_event_error import RealtimeServerEventError as RealtimeServerEventError
    from .realtime_server_event_error_error import RealtimeServerEventErrorError as RealtimeServerEventErrorError
    from .realtime_server_event_error_type import RealtimeServerEventErrorType as RealtimeServerEventErrorType
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared as RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_cleared_type import (
        RealtimeServerEventInputAudioBufferClearedType as RealtimeServerEventInputAudioBufferClearedType,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted as RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_committed_type import (
        RealtimeServerEventInputAudioBufferCommittedType as RealtimeServerEventInputAudioBufferCommittedType,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived as RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received_type import (
        RealtimeServerEventInputAudioBufferDtmfEventReceivedType as RealtimeServerEventInputAudioBufferDtmfEventReceivedType,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted as RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_started_type import (
        RealtimeServerEventInputAudioBufferSpeechStartedType as RealtimeServerEventInputAudioBufferSpeechStartedType,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped as RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped_type import (
        RealtimeServerEventInputAudioBufferSpeechStoppedType as RealtimeServerEventInputAudioBufferSpeechStoppedType,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered as RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered_type import (
        RealtimeServerEventInputAudioBufferTimeoutTriggeredType as RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted as RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_completed_type import (
        RealtimeServerEventMCPListToolsCompletedType as RealtimeServerEventMCPListToolsCompletedType,
    )
    from .realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed as RealtimeServerEventMCPListToolsFailed,
    )
    from .realtime_server_event_mcp_list_tools_failed_type import (
        RealtimeServerEventMCPListToolsFailedType as RealtimeServerEventMCPListToolsFailedType,
    )
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress as RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_mcp_list_tools_in_progress_type import (
        RealtimeServerEventMCPListToolsInProgressType as RealtimeServerEventMCPListToolsInProgressType,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_cleared_type import (
        RealtimeServerEventOutputAudioBufferClearedType as RealtimeServerEventOutputAudioBufferClearedType,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_started_type import (
        RealtimeServerEventOutputAudioBufferStartedType as RealtimeServerEventOutputAudioBufferStartedType,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_output_audio_buffer_stopped_type import (
        RealtimeServerEventOutputAudioBufferStoppedType as RealtimeServerEventOutputAudioBufferStoppedType,
    )
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated as RealtimeServerEventRateLimitsUpdated,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem as RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItemName as RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_server_event_rate_limits_updated_type import (
        RealtimeServerEventRateLimitsUpdatedType as RealtimeServerEventRateLimitsUpdatedType,
    )
    from .realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta as RealtimeServerEventResponseAudioDelta,
    )
    from .realtime_server_event_response_audio_delta_type import (
        RealtimeServerEventResponseAudioDeltaType as RealtimeServerEventResponseAudioDeltaType,
    )
    from .realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone as RealtimeServerEventResponseAudioDone,
    )
    from .realtime_server_event_response_audio_done_type import (
        RealtimeServerEventResponseAudioDoneType as RealtimeServerEventResponseAudioDoneType,
    )
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta as RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_delta_type import (
        RealtimeServerEventResponseAudioTranscriptDeltaType as RealtimeServerEventResponseAudioTranscriptDeltaType,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone as RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_audio_transcript_done_type import (
        RealtimeServerEventResponseAudioTranscriptDoneType as RealtimeServerEventResponseAudioTranscriptDoneType,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded as RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart as RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_added_part_type import (
        RealtimeServerEventResponseContentPartAddedPartType as RealtimeServerEventResponseContentPartAddedPartType,
    )
    from .realtime_server_event_response_content_part_added_type import (
        RealtimeServerEventResponseContentPartAddedType as RealtimeServerEventResponseContentPartAddedType,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone as RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart as RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_content_part_done_part_type import (
        RealtimeServerEventResponseContentPartDonePartType as RealtimeServerEventResponseContentPartDonePartType,
    )
    from .realtime_server_event_response_content_part_done_type import (
        RealtimeServerEventResponseContentPartDoneType as RealtimeServerEventResponseContentPartDoneType,
    )
    from .realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated as RealtimeServerEventResponseCreated,
    )
    from .realtime_server_event_response_created_type import (
        RealtimeServerEventResponseCreatedType as RealtimeServerEventResponseCreatedType,
    )
    from .realtime_server_event_response_done import RealtimeServerEventResponseDone as RealtimeServerEventResponseDone
    from .realtime_server_event_response_done_type import (
        RealtimeServerEventResponseDoneType as RealtimeServerEventResponseDoneType,
    )
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta as RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_delta_type import (
        RealtimeServerEventResponseFunctionCallArgumentsDeltaType as RealtimeServerEventResponseFunctionCallArgumentsDeltaType,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone as RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_function_call_arguments_done_type import (
        RealtimeServerEventResponseFunctionCallArgumentsDoneType as RealtimeServerEventResponseFunctionCallArgumentsDoneType,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta as RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta_type import (
        RealtimeServerEventResponseMCPCallArgumentsDeltaType as RealtimeServerEventResponseMCPCallArgumentsDeltaType,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone as RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_done_type import (
        RealtimeServerEventResponseMCPCallArgumentsDoneType as RealtimeServerEventResponseMCPCallArgumentsDoneType,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted as RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_completed_type import (
        RealtimeServerEventResponseMCPCallCompletedType as RealtimeServerEventResponseMCPCallCompletedType,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed as RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_failed_type import (
        RealtimeServerEventResponseMCPCallFailedType as RealtimeServerEventResponseMCPCallFailedType,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress as RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_mcp_call_in_progress_type import (
        RealtimeServerEventResponseMCPCallInProgressType as RealtimeServerEventResponseMCPCallInProgressType,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded as RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_added_type import (
        RealtimeServerEventResponseOutputItemAddedType as RealtimeServerEventResponseOutputItemAddedType,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone as RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_output_item_done_type import (
        RealtimeServerEventResponseOutputItemDoneType as RealtimeServerEventResponseOutputItemDoneType,
    )
    from .realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta as RealtimeServerEventResponseTextDelta,
    )
    from .realtime_server_event_response_text_delta_type import (
        RealtimeServerEventResponseTextDeltaType as RealtimeServerEventResponseTextDeltaType,
    )
    from .realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone as RealtimeServerEventResponseTextDone,
    )
    from .realtime_server_event_response_text_done_type import (
        RealtimeServerEventResponseTextDoneType as RealtimeServerEventResponseTextDoneType,
    )
    from .realtime_server_event_session_created import (
        RealtimeServerEventSessionCreated as RealtimeServerEventSessionCreated,
    )
    from .realtime_server_event_session_created_type import (
        RealtimeServerEventSessionCreatedType as RealtimeServerEventSessionCreatedType,
    )
    from .realtime_server_event_session_updated import (
        RealtimeServerEventSessionUpdated as RealtimeServerEventSessionUpdated,
    )
    from .realtime_server_event_session_updated_type import (
        RealtimeServerEventSessionUpdatedType as RealtimeServerEventSessionUpdatedType,
    )
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated as RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_server_event_transcription_session_updated_type import (
        RealtimeServerEventTranscriptionSessionUpdatedType as RealtimeServerEventTranscriptionSessionUpdatedType,
    )
    from .realtime_session import RealtimeSession as RealtimeSession
    from .realtime_session_create_request import RealtimeSessionCreateRequest as RealtimeSessionCreateRequest
    from .realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret as RealtimeSessionCreateRequestClientSecret,
    )
    from .realtime_session_create_request_client_secret_expires_after import (
        RealtimeSessionCreateRequestClientSecretExpiresAfter as RealtimeSessionCreateRequestClientSecretExpiresAfter,
    )
    from .realtime_session_create_request_client_secret_expires_after_anchor import (
        RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor as RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor,
    )
    from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA
    from .realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio as RealtimeSessionCreateRequestGAAudio,
    )
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput as RealtimeSessionCreateRequestGAAudioInput,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction as RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput as RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .realtime_session_create_request_ga_include_item import (
        RealtimeSessionCreateRequestGAIncludeItem as RealtimeSessionCreateRequestGAIncludeItem,
    )
    from .realtime_session_create_request_ga_max_output_tokens import (
        RealtimeSessionCreateRequestGAMaxOutputTokens as RealtimeSessionCreateRequestGAMaxOutputTokens,
    )
    from .realtime_session_create_request_ga_model import (
        RealtimeSessionCreateRequestGAModel as RealtimeSessionCreateRequestGAModel,
    )
    from .realtime_session_create_request_ga_output_modalities_item import (
        RealtimeSessionCreateRequestGAOutputModalitiesItem as RealtimeSessionCreateRequestGAOutputModalitiesItem,
    )
    from .realtime_session_create_request_ga_tracing_auto import (
        RealtimeSessionCreateRequestGATracingAuto as RealtimeSessionCreateRequestGATracingAuto,
    )
    from .realtime_session_create_request_ga_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingConfiguration as RealtimeSessionCreateRequestGATracingConfiguration,
    )
    from .realtime_session_create_request_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestGATracingConfigurationMetadata as RealtimeSessionCreateRequestGATracingConfigurationMetadata,
    )
    from .realtime_session_create_request_ga_type import (
        RealtimeSessionCreateRequestGAType as RealtimeSessionCreateRequestGAType,
    )
    from .realtime_session_create_request_input_audio_noise_reduction import (
        RealtimeSessionCreateRequestInputAudioNoiseReduction as RealtimeSessionCreateRequestInputAudioNoiseReduction,
    )
    from .realtime_session_create_request_input_audio_noise_reduction_type import (
        RealtimeSessionCreateRequestInputAudioNoiseReductionType as RealtimeSessionCreateRequestInputAudioNoiseReductionType,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription as RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .realtime_session_create_request_max_response_output_tokens import (
        RealtimeSessionCreateRequestMaxResponseOutputTokens as RealtimeSessionCreateRequestMaxResponseOutputTokens,
    )
    from .realtime_session_create_request_modalities_item import (
        RealtimeSessionCreateRequestModalitiesItem as RealtimeSessionCreateRequestModalitiesItem,
    )
    from .realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem as RealtimeSessionCreateRequestToolsItem,
    )
    from .realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters as RealtimeSessionCreateRequestToolsItemParameters,
    )
    from .realtime_session_create_request_tools_item_type import (
        RealtimeSessionCreateRequestToolsItemType as RealtimeSessionCreateRequestToolsItemType,
    )
    from .realtime_session_create_request_tracing_auto import (
        RealtimeSessionCreateRequestTracingAuto as RealtimeSessionCreateRequestTracingAuto,
    )
    from .realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration as RealtimeSessionCreateRequestTracingConfiguration,
    )
    from .realtime_session_create_request_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestTracingConfigurationMetadata as RealtimeSessionCreateRequestTracingConfigurationMetadata,
    )
    from .realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection as RealtimeSessionCreateRequestTurnDetection,
    )
    from .realtime_session_create_request_turn_detection_eagerness import (
        RealtimeSessionCreateRequestTurnDetectionEagerness as RealtimeSessionCreateRequestTurnDetectionEagerness,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio as RealtimeSessionCreateResponseAudio,
    )
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput as RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction as RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection as RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput as RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA
    from .realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio as RealtimeSessionCreateResponseGAAudio,
    )
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput as RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction as RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput as RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_create_response_ga_include_item import (
        RealtimeSessionCreateResponseGAIncludeItem as RealtimeSessionCreateResponseGAIncludeItem,
    )
    from .realtime_session_create_response_ga_max_output_tokens import (
        RealtimeSessionCreateResponseGAMaxOutputTokens as RealtimeSessionCreateResponseGAMaxOutputTokens,
    )
    from .realtime_session_create_response_ga_model import (
        RealtimeSessionCreateResponseGAModel as RealtimeSessionCreateResponseGAModel,
    )
    from .realtime_session_create_response_ga_object import (
        RealtimeSessionCreateResponseGAObject as RealtimeSessionCreateResponseGAObject,
    )
    from .realtime_session_create_response_ga_output_modalities_item import (
        RealtimeSessionCreateResponseGAOutputModalitiesItem as RealtimeSessionCreateResponseGAOutputModalitiesItem,
    )
    from .realtime_session_create_response_ga_tracing_auto import (
        RealtimeSessionCreateResponseGATracingAuto as RealtimeSessionCreateResponseGATracingAuto,
    )
    from .realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration as RealtimeSessionCreateResponseGATracingConfiguration,
    )
    from .realtime_session_create_response_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateResponseGATracingConfigurationMetadata as RealtimeSessionCreateResponseGATracingConfigurationMetadata,
    )
    from .realtime_session_create_response_ga_type import (
        RealtimeSessionCreateResponseGAType as RealtimeSessionCreateResponseGAType,
    )
    from .realtime_session_create_response_include_item import (
        RealtimeSessionCreateResponseIncludeItem as RealtimeSessionCreateResponseIncludeItem,
    )
    from .realtime_session_create_response_max_output_tokens import (
        RealtimeSessionCreateResponseMaxOutputTokens as RealtimeSessionCreateResponseMaxOutputTokens,
    )
    from .realtime_session_create_response_output_modalities_item import (
        RealtimeSessionCreateResponseOutputModalitiesItem as RealtimeSessionCreateResponseOutputModalitiesItem,
    )
    from .realtime_session_create_response_tracing_auto import (
        RealtimeSessionCreateResponseTracingAuto as RealtimeSessionCreateResponseTracingAuto,
    )
    from .realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration as RealtimeSessionCreateResponseTracingConfiguration,
    )
    from .realtime_session_create_response_tracing_configuration_metadata import (
        RealtimeSessionCreateResponseTracingConfigurationMetadata as RealtimeSessionCreateResponseTracingConfigurationMetadata,
    )
    from .realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection as RealtimeSessionCreateResponseTurnDetection,
    )
    from .realtime_session_include_item import RealtimeSessionIncludeItem as RealtimeSessionIncludeItem
    from .realtime_session_input_audio_format import RealtimeSessionInputAudioFormat as RealtimeSessionInputAudioFormat
    from .realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction as RealtimeSessionInputAudioNoiseReduction,
    )
    from .realtime_session_max_response_output_tokens import (
        RealtimeSessionMaxResponseOutputTokens as RealtimeSessionMaxResponseOutputTokens,
    )
    from .realtime_session_modalities_item import RealtimeSessionModalitiesItem as RealtimeSessionModalitiesItem
    from .realtime_session_model import RealtimeSessionModel as RealtimeSessionModel
    from .realtime_session_object import RealtimeSessionObject as RealtimeSessionObject
    from .realtime_session_output_audio_format import (
        RealtimeSessionOutputAudioFormat as RealtimeSessionOutputAudioFormat,
    )
    from .realtime_session_tracing_auto import RealtimeSessionTracingAuto as RealtimeSessionTracingAuto
    from .realtime_session_tracing_configuration import (
        RealtimeSessionTracingConfiguration as RealtimeSessionTracingConfiguration,
    )
    from .realtime_session_tracing_configuration_metadata import (
        RealtimeSessionTracingConfigurationMetadata as RealtimeSessionTracingConfigurationMetadata,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_client_secret import (
        RealtimeTranscriptionSessionCreateRequestClientSecret as RealtimeTranscriptionSessionCreateRequestClientSecret,
    )
    from .realtime_transcription_session_create_request_client_secret_expires_at import (
        RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt as RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt,
    )
    from .realtime_transcription_session_create_request_client_secret_expires_at_anchor import (
        RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor as RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio as RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput as RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    )
    from .realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_request_ga_include_item import (
        RealtimeTranscriptionSessionCreateRequestGAIncludeItem as RealtimeTranscriptionSessionCreateRequestGAIncludeItem,
    )
    from .realtime_transcription_session_create_request_ga_type import (
        RealtimeTranscriptionSessionCreateRequestGAType as RealtimeTranscriptionSessionCreateRequestGAType,
    )
    from .realtime_transcription_session_create_request_include_item import (
        RealtimeTranscriptionSessionCreateRequestIncludeItem as RealtimeTranscriptionSessionCreateRequestIncludeItem,
    )
    from .realtime_transcription_session_create_request_input_audio_format import (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat as RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from .realtime_transcription_session_create_request_modalities_item import (
        RealtimeTranscriptionSessionCreateRequestModalitiesItem as RealtimeTranscriptionSessionCreateRequestModalitiesItem,
    )
    from .realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection as RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from .realtime_transcription_session_create_request_turn_detection_eagerness import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness as RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness,
    )
    from .realtime_transcription_session_create_request_turn_detection_type import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType as RealtimeTranscriptionSessionCreateRequestTurnDetectionType,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret as RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio as RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput as RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection as RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
    )
    from .realtime_transcription_session_create_response_ga_include_item import (
        RealtimeTranscriptionSessionCreateResponseGAIncludeItem as RealtimeTranscriptionSessionCreateResponseGAIncludeItem,
    )
    from .realtime_transcription_session_create_response_ga_type import (
        RealtimeTranscriptionSessionCreateResponseGAType as RealtimeTranscriptionSessionCreateResponseGAType,
    )
    from .realtime_transcription_session_create_response_modalities_item import (
        RealtimeTranscriptionSessionCreateResponseModalitiesItem as RealtimeTranscriptionSessionCreateResponseModalitiesItem,
    )
    from .realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection as RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend as RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_input_audio_buffer_append_type import (
        RealtimeTranslationClientEventInputAudioBufferAppendType as RealtimeTranslationClientEventInputAudioBufferAppendType,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose as RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_close_type import (
        RealtimeTranslationClientEventSessionCloseType as RealtimeTranslationClientEventSessionCloseType,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate as RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_event_session_update_type import (
        RealtimeTranslationClientEventSessionUpdateType as RealtimeTranslationClientEventSessionUpdateType,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest as RealtimeTranslationClientSecretCreateRequest,
    )
    from .realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter as RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from .realtime_translation_client_secret_create_request_expires_after_anchor import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor as RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed as RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_closed_type import (
        RealtimeTranslationServerEventSessionClosedType as RealtimeTranslationServerEventSessionClosedType,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated as RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_created_type import (
        RealtimeTranslationServerEventSessionCreatedType as RealtimeTranslationServerEventSessionCreatedType,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta as RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_input_transcript_delta_type import (
        RealtimeTranslationServerEventSessionInputTranscriptDeltaType as RealtimeTranslationServerEventSessionInputTranscriptDeltaType,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta as RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta_format import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaFormat as RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
    )
    from .realtime_translation_server_event_session_output_audio_delta_type import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaType as RealtimeTranslationServerEventSessionOutputAudioDeltaType,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta as RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta_type import (
        RealtimeTranslationServerEventSessionOutputTranscriptDeltaType as RealtimeTranslationServerEventSessionOutputTranscriptDeltaType,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated as RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_server_event_session_updated_type import (
        RealtimeTranslationServerEventSessionUpdatedType as RealtimeTranslationServerEventSessionUpdatedType,
    )
    from .realtime_translation_session import RealtimeTranslationSession as RealtimeTranslationSession
    from .realtime_translation_session_audio import RealtimeTranslationSessionAudio as RealtimeTranslationSessionAudio
    from .realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput as RealtimeTranslationSessionAudioInput,
    )
    from .realtime_translation_session_audio_input_noise_reduction import (
        RealtimeTranslationSessionAudioInputNoiseReduction as RealtimeTranslationSessionAudioInputNoiseReduction,
    )
    from .realtime_translation_session_audio_input_transcription import (
        RealtimeTranslationSessionAudioInputTranscription as RealtimeTranslationSessionAudioInputTranscription,
    )
    from .realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput as RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
    )
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio as RealtimeTranslationSessionCreateRequestAudio,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput as RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction as RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
    )
    from .realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription as RealtimeTranslationSessionCreateRequestAudioInputTranscription,
    )
    from .realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput as RealtimeTranslationSessionCreateRequestAudioOutput,
    )
    from .realtime_translation_session_type import RealtimeTranslationSessionType as RealtimeTranslationSessionType
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio as RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput as RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .realtime_translation_session_update_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction as RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
    )
    from .realtime_translation_session_update_request_audio_input_transcription import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscription as RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
    )
    from .realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput as RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation_enum import RealtimeTruncationEnum as RealtimeTruncationEnum
    from .realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation as RealtimeTruncationRetentionRatioTruncation,
    )
    from .realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits as RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )
    from .realtime_truncation_retention_ratio_truncation_type import (
        RealtimeTruncationRetentionRatioTruncationType as RealtimeTruncationRetentionRatioTruncationType,
    )
    from .realtime_turn_detection_semantic_vad import (
        RealtimeTurnDetectionSemanticVAD as RealtimeTurnDetectionSemanticVAD,
    )
    from .realtime_turn_detection_semantic_vad_eagerness import (
        RealtimeTurnDetectionSemanticVADEagerness as RealtimeTurnDetectionSemanticVADEagerness,
    )
    from .realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD as RealtimeTurnDetectionServerVAD
    from .realtime_unknown_variant import RealtimeUnknownVariant as RealtimeUnknownVariant
    from .response_prompt_variables_prompt_variables import (
        ResponsePromptVariablesPromptVariables as ResponsePromptVariablesPromptVariables,
    )
    from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .tool_choice_function_type import ToolChoiceFunctionType as ToolChoiceFunctionType
    from .tool_choice_mcp import ToolChoiceMCP as ToolChoiceMCP
    from .tool_choice_mcp_type import ToolChoiceMCPType as ToolChoiceMCPType
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .transcript_text_usage_duration import TranscriptTextUsageDuration as TranscriptTextUsageDuration
    from .transcript_text_usage_duration_type import TranscriptTextUsageDurationType as TranscriptTextUsageDurationType
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens as TranscriptTextUsageTokens
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails as TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcript_text_usage_tokens_type import TranscriptTextUsageTokensType as TranscriptTextUsageTokensType
    from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject as VoiceIdsOrCustomVoiceObject
    from .voice_ids_shared_enum import VoiceIdsSharedEnum as VoiceIdsSharedEnum
    from .webhook_live_call_incoming import WebhookLiveCallIncoming as WebhookLiveCallIncoming
    from .webhook_live_call_incoming_data import WebhookLiveCallIncomingData as WebhookLiveCallIncomingData
    from .webhook_live_call_incoming_data_sip_headers_item import (
        WebhookLiveCallIncomingDataSipHeadersItem as WebhookLiveCallIncomingDataSipHeadersItem,
    )
    from .webhook_live_call_incoming_object import WebhookLiveCallIncomingObject as WebhookLiveCallIncomingObject
    from .webhook_live_call_incoming_type import WebhookLiveCallIncomingType as WebhookLiveCallIncomingType
    from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming
    from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming_object import (
        WebhookRealtimeCallIncomingObject as WebhookRealtimeCallIncomingObject,
    )
    from .webhook_realtime_call_incoming_type import WebhookRealtimeCallIncomingType as WebhookRealtimeCallIncomingType

_MODULES: dict[str, str] = {
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionDelay": "audio_transcription_delay",
    "AudioTranscriptionModel": "audio_transcription_model",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranscriptionResponseModel": "audio_transcription_response_model",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "FileInputDetail": "file_input_detail",
    "ImageDetail": "image_detail",
    "InputFileContent": "input_file_content",
    "InputFileContentType": "input_file_content_type",
    "InputImageContent": "input_image_content",
    "InputImageContentType": "input_image_content_type",
    "InputTextContent": "input_text_content",
    "InputTextContentType": "input_text_content_type",
    "LogProbProperties": "log_prob_properties",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolAnnotations": "mcp_list_tools_tool_annotations",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPTool": "mcp_tool",
    "MCPToolConnectorId": "mcp_tool_connector_id",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolHeaders": "mcp_tool_headers",
    "MCPToolRequireApprovalFilter": "mcp_tool_require_approval_filter",
    "MCPToolRequireApprovalSetting": "mcp_tool_require_approval_setting",
    "MCPToolType": "mcp_tool_type",
    "MetadataObject": "metadata_object",
    "NoiseReductionType": "noise_reduction_type",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": "prompt_cache_breakpoint_config_mode",
    "PromptObject": "prompt_object",
    "RealtimeAudioFormatsPCMAAudioFormat": "realtime_audio_formats_pcma_audio_format",
    "RealtimeAudioFormatsPCMAAudioFormatType": "realtime_audio_formats_pcma_audio_format_type",
    "RealtimeAudioFormatsPCMAudioFormat": "realtime_audio_formats_pcm_audio_format",
    "RealtimeAudioFormatsPCMAudioFormatRate": "realtime_audio_formats_pcm_audio_format_rate",
    "RealtimeAudioFormatsPCMAudioFormatType": "realtime_audio_formats_pcm_audio_format_type",
    "RealtimeAudioFormatsPCMUAudioFormat": "realtime_audio_formats_pcmu_audio_format",
    "RealtimeAudioFormatsPCMUAudioFormatType": "realtime_audio_formats_pcmu_audio_format_type",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemCreateType": "realtime_beta_client_event_conversation_item_create_type",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemDeleteType": "realtime_beta_client_event_conversation_item_delete_type",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemRetrieveType": "realtime_beta_client_event_conversation_item_retrieve_type",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventConversationItemTruncateType": "realtime_beta_client_event_conversation_item_truncate_type",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferAppendType": "realtime_beta_client_event_input_audio_buffer_append_type",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferClearType": "realtime_beta_client_event_input_audio_buffer_clear_type",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventInputAudioBufferCommitType": "realtime_beta_client_event_input_audio_buffer_commit_type",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventOutputAudioBufferClearType": "realtime_beta_client_event_output_audio_buffer_clear_type",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCancelType": "realtime_beta_client_event_response_cancel_type",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventResponseCreateType": "realtime_beta_client_event_response_create_type",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventSessionUpdateType": "realtime_beta_client_event_session_update_type",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdateType": "realtime_beta_client_event_transcription_session_update_type",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsConversation": "realtime_beta_response_create_params_conversation",
    "RealtimeBetaResponseCreateParamsMaxOutputTokens": "realtime_beta_response_create_params_max_output_tokens",
    "RealtimeBetaResponseCreateParamsModalitiesItem": "realtime_beta_response_create_params_modalities_item",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat": "realtime_beta_response_create_params_output_audio_format",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseCreateParamsToolsItemParameters": "realtime_beta_response_create_params_tools_item_parameters",
    "RealtimeBetaResponseCreateParamsToolsItemType": "realtime_beta_response_create_params_tools_item_type",
    "RealtimeBetaResponseMaxOutputTokens": "realtime_beta_response_max_output_tokens",
    "RealtimeBetaResponseModalitiesItem": "realtime_beta_response_modalities_item",
    "RealtimeBetaResponseObject": "realtime_beta_response_object",
    "RealtimeBetaResponseOutputAudioFormat": "realtime_beta_response_output_audio_format",
    "RealtimeBetaResponseStatus": "realtime_beta_response_status",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response_status_details",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response_status_details_error",
    "RealtimeBetaResponseStatusDetailsReason": "realtime_beta_response_status_details_reason",
    "RealtimeBetaResponseStatusDetailsType": "realtime_beta_response_status_details_type",
    "RealtimeBetaResponseUsage": "realtime_beta_response_usage",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response_usage_input_token_details",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response_usage_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemCreatedType": "realtime_beta_server_event_conversation_item_created_type",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemDeletedType": "realtime_beta_server_event_conversation_item_deleted_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemRetrievedType": "realtime_beta_server_event_conversation_item_retrieved_type",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventConversationItemTruncatedType": "realtime_beta_server_event_conversation_item_truncated_type",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventErrorType": "realtime_beta_server_event_error_type",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferClearedType": "realtime_beta_server_event_input_audio_buffer_cleared_type",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferCommittedType": "realtime_beta_server_event_input_audio_buffer_committed_type",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStartedType": "realtime_beta_server_event_input_audio_buffer_speech_started_type",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventInputAudioBufferSpeechStoppedType": "realtime_beta_server_event_input_audio_buffer_speech_stopped_type",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsCompletedType": "realtime_beta_server_event_mcp_list_tools_completed_type",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsFailedType": "realtime_beta_server_event_mcp_list_tools_failed_type",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventMCPListToolsInProgressType": "realtime_beta_server_event_mcp_list_tools_in_progress_type",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_beta_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeBetaServerEventRateLimitsUpdatedType": "realtime_beta_server_event_rate_limits_updated_type",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDeltaType": "realtime_beta_server_event_response_audio_delta_type",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioDoneType": "realtime_beta_server_event_response_audio_done_type",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDeltaType": "realtime_beta_server_event_response_audio_transcript_delta_type",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDoneType": "realtime_beta_server_event_response_audio_transcript_done_type",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartAddedPartType": "realtime_beta_server_event_response_content_part_added_part_type",
    "RealtimeBetaServerEventResponseContentPartAddedType": "realtime_beta_server_event_response_content_part_added_type",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseContentPartDonePartType": "realtime_beta_server_event_response_content_part_done_part_type",
    "RealtimeBetaServerEventResponseContentPartDoneType": "realtime_beta_server_event_response_content_part_done_type",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseCreatedType": "realtime_beta_server_event_response_created_type",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseDoneType": "realtime_beta_server_event_response_done_type",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType": "realtime_beta_server_event_response_function_call_arguments_delta_type",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType": "realtime_beta_server_event_response_function_call_arguments_done_type",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType": "realtime_beta_server_event_response_mcp_call_arguments_delta_type",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDoneType": "realtime_beta_server_event_response_mcp_call_arguments_done_type",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallCompletedType": "realtime_beta_server_event_response_mcp_call_completed_type",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallFailedType": "realtime_beta_server_event_response_mcp_call_failed_type",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseMCPCallInProgressType": "realtime_beta_server_event_response_mcp_call_in_progress_type",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemAddedType": "realtime_beta_server_event_response_output_item_added_type",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseOutputItemDoneType": "realtime_beta_server_event_response_output_item_done_type",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDeltaType": "realtime_beta_server_event_response_text_delta_type",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventResponseTextDoneType": "realtime_beta_server_event_response_text_done_type",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionCreatedType": "realtime_beta_server_event_session_created_type",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventSessionUpdatedType": "realtime_beta_server_event_session_updated_type",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionCreatedType": "realtime_beta_server_event_transcription_session_created_type",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionUpdatedType": "realtime_beta_server_event_transcription_session_updated_type",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemCreateType": "realtime_client_event_conversation_item_create_type",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemDeleteType": "realtime_client_event_conversation_item_delete_type",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemRetrieveType": "realtime_client_event_conversation_item_retrieve_type",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventConversationItemTruncateType": "realtime_client_event_conversation_item_truncate_type",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferAppendType": "realtime_client_event_input_audio_buffer_append_type",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferClearType": "realtime_client_event_input_audio_buffer_clear_type",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventInputAudioBufferCommitType": "realtime_client_event_input_audio_buffer_commit_type",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventOutputAudioBufferClearType": "realtime_client_event_output_audio_buffer_clear_type",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCancelType": "realtime_client_event_response_cancel_type",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventResponseCreateType": "realtime_client_event_response_create_type",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventSessionUpdateType": "realtime_client_event_session_update_type",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeClientEventTranscriptionSessionUpdateType": "realtime_client_event_transcription_session_update_type",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallObject": "realtime_conversation_item_function_call_object",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallOutputObject": "realtime_conversation_item_function_call_output_object",
    "RealtimeConversationItemFunctionCallOutputStatus": "realtime_conversation_item_function_call_output_status",
    "RealtimeConversationItemFunctionCallOutputType": "realtime_conversation_item_function_call_output_type",
    "RealtimeConversationItemFunctionCallStatus": "realtime_conversation_item_function_call_status",
    "RealtimeConversationItemFunctionCallType": "realtime_conversation_item_function_call_type",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageAssistantContentItemType": "realtime_conversation_item_message_assistant_content_item_type",
    "RealtimeConversationItemMessageAssistantObject": "realtime_conversation_item_message_assistant_object",
    "RealtimeConversationItemMessageAssistantRole": "realtime_conversation_item_message_assistant_role",
    "RealtimeConversationItemMessageAssistantStatus": "realtime_conversation_item_message_assistant_status",
    "RealtimeConversationItemMessageAssistantType": "realtime_conversation_item_message_assistant_type",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageSystemContentItemType": "realtime_conversation_item_message_system_content_item_type",
    "RealtimeConversationItemMessageSystemObject": "realtime_conversation_item_message_system_object",
    "RealtimeConversationItemMessageSystemRole": "realtime_conversation_item_message_system_role",
    "RealtimeConversationItemMessageSystemStatus": "realtime_conversation_item_message_system_status",
    "RealtimeConversationItemMessageSystemType": "realtime_conversation_item_message_system_type",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemMessageUserContentItemDetail": "realtime_conversation_item_message_user_content_item_detail",
    "RealtimeConversationItemMessageUserContentItemType": "realtime_conversation_item_message_user_content_item_type",
    "RealtimeConversationItemMessageUserObject": "realtime_conversation_item_message_user_object",
    "RealtimeConversationItemMessageUserRole": "realtime_conversation_item_message_user_role",
    "RealtimeConversationItemMessageUserStatus": "realtime_conversation_item_message_user_status",
    "RealtimeConversationItemMessageUserType": "realtime_conversation_item_message_user_type",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference_content_item",
    "RealtimeConversationItemWithReferenceContentItemType": "realtime_conversation_item_with_reference_content_item_type",
    "RealtimeConversationItemWithReferenceObject": "realtime_conversation_item_with_reference_object",
    "RealtimeConversationItemWithReferenceRole": "realtime_conversation_item_with_reference_role",
    "RealtimeConversationItemWithReferenceStatus": "realtime_conversation_item_with_reference_status",
    "RealtimeConversationItemWithReferenceType": "realtime_conversation_item_with_reference_type",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretRequestExpiresAfterAnchor": "realtime_create_client_secret_request_expires_after_anchor",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParameters": "realtime_function_tool_parameters",
    "RealtimeFunctionToolType": "realtime_function_tool_type",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalRequestType": "realtime_mcp_approval_request_type",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPApprovalResponseType": "realtime_mcp_approval_response_type",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeMCPHTTPErrorType": "realtime_mcphttp_error_type",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPListToolsType": "realtime_mcp_list_tools_type",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPProtocolErrorType": "realtime_mcp_protocol_error_type",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolCallType": "realtime_mcp_tool_call_type",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeMCPToolExecutionErrorType": "realtime_mcp_tool_execution_error_type",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseCreateParamsConversation": "realtime_response_create_params_conversation",
    "RealtimeResponseCreateParamsMaxOutputTokens": "realtime_response_create_params_max_output_tokens",
    "RealtimeResponseCreateParamsOutputModalitiesItem": "realtime_response_create_params_output_modalities_item",
    "RealtimeResponseMaxOutputTokens": "realtime_response_max_output_tokens",
    "RealtimeResponseObject": "realtime_response_object",
    "RealtimeResponseOutputModalitiesItem": "realtime_response_output_modalities_item",
    "RealtimeResponseStatus": "realtime_response_status",
    "RealtimeResponseStatusDetails": "realtime_response_status_details",
    "RealtimeResponseStatusDetailsError": "realtime_response_status_details_error",
    "RealtimeResponseStatusDetailsReason": "realtime_response_status_details_reason",
    "RealtimeResponseStatusDetailsType": "realtime_response_status_details_type",
    "RealtimeResponseUsage": "realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response_usage_input_token_details",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_response_usage_input_token_details_cached_tokens_details",
    "RealtimeResponseUsageOutputTokenDetails": "realtime_response_usage_output_token_details",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationCreatedType": "realtime_server_event_conversation_created_type",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemAddedType": "realtime_server_event_conversation_item_added_type",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemCreatedType": "realtime_server_event_conversation_item_created_type",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDeletedType": "realtime_server_event_conversation_item_deleted_type",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemDoneType": "realtime_server_event_conversation_item_done_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType": "realtime_server_event_conversation_item_input_audio_transcription_completed_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType": "realtime_server_event_conversation_item_input_audio_transcription_delta_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedType": "realtime_server_event_conversation_item_input_audio_transcription_failed_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType": "realtime_server_event_conversation_item_input_audio_transcription_segment_type",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemRetrievedType": "realtime_server_event_conversation_item_retrieved_type",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventConversationItemTruncatedType": "realtime_server_event_conversation_item_truncated_type",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorError": "realtime_server_event_error_error",
    "RealtimeServerEventErrorType": "realtime_server_event_error_type",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferClearedType": "realtime_server_event_input_audio_buffer_cleared_type",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferCommittedType": "realtime_server_event_input_audio_buffer_committed_type",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferDtmfEventReceivedType": "realtime_server_event_input_audio_buffer_dtmf_event_received_type",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStartedType": "realtime_server_event_input_audio_buffer_speech_started_type",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferSpeechStoppedType": "realtime_server_event_input_audio_buffer_speech_stopped_type",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventInputAudioBufferTimeoutTriggeredType": "realtime_server_event_input_audio_buffer_timeout_triggered_type",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsCompletedType": "realtime_server_event_mcp_list_tools_completed_type",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsFailedType": "realtime_server_event_mcp_list_tools_failed_type",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventMCPListToolsInProgressType": "realtime_server_event_mcp_list_tools_in_progress_type",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferClearedType": "realtime_server_event_output_audio_buffer_cleared_type",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStartedType": "realtime_server_event_output_audio_buffer_started_type",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventOutputAudioBufferStoppedType": "realtime_server_event_output_audio_buffer_stopped_type",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": "realtime_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeServerEventRateLimitsUpdatedType": "realtime_server_event_rate_limits_updated_type",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDeltaType": "realtime_server_event_response_audio_delta_type",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioDoneType": "realtime_server_event_response_audio_done_type",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDeltaType": "realtime_server_event_response_audio_transcript_delta_type",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseAudioTranscriptDoneType": "realtime_server_event_response_audio_transcript_done_type",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added_part",
    "RealtimeServerEventResponseContentPartAddedPartType": "realtime_server_event_response_content_part_added_part_type",
    "RealtimeServerEventResponseContentPartAddedType": "realtime_server_event_response_content_part_added_type",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseContentPartDonePartType": "realtime_server_event_response_content_part_done_part_type",
    "RealtimeServerEventResponseContentPartDoneType": "realtime_server_event_response_content_part_done_type",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseCreatedType": "realtime_server_event_response_created_type",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseDoneType": "realtime_server_event_response_done_type",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDeltaType": "realtime_server_event_response_function_call_arguments_delta_type",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDoneType": "realtime_server_event_response_function_call_arguments_done_type",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDeltaType": "realtime_server_event_response_mcp_call_arguments_delta_type",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDoneType": "realtime_server_event_response_mcp_call_arguments_done_type",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallCompletedType": "realtime_server_event_response_mcp_call_completed_type",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallFailedType": "realtime_server_event_response_mcp_call_failed_type",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseMCPCallInProgressType": "realtime_server_event_response_mcp_call_in_progress_type",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemAddedType": "realtime_server_event_response_output_item_added_type",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseOutputItemDoneType": "realtime_server_event_response_output_item_done_type",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDeltaType": "realtime_server_event_response_text_delta_type",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventResponseTextDoneType": "realtime_server_event_response_text_done_type",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionCreatedType": "realtime_server_event_session_created_type",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventSessionUpdatedType": "realtime_server_event_session_updated_type",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeServerEventTranscriptionSessionUpdatedType": "realtime_server_event_transcription_session_updated_type",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestClientSecretExpiresAfter": "realtime_session_create_request_client_secret_expires_after",
    "RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor": "realtime_session_create_request_client_secret_expires_after_anchor",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAIncludeItem": "realtime_session_create_request_ga_include_item",
    "RealtimeSessionCreateRequestGAMaxOutputTokens": "realtime_session_create_request_ga_max_output_tokens",
    "RealtimeSessionCreateRequestGAModel": "realtime_session_create_request_ga_model",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem": "realtime_session_create_request_ga_output_modalities_item",
    "RealtimeSessionCreateRequestGATracingAuto": "realtime_session_create_request_ga_tracing_auto",
    "RealtimeSessionCreateRequestGATracingConfiguration": "realtime_session_create_request_ga_tracing_configuration",
    "RealtimeSessionCreateRequestGATracingConfigurationMetadata": "realtime_session_create_request_ga_tracing_configuration_metadata",
    "RealtimeSessionCreateRequestGAType": "realtime_session_create_request_ga_type",
    "RealtimeSessionCreateRequestInputAudioNoiseReduction": "realtime_session_create_request_input_audio_noise_reduction",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType": "realtime_session_create_request_input_audio_noise_reduction_type",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokens": "realtime_session_create_request_max_response_output_tokens",
    "RealtimeSessionCreateRequestModalitiesItem": "realtime_session_create_request_modalities_item",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestToolsItemParameters": "realtime_session_create_request_tools_item_parameters",
    "RealtimeSessionCreateRequestToolsItemType": "realtime_session_create_request_tools_item_type",
    "RealtimeSessionCreateRequestTracingAuto": "realtime_session_create_request_tracing_auto",
    "RealtimeSessionCreateRequestTracingConfiguration": "realtime_session_create_request_tracing_configuration",
    "RealtimeSessionCreateRequestTracingConfigurationMetadata": "realtime_session_create_request_tracing_configuration_metadata",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateRequestTurnDetectionEagerness": "realtime_session_create_request_turn_detection_eagerness",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response_audio_input_turn_detection",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction": "realtime_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionCreateResponseGAIncludeItem": "realtime_session_create_response_ga_include_item",
    "RealtimeSessionCreateResponseGAMaxOutputTokens": "realtime_session_create_response_ga_max_output_tokens",
    "RealtimeSessionCreateResponseGAModel": "realtime_session_create_response_ga_model",
    "RealtimeSessionCreateResponseGAObject": "realtime_session_create_response_ga_object",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem": "realtime_session_create_response_ga_output_modalities_item",
    "RealtimeSessionCreateResponseGATracingAuto": "realtime_session_create_response_ga_tracing_auto",
    "RealtimeSessionCreateResponseGATracingConfiguration": "realtime_session_create_response_ga_tracing_configuration",
    "RealtimeSessionCreateResponseGATracingConfigurationMetadata": "realtime_session_create_response_ga_tracing_configuration_metadata",
    "RealtimeSessionCreateResponseGAType": "realtime_session_create_response_ga_type",
    "RealtimeSessionCreateResponseIncludeItem": "realtime_session_create_response_include_item",
    "RealtimeSessionCreateResponseMaxOutputTokens": "realtime_session_create_response_max_output_tokens",
    "RealtimeSessionCreateResponseOutputModalitiesItem": "realtime_session_create_response_output_modalities_item",
    "RealtimeSessionCreateResponseTracingAuto": "realtime_session_create_response_tracing_auto",
    "RealtimeSessionCreateResponseTracingConfiguration": "realtime_session_create_response_tracing_configuration",
    "RealtimeSessionCreateResponseTracingConfigurationMetadata": "realtime_session_create_response_tracing_configuration_metadata",
    "RealtimeSessionCreateResponseTurnDetection": "realtime_session_create_response_turn_detection",
    "RealtimeSessionIncludeItem": "realtime_session_include_item",
    "RealtimeSessionInputAudioFormat": "realtime_session_input_audio_format",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session_input_audio_noise_reduction",
    "RealtimeSessionMaxResponseOutputTokens": "realtime_session_max_response_output_tokens",
    "RealtimeSessionModalitiesItem": "realtime_session_modalities_item",
    "RealtimeSessionModel": "realtime_session_model",
    "RealtimeSessionObject": "realtime_session_object",
    "RealtimeSessionOutputAudioFormat": "realtime_session_output_audio_format",
    "RealtimeSessionTracingAuto": "realtime_session_tracing_auto",
    "RealtimeSessionTracingConfiguration": "realtime_session_tracing_configuration",
    "RealtimeSessionTracingConfigurationMetadata": "realtime_session_tracing_configuration_metadata",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestClientSecret": "realtime_transcription_session_create_request_client_secret",
    "RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt": "realtime_transcription_session_create_request_client_secret_expires_at",
    "RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor": "realtime_transcription_session_create_request_client_secret_expires_at_anchor",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeItem": "realtime_transcription_session_create_request_ga_include_item",
    "RealtimeTranscriptionSessionCreateRequestGAType": "realtime_transcription_session_create_request_ga_type",
    "RealtimeTranscriptionSessionCreateRequestIncludeItem": "realtime_transcription_session_create_request_include_item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat": "realtime_transcription_session_create_request_input_audio_format",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestModalitiesItem": "realtime_transcription_session_create_request_modalities_item",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness": "realtime_transcription_session_create_request_turn_detection_eagerness",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType": "realtime_transcription_session_create_request_turn_detection_type",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response_client_secret",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction": "realtime_transcription_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection": "realtime_transcription_session_create_response_ga_audio_input_turn_detection",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeItem": "realtime_transcription_session_create_response_ga_include_item",
    "RealtimeTranscriptionSessionCreateResponseGAType": "realtime_transcription_session_create_response_ga_type",
    "RealtimeTranscriptionSessionCreateResponseModalitiesItem": "realtime_transcription_session_create_response_modalities_item",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection": "realtime_transcription_session_create_response_turn_detection",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventInputAudioBufferAppendType": "realtime_translation_client_event_input_audio_buffer_append_type",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionCloseType": "realtime_translation_client_event_session_close_type",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientEventSessionUpdateType": "realtime_translation_client_event_session_update_type",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter": "realtime_translation_client_secret_create_request_expires_after",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor": "realtime_translation_client_secret_create_request_expires_after_anchor",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionClosedType": "realtime_translation_server_event_session_closed_type",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionCreatedType": "realtime_translation_server_event_session_created_type",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType": "realtime_translation_server_event_session_input_transcript_delta_type",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat": "realtime_translation_server_event_session_output_audio_delta_format",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType": "realtime_translation_server_event_session_output_audio_delta_type",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType": "realtime_translation_server_event_session_output_transcript_delta_type",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationServerEventSessionUpdatedType": "realtime_translation_server_event_session_updated_type",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReduction": "realtime_translation_session_audio_input_noise_reduction",
    "RealtimeTranslationSessionAudioInputTranscription": "realtime_translation_session_audio_input_transcription",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction": "realtime_translation_session_create_request_audio_input_noise_reduction",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscription": "realtime_translation_session_create_request_audio_input_transcription",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionType": "realtime_translation_session_type",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request_audio",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request_audio_input",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction": "realtime_translation_session_update_request_audio_input_noise_reduction",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscription": "realtime_translation_session_update_request_audio_input_transcription",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request_audio_output",
    "RealtimeTruncationEnum": "realtime_truncation_enum",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits": "realtime_truncation_retention_ratio_truncation_token_limits",
    "RealtimeTruncationRetentionRatioTruncationType": "realtime_truncation_retention_ratio_truncation_type",
    "RealtimeTurnDetectionSemanticVAD": "realtime_turn_detection_semantic_vad",
    "RealtimeTurnDetectionSemanticVADEagerness": "realtime_turn_detection_semantic_vad_eagerness",
    "RealtimeTurnDetectionServerVAD": "realtime_turn_detection_server_vad",
    "RealtimeUnknownVariant": "realtime_unknown_variant",
    "ResponsePromptVariablesPromptVariables": "response_prompt_variables_prompt_variables",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceFunctionType": "tool_choice_function_type",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceMCPType": "tool_choice_mcp_type",
    "ToolChoiceOptions": "tool_choice_options",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageDurationType": "transcript_text_usage_duration_type",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptTextUsageTokensType": "transcript_text_usage_tokens_type",
    "TranscriptionLanguage": "transcription_language",
    "VoiceIdsOrCustomVoiceObject": "voice_ids_or_custom_voice_object",
    "VoiceIdsSharedEnum": "voice_ids_shared_enum",
    "WebhookLiveCallIncoming": "webhook_live_call_incoming",
    "WebhookLiveCallIncomingData": "webhook_live_call_incoming_data",
    "WebhookLiveCallIncomingDataSipHeadersItem": "webhook_live_call_incoming_data_sip_headers_item",
    "WebhookLiveCallIncomingObject": "webhook_live_call_incoming_object",
    "WebhookLiveCallIncomingType": "webhook_live_call_incoming_type",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncomingObject": "webhook_realtime_call_incoming_object",
    "WebhookRealtimeCallIncomingType": "webhook_realtime_call_incoming_type",
}

__all__ = (
    "AudioTranscription",
    "AudioTranscriptionDelay",
    "AudioTranscriptionModel",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseModel",
    "CallableToolAllowedCaller",
    "FileInputDetail",
    "ImageDetail",
    "InputFileContent",
    "InputFileContentType",
    "InputImageContent",
    "InputImageContentType",
    "InputTextContent",
    "InputTextContentType",
    "LogProbProperties",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotations",
    "MCPListToolsToolInputSchema",
    "MCPTool",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolHeaders",
    "MCPToolRequireApprovalFilter",
    "MCPToolRequireApprovalSetting",
    "MCPToolType",
    "MetadataObject",
    "NoiseReductionType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptObject",
    "RealtimeAudioFormatsPCMAAudioFormat",
    "RealtimeAudioFormatsPCMAAudioFormatType",
    "RealtimeAudioFormatsPCMAudioFormat",
    "RealtimeAudioFormatsPCMAudioFormatRate",
    "RealtimeAudioFormatsPCMAudioFormatType",
    "RealtimeAudioFormatsPCMUAudioFormat",
    "RealtimeAudioFormatsPCMUAudioFormatType",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemCreateType",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemDeleteType",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemRetrieveType",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventConversationItemTruncateType",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferAppendType",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferClearType",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventInputAudioBufferCommitType",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventOutputAudioBufferClearType",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCancelType",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventResponseCreateType",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventSessionUpdateType",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdateType",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsConversation",
    "RealtimeBetaResponseCreateParamsMaxOutputTokens",
    "RealtimeBetaResponseCreateParamsModalitiesItem",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseCreateParamsToolsItemParameters",
    "RealtimeBetaResponseCreateParamsToolsItemType",
    "RealtimeBetaResponseMaxOutputTokens",
    "RealtimeBetaResponseModalitiesItem",
    "RealtimeBetaResponseObject",
    "RealtimeBetaResponseOutputAudioFormat",
    "RealtimeBetaResponseStatus",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseStatusDetailsReason",
    "RealtimeBetaResponseStatusDetailsType",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemCreatedType",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemDeletedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemRetrievedType",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventConversationItemTruncatedType",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventErrorType",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferClearedType",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferCommittedType",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStartedType",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventInputAudioBufferSpeechStoppedType",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsCompletedType",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsFailedType",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventMCPListToolsInProgressType",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeBetaServerEventRateLimitsUpdatedType",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDeltaType",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioDoneType",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDeltaType",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDoneType",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartAddedPartType",
    "RealtimeBetaServerEventResponseContentPartAddedType",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseContentPartDonePartType",
    "RealtimeBetaServerEventResponseContentPartDoneType",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseCreatedType",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseDoneType",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDoneType",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallCompletedType",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallFailedType",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseMCPCallInProgressType",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemAddedType",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseOutputItemDoneType",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDeltaType",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventResponseTextDoneType",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionCreatedType",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventSessionUpdatedType",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionCreatedType",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionUpdatedType",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallRejectRequest",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemCreateType",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemDeleteType",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemRetrieveType",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventConversationItemTruncateType",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferAppendType",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferClearType",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventInputAudioBufferCommitType",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventOutputAudioBufferClearType",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCancelType",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventResponseCreateType",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventSessionUpdateType",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdateType",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallObject",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallOutputObject",
    "RealtimeConversationItemFunctionCallOutputStatus",
    "RealtimeConversationItemFunctionCallOutputType",
    "RealtimeConversationItemFunctionCallStatus",
    "RealtimeConversationItemFunctionCallType",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageAssistantContentItemType",
    "RealtimeConversationItemMessageAssistantObject",
    "RealtimeConversationItemMessageAssistantRole",
    "RealtimeConversationItemMessageAssistantStatus",
    "RealtimeConversationItemMessageAssistantType",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageSystemContentItemType",
    "RealtimeConversationItemMessageSystemObject",
    "RealtimeConversationItemMessageSystemRole",
    "RealtimeConversationItemMessageSystemStatus",
    "RealtimeConversationItemMessageSystemType",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemMessageUserContentItemDetail",
    "RealtimeConversationItemMessageUserContentItemType",
    "RealtimeConversationItemMessageUserObject",
    "RealtimeConversationItemMessageUserRole",
    "RealtimeConversationItemMessageUserStatus",
    "RealtimeConversationItemMessageUserType",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeConversationItemWithReferenceContentItemType",
    "RealtimeConversationItemWithReferenceObject",
    "RealtimeConversationItemWithReferenceRole",
    "RealtimeConversationItemWithReferenceStatus",
    "RealtimeConversationItemWithReferenceType",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretRequestExpiresAfterAnchor",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParameters",
    "RealtimeFunctionToolType",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalRequestType",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPApprovalResponseType",
    "RealtimeMCPHTTPError",
    "RealtimeMCPHTTPErrorType",
    "RealtimeMCPListTools",
    "RealtimeMCPListToolsType",
    "RealtimeMCPProtocolError",
    "RealtimeMCPProtocolErrorType",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolCallType",
    "RealtimeMCPToolExecutionError",
    "RealtimeMCPToolExecutionErrorType",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseCreateParamsConversation",
    "RealtimeResponseCreateParamsMaxOutputTokens",
    "RealtimeResponseCreateParamsOutputModalitiesItem",
    "RealtimeResponseMaxOutputTokens",
    "RealtimeResponseObject",
    "RealtimeResponseOutputModalitiesItem",
    "RealtimeResponseStatus",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseStatusDetailsReason",
    "RealtimeResponseStatusDetailsType",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationCreatedType",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemAddedType",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemCreatedType",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDeletedType",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemDoneType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemRetrievedType",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventConversationItemTruncatedType",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorError",
    "RealtimeServerEventErrorType",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferClearedType",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferCommittedType",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferDtmfEventReceivedType",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStartedType",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferSpeechStoppedType",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventInputAudioBufferTimeoutTriggeredType",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsCompletedType",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsFailedType",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventMCPListToolsInProgressType",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferClearedType",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStartedType",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventOutputAudioBufferStoppedType",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeServerEventRateLimitsUpdatedType",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDeltaType",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioDoneType",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDeltaType",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseAudioTranscriptDoneType",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartAddedPartType",
    "RealtimeServerEventResponseContentPartAddedType",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseContentPartDonePartType",
    "RealtimeServerEventResponseContentPartDoneType",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseCreatedType",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseDoneType",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDeltaType",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDoneType",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDeltaType",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDoneType",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallCompletedType",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallFailedType",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseMCPCallInProgressType",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemAddedType",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseOutputItemDoneType",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDeltaType",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventResponseTextDoneType",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionCreatedType",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventSessionUpdatedType",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeServerEventTranscriptionSessionUpdatedType",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestClientSecretExpiresAfter",
    "RealtimeSessionCreateRequestClientSecretExpiresAfterAnchor",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAIncludeItem",
    "RealtimeSessionCreateRequestGAMaxOutputTokens",
    "RealtimeSessionCreateRequestGAModel",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem",
    "RealtimeSessionCreateRequestGATracingAuto",
    "RealtimeSessionCreateRequestGATracingConfiguration",
    "RealtimeSessionCreateRequestGATracingConfigurationMetadata",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokens",
    "RealtimeSessionCreateRequestModalitiesItem",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestToolsItemParameters",
    "RealtimeSessionCreateRequestToolsItemType",
    "RealtimeSessionCreateRequestTracingAuto",
    "RealtimeSessionCreateRequestTracingConfiguration",
    "RealtimeSessionCreateRequestTracingConfigurationMetadata",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateRequestTurnDetectionEagerness",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionCreateResponseGAIncludeItem",
    "RealtimeSessionCreateResponseGAMaxOutputTokens",
    "RealtimeSessionCreateResponseGAModel",
    "RealtimeSessionCreateResponseGAObject",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem",
    "RealtimeSessionCreateResponseGATracingAuto",
    "RealtimeSessionCreateResponseGATracingConfiguration",
    "RealtimeSessionCreateResponseGATracingConfigurationMetadata",
    "RealtimeSessionCreateResponseGAType",
    "RealtimeSessionCreateResponseIncludeItem",
    "RealtimeSessionCreateResponseMaxOutputTokens",
    "RealtimeSessionCreateResponseOutputModalitiesItem",
    "RealtimeSessionCreateResponseTracingAuto",
    "RealtimeSessionCreateResponseTracingConfiguration",
    "RealtimeSessionCreateResponseTracingConfigurationMetadata",
    "RealtimeSessionCreateResponseTurnDetection",
    "RealtimeSessionIncludeItem",
    "RealtimeSessionInputAudioFormat",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionMaxResponseOutputTokens",
    "RealtimeSessionModalitiesItem",
    "RealtimeSessionModel",
    "RealtimeSessionObject",
    "RealtimeSessionOutputAudioFormat",
    "RealtimeSessionTracingAuto",
    "RealtimeSessionTracingConfiguration",
    "RealtimeSessionTracingConfigurationMetadata",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestClientSecret",
    "RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAt",
    "RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeItem",
    "RealtimeTranscriptionSessionCreateRequestGAType",
    "RealtimeTranscriptionSessionCreateRequestIncludeItem",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestModalitiesItem",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionEagerness",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeItem",
    "RealtimeTranscriptionSessionCreateResponseGAType",
    "RealtimeTranscriptionSessionCreateResponseModalitiesItem",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventInputAudioBufferAppendType",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionCloseType",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientEventSessionUpdateType",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionClosedType",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionCreatedType",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationServerEventSessionUpdatedType",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReduction",
    "RealtimeTranslationSessionAudioInputTranscription",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscription",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionType",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscription",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncationEnum",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits",
    "RealtimeTruncationRetentionRatioTruncationType",
    "RealtimeTurnDetectionSemanticVAD",
    "RealtimeTurnDetectionSemanticVADEagerness",
    "RealtimeTurnDetectionServerVAD",
    "RealtimeUnknownVariant",
    "ResponsePromptVariablesPromptVariables",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceOptions",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageDurationType",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptTextUsageTokensType",
    "TranscriptionLanguage",
    "VoiceIdsOrCustomVoiceObject",
    "VoiceIdsSharedEnum",
    "WebhookLiveCallIncoming",
    "WebhookLiveCallIncomingData",
    "WebhookLiveCallIncomingDataSipHeadersItem",
    "WebhookLiveCallIncomingObject",
    "WebhookLiveCallIncomingType",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncomingObject",
    "WebhookRealtimeCallIncomingType",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
