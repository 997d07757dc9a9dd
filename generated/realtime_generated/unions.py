"""Named type aliases for the spec's union schemas (``RealtimeServerEvent``, ...).

The generator inlines unions into fields; these aliases give them the spec's names.
Importing this module loads every member model: import it where you need the names.
"""

from __future__ import annotations

from typing import TypeAlias

from .models.live_commentary_append_event import LiveCommentaryAppendEvent
from .models.live_commentary_appended_event import LiveCommentaryAppendedEvent
from .models.live_connect_client_event_transport_dtmf_send import LiveConnectClientEventTransportDtmfSend
from .models.live_decision_create_event import LiveDecisionCreateEvent
from .models.live_decision_event import LiveDecisionEvent
from .models.live_decision_item_create_event import LiveDecisionItemCreateEvent
from .models.live_decision_item_created_event import LiveDecisionItemCreatedEvent
from .models.live_decision_item_delete_event import LiveDecisionItemDeleteEvent
from .models.live_decision_item_deleted_event import LiveDecisionItemDeletedEvent
from .models.live_delegation_created_event import LiveDelegationCreatedEvent
from .models.live_error_event import LiveErrorEvent
from .models.live_fork_session_start_event import LiveForkSessionStartEvent
from .models.live_info_event import LiveInfoEvent
from .models.live_input_audio_append_event import LiveInputAudioAppendEvent
from .models.live_input_audio_mute_event import LiveInputAudioMuteEvent
from .models.live_input_audio_muted_event import LiveInputAudioMutedEvent
from .models.live_input_audio_unmute_event import LiveInputAudioUnmuteEvent
from .models.live_input_audio_unmuted_event import LiveInputAudioUnmutedEvent
from .models.live_input_transcript_delta_event import LiveInputTranscriptDeltaEvent
from .models.live_instructions_append_event import LiveInstructionsAppendEvent
from .models.live_instructions_appended_event import LiveInstructionsAppendedEvent
from .models.live_output_audio_delta_event import LiveOutputAudioDeltaEvent
from .models.live_output_audio_fixture_play_event import LiveOutputAudioFixturePlayEvent
from .models.live_output_audio_fixture_played_event import LiveOutputAudioFixturePlayedEvent
from .models.live_output_audio_fixture_playing_event import LiveOutputAudioFixturePlayingEvent
from .models.live_output_transcript_delta_event import LiveOutputTranscriptDeltaEvent
from .models.live_response_audio_delta_event import LiveResponseAudioDeltaEvent
from .models.live_response_audio_done_event import LiveResponseAudioDoneEvent
from .models.live_response_audio_transcript_delta_event import LiveResponseAudioTranscriptDeltaEvent
from .models.live_response_audio_transcript_done_event import LiveResponseAudioTranscriptDoneEvent
from .models.live_response_code_interpreter_call_code_delta_event import LiveResponseCodeInterpreterCallCodeDeltaEvent
from .models.live_response_code_interpreter_call_code_done_event import LiveResponseCodeInterpreterCallCodeDoneEvent
from .models.live_response_code_interpreter_call_completed_event import LiveResponseCodeInterpreterCallCompletedEvent
from .models.live_response_code_interpreter_call_in_progress_event import LiveResponseCodeInterpreterCallInProgressEvent
from .models.live_response_code_interpreter_call_interpreting_event import (
    LiveResponseCodeInterpreterCallInterpretingEvent,
)
from .models.live_response_compaction_compacting_event import LiveResponseCompactionCompactingEvent
from .models.live_response_completed_event import LiveResponseCompletedEvent
from .models.live_response_content_part_added_event import LiveResponseContentPartAddedEvent
from .models.live_response_content_part_done_event import LiveResponseContentPartDoneEvent
from .models.live_response_create_event import LiveResponseCreateEvent
from .models.live_response_created_event import LiveResponseCreatedEvent
from .models.live_response_custom_tool_call_input_delta_event import LiveResponseCustomToolCallInputDeltaEvent
from .models.live_response_custom_tool_call_input_done_event import LiveResponseCustomToolCallInputDoneEvent
from .models.live_response_error_event import LiveResponseErrorEvent
from .models.live_response_event import LiveResponseEvent
from .models.live_response_failed_event import LiveResponseFailedEvent
from .models.live_response_file_search_call_completed_event import LiveResponseFileSearchCallCompletedEvent
from .models.live_response_file_search_call_in_progress_event import LiveResponseFileSearchCallInProgressEvent
from .models.live_response_file_search_call_searching_event import LiveResponseFileSearchCallSearchingEvent
from .models.live_response_function_call_arguments_delta_event import LiveResponseFunctionCallArgumentsDeltaEvent
from .models.live_response_function_call_arguments_done_event import LiveResponseFunctionCallArgumentsDoneEvent
from .models.live_response_image_gen_call_completed_event import LiveResponseImageGenCallCompletedEvent
from .models.live_response_image_gen_call_generating_event import LiveResponseImageGenCallGeneratingEvent
from .models.live_response_image_gen_call_in_progress_event import LiveResponseImageGenCallInProgressEvent
from .models.live_response_image_gen_call_partial_image_event import LiveResponseImageGenCallPartialImageEvent
from .models.live_response_in_progress_event import LiveResponseInProgressEvent
from .models.live_response_incomplete_event import LiveResponseIncompleteEvent
from .models.live_response_item_create_event import LiveResponseItemCreateEvent
from .models.live_response_mcp_call_arguments_delta_event import LiveResponseMcpCallArgumentsDeltaEvent
from .models.live_response_mcp_call_arguments_done_event import LiveResponseMcpCallArgumentsDoneEvent
from .models.live_response_mcp_call_completed_event import LiveResponseMcpCallCompletedEvent
from .models.live_response_mcp_call_failed_event import LiveResponseMcpCallFailedEvent
from .models.live_response_mcp_call_in_progress_event import LiveResponseMcpCallInProgressEvent
from .models.live_response_mcp_list_tools_completed_event import LiveResponseMcpListToolsCompletedEvent
from .models.live_response_mcp_list_tools_failed_event import LiveResponseMcpListToolsFailedEvent
from .models.live_response_mcp_list_tools_in_progress_event import LiveResponseMcpListToolsInProgressEvent
from .models.live_response_output_item_added_event import LiveResponseOutputItemAddedEvent
from .models.live_response_output_item_done_event import LiveResponseOutputItemDoneEvent
from .models.live_response_output_text_annotation_added_event import LiveResponseOutputTextAnnotationAddedEvent
from .models.live_response_queued_event import LiveResponseQueuedEvent
from .models.live_response_reasoning_summary_part_added_event import LiveResponseReasoningSummaryPartAddedEvent
from .models.live_response_reasoning_summary_part_done_event import LiveResponseReasoningSummaryPartDoneEvent
from .models.live_response_reasoning_summary_text_delta_event import LiveResponseReasoningSummaryTextDeltaEvent
from .models.live_response_reasoning_summary_text_done_event import LiveResponseReasoningSummaryTextDoneEvent
from .models.live_response_reasoning_text_delta_event import LiveResponseReasoningTextDeltaEvent
from .models.live_response_reasoning_text_done_event import LiveResponseReasoningTextDoneEvent
from .models.live_response_refusal_delta_event import LiveResponseRefusalDeltaEvent
from .models.live_response_refusal_done_event import LiveResponseRefusalDoneEvent
from .models.live_response_shell_call_command_added_event import LiveResponseShellCallCommandAddedEvent
from .models.live_response_shell_call_command_delta_event import LiveResponseShellCallCommandDeltaEvent
from .models.live_response_shell_call_command_done_event import LiveResponseShellCallCommandDoneEvent
from .models.live_response_shell_call_output_content_delta_event import LiveResponseShellCallOutputContentDeltaEvent
from .models.live_response_shell_call_output_content_done_event import LiveResponseShellCallOutputContentDoneEvent
from .models.live_response_text_delta_event import LiveResponseTextDeltaEvent
from .models.live_response_text_done_event import LiveResponseTextDoneEvent
from .models.live_response_web_search_call_completed_event import LiveResponseWebSearchCallCompletedEvent
from .models.live_response_web_search_call_in_progress_event import LiveResponseWebSearchCallInProgressEvent
from .models.live_response_web_search_call_searching_event import LiveResponseWebSearchCallSearchingEvent
from .models.live_server_event_transport_dtmf_send import LiveServerEventTransportDtmfSend
from .models.live_session_close_event import LiveSessionCloseEvent
from .models.live_session_closed_event import LiveSessionClosedEvent
from .models.live_session_input_audio_append import LiveSessionInputAudioAppend
from .models.live_session_paused import LiveSessionPaused
from .models.live_session_resumed import LiveSessionResumed
from .models.live_session_start_event import LiveSessionStartEvent
from .models.live_session_started_event import LiveSessionStartedEvent
from .models.live_session_update_event import LiveSessionUpdateEvent
from .models.live_session_updated_event import LiveSessionUpdatedEvent
from .models.live_session_usage_updated_event import LiveSessionUsageUpdatedEvent
from .models.live_thinking_append_event import LiveThinkingAppendEvent
from .models.live_thinking_appended_event import LiveThinkingAppendedEvent
from .models.live_transport_answered import LiveTransportAnswered
from .models.live_transport_dtmf_received import LiveTransportDtmfReceived
from .models.live_transport_dtmf_sent import LiveTransportDtmfSent
from .models.live_transport_failed import LiveTransportFailed
from .models.live_transport_ringing import LiveTransportRinging
from .models.metadata_object import MetadataObject
from .models.prompt_object import PromptObject
from .models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
from .models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat
from .models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat
from .models.realtime_client_event_conversation_item_create import RealtimeClientEventConversationItemCreate
from .models.realtime_client_event_conversation_item_delete import RealtimeClientEventConversationItemDelete
from .models.realtime_client_event_conversation_item_retrieve import RealtimeClientEventConversationItemRetrieve
from .models.realtime_client_event_conversation_item_truncate import RealtimeClientEventConversationItemTruncate
from .models.realtime_client_event_input_audio_buffer_append import RealtimeClientEventInputAudioBufferAppend
from .models.realtime_client_event_input_audio_buffer_clear import RealtimeClientEventInputAudioBufferClear
from .models.realtime_client_event_input_audio_buffer_commit import RealtimeClientEventInputAudioBufferCommit
from .models.realtime_client_event_output_audio_buffer_clear import RealtimeClientEventOutputAudioBufferClear
from .models.realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
from .models.realtime_client_event_response_create import RealtimeClientEventResponseCreate
from .models.realtime_client_event_session_update import RealtimeClientEventSessionUpdate
from .models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from .models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from .models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
from .models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
from .models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
from .models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
from .models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
from .models.realtime_mcp_list_tools import RealtimeMCPListTools
from .models.realtime_mcp_tool_call import RealtimeMCPToolCall
from .models.realtime_server_event_conversation_created import RealtimeServerEventConversationCreated
from .models.realtime_server_event_conversation_item_added import RealtimeServerEventConversationItemAdded
from .models.realtime_server_event_conversation_item_created import RealtimeServerEventConversationItemCreated
from .models.realtime_server_event_conversation_item_deleted import RealtimeServerEventConversationItemDeleted
from .models.realtime_server_event_conversation_item_done import RealtimeServerEventConversationItemDone
from .models.realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .models.realtime_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
)
from .models.realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
)
from .models.realtime_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
)
from .models.realtime_server_event_conversation_item_retrieved import RealtimeServerEventConversationItemRetrieved
from .models.realtime_server_event_conversation_item_truncated import RealtimeServerEventConversationItemTruncated
from .models.realtime_server_event_error import RealtimeServerEventError
from .models.realtime_server_event_input_audio_buffer_cleared import RealtimeServerEventInputAudioBufferCleared
from .models.realtime_server_event_input_audio_buffer_committed import RealtimeServerEventInputAudioBufferCommitted
from .models.realtime_server_event_input_audio_buffer_dtmf_event_received import (
    RealtimeServerEventInputAudioBufferDtmfEventReceived,
)
from .models.realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)
from .models.realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped,
)
from .models.realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .models.realtime_server_event_mcp_list_tools_completed import RealtimeServerEventMCPListToolsCompleted
from .models.realtime_server_event_mcp_list_tools_failed import RealtimeServerEventMCPListToolsFailed
from .models.realtime_server_event_mcp_list_tools_in_progress import RealtimeServerEventMCPListToolsInProgress
from .models.realtime_server_event_output_audio_buffer_cleared import RealtimeServerEventOutputAudioBufferCleared
from .models.realtime_server_event_output_audio_buffer_started import RealtimeServerEventOutputAudioBufferStarted
from .models.realtime_server_event_output_audio_buffer_stopped import RealtimeServerEventOutputAudioBufferStopped
from .models.realtime_server_event_rate_limits_updated import RealtimeServerEventRateLimitsUpdated
from .models.realtime_server_event_response_audio_delta import RealtimeServerEventResponseAudioDelta
from .models.realtime_server_event_response_audio_done import RealtimeServerEventResponseAudioDone
from .models.realtime_server_event_response_audio_transcript_delta import (
    RealtimeServerEventResponseAudioTranscriptDelta,
)
from .models.realtime_server_event_response_audio_transcript_done import RealtimeServerEventResponseAudioTranscriptDone
from .models.realtime_server_event_response_content_part_added import RealtimeServerEventResponseContentPartAdded
from .models.realtime_server_event_response_content_part_done import RealtimeServerEventResponseContentPartDone
from .models.realtime_server_event_response_created import RealtimeServerEventResponseCreated
from .models.realtime_server_event_response_done import RealtimeServerEventResponseDone
from .models.realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .models.realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .models.realtime_server_event_response_mcp_call_arguments_delta import (
    RealtimeServerEventResponseMCPCallArgumentsDelta,
)
from .models.realtime_server_event_response_mcp_call_arguments_done import (
    RealtimeServerEventResponseMCPCallArgumentsDone,
)
from .models.realtime_server_event_response_mcp_call_completed import RealtimeServerEventResponseMCPCallCompleted
from .models.realtime_server_event_response_mcp_call_failed import RealtimeServerEventResponseMCPCallFailed
from .models.realtime_server_event_response_mcp_call_in_progress import RealtimeServerEventResponseMCPCallInProgress
from .models.realtime_server_event_response_output_item_added import RealtimeServerEventResponseOutputItemAdded
from .models.realtime_server_event_response_output_item_done import RealtimeServerEventResponseOutputItemDone
from .models.realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
from .models.realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
from .models.realtime_server_event_session_created import RealtimeServerEventSessionCreated
from .models.realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
from .models.realtime_translation_client_event_input_audio_buffer_append import (
    RealtimeTranslationClientEventInputAudioBufferAppend,
)
from .models.realtime_translation_client_event_session_close import RealtimeTranslationClientEventSessionClose
from .models.realtime_translation_client_event_session_update import RealtimeTranslationClientEventSessionUpdate
from .models.realtime_translation_server_event_session_closed import RealtimeTranslationServerEventSessionClosed
from .models.realtime_translation_server_event_session_created import RealtimeTranslationServerEventSessionCreated
from .models.realtime_translation_server_event_session_input_transcript_delta import (
    RealtimeTranslationServerEventSessionInputTranscriptDelta,
)
from .models.realtime_translation_server_event_session_output_audio_delta import (
    RealtimeTranslationServerEventSessionOutputAudioDelta,
)
from .models.realtime_translation_server_event_session_output_transcript_delta import (
    RealtimeTranslationServerEventSessionOutputTranscriptDelta,
)
from .models.realtime_translation_server_event_session_updated import RealtimeTranslationServerEventSessionUpdated
from .models.realtime_truncation_enum import RealtimeTruncationEnum
from .models.realtime_truncation_retention_ratio_truncation import RealtimeTruncationRetentionRatioTruncation
from .models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD
from .models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD
from .models.realtime_unknown_variant import RealtimeUnknownVariant
from .models.response_prompt_variables_prompt_variables import ResponsePromptVariablesPromptVariables
from .models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject
from .models.voice_ids_shared_enum import VoiceIdsSharedEnum

LiveClientEvent: TypeAlias = (
    LiveCommentaryAppendEvent
    | LiveDecisionCreateEvent
    | LiveDecisionItemCreateEvent
    | LiveDecisionItemDeleteEvent
    | LiveInputAudioAppendEvent
    | LiveInputAudioMuteEvent
    | LiveInputAudioUnmuteEvent
    | LiveInstructionsAppendEvent
    | LiveOutputAudioFixturePlayEvent
    | LiveResponseCreateEvent
    | LiveResponseItemCreateEvent
    | LiveSessionCloseEvent
    | LiveSessionStartEvent
    | LiveSessionUpdateEvent
    | LiveThinkingAppendEvent
)
LiveConnectClientEvent: TypeAlias = (
    LiveCommentaryAppendEvent
    | LiveConnectClientEventTransportDtmfSend
    | LiveDecisionCreateEvent
    | LiveDecisionItemCreateEvent
    | LiveDecisionItemDeleteEvent
    | LiveInputAudioMuteEvent
    | LiveInputAudioUnmuteEvent
    | LiveInstructionsAppendEvent
    | LiveOutputAudioFixturePlayEvent
    | LiveResponseCreateEvent
    | LiveResponseItemCreateEvent
    | LiveSessionCloseEvent
    | LiveSessionUpdateEvent
    | LiveThinkingAppendEvent
)
LiveForkClientEvent: TypeAlias = (
    LiveCommentaryAppendEvent
    | LiveDecisionCreateEvent
    | LiveDecisionItemCreateEvent
    | LiveDecisionItemDeleteEvent
    | LiveForkSessionStartEvent
    | LiveInputAudioAppendEvent
    | LiveInputAudioMuteEvent
    | LiveInputAudioUnmuteEvent
    | LiveInstructionsAppendEvent
    | LiveOutputAudioFixturePlayEvent
    | LiveResponseCreateEvent
    | LiveResponseItemCreateEvent
    | LiveSessionCloseEvent
    | LiveSessionUpdateEvent
    | LiveThinkingAppendEvent
)
LiveResponseStreamEvent: TypeAlias = (
    LiveResponseAudioDeltaEvent
    | LiveResponseAudioDoneEvent
    | LiveResponseAudioTranscriptDeltaEvent
    | LiveResponseAudioTranscriptDoneEvent
    | LiveResponseCodeInterpreterCallCodeDeltaEvent
    | LiveResponseCodeInterpreterCallCodeDoneEvent
    | LiveResponseCodeInterpreterCallCompletedEvent
    | LiveResponseCodeInterpreterCallInProgressEvent
    | LiveResponseCodeInterpreterCallInterpretingEvent
    | LiveResponseCompactionCompactingEvent
    | LiveResponseCompletedEvent
    | LiveResponseContentPartAddedEvent
    | LiveResponseContentPartDoneEvent
    | LiveResponseCreatedEvent
    | LiveResponseCustomToolCallInputDeltaEvent
    | LiveResponseCustomToolCallInputDoneEvent
    | LiveResponseErrorEvent
    | LiveResponseFailedEvent
    | LiveResponseFileSearchCallCompletedEvent
    | LiveResponseFileSearchCallInProgressEvent
    | LiveResponseFileSearchCallSearchingEvent
    | LiveResponseFunctionCallArgumentsDeltaEvent
    | LiveResponseFunctionCallArgumentsDoneEvent
    | LiveResponseImageGenCallCompletedEvent
    | LiveResponseImageGenCallGeneratingEvent
    | LiveResponseImageGenCallInProgressEvent
    | LiveResponseImageGenCallPartialImageEvent
    | LiveResponseIncompleteEvent
    | LiveResponseInProgressEvent
    | LiveResponseMcpCallArgumentsDeltaEvent
    | LiveResponseMcpCallArgumentsDoneEvent
    | LiveResponseMcpCallCompletedEvent
    | LiveResponseMcpCallFailedEvent
    | LiveResponseMcpCallInProgressEvent
    | LiveResponseMcpListToolsCompletedEvent
    | LiveResponseMcpListToolsFailedEvent
    | LiveResponseMcpListToolsInProgressEvent
    | LiveResponseOutputItemAddedEvent
    | LiveResponseOutputItemDoneEvent
    | LiveResponseOutputTextAnnotationAddedEvent
    | LiveResponseQueuedEvent
    | LiveResponseReasoningSummaryPartAddedEvent
    | LiveResponseReasoningSummaryPartDoneEvent
    | LiveResponseReasoningSummaryTextDeltaEvent
    | LiveResponseReasoningSummaryTextDoneEvent
    | LiveResponseReasoningTextDeltaEvent
    | LiveResponseReasoningTextDoneEvent
    | LiveResponseRefusalDeltaEvent
    | LiveResponseRefusalDoneEvent
    | LiveResponseShellCallCommandAddedEvent
    | LiveResponseShellCallCommandDeltaEvent
    | LiveResponseShellCallCommandDoneEvent
    | LiveResponseShellCallOutputContentDeltaEvent
    | LiveResponseShellCallOutputContentDoneEvent
    | LiveResponseTextDeltaEvent
    | LiveResponseTextDoneEvent
    | LiveResponseWebSearchCallCompletedEvent
    | LiveResponseWebSearchCallInProgressEvent
    | LiveResponseWebSearchCallSearchingEvent
    | RealtimeUnknownVariant
)
LiveServerEvent: TypeAlias = (
    LiveCommentaryAppendedEvent
    | LiveDecisionEvent
    | LiveDecisionItemCreatedEvent
    | LiveDecisionItemDeletedEvent
    | LiveDelegationCreatedEvent
    | LiveErrorEvent
    | LiveInfoEvent
    | LiveInputAudioMutedEvent
    | LiveInputAudioUnmutedEvent
    | LiveInputTranscriptDeltaEvent
    | LiveInstructionsAppendedEvent
    | LiveOutputAudioDeltaEvent
    | LiveOutputAudioFixturePlayedEvent
    | LiveOutputAudioFixturePlayingEvent
    | LiveOutputTranscriptDeltaEvent
    | LiveResponseEvent
    | LiveServerEventTransportDtmfSend
    | LiveSessionClosedEvent
    | LiveSessionInputAudioAppend
    | LiveSessionPaused
    | LiveSessionResumed
    | LiveSessionStartedEvent
    | LiveSessionUpdatedEvent
    | LiveSessionUsageUpdatedEvent
    | LiveThinkingAppendedEvent
    | LiveTransportAnswered
    | LiveTransportDtmfReceived
    | LiveTransportDtmfSent
    | LiveTransportFailed
    | LiveTransportRinging
)
Metadata: TypeAlias = MetadataObject | None
Prompt: TypeAlias = None | PromptObject
RealtimeAudioFormats: TypeAlias = (
    RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | RealtimeUnknownVariant
)
RealtimeClientEvent: TypeAlias = (
    RealtimeClientEventConversationItemCreate
    | RealtimeClientEventConversationItemDelete
    | RealtimeClientEventConversationItemRetrieve
    | RealtimeClientEventConversationItemTruncate
    | RealtimeClientEventInputAudioBufferAppend
    | RealtimeClientEventInputAudioBufferClear
    | RealtimeClientEventInputAudioBufferCommit
    | RealtimeClientEventOutputAudioBufferClear
    | RealtimeClientEventResponseCancel
    | RealtimeClientEventResponseCreate
    | RealtimeClientEventSessionUpdate
)
RealtimeConversationItem: TypeAlias = (
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
RealtimeServerEvent: TypeAlias = (
    RealtimeServerEventConversationCreated
    | RealtimeServerEventConversationItemAdded
    | RealtimeServerEventConversationItemCreated
    | RealtimeServerEventConversationItemDeleted
    | RealtimeServerEventConversationItemDone
    | RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
    | RealtimeServerEventConversationItemInputAudioTranscriptionDelta
    | RealtimeServerEventConversationItemInputAudioTranscriptionFailed
    | RealtimeServerEventConversationItemInputAudioTranscriptionSegment
    | RealtimeServerEventConversationItemRetrieved
    | RealtimeServerEventConversationItemTruncated
    | RealtimeServerEventError
    | RealtimeServerEventInputAudioBufferCleared
    | RealtimeServerEventInputAudioBufferCommitted
    | RealtimeServerEventInputAudioBufferDtmfEventReceived
    | RealtimeServerEventInputAudioBufferSpeechStarted
    | RealtimeServerEventInputAudioBufferSpeechStopped
    | RealtimeServerEventInputAudioBufferTimeoutTriggered
    | RealtimeServerEventMCPListToolsCompleted
    | RealtimeServerEventMCPListToolsFailed
    | RealtimeServerEventMCPListToolsInProgress
    | RealtimeServerEventOutputAudioBufferCleared
    | RealtimeServerEventOutputAudioBufferStarted
    | RealtimeServerEventOutputAudioBufferStopped
    | RealtimeServerEventRateLimitsUpdated
    | RealtimeServerEventResponseAudioDelta
    | RealtimeServerEventResponseAudioDone
    | RealtimeServerEventResponseAudioTranscriptDelta
    | RealtimeServerEventResponseAudioTranscriptDone
    | RealtimeServerEventResponseContentPartAdded
    | RealtimeServerEventResponseContentPartDone
    | RealtimeServerEventResponseCreated
    | RealtimeServerEventResponseDone
    | RealtimeServerEventResponseFunctionCallArgumentsDelta
    | RealtimeServerEventResponseFunctionCallArgumentsDone
    | RealtimeServerEventResponseMCPCallArgumentsDelta
    | RealtimeServerEventResponseMCPCallArgumentsDone
    | RealtimeServerEventResponseMCPCallCompleted
    | RealtimeServerEventResponseMCPCallFailed
    | RealtimeServerEventResponseMCPCallInProgress
    | RealtimeServerEventResponseOutputItemAdded
    | RealtimeServerEventResponseOutputItemDone
    | RealtimeServerEventResponseTextDelta
    | RealtimeServerEventResponseTextDone
    | RealtimeServerEventSessionCreated
    | RealtimeServerEventSessionUpdated
)
RealtimeTranslationClientEvent: TypeAlias = (
    RealtimeTranslationClientEventInputAudioBufferAppend
    | RealtimeTranslationClientEventSessionClose
    | RealtimeTranslationClientEventSessionUpdate
)
RealtimeTranslationServerEvent: TypeAlias = (
    RealtimeServerEventError
    | RealtimeTranslationServerEventSessionClosed
    | RealtimeTranslationServerEventSessionCreated
    | RealtimeTranslationServerEventSessionInputTranscriptDelta
    | RealtimeTranslationServerEventSessionOutputAudioDelta
    | RealtimeTranslationServerEventSessionOutputTranscriptDelta
    | RealtimeTranslationServerEventSessionUpdated
)
RealtimeTruncation: TypeAlias = RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation
RealtimeTurnDetection: TypeAlias = (
    None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | RealtimeUnknownVariant
)
ResponsePromptVariables: TypeAlias = None | ResponsePromptVariablesPromptVariables
VoiceIdsOrCustomVoice: TypeAlias = str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum
VoiceIdsShared: TypeAlias = str | VoiceIdsSharedEnum

__all__ = (
    "LiveClientEvent",
    "LiveConnectClientEvent",
    "LiveForkClientEvent",
    "LiveResponseStreamEvent",
    "LiveServerEvent",
    "Metadata",
    "Prompt",
    "RealtimeAudioFormats",
    "RealtimeClientEvent",
    "RealtimeConversationItem",
    "RealtimeServerEvent",
    "RealtimeTranslationClientEvent",
    "RealtimeTranslationServerEvent",
    "RealtimeTruncation",
    "RealtimeTurnDetection",
    "ResponsePromptVariables",
    "VoiceIdsOrCustomVoice",
    "VoiceIdsShared",
)
