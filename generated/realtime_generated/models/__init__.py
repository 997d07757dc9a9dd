"""All data models of the realtime surface, imported on first use.

``from realtime_generated.models import X`` loads only X's module (and what X needs),
so importing the client or one endpoint stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_transcription import AudioTranscription as AudioTranscription
    from .audio_transcription_delay_type_1 import AudioTranscriptionDelayType1 as AudioTranscriptionDelayType1
    from .audio_transcription_model_type_1 import AudioTranscriptionModelType1 as AudioTranscriptionModelType1
    from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
    from .audio_transcription_response_model_type_1 import (
        AudioTranscriptionResponseModelType1 as AudioTranscriptionResponseModelType1,
    )
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
    from .mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0 as MCPListToolsToolAnnotationsType0,
    )
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema as MCPListToolsToolInputSchema
    from .mcp_tool import MCPTool as MCPTool
    from .mcp_tool_connector_id_type_1 import MCPToolConnectorIdType1 as MCPToolConnectorIdType1
    from .mcp_tool_filter import MCPToolFilter as MCPToolFilter
    from .mcp_tool_headers_type_0 import MCPToolHeadersType0 as MCPToolHeadersType0
    from .mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0 as MCPToolRequireApprovalType0Type0,
    )
    from .mcp_tool_require_approval_type_0_type_1 import (
        MCPToolRequireApprovalType0Type1 as MCPToolRequireApprovalType0Type1,
    )
    from .mcp_tool_type import MCPToolType as MCPToolType
    from .metadata_variant_0 import MetadataVariant0 as MetadataVariant0
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig as PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode as PromptCacheBreakpointConfigMode
    from .prompt_variant_0 import PromptVariant0 as PromptVariant0
    from .realtime_audio_formats_pcm_audio_format import (
        RealtimeAudioFormatsPCMAudioFormat as RealtimeAudioFormatsPCMAudioFormat,
    )
    from .realtime_audio_formats_pcm_audio_format_rate_type_1 import (
        RealtimeAudioFormatsPCMAudioFormatRateType1 as RealtimeAudioFormatsPCMAudioFormatRateType1,
    )
    from .realtime_audio_formats_pcm_audio_format_type_type_1 import (
        RealtimeAudioFormatsPCMAudioFormatTypeType1 as RealtimeAudioFormatsPCMAudioFormatTypeType1,
    )
    from .realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat as RealtimeAudioFormatsPCMAAudioFormat,
    )
    from .realtime_audio_formats_pcma_audio_format_type_type_1 import (
        RealtimeAudioFormatsPCMAAudioFormatTypeType1 as RealtimeAudioFormatsPCMAAudioFormatTypeType1,
    )
    from .realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat as RealtimeAudioFormatsPCMUAudioFormat,
    )
    from .realtime_audio_formats_pcmu_audio_format_type_type_1 import (
        RealtimeAudioFormatsPCMUAudioFormatTypeType1 as RealtimeAudioFormatsPCMUAudioFormatTypeType1,
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
    from .realtime_beta_response_create_params_conversation_type_1 import (
        RealtimeBetaResponseCreateParamsConversationType1 as RealtimeBetaResponseCreateParamsConversationType1,
    )
    from .realtime_beta_response_create_params_max_output_tokens_type_1 import (
        RealtimeBetaResponseCreateParamsMaxOutputTokensType1 as RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_beta_response_create_params_modalities_type_0_item import (
        RealtimeBetaResponseCreateParamsModalitiesType0Item as RealtimeBetaResponseCreateParamsModalitiesType0Item,
    )
    from .realtime_beta_response_create_params_output_audio_format_type_1 import (
        RealtimeBetaResponseCreateParamsOutputAudioFormatType1 as RealtimeBetaResponseCreateParamsOutputAudioFormatType1,
    )
    from .realtime_beta_response_create_params_tools_type_0_item import (
        RealtimeBetaResponseCreateParamsToolsType0Item as RealtimeBetaResponseCreateParamsToolsType0Item,
    )
    from .realtime_beta_response_create_params_tools_type_0_item_parameters_type_0 import (
        RealtimeBetaResponseCreateParamsToolsType0ItemParametersType0 as RealtimeBetaResponseCreateParamsToolsType0ItemParametersType0,
    )
    from .realtime_beta_response_create_params_tools_type_0_item_type_type_1 import (
        RealtimeBetaResponseCreateParamsToolsType0ItemTypeType1 as RealtimeBetaResponseCreateParamsToolsType0ItemTypeType1,
    )
    from .realtime_beta_response_max_output_tokens_type_1 import (
        RealtimeBetaResponseMaxOutputTokensType1 as RealtimeBetaResponseMaxOutputTokensType1,
    )
    from .realtime_beta_response_modalities_type_0_item import (
        RealtimeBetaResponseModalitiesType0Item as RealtimeBetaResponseModalitiesType0Item,
    )
    from .realtime_beta_response_object_type_1 import RealtimeBetaResponseObjectType1 as RealtimeBetaResponseObjectType1
    from .realtime_beta_response_output_audio_format_type_1 import (
        RealtimeBetaResponseOutputAudioFormatType1 as RealtimeBetaResponseOutputAudioFormatType1,
    )
    from .realtime_beta_response_status_details_type_0 import (
        RealtimeBetaResponseStatusDetailsType0 as RealtimeBetaResponseStatusDetailsType0,
    )
    from .realtime_beta_response_status_details_type_0_error_type_0 import (
        RealtimeBetaResponseStatusDetailsType0ErrorType0 as RealtimeBetaResponseStatusDetailsType0ErrorType0,
    )
    from .realtime_beta_response_status_details_type_0_reason_type_1 import (
        RealtimeBetaResponseStatusDetailsType0ReasonType1 as RealtimeBetaResponseStatusDetailsType0ReasonType1,
    )
    from .realtime_beta_response_status_details_type_0_type_type_1 import (
        RealtimeBetaResponseStatusDetailsType0TypeType1 as RealtimeBetaResponseStatusDetailsType0TypeType1,
    )
    from .realtime_beta_response_status_type_1 import RealtimeBetaResponseStatusType1 as RealtimeBetaResponseStatusType1
    from .realtime_beta_response_usage_type_0 import RealtimeBetaResponseUsageType0 as RealtimeBetaResponseUsageType0
    from .realtime_beta_response_usage_type_0_input_token_details_type_0 import (
        RealtimeBetaResponseUsageType0InputTokenDetailsType0 as RealtimeBetaResponseUsageType0InputTokenDetailsType0,
    )
    from .realtime_beta_response_usage_type_0_input_token_details_type_0_cached_tokens_details_type_0 import (
        RealtimeBetaResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0 as RealtimeBetaResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0,
    )
    from .realtime_beta_response_usage_type_0_output_token_details_type_0 import (
        RealtimeBetaResponseUsageType0OutputTokenDetailsType0 as RealtimeBetaResponseUsageType0OutputTokenDetailsType0,
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
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name_type_1 import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemNameType1 as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemNameType1,
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
    from .realtime_beta_server_event_response_content_part_added_part_type_type_1 import (
        RealtimeBetaServerEventResponseContentPartAddedPartTypeType1 as RealtimeBetaServerEventResponseContentPartAddedPartTypeType1,
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
    from .realtime_beta_server_event_response_content_part_done_part_type_type_1 import (
        RealtimeBetaServerEventResponseContentPartDonePartTypeType1 as RealtimeBetaServerEventResponseContentPartDonePartTypeType1,
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
    from .realtime_conversation_item_function_call_object_type_1 import (
        RealtimeConversationItemFunctionCallObjectType1 as RealtimeConversationItemFunctionCallObjectType1,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_output_object_type_1 import (
        RealtimeConversationItemFunctionCallOutputObjectType1 as RealtimeConversationItemFunctionCallOutputObjectType1,
    )
    from .realtime_conversation_item_function_call_output_status_type_1 import (
        RealtimeConversationItemFunctionCallOutputStatusType1 as RealtimeConversationItemFunctionCallOutputStatusType1,
    )
    from .realtime_conversation_item_function_call_output_type import (
        RealtimeConversationItemFunctionCallOutputType as RealtimeConversationItemFunctionCallOutputType,
    )
    from .realtime_conversation_item_function_call_status_type_1 import (
        RealtimeConversationItemFunctionCallStatusType1 as RealtimeConversationItemFunctionCallStatusType1,
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
    from .realtime_conversation_item_message_assistant_content_item_type_type_1 import (
        RealtimeConversationItemMessageAssistantContentItemTypeType1 as RealtimeConversationItemMessageAssistantContentItemTypeType1,
    )
    from .realtime_conversation_item_message_assistant_object_type_1 import (
        RealtimeConversationItemMessageAssistantObjectType1 as RealtimeConversationItemMessageAssistantObjectType1,
    )
    from .realtime_conversation_item_message_assistant_role import (
        RealtimeConversationItemMessageAssistantRole as RealtimeConversationItemMessageAssistantRole,
    )
    from .realtime_conversation_item_message_assistant_status_type_1 import (
        RealtimeConversationItemMessageAssistantStatusType1 as RealtimeConversationItemMessageAssistantStatusType1,
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
    from .realtime_conversation_item_message_system_content_item_type_type_1 import (
        RealtimeConversationItemMessageSystemContentItemTypeType1 as RealtimeConversationItemMessageSystemContentItemTypeType1,
    )
    from .realtime_conversation_item_message_system_object_type_1 import (
        RealtimeConversationItemMessageSystemObjectType1 as RealtimeConversationItemMessageSystemObjectType1,
    )
    from .realtime_conversation_item_message_system_role import (
        RealtimeConversationItemMessageSystemRole as RealtimeConversationItemMessageSystemRole,
    )
    from .realtime_conversation_item_message_system_status_type_1 import (
        RealtimeConversationItemMessageSystemStatusType1 as RealtimeConversationItemMessageSystemStatusType1,
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
    from .realtime_conversation_item_message_user_content_item_detail_type_1 import (
        RealtimeConversationItemMessageUserContentItemDetailType1 as RealtimeConversationItemMessageUserContentItemDetailType1,
    )
    from .realtime_conversation_item_message_user_content_item_type_type_1 import (
        RealtimeConversationItemMessageUserContentItemTypeType1 as RealtimeConversationItemMessageUserContentItemTypeType1,
    )
    from .realtime_conversation_item_message_user_object_type_1 import (
        RealtimeConversationItemMessageUserObjectType1 as RealtimeConversationItemMessageUserObjectType1,
    )
    from .realtime_conversation_item_message_user_role import (
        RealtimeConversationItemMessageUserRole as RealtimeConversationItemMessageUserRole,
    )
    from .realtime_conversation_item_message_user_status_type_1 import (
        RealtimeConversationItemMessageUserStatusType1 as RealtimeConversationItemMessageUserStatusType1,
    )
    from .realtime_conversation_item_message_user_type import (
        RealtimeConversationItemMessageUserType as RealtimeConversationItemMessageUserType,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
    )
    from .realtime_conversation_item_with_reference_content_type_0_item import (
        RealtimeConversationItemWithReferenceContentType0Item as RealtimeConversationItemWithReferenceContentType0Item,
    )
    from .realtime_conversation_item_with_reference_content_type_0_item_type_type_1 import (
        RealtimeConversationItemWithReferenceContentType0ItemTypeType1 as RealtimeConversationItemWithReferenceContentType0ItemTypeType1,
    )
    from .realtime_conversation_item_with_reference_object_type_1 import (
        RealtimeConversationItemWithReferenceObjectType1 as RealtimeConversationItemWithReferenceObjectType1,
    )
    from .realtime_conversation_item_with_reference_role_type_1 import (
        RealtimeConversationItemWithReferenceRoleType1 as RealtimeConversationItemWithReferenceRoleType1,
    )
    from .realtime_conversation_item_with_reference_status_type_1 import (
        RealtimeConversationItemWithReferenceStatusType1 as RealtimeConversationItemWithReferenceStatusType1,
    )
    from .realtime_conversation_item_with_reference_type_type_1 import (
        RealtimeConversationItemWithReferenceTypeType1 as RealtimeConversationItemWithReferenceTypeType1,
    )
    from .realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
    )
    from .realtime_create_client_secret_request_expires_after_type_0 import (
        RealtimeCreateClientSecretRequestExpiresAfterType0 as RealtimeCreateClientSecretRequestExpiresAfterType0,
    )
    from .realtime_create_client_secret_request_expires_after_type_0_anchor_type_1 import (
        RealtimeCreateClientSecretRequestExpiresAfterType0AnchorType1 as RealtimeCreateClientSecretRequestExpiresAfterType0AnchorType1,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
    )
    from .realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
    from .realtime_function_tool_parameters_type_0 import (
        RealtimeFunctionToolParametersType0 as RealtimeFunctionToolParametersType0,
    )
    from .realtime_function_tool_type_type_1 import RealtimeFunctionToolTypeType1 as RealtimeFunctionToolTypeType1
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
    from .realtime_response_audio_type_0 import RealtimeResponseAudioType0 as RealtimeResponseAudioType0
    from .realtime_response_audio_type_0_output_type_0 import (
        RealtimeResponseAudioType0OutputType0 as RealtimeResponseAudioType0OutputType0,
    )
    from .realtime_response_create_params import RealtimeResponseCreateParams as RealtimeResponseCreateParams
    from .realtime_response_create_params_audio_type_0 import (
        RealtimeResponseCreateParamsAudioType0 as RealtimeResponseCreateParamsAudioType0,
    )
    from .realtime_response_create_params_audio_type_0_output_type_0 import (
        RealtimeResponseCreateParamsAudioType0OutputType0 as RealtimeResponseCreateParamsAudioType0OutputType0,
    )
    from .realtime_response_create_params_conversation_type_1 import (
        RealtimeResponseCreateParamsConversationType1 as RealtimeResponseCreateParamsConversationType1,
    )
    from .realtime_response_create_params_max_output_tokens_type_1 import (
        RealtimeResponseCreateParamsMaxOutputTokensType1 as RealtimeResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_response_create_params_output_modalities_type_0_item import (
        RealtimeResponseCreateParamsOutputModalitiesType0Item as RealtimeResponseCreateParamsOutputModalitiesType0Item,
    )
    from .realtime_response_max_output_tokens_type_1 import (
        RealtimeResponseMaxOutputTokensType1 as RealtimeResponseMaxOutputTokensType1,
    )
    from .realtime_response_object_type_1 import RealtimeResponseObjectType1 as RealtimeResponseObjectType1
    from .realtime_response_output_modalities_type_0_item import (
        RealtimeResponseOutputModalitiesType0Item as RealtimeResponseOutputModalitiesType0Item,
    )
    from .realtime_response_status_details_type_0 import (
        RealtimeResponseStatusDetailsType0 as RealtimeResponseStatusDetailsType0,
    )
    from .realtime_response_status_details_type_0_error_type_0 import (
        RealtimeResponseStatusDetailsType0ErrorType0 as RealtimeResponseStatusDetailsType0ErrorType0,
    )
    from .realtime_response_status_details_type_0_reason_type_1 import (
        RealtimeResponseStatusDetailsType0ReasonType1 as RealtimeResponseStatusDetailsType0ReasonType1,
    )
    from .realtime_response_status_details_type_0_type_type_1 import (
        RealtimeResponseStatusDetailsType0TypeType1 as RealtimeResponseStatusDetailsType0TypeType1,
    )
    from .realtime_response_status_type_1 import RealtimeResponseStatusType1 as RealtimeResponseStatusType1
    from .realtime_response_usage_type_0 import RealtimeResponseUsageType0 as RealtimeResponseUsageType0
    from .realtime_response_usage_type_0_input_token_details_type_0 import (
        RealtimeResponseUsageType0InputTokenDetailsType0 as RealtimeResponseUsageType0InputTokenDetailsType0,
    )
    from .realtime_response_usage_type_0_input_token_details_type_0_cached_tokens_details_type_0 import (
        RealtimeResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0 as RealtimeResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0,
    )
    from .realtime_response_usage_type_0_output_token_details_type_0 import (
        RealtimeResponseUsageType0OutputTokenDetailsType0 as RealtimeResponseUsageType0OutputTokenDetailsType0,
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
    from .realtime_server_event_rate_limits_updated_rate_limits_item_name_type_1 import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItemNameType1 as RealtimeServerEventRateLimitsUpdatedRateLimitsItemNameType1,
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
    from .realtime_server_event_response_content_part_added_part_type_type_1 import (
        RealtimeServerEventResponseContentPartAddedPartTypeType1 as RealtimeServerEventResponseContentPartAddedPartTypeType1,
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
    from .realtime_server_event_response_content_part_done_part_type_type_1 import (
        RealtimeServerEventResponseContentPartDonePartTypeType1 as RealtimeServerEventResponseContentPartDonePartTypeType1,
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
    from .realtime_session_create_request_client_secret_type_0 import (
        RealtimeSessionCreateRequestClientSecretType0 as RealtimeSessionCreateRequestClientSecretType0,
    )
    from .realtime_session_create_request_client_secret_type_0_expires_after_type_0 import (
        RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0 as RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0,
    )
    from .realtime_session_create_request_client_secret_type_0_expires_after_type_0_anchor import (
        RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor as RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor,
    )
    from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA
    from .realtime_session_create_request_ga_audio_type_0 import (
        RealtimeSessionCreateRequestGAAudioType0 as RealtimeSessionCreateRequestGAAudioType0,
    )
    from .realtime_session_create_request_ga_audio_type_0_input_type_0 import (
        RealtimeSessionCreateRequestGAAudioType0InputType0 as RealtimeSessionCreateRequestGAAudioType0InputType0,
    )
    from .realtime_session_create_request_ga_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeSessionCreateRequestGAAudioType0InputType0NoiseReductionType0 as RealtimeSessionCreateRequestGAAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_session_create_request_ga_audio_type_0_output_type_0 import (
        RealtimeSessionCreateRequestGAAudioType0OutputType0 as RealtimeSessionCreateRequestGAAudioType0OutputType0,
    )
    from .realtime_session_create_request_ga_include_type_0_item import (
        RealtimeSessionCreateRequestGAIncludeType0Item as RealtimeSessionCreateRequestGAIncludeType0Item,
    )
    from .realtime_session_create_request_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateRequestGAMaxOutputTokensType1 as RealtimeSessionCreateRequestGAMaxOutputTokensType1,
    )
    from .realtime_session_create_request_ga_model_type_1 import (
        RealtimeSessionCreateRequestGAModelType1 as RealtimeSessionCreateRequestGAModelType1,
    )
    from .realtime_session_create_request_ga_output_modalities_type_0_item import (
        RealtimeSessionCreateRequestGAOutputModalitiesType0Item as RealtimeSessionCreateRequestGAOutputModalitiesType0Item,
    )
    from .realtime_session_create_request_ga_tracing_type_0 import (
        RealtimeSessionCreateRequestGATracingType0 as RealtimeSessionCreateRequestGATracingType0,
    )
    from .realtime_session_create_request_ga_tracing_type_1 import (
        RealtimeSessionCreateRequestGATracingType1 as RealtimeSessionCreateRequestGATracingType1,
    )
    from .realtime_session_create_request_ga_tracing_type_1_metadata_type_0 import (
        RealtimeSessionCreateRequestGATracingType1MetadataType0 as RealtimeSessionCreateRequestGATracingType1MetadataType0,
    )
    from .realtime_session_create_request_ga_type import (
        RealtimeSessionCreateRequestGAType as RealtimeSessionCreateRequestGAType,
    )
    from .realtime_session_create_request_input_audio_noise_reduction_type_0 import (
        RealtimeSessionCreateRequestInputAudioNoiseReductionType0 as RealtimeSessionCreateRequestInputAudioNoiseReductionType0,
    )
    from .realtime_session_create_request_input_audio_noise_reduction_type_0_type_type_1 import (
        RealtimeSessionCreateRequestInputAudioNoiseReductionType0TypeType1 as RealtimeSessionCreateRequestInputAudioNoiseReductionType0TypeType1,
    )
    from .realtime_session_create_request_input_audio_transcription_type_0 import (
        RealtimeSessionCreateRequestInputAudioTranscriptionType0 as RealtimeSessionCreateRequestInputAudioTranscriptionType0,
    )
    from .realtime_session_create_request_max_response_output_tokens_type_1 import (
        RealtimeSessionCreateRequestMaxResponseOutputTokensType1 as RealtimeSessionCreateRequestMaxResponseOutputTokensType1,
    )
    from .realtime_session_create_request_tools_type_0_item import (
        RealtimeSessionCreateRequestToolsType0Item as RealtimeSessionCreateRequestToolsType0Item,
    )
    from .realtime_session_create_request_tools_type_0_item_parameters_type_0 import (
        RealtimeSessionCreateRequestToolsType0ItemParametersType0 as RealtimeSessionCreateRequestToolsType0ItemParametersType0,
    )
    from .realtime_session_create_request_tools_type_0_item_type_type_1 import (
        RealtimeSessionCreateRequestToolsType0ItemTypeType1 as RealtimeSessionCreateRequestToolsType0ItemTypeType1,
    )
    from .realtime_session_create_request_tracing_type_0 import (
        RealtimeSessionCreateRequestTracingType0 as RealtimeSessionCreateRequestTracingType0,
    )
    from .realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1 as RealtimeSessionCreateRequestTracingType1,
    )
    from .realtime_session_create_request_tracing_type_1_metadata_type_0 import (
        RealtimeSessionCreateRequestTracingType1MetadataType0 as RealtimeSessionCreateRequestTracingType1MetadataType0,
    )
    from .realtime_session_create_request_turn_detection_type_0 import (
        RealtimeSessionCreateRequestTurnDetectionType0 as RealtimeSessionCreateRequestTurnDetectionType0,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio_type_0 import (
        RealtimeSessionCreateResponseAudioType0 as RealtimeSessionCreateResponseAudioType0,
    )
    from .realtime_session_create_response_audio_type_0_input_type_0 import (
        RealtimeSessionCreateResponseAudioType0InputType0 as RealtimeSessionCreateResponseAudioType0InputType0,
    )
    from .realtime_session_create_response_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseAudioType0InputType0NoiseReductionType0 as RealtimeSessionCreateResponseAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_session_create_response_audio_type_0_input_type_0_turn_detection_type_0 import (
        RealtimeSessionCreateResponseAudioType0InputType0TurnDetectionType0 as RealtimeSessionCreateResponseAudioType0InputType0TurnDetectionType0,
    )
    from .realtime_session_create_response_audio_type_0_output_type_0 import (
        RealtimeSessionCreateResponseAudioType0OutputType0 as RealtimeSessionCreateResponseAudioType0OutputType0,
    )
    from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA
    from .realtime_session_create_response_ga_audio_type_0 import (
        RealtimeSessionCreateResponseGAAudioType0 as RealtimeSessionCreateResponseGAAudioType0,
    )
    from .realtime_session_create_response_ga_audio_type_0_input_type_0 import (
        RealtimeSessionCreateResponseGAAudioType0InputType0 as RealtimeSessionCreateResponseGAAudioType0InputType0,
    )
    from .realtime_session_create_response_ga_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseGAAudioType0InputType0NoiseReductionType0 as RealtimeSessionCreateResponseGAAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_session_create_response_ga_audio_type_0_output_type_0 import (
        RealtimeSessionCreateResponseGAAudioType0OutputType0 as RealtimeSessionCreateResponseGAAudioType0OutputType0,
    )
    from .realtime_session_create_response_ga_include_type_0_item import (
        RealtimeSessionCreateResponseGAIncludeType0Item as RealtimeSessionCreateResponseGAIncludeType0Item,
    )
    from .realtime_session_create_response_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseGAMaxOutputTokensType1 as RealtimeSessionCreateResponseGAMaxOutputTokensType1,
    )
    from .realtime_session_create_response_ga_model_type_1 import (
        RealtimeSessionCreateResponseGAModelType1 as RealtimeSessionCreateResponseGAModelType1,
    )
    from .realtime_session_create_response_ga_object import (
        RealtimeSessionCreateResponseGAObject as RealtimeSessionCreateResponseGAObject,
    )
    from .realtime_session_create_response_ga_output_modalities_type_0_item import (
        RealtimeSessionCreateResponseGAOutputModalitiesType0Item as RealtimeSessionCreateResponseGAOutputModalitiesType0Item,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_0 import (
        RealtimeSessionCreateResponseGATracingType0Type0 as RealtimeSessionCreateResponseGATracingType0Type0,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateResponseGATracingType0Type1 as RealtimeSessionCreateResponseGATracingType0Type1,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_1_metadata_type_0 import (
        RealtimeSessionCreateResponseGATracingType0Type1MetadataType0 as RealtimeSessionCreateResponseGATracingType0Type1MetadataType0,
    )
    from .realtime_session_create_response_ga_type import (
        RealtimeSessionCreateResponseGAType as RealtimeSessionCreateResponseGAType,
    )
    from .realtime_session_create_response_include_type_0_item import (
        RealtimeSessionCreateResponseIncludeType0Item as RealtimeSessionCreateResponseIncludeType0Item,
    )
    from .realtime_session_create_response_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseMaxOutputTokensType1 as RealtimeSessionCreateResponseMaxOutputTokensType1,
    )
    from .realtime_session_create_response_tracing_type_0 import (
        RealtimeSessionCreateResponseTracingType0 as RealtimeSessionCreateResponseTracingType0,
    )
    from .realtime_session_create_response_tracing_type_1 import (
        RealtimeSessionCreateResponseTracingType1 as RealtimeSessionCreateResponseTracingType1,
    )
    from .realtime_session_create_response_tracing_type_1_metadata_type_0 import (
        RealtimeSessionCreateResponseTracingType1MetadataType0 as RealtimeSessionCreateResponseTracingType1MetadataType0,
    )
    from .realtime_session_create_response_turn_detection_type_0 import (
        RealtimeSessionCreateResponseTurnDetectionType0 as RealtimeSessionCreateResponseTurnDetectionType0,
    )
    from .realtime_session_include_type_0_item import RealtimeSessionIncludeType0Item as RealtimeSessionIncludeType0Item
    from .realtime_session_input_audio_format_type_1 import (
        RealtimeSessionInputAudioFormatType1 as RealtimeSessionInputAudioFormatType1,
    )
    from .realtime_session_input_audio_noise_reduction_type_0 import (
        RealtimeSessionInputAudioNoiseReductionType0 as RealtimeSessionInputAudioNoiseReductionType0,
    )
    from .realtime_session_max_response_output_tokens_type_1 import (
        RealtimeSessionMaxResponseOutputTokensType1 as RealtimeSessionMaxResponseOutputTokensType1,
    )
    from .realtime_session_model_type_1 import RealtimeSessionModelType1 as RealtimeSessionModelType1
    from .realtime_session_object_type_1 import RealtimeSessionObjectType1 as RealtimeSessionObjectType1
    from .realtime_session_output_audio_format_type_1 import (
        RealtimeSessionOutputAudioFormatType1 as RealtimeSessionOutputAudioFormatType1,
    )
    from .realtime_session_tracing_type_0_type_0 import (
        RealtimeSessionTracingType0Type0 as RealtimeSessionTracingType0Type0,
    )
    from .realtime_session_tracing_type_0_type_1 import (
        RealtimeSessionTracingType0Type1 as RealtimeSessionTracingType0Type1,
    )
    from .realtime_session_tracing_type_0_type_1_metadata_type_0 import (
        RealtimeSessionTracingType0Type1MetadataType0 as RealtimeSessionTracingType0Type1MetadataType0,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio_type_0 import (
        RealtimeTranscriptionSessionCreateRequestGAAudioType0 as RealtimeTranscriptionSessionCreateRequestGAAudioType0,
    )
    from .realtime_transcription_session_create_request_ga_audio_type_0_input_type_0 import (
        RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0 as RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0,
    )
    from .realtime_transcription_session_create_request_ga_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0NoiseReductionType0 as RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_transcription_session_create_request_ga_include_type_0_item import (
        RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item as RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item,
    )
    from .realtime_transcription_session_create_request_ga_type import (
        RealtimeTranscriptionSessionCreateRequestGAType as RealtimeTranscriptionSessionCreateRequestGAType,
    )
    from .realtime_transcription_session_create_request_include_type_0_item import (
        RealtimeTranscriptionSessionCreateRequestIncludeType0Item as RealtimeTranscriptionSessionCreateRequestIncludeType0Item,
    )
    from .realtime_transcription_session_create_request_input_audio_format_type_1 import (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormatType1 as RealtimeTranscriptionSessionCreateRequestInputAudioFormatType1,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionType0 as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionType0,
    )
    from .realtime_transcription_session_create_request_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0 as RealtimeTranscriptionSessionCreateRequestTurnDetectionType0,
    )
    from .realtime_transcription_session_create_request_turn_detection_type_0_type_type_1 import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0TypeType1 as RealtimeTranscriptionSessionCreateRequestTurnDetectionType0TypeType1,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret_type_0 import (
        RealtimeTranscriptionSessionCreateResponseClientSecretType0 as RealtimeTranscriptionSessionCreateResponseClientSecretType0,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioType0 as RealtimeTranscriptionSessionCreateResponseGAAudioType0,
    )
    from .realtime_transcription_session_create_response_ga_audio_type_0_input_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0 as RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0,
    )
    from .realtime_transcription_session_create_response_ga_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0NoiseReductionType0 as RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_transcription_session_create_response_ga_audio_type_0_input_type_0_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0TurnDetectionType0 as RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0TurnDetectionType0,
    )
    from .realtime_transcription_session_create_response_ga_include_type_0_item import (
        RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item as RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item,
    )
    from .realtime_transcription_session_create_response_ga_type import (
        RealtimeTranscriptionSessionCreateResponseGAType as RealtimeTranscriptionSessionCreateResponseGAType,
    )
    from .realtime_transcription_session_create_response_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseTurnDetectionType0 as RealtimeTranscriptionSessionCreateResponseTurnDetectionType0,
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
    from .realtime_translation_client_secret_create_request_expires_after_type_0 import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterType0 as RealtimeTranslationClientSecretCreateRequestExpiresAfterType0,
    )
    from .realtime_translation_client_secret_create_request_expires_after_type_0_anchor_type_1 import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterType0AnchorType1 as RealtimeTranslationClientSecretCreateRequestExpiresAfterType0AnchorType1,
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
    from .realtime_translation_server_event_session_output_audio_delta_format_type_1 import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaFormatType1 as RealtimeTranslationServerEventSessionOutputAudioDeltaFormatType1,
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
    from .realtime_translation_session_audio_input_type_0 import (
        RealtimeTranslationSessionAudioInputType0 as RealtimeTranslationSessionAudioInputType0,
    )
    from .realtime_translation_session_audio_input_type_0_noise_reduction_type_0 import (
        RealtimeTranslationSessionAudioInputType0NoiseReductionType0 as RealtimeTranslationSessionAudioInputType0NoiseReductionType0,
    )
    from .realtime_translation_session_audio_input_type_0_transcription_type_0 import (
        RealtimeTranslationSessionAudioInputType0TranscriptionType0 as RealtimeTranslationSessionAudioInputType0TranscriptionType0,
    )
    from .realtime_translation_session_audio_output_type_0 import (
        RealtimeTranslationSessionAudioOutputType0 as RealtimeTranslationSessionAudioOutputType0,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
    )
    from .realtime_translation_session_create_request_audio_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioType0 as RealtimeTranslationSessionCreateRequestAudioType0,
    )
    from .realtime_translation_session_create_request_audio_type_0_input_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioType0InputType0 as RealtimeTranslationSessionCreateRequestAudioType0InputType0,
    )
    from .realtime_translation_session_create_request_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioType0InputType0NoiseReductionType0 as RealtimeTranslationSessionCreateRequestAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_translation_session_create_request_audio_type_0_input_type_0_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioType0InputType0TranscriptionType0 as RealtimeTranslationSessionCreateRequestAudioType0InputType0TranscriptionType0,
    )
    from .realtime_translation_session_create_request_audio_type_0_output_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioType0OutputType0 as RealtimeTranslationSessionCreateRequestAudioType0OutputType0,
    )
    from .realtime_translation_session_type import RealtimeTranslationSessionType as RealtimeTranslationSessionType
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioType0 as RealtimeTranslationSessionUpdateRequestAudioType0,
    )
    from .realtime_translation_session_update_request_audio_type_0_input_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioType0InputType0 as RealtimeTranslationSessionUpdateRequestAudioType0InputType0,
    )
    from .realtime_translation_session_update_request_audio_type_0_input_type_0_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioType0InputType0NoiseReductionType0 as RealtimeTranslationSessionUpdateRequestAudioType0InputType0NoiseReductionType0,
    )
    from .realtime_translation_session_update_request_audio_type_0_input_type_0_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioType0InputType0TranscriptionType0 as RealtimeTranslationSessionUpdateRequestAudioType0InputType0TranscriptionType0,
    )
    from .realtime_translation_session_update_request_audio_type_0_output_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioType0OutputType0 as RealtimeTranslationSessionUpdateRequestAudioType0OutputType0,
    )
    from .realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation as RealtimeTruncationRetentionRatioTruncation,
    )
    from .realtime_truncation_retention_ratio_truncation_token_limits_type_0 import (
        RealtimeTruncationRetentionRatioTruncationTokenLimitsType0 as RealtimeTruncationRetentionRatioTruncationTokenLimitsType0,
    )
    from .realtime_truncation_retention_ratio_truncation_type import (
        RealtimeTruncationRetentionRatioTruncationType as RealtimeTruncationRetentionRatioTruncationType,
    )
    from .realtime_truncation_type_0 import RealtimeTruncationType0 as RealtimeTruncationType0
    from .realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0 as RealtimeTurnDetectionType0Type0,
    )
    from .realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1 as RealtimeTurnDetectionType0Type1,
    )
    from .realtime_turn_detection_type_0_type_1_eagerness_type_1 import (
        RealtimeTurnDetectionType0Type1EagernessType1 as RealtimeTurnDetectionType0Type1EagernessType1,
    )
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
    from .transcript_text_usage_tokens_input_token_details_type_0 import (
        TranscriptTextUsageTokensInputTokenDetailsType0 as TranscriptTextUsageTokensInputTokenDetailsType0,
    )
    from .transcript_text_usage_tokens_type import TranscriptTextUsageTokensType as TranscriptTextUsageTokensType
    from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .voice_ids_or_custom_voice_variant_1 import VoiceIdsOrCustomVoiceVariant1 as VoiceIdsOrCustomVoiceVariant1
    from .voice_ids_shared_type_1 import VoiceIdsSharedType1 as VoiceIdsSharedType1
    from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming
    from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming_object_type_1 import (
        WebhookRealtimeCallIncomingObjectType1 as WebhookRealtimeCallIncomingObjectType1,
    )
    from .webhook_realtime_call_incoming_type import WebhookRealtimeCallIncomingType as WebhookRealtimeCallIncomingType

_MODULES: dict[str, str] = {
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionDelayType1": "audio_transcription_delay_type_1",
    "AudioTranscriptionModelType1": "audio_transcription_model_type_1",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranscriptionResponseModelType1": "audio_transcription_response_model_type_1",
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
    "MCPListToolsToolAnnotationsType0": "mcp_list_tools_tool_annotations_type_0",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPTool": "mcp_tool",
    "MCPToolConnectorIdType1": "mcp_tool_connector_id_type_1",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolHeadersType0": "mcp_tool_headers_type_0",
    "MCPToolRequireApprovalType0Type0": "mcp_tool_require_approval_type_0_type_0",
    "MCPToolRequireApprovalType0Type1": "mcp_tool_require_approval_type_0_type_1",
    "MCPToolType": "mcp_tool_type",
    "MetadataVariant0": "metadata_variant_0",
    "NoiseReductionType": "noise_reduction_type",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": "prompt_cache_breakpoint_config_mode",
    "PromptVariant0": "prompt_variant_0",
    "RealtimeAudioFormatsPCMAAudioFormat": "realtime_audio_formats_pcma_audio_format",
    "RealtimeAudioFormatsPCMAAudioFormatTypeType1": "realtime_audio_formats_pcma_audio_format_type_type_1",
    "RealtimeAudioFormatsPCMAudioFormat": "realtime_audio_formats_pcm_audio_format",
    "RealtimeAudioFormatsPCMAudioFormatRateType1": "realtime_audio_formats_pcm_audio_format_rate_type_1",
    "RealtimeAudioFormatsPCMAudioFormatTypeType1": "realtime_audio_formats_pcm_audio_format_type_type_1",
    "RealtimeAudioFormatsPCMUAudioFormat": "realtime_audio_formats_pcmu_audio_format",
    "RealtimeAudioFormatsPCMUAudioFormatTypeType1": "realtime_audio_formats_pcmu_audio_format_type_type_1",
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
    "RealtimeBetaResponseCreateParamsConversationType1": "realtime_beta_response_create_params_conversation_type_1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1": "realtime_beta_response_create_params_max_output_tokens_type_1",
    "RealtimeBetaResponseCreateParamsModalitiesType0Item": "realtime_beta_response_create_params_modalities_type_0_item",
    "RealtimeBetaResponseCreateParamsOutputAudioFormatType1": "realtime_beta_response_create_params_output_audio_format_type_1",
    "RealtimeBetaResponseCreateParamsToolsType0Item": "realtime_beta_response_create_params_tools_type_0_item",
    "RealtimeBetaResponseCreateParamsToolsType0ItemParametersType0": "realtime_beta_response_create_params_tools_type_0_item_parameters_type_0",
    "RealtimeBetaResponseCreateParamsToolsType0ItemTypeType1": "realtime_beta_response_create_params_tools_type_0_item_type_type_1",
    "RealtimeBetaResponseMaxOutputTokensType1": "realtime_beta_response_max_output_tokens_type_1",
    "RealtimeBetaResponseModalitiesType0Item": "realtime_beta_response_modalities_type_0_item",
    "RealtimeBetaResponseObjectType1": "realtime_beta_response_object_type_1",
    "RealtimeBetaResponseOutputAudioFormatType1": "realtime_beta_response_output_audio_format_type_1",
    "RealtimeBetaResponseStatusDetailsType0": "realtime_beta_response_status_details_type_0",
    "RealtimeBetaResponseStatusDetailsType0ErrorType0": "realtime_beta_response_status_details_type_0_error_type_0",
    "RealtimeBetaResponseStatusDetailsType0ReasonType1": "realtime_beta_response_status_details_type_0_reason_type_1",
    "RealtimeBetaResponseStatusDetailsType0TypeType1": "realtime_beta_response_status_details_type_0_type_type_1",
    "RealtimeBetaResponseStatusType1": "realtime_beta_response_status_type_1",
    "RealtimeBetaResponseUsageType0": "realtime_beta_response_usage_type_0",
    "RealtimeBetaResponseUsageType0InputTokenDetailsType0": "realtime_beta_response_usage_type_0_input_token_details_type_0",
    "RealtimeBetaResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0": "realtime_beta_response_usage_type_0_input_token_details_type_0_cached_tokens_details_type_0",
    "RealtimeBetaResponseUsageType0OutputTokenDetailsType0": "realtime_beta_response_usage_type_0_output_token_details_type_0",
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
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemNameType1": "realtime_beta_server_event_rate_limits_updated_rate_limits_item_name_type_1",
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
    "RealtimeBetaServerEventResponseContentPartAddedPartTypeType1": "realtime_beta_server_event_response_content_part_added_part_type_type_1",
    "RealtimeBetaServerEventResponseContentPartAddedType": "realtime_beta_server_event_response_content_part_added_type",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseContentPartDonePartTypeType1": "realtime_beta_server_event_response_content_part_done_part_type_type_1",
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
    "RealtimeConversationItemFunctionCallObjectType1": "realtime_conversation_item_function_call_object_type_1",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallOutputObjectType1": "realtime_conversation_item_function_call_output_object_type_1",
    "RealtimeConversationItemFunctionCallOutputStatusType1": "realtime_conversation_item_function_call_output_status_type_1",
    "RealtimeConversationItemFunctionCallOutputType": "realtime_conversation_item_function_call_output_type",
    "RealtimeConversationItemFunctionCallStatusType1": "realtime_conversation_item_function_call_status_type_1",
    "RealtimeConversationItemFunctionCallType": "realtime_conversation_item_function_call_type",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageAssistantContentItemTypeType1": "realtime_conversation_item_message_assistant_content_item_type_type_1",
    "RealtimeConversationItemMessageAssistantObjectType1": "realtime_conversation_item_message_assistant_object_type_1",
    "RealtimeConversationItemMessageAssistantRole": "realtime_conversation_item_message_assistant_role",
    "RealtimeConversationItemMessageAssistantStatusType1": "realtime_conversation_item_message_assistant_status_type_1",
    "RealtimeConversationItemMessageAssistantType": "realtime_conversation_item_message_assistant_type",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageSystemContentItemTypeType1": "realtime_conversation_item_message_system_content_item_type_type_1",
    "RealtimeConversationItemMessageSystemObjectType1": "realtime_conversation_item_message_system_object_type_1",
    "RealtimeConversationItemMessageSystemRole": "realtime_conversation_item_message_system_role",
    "RealtimeConversationItemMessageSystemStatusType1": "realtime_conversation_item_message_system_status_type_1",
    "RealtimeConversationItemMessageSystemType": "realtime_conversation_item_message_system_type",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemMessageUserContentItemDetailType1": "realtime_conversation_item_message_user_content_item_detail_type_1",
    "RealtimeConversationItemMessageUserContentItemTypeType1": "realtime_conversation_item_message_user_content_item_type_type_1",
    "RealtimeConversationItemMessageUserObjectType1": "realtime_conversation_item_message_user_object_type_1",
    "RealtimeConversationItemMessageUserRole": "realtime_conversation_item_message_user_role",
    "RealtimeConversationItemMessageUserStatusType1": "realtime_conversation_item_message_user_status_type_1",
    "RealtimeConversationItemMessageUserType": "realtime_conversation_item_message_user_type",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentType0Item": "realtime_conversation_item_with_reference_content_type_0_item",
    "RealtimeConversationItemWithReferenceContentType0ItemTypeType1": "realtime_conversation_item_with_reference_content_type_0_item_type_type_1",
    "RealtimeConversationItemWithReferenceObjectType1": "realtime_conversation_item_with_reference_object_type_1",
    "RealtimeConversationItemWithReferenceRoleType1": "realtime_conversation_item_with_reference_role_type_1",
    "RealtimeConversationItemWithReferenceStatusType1": "realtime_conversation_item_with_reference_status_type_1",
    "RealtimeConversationItemWithReferenceTypeType1": "realtime_conversation_item_with_reference_type_type_1",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfterType0": "realtime_create_client_secret_request_expires_after_type_0",
    "RealtimeCreateClientSecretRequestExpiresAfterType0AnchorType1": "realtime_create_client_secret_request_expires_after_type_0_anchor_type_1",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParametersType0": "realtime_function_tool_parameters_type_0",
    "RealtimeFunctionToolTypeType1": "realtime_function_tool_type_type_1",
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
    "RealtimeResponseAudioType0": "realtime_response_audio_type_0",
    "RealtimeResponseAudioType0OutputType0": "realtime_response_audio_type_0_output_type_0",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudioType0": "realtime_response_create_params_audio_type_0",
    "RealtimeResponseCreateParamsAudioType0OutputType0": "realtime_response_create_params_audio_type_0_output_type_0",
    "RealtimeResponseCreateParamsConversationType1": "realtime_response_create_params_conversation_type_1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1": "realtime_response_create_params_max_output_tokens_type_1",
    "RealtimeResponseCreateParamsOutputModalitiesType0Item": "realtime_response_create_params_output_modalities_type_0_item",
    "RealtimeResponseMaxOutputTokensType1": "realtime_response_max_output_tokens_type_1",
    "RealtimeResponseObjectType1": "realtime_response_object_type_1",
    "RealtimeResponseOutputModalitiesType0Item": "realtime_response_output_modalities_type_0_item",
    "RealtimeResponseStatusDetailsType0": "realtime_response_status_details_type_0",
    "RealtimeResponseStatusDetailsType0ErrorType0": "realtime_response_status_details_type_0_error_type_0",
    "RealtimeResponseStatusDetailsType0ReasonType1": "realtime_response_status_details_type_0_reason_type_1",
    "RealtimeResponseStatusDetailsType0TypeType1": "realtime_response_status_details_type_0_type_type_1",
    "RealtimeResponseStatusType1": "realtime_response_status_type_1",
    "RealtimeResponseUsageType0": "realtime_response_usage_type_0",
    "RealtimeResponseUsageType0InputTokenDetailsType0": "realtime_response_usage_type_0_input_token_details_type_0",
    "RealtimeResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0": "realtime_response_usage_type_0_input_token_details_type_0_cached_tokens_details_type_0",
    "RealtimeResponseUsageType0OutputTokenDetailsType0": "realtime_response_usage_type_0_output_token_details_type_0",
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
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemNameType1": "realtime_server_event_rate_limits_updated_rate_limits_item_name_type_1",
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
    "RealtimeServerEventResponseContentPartAddedPartTypeType1": "realtime_server_event_response_content_part_added_part_type_type_1",
    "RealtimeServerEventResponseContentPartAddedType": "realtime_server_event_response_content_part_added_type",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseContentPartDonePartTypeType1": "realtime_server_event_response_content_part_done_part_type_type_1",
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
    "RealtimeSessionCreateRequestClientSecretType0": "realtime_session_create_request_client_secret_type_0",
    "RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0": "realtime_session_create_request_client_secret_type_0_expires_after_type_0",
    "RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor": "realtime_session_create_request_client_secret_type_0_expires_after_type_0_anchor",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudioType0": "realtime_session_create_request_ga_audio_type_0",
    "RealtimeSessionCreateRequestGAAudioType0InputType0": "realtime_session_create_request_ga_audio_type_0_input_type_0",
    "RealtimeSessionCreateRequestGAAudioType0InputType0NoiseReductionType0": "realtime_session_create_request_ga_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeSessionCreateRequestGAAudioType0OutputType0": "realtime_session_create_request_ga_audio_type_0_output_type_0",
    "RealtimeSessionCreateRequestGAIncludeType0Item": "realtime_session_create_request_ga_include_type_0_item",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1": "realtime_session_create_request_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateRequestGAModelType1": "realtime_session_create_request_ga_model_type_1",
    "RealtimeSessionCreateRequestGAOutputModalitiesType0Item": "realtime_session_create_request_ga_output_modalities_type_0_item",
    "RealtimeSessionCreateRequestGATracingType0": "realtime_session_create_request_ga_tracing_type_0",
    "RealtimeSessionCreateRequestGATracingType1": "realtime_session_create_request_ga_tracing_type_1",
    "RealtimeSessionCreateRequestGATracingType1MetadataType0": "realtime_session_create_request_ga_tracing_type_1_metadata_type_0",
    "RealtimeSessionCreateRequestGAType": "realtime_session_create_request_ga_type",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType0": "realtime_session_create_request_input_audio_noise_reduction_type_0",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType0TypeType1": "realtime_session_create_request_input_audio_noise_reduction_type_0_type_type_1",
    "RealtimeSessionCreateRequestInputAudioTranscriptionType0": "realtime_session_create_request_input_audio_transcription_type_0",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1": "realtime_session_create_request_max_response_output_tokens_type_1",
    "RealtimeSessionCreateRequestToolsType0Item": "realtime_session_create_request_tools_type_0_item",
    "RealtimeSessionCreateRequestToolsType0ItemParametersType0": "realtime_session_create_request_tools_type_0_item_parameters_type_0",
    "RealtimeSessionCreateRequestToolsType0ItemTypeType1": "realtime_session_create_request_tools_type_0_item_type_type_1",
    "RealtimeSessionCreateRequestTracingType0": "realtime_session_create_request_tracing_type_0",
    "RealtimeSessionCreateRequestTracingType1": "realtime_session_create_request_tracing_type_1",
    "RealtimeSessionCreateRequestTracingType1MetadataType0": "realtime_session_create_request_tracing_type_1_metadata_type_0",
    "RealtimeSessionCreateRequestTurnDetectionType0": "realtime_session_create_request_turn_detection_type_0",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudioType0": "realtime_session_create_response_audio_type_0",
    "RealtimeSessionCreateResponseAudioType0InputType0": "realtime_session_create_response_audio_type_0_input_type_0",
    "RealtimeSessionCreateResponseAudioType0InputType0NoiseReductionType0": "realtime_session_create_response_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeSessionCreateResponseAudioType0InputType0TurnDetectionType0": "realtime_session_create_response_audio_type_0_input_type_0_turn_detection_type_0",
    "RealtimeSessionCreateResponseAudioType0OutputType0": "realtime_session_create_response_audio_type_0_output_type_0",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudioType0": "realtime_session_create_response_ga_audio_type_0",
    "RealtimeSessionCreateResponseGAAudioType0InputType0": "realtime_session_create_response_ga_audio_type_0_input_type_0",
    "RealtimeSessionCreateResponseGAAudioType0InputType0NoiseReductionType0": "realtime_session_create_response_ga_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeSessionCreateResponseGAAudioType0OutputType0": "realtime_session_create_response_ga_audio_type_0_output_type_0",
    "RealtimeSessionCreateResponseGAIncludeType0Item": "realtime_session_create_response_ga_include_type_0_item",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1": "realtime_session_create_response_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseGAModelType1": "realtime_session_create_response_ga_model_type_1",
    "RealtimeSessionCreateResponseGAObject": "realtime_session_create_response_ga_object",
    "RealtimeSessionCreateResponseGAOutputModalitiesType0Item": "realtime_session_create_response_ga_output_modalities_type_0_item",
    "RealtimeSessionCreateResponseGATracingType0Type0": "realtime_session_create_response_ga_tracing_type_0_type_0",
    "RealtimeSessionCreateResponseGATracingType0Type1": "realtime_session_create_response_ga_tracing_type_0_type_1",
    "RealtimeSessionCreateResponseGATracingType0Type1MetadataType0": "realtime_session_create_response_ga_tracing_type_0_type_1_metadata_type_0",
    "RealtimeSessionCreateResponseGAType": "realtime_session_create_response_ga_type",
    "RealtimeSessionCreateResponseIncludeType0Item": "realtime_session_create_response_include_type_0_item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1": "realtime_session_create_response_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseTracingType0": "realtime_session_create_response_tracing_type_0",
    "RealtimeSessionCreateResponseTracingType1": "realtime_session_create_response_tracing_type_1",
    "RealtimeSessionCreateResponseTracingType1MetadataType0": "realtime_session_create_response_tracing_type_1_metadata_type_0",
    "RealtimeSessionCreateResponseTurnDetectionType0": "realtime_session_create_response_turn_detection_type_0",
    "RealtimeSessionIncludeType0Item": "realtime_session_include_type_0_item",
    "RealtimeSessionInputAudioFormatType1": "realtime_session_input_audio_format_type_1",
    "RealtimeSessionInputAudioNoiseReductionType0": "realtime_session_input_audio_noise_reduction_type_0",
    "RealtimeSessionMaxResponseOutputTokensType1": "realtime_session_max_response_output_tokens_type_1",
    "RealtimeSessionModelType1": "realtime_session_model_type_1",
    "RealtimeSessionObjectType1": "realtime_session_object_type_1",
    "RealtimeSessionOutputAudioFormatType1": "realtime_session_output_audio_format_type_1",
    "RealtimeSessionTracingType0Type0": "realtime_session_tracing_type_0_type_0",
    "RealtimeSessionTracingType0Type1": "realtime_session_tracing_type_0_type_1",
    "RealtimeSessionTracingType0Type1MetadataType0": "realtime_session_tracing_type_0_type_1_metadata_type_0",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0": "realtime_transcription_session_create_request_ga_audio_type_0",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0": "realtime_transcription_session_create_request_ga_audio_type_0_input_type_0",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0NoiseReductionType0": "realtime_transcription_session_create_request_ga_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item": "realtime_transcription_session_create_request_ga_include_type_0_item",
    "RealtimeTranscriptionSessionCreateRequestGAType": "realtime_transcription_session_create_request_ga_type",
    "RealtimeTranscriptionSessionCreateRequestIncludeType0Item": "realtime_transcription_session_create_request_include_type_0_item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormatType1": "realtime_transcription_session_create_request_input_audio_format_type_1",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionType0": "realtime_transcription_session_create_request_input_audio_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0": "realtime_transcription_session_create_request_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0TypeType1": "realtime_transcription_session_create_request_turn_detection_type_0_type_type_1",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecretType0": "realtime_transcription_session_create_response_client_secret_type_0",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0": "realtime_transcription_session_create_response_ga_audio_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0": "realtime_transcription_session_create_response_ga_audio_type_0_input_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0NoiseReductionType0": "realtime_transcription_session_create_response_ga_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0TurnDetectionType0": "realtime_transcription_session_create_response_ga_audio_type_0_input_type_0_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item": "realtime_transcription_session_create_response_ga_include_type_0_item",
    "RealtimeTranscriptionSessionCreateResponseGAType": "realtime_transcription_session_create_response_ga_type",
    "RealtimeTranscriptionSessionCreateResponseTurnDetectionType0": "realtime_transcription_session_create_response_turn_detection_type_0",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventInputAudioBufferAppendType": "realtime_translation_client_event_input_audio_buffer_append_type",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionCloseType": "realtime_translation_client_event_session_close_type",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientEventSessionUpdateType": "realtime_translation_client_event_session_update_type",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterType0": "realtime_translation_client_secret_create_request_expires_after_type_0",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterType0AnchorType1": "realtime_translation_client_secret_create_request_expires_after_type_0_anchor_type_1",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionClosedType": "realtime_translation_server_event_session_closed_type",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionCreatedType": "realtime_translation_server_event_session_created_type",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType": "realtime_translation_server_event_session_input_transcript_delta_type",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormatType1": "realtime_translation_server_event_session_output_audio_delta_format_type_1",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType": "realtime_translation_server_event_session_output_audio_delta_type",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType": "realtime_translation_server_event_session_output_transcript_delta_type",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationServerEventSessionUpdatedType": "realtime_translation_server_event_session_updated_type",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInputType0": "realtime_translation_session_audio_input_type_0",
    "RealtimeTranslationSessionAudioInputType0NoiseReductionType0": "realtime_translation_session_audio_input_type_0_noise_reduction_type_0",
    "RealtimeTranslationSessionAudioInputType0TranscriptionType0": "realtime_translation_session_audio_input_type_0_transcription_type_0",
    "RealtimeTranslationSessionAudioOutputType0": "realtime_translation_session_audio_output_type_0",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudioType0": "realtime_translation_session_create_request_audio_type_0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0": "realtime_translation_session_create_request_audio_type_0_input_type_0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0NoiseReductionType0": "realtime_translation_session_create_request_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0TranscriptionType0": "realtime_translation_session_create_request_audio_type_0_input_type_0_transcription_type_0",
    "RealtimeTranslationSessionCreateRequestAudioType0OutputType0": "realtime_translation_session_create_request_audio_type_0_output_type_0",
    "RealtimeTranslationSessionType": "realtime_translation_session_type",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudioType0": "realtime_translation_session_update_request_audio_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0": "realtime_translation_session_update_request_audio_type_0_input_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0NoiseReductionType0": "realtime_translation_session_update_request_audio_type_0_input_type_0_noise_reduction_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0TranscriptionType0": "realtime_translation_session_update_request_audio_type_0_input_type_0_transcription_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioType0OutputType0": "realtime_translation_session_update_request_audio_type_0_output_type_0",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsType0": "realtime_truncation_retention_ratio_truncation_token_limits_type_0",
    "RealtimeTruncationRetentionRatioTruncationType": "realtime_truncation_retention_ratio_truncation_type",
    "RealtimeTruncationType0": "realtime_truncation_type_0",
    "RealtimeTurnDetectionType0Type0": "realtime_turn_detection_type_0_type_0",
    "RealtimeTurnDetectionType0Type1": "realtime_turn_detection_type_0_type_1",
    "RealtimeTurnDetectionType0Type1EagernessType1": "realtime_turn_detection_type_0_type_1_eagerness_type_1",
    "ResponsePromptVariablesPromptVariables": "response_prompt_variables_prompt_variables",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceFunctionType": "tool_choice_function_type",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceMCPType": "tool_choice_mcp_type",
    "ToolChoiceOptions": "tool_choice_options",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageDurationType": "transcript_text_usage_duration_type",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetailsType0": "transcript_text_usage_tokens_input_token_details_type_0",
    "TranscriptTextUsageTokensType": "transcript_text_usage_tokens_type",
    "TranscriptionLanguage": "transcription_language",
    "VoiceIdsOrCustomVoiceVariant1": "voice_ids_or_custom_voice_variant_1",
    "VoiceIdsSharedType1": "voice_ids_shared_type_1",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncomingObjectType1": "webhook_realtime_call_incoming_object_type_1",
    "WebhookRealtimeCallIncomingType": "webhook_realtime_call_incoming_type",
}

__all__ = (
    "AudioTranscription",
    "AudioTranscriptionDelayType1",
    "AudioTranscriptionModelType1",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseModelType1",
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
    "MCPListToolsToolAnnotationsType0",
    "MCPListToolsToolInputSchema",
    "MCPTool",
    "MCPToolConnectorIdType1",
    "MCPToolFilter",
    "MCPToolHeadersType0",
    "MCPToolRequireApprovalType0Type0",
    "MCPToolRequireApprovalType0Type1",
    "MCPToolType",
    "MetadataVariant0",
    "NoiseReductionType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptVariant0",
    "RealtimeAudioFormatsPCMAAudioFormat",
    "RealtimeAudioFormatsPCMAAudioFormatTypeType1",
    "RealtimeAudioFormatsPCMAudioFormat",
    "RealtimeAudioFormatsPCMAudioFormatRateType1",
    "RealtimeAudioFormatsPCMAudioFormatTypeType1",
    "RealtimeAudioFormatsPCMUAudioFormat",
    "RealtimeAudioFormatsPCMUAudioFormatTypeType1",
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
    "RealtimeBetaResponseCreateParamsConversationType1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1",
    "RealtimeBetaResponseCreateParamsModalitiesType0Item",
    "RealtimeBetaResponseCreateParamsOutputAudioFormatType1",
    "RealtimeBetaResponseCreateParamsToolsType0Item",
    "RealtimeBetaResponseCreateParamsToolsType0ItemParametersType0",
    "RealtimeBetaResponseCreateParamsToolsType0ItemTypeType1",
    "RealtimeBetaResponseMaxOutputTokensType1",
    "RealtimeBetaResponseModalitiesType0Item",
    "RealtimeBetaResponseObjectType1",
    "RealtimeBetaResponseOutputAudioFormatType1",
    "RealtimeBetaResponseStatusDetailsType0",
    "RealtimeBetaResponseStatusDetailsType0ErrorType0",
    "RealtimeBetaResponseStatusDetailsType0ReasonType1",
    "RealtimeBetaResponseStatusDetailsType0TypeType1",
    "RealtimeBetaResponseStatusType1",
    "RealtimeBetaResponseUsageType0",
    "RealtimeBetaResponseUsageType0InputTokenDetailsType0",
    "RealtimeBetaResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0",
    "RealtimeBetaResponseUsageType0OutputTokenDetailsType0",
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
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemNameType1",
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
    "RealtimeBetaServerEventResponseContentPartAddedPartTypeType1",
    "RealtimeBetaServerEventResponseContentPartAddedType",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseContentPartDonePartTypeType1",
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
    "RealtimeConversationItemFunctionCallObjectType1",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallOutputObjectType1",
    "RealtimeConversationItemFunctionCallOutputStatusType1",
    "RealtimeConversationItemFunctionCallOutputType",
    "RealtimeConversationItemFunctionCallStatusType1",
    "RealtimeConversationItemFunctionCallType",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageAssistantContentItemTypeType1",
    "RealtimeConversationItemMessageAssistantObjectType1",
    "RealtimeConversationItemMessageAssistantRole",
    "RealtimeConversationItemMessageAssistantStatusType1",
    "RealtimeConversationItemMessageAssistantType",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageSystemContentItemTypeType1",
    "RealtimeConversationItemMessageSystemObjectType1",
    "RealtimeConversationItemMessageSystemRole",
    "RealtimeConversationItemMessageSystemStatusType1",
    "RealtimeConversationItemMessageSystemType",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemMessageUserContentItemDetailType1",
    "RealtimeConversationItemMessageUserContentItemTypeType1",
    "RealtimeConversationItemMessageUserObjectType1",
    "RealtimeConversationItemMessageUserRole",
    "RealtimeConversationItemMessageUserStatusType1",
    "RealtimeConversationItemMessageUserType",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentType0Item",
    "RealtimeConversationItemWithReferenceContentType0ItemTypeType1",
    "RealtimeConversationItemWithReferenceObjectType1",
    "RealtimeConversationItemWithReferenceRoleType1",
    "RealtimeConversationItemWithReferenceStatusType1",
    "RealtimeConversationItemWithReferenceTypeType1",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfterType0",
    "RealtimeCreateClientSecretRequestExpiresAfterType0AnchorType1",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParametersType0",
    "RealtimeFunctionToolTypeType1",
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
    "RealtimeResponseAudioType0",
    "RealtimeResponseAudioType0OutputType0",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudioType0",
    "RealtimeResponseCreateParamsAudioType0OutputType0",
    "RealtimeResponseCreateParamsConversationType1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1",
    "RealtimeResponseCreateParamsOutputModalitiesType0Item",
    "RealtimeResponseMaxOutputTokensType1",
    "RealtimeResponseObjectType1",
    "RealtimeResponseOutputModalitiesType0Item",
    "RealtimeResponseStatusDetailsType0",
    "RealtimeResponseStatusDetailsType0ErrorType0",
    "RealtimeResponseStatusDetailsType0ReasonType1",
    "RealtimeResponseStatusDetailsType0TypeType1",
    "RealtimeResponseStatusType1",
    "RealtimeResponseUsageType0",
    "RealtimeResponseUsageType0InputTokenDetailsType0",
    "RealtimeResponseUsageType0InputTokenDetailsType0CachedTokensDetailsType0",
    "RealtimeResponseUsageType0OutputTokenDetailsType0",
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
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemNameType1",
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
    "RealtimeServerEventResponseContentPartAddedPartTypeType1",
    "RealtimeServerEventResponseContentPartAddedType",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseContentPartDonePartTypeType1",
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
    "RealtimeSessionCreateRequestClientSecretType0",
    "RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0",
    "RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudioType0",
    "RealtimeSessionCreateRequestGAAudioType0InputType0",
    "RealtimeSessionCreateRequestGAAudioType0InputType0NoiseReductionType0",
    "RealtimeSessionCreateRequestGAAudioType0OutputType0",
    "RealtimeSessionCreateRequestGAIncludeType0Item",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1",
    "RealtimeSessionCreateRequestGAModelType1",
    "RealtimeSessionCreateRequestGAOutputModalitiesType0Item",
    "RealtimeSessionCreateRequestGATracingType0",
    "RealtimeSessionCreateRequestGATracingType1",
    "RealtimeSessionCreateRequestGATracingType1MetadataType0",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType0",
    "RealtimeSessionCreateRequestInputAudioNoiseReductionType0TypeType1",
    "RealtimeSessionCreateRequestInputAudioTranscriptionType0",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1",
    "RealtimeSessionCreateRequestToolsType0Item",
    "RealtimeSessionCreateRequestToolsType0ItemParametersType0",
    "RealtimeSessionCreateRequestToolsType0ItemTypeType1",
    "RealtimeSessionCreateRequestTracingType0",
    "RealtimeSessionCreateRequestTracingType1",
    "RealtimeSessionCreateRequestTracingType1MetadataType0",
    "RealtimeSessionCreateRequestTurnDetectionType0",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudioType0",
    "RealtimeSessionCreateResponseAudioType0InputType0",
    "RealtimeSessionCreateResponseAudioType0InputType0NoiseReductionType0",
    "RealtimeSessionCreateResponseAudioType0InputType0TurnDetectionType0",
    "RealtimeSessionCreateResponseAudioType0OutputType0",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudioType0",
    "RealtimeSessionCreateResponseGAAudioType0InputType0",
    "RealtimeSessionCreateResponseGAAudioType0InputType0NoiseReductionType0",
    "RealtimeSessionCreateResponseGAAudioType0OutputType0",
    "RealtimeSessionCreateResponseGAIncludeType0Item",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1",
    "RealtimeSessionCreateResponseGAModelType1",
    "RealtimeSessionCreateResponseGAObject",
    "RealtimeSessionCreateResponseGAOutputModalitiesType0Item",
    "RealtimeSessionCreateResponseGATracingType0Type0",
    "RealtimeSessionCreateResponseGATracingType0Type1",
    "RealtimeSessionCreateResponseGATracingType0Type1MetadataType0",
    "RealtimeSessionCreateResponseGAType",
    "RealtimeSessionCreateResponseIncludeType0Item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1",
    "RealtimeSessionCreateResponseTracingType0",
    "RealtimeSessionCreateResponseTracingType1",
    "RealtimeSessionCreateResponseTracingType1MetadataType0",
    "RealtimeSessionCreateResponseTurnDetectionType0",
    "RealtimeSessionIncludeType0Item",
    "RealtimeSessionInputAudioFormatType1",
    "RealtimeSessionInputAudioNoiseReductionType0",
    "RealtimeSessionMaxResponseOutputTokensType1",
    "RealtimeSessionModelType1",
    "RealtimeSessionObjectType1",
    "RealtimeSessionOutputAudioFormatType1",
    "RealtimeSessionTracingType0Type0",
    "RealtimeSessionTracingType0Type1",
    "RealtimeSessionTracingType0Type1MetadataType0",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0",
    "RealtimeTranscriptionSessionCreateRequestGAAudioType0InputType0NoiseReductionType0",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item",
    "RealtimeTranscriptionSessionCreateRequestGAType",
    "RealtimeTranscriptionSessionCreateRequestIncludeType0Item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormatType1",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionType0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0TypeType1",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecretType0",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0NoiseReductionType0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioType0InputType0TurnDetectionType0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item",
    "RealtimeTranscriptionSessionCreateResponseGAType",
    "RealtimeTranscriptionSessionCreateResponseTurnDetectionType0",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventInputAudioBufferAppendType",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionCloseType",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientEventSessionUpdateType",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterType0",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterType0AnchorType1",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionClosedType",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionCreatedType",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormatType1",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationServerEventSessionUpdatedType",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInputType0",
    "RealtimeTranslationSessionAudioInputType0NoiseReductionType0",
    "RealtimeTranslationSessionAudioInputType0TranscriptionType0",
    "RealtimeTranslationSessionAudioOutputType0",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudioType0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0NoiseReductionType0",
    "RealtimeTranslationSessionCreateRequestAudioType0InputType0TranscriptionType0",
    "RealtimeTranslationSessionCreateRequestAudioType0OutputType0",
    "RealtimeTranslationSessionType",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudioType0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0NoiseReductionType0",
    "RealtimeTranslationSessionUpdateRequestAudioType0InputType0TranscriptionType0",
    "RealtimeTranslationSessionUpdateRequestAudioType0OutputType0",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimitsType0",
    "RealtimeTruncationRetentionRatioTruncationType",
    "RealtimeTruncationType0",
    "RealtimeTurnDetectionType0Type0",
    "RealtimeTurnDetectionType0Type1",
    "RealtimeTurnDetectionType0Type1EagernessType1",
    "ResponsePromptVariablesPromptVariables",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceOptions",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageDurationType",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetailsType0",
    "TranscriptTextUsageTokensType",
    "TranscriptionLanguage",
    "VoiceIdsOrCustomVoiceVariant1",
    "VoiceIdsSharedType1",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncomingObjectType1",
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
