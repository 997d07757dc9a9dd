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
    from .audio_transcription_response_delay import AudioTranscriptionResponseDelay as AudioTranscriptionResponseDelay
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
    from .live_access_programs import LiveAccessPrograms as LiveAccessPrograms
    from .live_access_programs_cyber import LiveAccessProgramsCyber as LiveAccessProgramsCyber
    from .live_acknowledged_safety_check import LiveAcknowledgedSafetyCheck as LiveAcknowledgedSafetyCheck
    from .live_action import LiveAction as LiveAction
    from .live_action_click import LiveActionClick as LiveActionClick
    from .live_action_click_button import LiveActionClickButton as LiveActionClickButton
    from .live_action_click_type import LiveActionClickType as LiveActionClickType
    from .live_action_double_click import LiveActionDoubleClick as LiveActionDoubleClick
    from .live_action_double_click_type import LiveActionDoubleClickType as LiveActionDoubleClickType
    from .live_action_drag import LiveActionDrag as LiveActionDrag
    from .live_action_drag_path import LiveActionDragPath as LiveActionDragPath
    from .live_action_drag_type import LiveActionDragType as LiveActionDragType
    from .live_action_find import LiveActionFind as LiveActionFind
    from .live_action_find_type import LiveActionFindType as LiveActionFindType
    from .live_action_keypress import LiveActionKeypress as LiveActionKeypress
    from .live_action_keypress_type import LiveActionKeypressType as LiveActionKeypressType
    from .live_action_move import LiveActionMove as LiveActionMove
    from .live_action_move_type import LiveActionMoveType as LiveActionMoveType
    from .live_action_open_page import LiveActionOpenPage as LiveActionOpenPage
    from .live_action_open_page_type import LiveActionOpenPageType as LiveActionOpenPageType
    from .live_action_screenshot import LiveActionScreenshot as LiveActionScreenshot
    from .live_action_screenshot_type import LiveActionScreenshotType as LiveActionScreenshotType
    from .live_action_scroll import LiveActionScroll as LiveActionScroll
    from .live_action_scroll_type import LiveActionScrollType as LiveActionScrollType
    from .live_action_search import LiveActionSearch as LiveActionSearch
    from .live_action_search_source import LiveActionSearchSource as LiveActionSearchSource
    from .live_action_search_source_type import LiveActionSearchSourceType as LiveActionSearchSourceType
    from .live_action_search_type import LiveActionSearchType as LiveActionSearchType
    from .live_action_type import LiveActionType as LiveActionType
    from .live_action_type_type import LiveActionTypeType as LiveActionTypeType
    from .live_action_wait import LiveActionWait as LiveActionWait
    from .live_action_wait_type import LiveActionWaitType as LiveActionWaitType
    from .live_annotation_container_file_citation import (
        LiveAnnotationContainerFileCitation as LiveAnnotationContainerFileCitation,
    )
    from .live_annotation_container_file_citation_type import (
        LiveAnnotationContainerFileCitationType as LiveAnnotationContainerFileCitationType,
    )
    from .live_annotation_file_citation import LiveAnnotationFileCitation as LiveAnnotationFileCitation
    from .live_annotation_file_citation_type import LiveAnnotationFileCitationType as LiveAnnotationFileCitationType
    from .live_annotation_file_path import LiveAnnotationFilePath as LiveAnnotationFilePath
    from .live_annotation_file_path_type import LiveAnnotationFilePathType as LiveAnnotationFilePathType
    from .live_annotation_url_citation import LiveAnnotationURLCitation as LiveAnnotationURLCitation
    from .live_annotation_url_citation_type import LiveAnnotationURLCitationType as LiveAnnotationURLCitationType
    from .live_answer_answer_resource_choice import LiveAnswerAnswerResourceChoice as LiveAnswerAnswerResourceChoice
    from .live_answer_answer_resource_choice_probability import (
        LiveAnswerAnswerResourceChoiceProbability as LiveAnswerAnswerResourceChoiceProbability,
    )
    from .live_answer_answer_resource_choice_type import (
        LiveAnswerAnswerResourceChoiceType as LiveAnswerAnswerResourceChoiceType,
    )
    from .live_answer_answer_resource_predicate import (
        LiveAnswerAnswerResourcePredicate as LiveAnswerAnswerResourcePredicate,
    )
    from .live_answer_answer_resource_predicate_type import (
        LiveAnswerAnswerResourcePredicateType as LiveAnswerAnswerResourcePredicateType,
    )
    from .live_answer_answer_resource_refusal import LiveAnswerAnswerResourceRefusal as LiveAnswerAnswerResourceRefusal
    from .live_answer_answer_resource_refusal_type import (
        LiveAnswerAnswerResourceRefusalType as LiveAnswerAnswerResourceRefusalType,
    )
    from .live_answer_answer_resource_score import LiveAnswerAnswerResourceScore as LiveAnswerAnswerResourceScore
    from .live_answer_answer_resource_score_probability import (
        LiveAnswerAnswerResourceScoreProbability as LiveAnswerAnswerResourceScoreProbability,
    )
    from .live_answer_answer_resource_score_type import (
        LiveAnswerAnswerResourceScoreType as LiveAnswerAnswerResourceScoreType,
    )
    from .live_apply_patch_call import LiveApplyPatchCall as LiveApplyPatchCall
    from .live_apply_patch_call_caller_direct import LiveApplyPatchCallCallerDirect as LiveApplyPatchCallCallerDirect
    from .live_apply_patch_call_caller_direct_type import (
        LiveApplyPatchCallCallerDirectType as LiveApplyPatchCallCallerDirectType,
    )
    from .live_apply_patch_call_caller_program import LiveApplyPatchCallCallerProgram as LiveApplyPatchCallCallerProgram
    from .live_apply_patch_call_caller_program_type import (
        LiveApplyPatchCallCallerProgramType as LiveApplyPatchCallCallerProgramType,
    )
    from .live_apply_patch_call_operation_create_file import (
        LiveApplyPatchCallOperationCreateFile as LiveApplyPatchCallOperationCreateFile,
    )
    from .live_apply_patch_call_operation_create_file_type import (
        LiveApplyPatchCallOperationCreateFileType as LiveApplyPatchCallOperationCreateFileType,
    )
    from .live_apply_patch_call_operation_delete_file import (
        LiveApplyPatchCallOperationDeleteFile as LiveApplyPatchCallOperationDeleteFile,
    )
    from .live_apply_patch_call_operation_delete_file_type import (
        LiveApplyPatchCallOperationDeleteFileType as LiveApplyPatchCallOperationDeleteFileType,
    )
    from .live_apply_patch_call_operation_update_file import (
        LiveApplyPatchCallOperationUpdateFile as LiveApplyPatchCallOperationUpdateFile,
    )
    from .live_apply_patch_call_operation_update_file_type import (
        LiveApplyPatchCallOperationUpdateFileType as LiveApplyPatchCallOperationUpdateFileType,
    )
    from .live_apply_patch_call_output import LiveApplyPatchCallOutput as LiveApplyPatchCallOutput
    from .live_apply_patch_call_output_caller_direct import (
        LiveApplyPatchCallOutputCallerDirect as LiveApplyPatchCallOutputCallerDirect,
    )
    from .live_apply_patch_call_output_caller_direct_type import (
        LiveApplyPatchCallOutputCallerDirectType as LiveApplyPatchCallOutputCallerDirectType,
    )
    from .live_apply_patch_call_output_caller_program import (
        LiveApplyPatchCallOutputCallerProgram as LiveApplyPatchCallOutputCallerProgram,
    )
    from .live_apply_patch_call_output_caller_program_type import (
        LiveApplyPatchCallOutputCallerProgramType as LiveApplyPatchCallOutputCallerProgramType,
    )
    from .live_apply_patch_call_output_status import LiveApplyPatchCallOutputStatus as LiveApplyPatchCallOutputStatus
    from .live_apply_patch_call_output_type import LiveApplyPatchCallOutputType as LiveApplyPatchCallOutputType
    from .live_apply_patch_call_status import LiveApplyPatchCallStatus as LiveApplyPatchCallStatus
    from .live_apply_patch_call_type import LiveApplyPatchCallType as LiveApplyPatchCallType
    from .live_apply_patch_tool import LiveApplyPatchTool as LiveApplyPatchTool
    from .live_apply_patch_tool_allowed_callers_item import (
        LiveApplyPatchToolAllowedCallersItem as LiveApplyPatchToolAllowedCallersItem,
    )
    from .live_apply_patch_tool_type import LiveApplyPatchToolType as LiveApplyPatchToolType
    from .live_assistant import LiveAssistant as LiveAssistant
    from .live_assistant_content_output_text import LiveAssistantContentOutputText as LiveAssistantContentOutputText
    from .live_assistant_content_output_text_type import (
        LiveAssistantContentOutputTextType as LiveAssistantContentOutputTextType,
    )
    from .live_assistant_content_text import LiveAssistantContentText as LiveAssistantContentText
    from .live_assistant_content_text_type import LiveAssistantContentTextType as LiveAssistantContentTextType
    from .live_assistant_role import LiveAssistantRole as LiveAssistantRole
    from .live_assistant_status import LiveAssistantStatus as LiveAssistantStatus
    from .live_assistant_type import LiveAssistantType as LiveAssistantType
    from .live_audio_pcm import LiveAudioPCM as LiveAudioPCM
    from .live_audio_pcm_rate import LiveAudioPCMRate as LiveAudioPCMRate
    from .live_audio_pcm_type import LiveAudioPCMType as LiveAudioPCMType
    from .live_audio_pcma import LiveAudioPCMA as LiveAudioPCMA
    from .live_audio_pcma_type import LiveAudioPCMAType as LiveAudioPCMAType
    from .live_audio_pcmu import LiveAudioPCMU as LiveAudioPCMU
    from .live_audio_pcmu_type import LiveAudioPCMUType as LiveAudioPCMUType
    from .live_caller_direct import LiveCallerDirect as LiveCallerDirect
    from .live_caller_direct_type import LiveCallerDirectType as LiveCallerDirectType
    from .live_caller_program import LiveCallerProgram as LiveCallerProgram
    from .live_caller_program_type import LiveCallerProgramType as LiveCallerProgramType
    from .live_choice_instructions_parts_input_image import (
        LiveChoiceInstructionsPartsInputImage as LiveChoiceInstructionsPartsInputImage,
    )
    from .live_choice_instructions_parts_input_image_detail import (
        LiveChoiceInstructionsPartsInputImageDetail as LiveChoiceInstructionsPartsInputImageDetail,
    )
    from .live_choice_instructions_parts_input_image_type import (
        LiveChoiceInstructionsPartsInputImageType as LiveChoiceInstructionsPartsInputImageType,
    )
    from .live_click import LiveClick as LiveClick
    from .live_click_button import LiveClickButton as LiveClickButton
    from .live_click_type import LiveClickType as LiveClickType
    from .live_client_config import LiveClientConfig as LiveClientConfig
    from .live_client_delegation import LiveClientDelegation as LiveClientDelegation
    from .live_client_delegation_type import LiveClientDelegationType as LiveClientDelegationType
    from .live_code_interpreter import LiveCodeInterpreter as LiveCodeInterpreter
    from .live_code_interpreter_allowed_callers_item import (
        LiveCodeInterpreterAllowedCallersItem as LiveCodeInterpreterAllowedCallersItem,
    )
    from .live_code_interpreter_container_code_interpreter_tool_auto import (
        LiveCodeInterpreterContainerCodeInterpreterToolAuto as LiveCodeInterpreterContainerCodeInterpreterToolAuto,
    )
    from .live_code_interpreter_container_code_interpreter_tool_auto_memory_limit import (
        LiveCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit as LiveCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit,
    )
    from .live_code_interpreter_container_code_interpreter_tool_auto_type import (
        LiveCodeInterpreterContainerCodeInterpreterToolAutoType as LiveCodeInterpreterContainerCodeInterpreterToolAutoType,
    )
    from .live_code_interpreter_type import LiveCodeInterpreterType as LiveCodeInterpreterType
    from .live_commentary_append_event import LiveCommentaryAppendEvent as LiveCommentaryAppendEvent
    from .live_commentary_append_event_type import LiveCommentaryAppendEventType as LiveCommentaryAppendEventType
    from .live_commentary_appended_event import LiveCommentaryAppendedEvent as LiveCommentaryAppendedEvent
    from .live_commentary_appended_event_type import LiveCommentaryAppendedEventType as LiveCommentaryAppendedEventType
    from .live_compaction_trigger import LiveCompactionTrigger as LiveCompactionTrigger
    from .live_compaction_trigger_type import LiveCompactionTriggerType as LiveCompactionTriggerType
    from .live_comparison_filter import LiveComparisonFilter as LiveComparisonFilter
    from .live_comparison_filter_type import LiveComparisonFilterType as LiveComparisonFilterType
    from .live_compound_filter import LiveCompoundFilter as LiveCompoundFilter
    from .live_compound_filter_type import LiveCompoundFilterType as LiveCompoundFilterType
    from .live_computer_call_output import LiveComputerCallOutput as LiveComputerCallOutput
    from .live_computer_call_output_acknowledged_safety_check import (
        LiveComputerCallOutputAcknowledgedSafetyCheck as LiveComputerCallOutputAcknowledgedSafetyCheck,
    )
    from .live_computer_call_output_status import LiveComputerCallOutputStatus as LiveComputerCallOutputStatus
    from .live_computer_call_output_type import LiveComputerCallOutputType as LiveComputerCallOutputType
    from .live_computer_tool import LiveComputerTool as LiveComputerTool
    from .live_computer_tool_type import LiveComputerToolType as LiveComputerToolType
    from .live_computer_use_preview_tool import LiveComputerUsePreviewTool as LiveComputerUsePreviewTool
    from .live_computer_use_preview_tool_environment import (
        LiveComputerUsePreviewToolEnvironment as LiveComputerUsePreviewToolEnvironment,
    )
    from .live_computer_use_preview_tool_type import LiveComputerUsePreviewToolType as LiveComputerUsePreviewToolType
    from .live_connect_client_event_transport_dtmf_send import (
        LiveConnectClientEventTransportDtmfSend as LiveConnectClientEventTransportDtmfSend,
    )
    from .live_connect_client_event_transport_dtmf_send_type import (
        LiveConnectClientEventTransportDtmfSendType as LiveConnectClientEventTransportDtmfSendType,
    )
    from .live_container_auto import LiveContainerAuto as LiveContainerAuto
    from .live_container_auto_memory_limit import LiveContainerAutoMemoryLimit as LiveContainerAutoMemoryLimit
    from .live_container_auto_type import LiveContainerAutoType as LiveContainerAutoType
    from .live_container_network_policy_allowlist import (
        LiveContainerNetworkPolicyAllowlist as LiveContainerNetworkPolicyAllowlist,
    )
    from .live_container_network_policy_allowlist_type import (
        LiveContainerNetworkPolicyAllowlistType as LiveContainerNetworkPolicyAllowlistType,
    )
    from .live_container_network_policy_disabled import (
        LiveContainerNetworkPolicyDisabled as LiveContainerNetworkPolicyDisabled,
    )
    from .live_container_network_policy_disabled_type import (
        LiveContainerNetworkPolicyDisabledType as LiveContainerNetworkPolicyDisabledType,
    )
    from .live_container_network_policy_domain_secret import (
        LiveContainerNetworkPolicyDomainSecret as LiveContainerNetworkPolicyDomainSecret,
    )
    from .live_container_reference import LiveContainerReference as LiveContainerReference
    from .live_container_reference_type import LiveContainerReferenceType as LiveContainerReferenceType
    from .live_content import LiveContent as LiveContent
    from .live_content_part_input_image import LiveContentPartInputImage as LiveContentPartInputImage
    from .live_content_part_input_image_detail import LiveContentPartInputImageDetail as LiveContentPartInputImageDetail
    from .live_content_part_input_image_type import LiveContentPartInputImageType as LiveContentPartInputImageType
    from .live_content_part_input_json import LiveContentPartInputJSON as LiveContentPartInputJSON
    from .live_content_part_input_json_data import LiveContentPartInputJSONData as LiveContentPartInputJSONData
    from .live_content_part_input_json_data_item import (
        LiveContentPartInputJSONDataItem as LiveContentPartInputJSONDataItem,
    )
    from .live_content_part_input_json_type import LiveContentPartInputJSONType as LiveContentPartInputJSONType
    from .live_content_part_input_text import LiveContentPartInputText as LiveContentPartInputText
    from .live_content_part_input_text_type import LiveContentPartInputTextType as LiveContentPartInputTextType
    from .live_content_part_output_text import LiveContentPartOutputText as LiveContentPartOutputText
    from .live_content_part_output_text_type import LiveContentPartOutputTextType as LiveContentPartOutputTextType
    from .live_content_part_refusal import LiveContentPartRefusal as LiveContentPartRefusal
    from .live_content_part_refusal_type import LiveContentPartRefusalType as LiveContentPartRefusalType
    from .live_content_type import LiveContentType as LiveContentType
    from .live_context_window import LiveContextWindow as LiveContextWindow
    from .live_conversation import LiveConversation as LiveConversation
    from .live_create_params import LiveCreateParams as LiveCreateParams
    from .live_create_params_transport import LiveCreateParamsTransport as LiveCreateParamsTransport
    from .live_create_params_transport_type import LiveCreateParamsTransportType as LiveCreateParamsTransportType
    from .live_create_response import LiveCreateResponse as LiveCreateResponse
    from .live_create_response_session import LiveCreateResponseSession as LiveCreateResponseSession
    from .live_create_response_transport import LiveCreateResponseTransport as LiveCreateResponseTransport
    from .live_create_response_transport_type import LiveCreateResponseTransportType as LiveCreateResponseTransportType
    from .live_custom_tool import LiveCustomTool as LiveCustomTool
    from .live_custom_tool_allowed_callers_item import (
        LiveCustomToolAllowedCallersItem as LiveCustomToolAllowedCallersItem,
    )
    from .live_custom_tool_type import LiveCustomToolType as LiveCustomToolType
    from .live_custom_voice import LiveCustomVoice as LiveCustomVoice
    from .live_data_channel_config import LiveDataChannelConfig as LiveDataChannelConfig
    from .live_data_channel_config_allowed_client_events import (
        LiveDataChannelConfigAllowedClientEvents as LiveDataChannelConfigAllowedClientEvents,
    )
    from .live_data_channel_config_allowed_server_events import (
        LiveDataChannelConfigAllowedServerEvents as LiveDataChannelConfigAllowedServerEvents,
    )
    from .live_decision import LiveDecision as LiveDecision
    from .live_decision_assistant_message import LiveDecisionAssistantMessage as LiveDecisionAssistantMessage
    from .live_decision_assistant_message_phase import (
        LiveDecisionAssistantMessagePhase as LiveDecisionAssistantMessagePhase,
    )
    from .live_decision_assistant_message_role import (
        LiveDecisionAssistantMessageRole as LiveDecisionAssistantMessageRole,
    )
    from .live_decision_assistant_message_type import (
        LiveDecisionAssistantMessageType as LiveDecisionAssistantMessageType,
    )
    from .live_decision_choice_option import LiveDecisionChoiceOption as LiveDecisionChoiceOption
    from .live_decision_create_event import LiveDecisionCreateEvent as LiveDecisionCreateEvent
    from .live_decision_create_event_type import LiveDecisionCreateEventType as LiveDecisionCreateEventType
    from .live_decision_developer_message import LiveDecisionDeveloperMessage as LiveDecisionDeveloperMessage
    from .live_decision_developer_message_role import (
        LiveDecisionDeveloperMessageRole as LiveDecisionDeveloperMessageRole,
    )
    from .live_decision_developer_message_type import (
        LiveDecisionDeveloperMessageType as LiveDecisionDeveloperMessageType,
    )
    from .live_decision_event import LiveDecisionEvent as LiveDecisionEvent
    from .live_decision_event_source_event_type import (
        LiveDecisionEventSourceEventType as LiveDecisionEventSourceEventType,
    )
    from .live_decision_event_type import LiveDecisionEventType as LiveDecisionEventType
    from .live_decision_input_text import LiveDecisionInputText as LiveDecisionInputText
    from .live_decision_input_text_type import LiveDecisionInputTextType as LiveDecisionInputTextType
    from .live_decision_item_create_event import LiveDecisionItemCreateEvent as LiveDecisionItemCreateEvent
    from .live_decision_item_create_event_item_custom_tool_call import (
        LiveDecisionItemCreateEventItemCustomToolCall as LiveDecisionItemCreateEventItemCustomToolCall,
    )
    from .live_decision_item_create_event_item_custom_tool_call_output import (
        LiveDecisionItemCreateEventItemCustomToolCallOutput as LiveDecisionItemCreateEventItemCustomToolCallOutput,
    )
    from .live_decision_item_create_event_item_custom_tool_call_output_status import (
        LiveDecisionItemCreateEventItemCustomToolCallOutputStatus as LiveDecisionItemCreateEventItemCustomToolCallOutputStatus,
    )
    from .live_decision_item_create_event_item_custom_tool_call_output_type import (
        LiveDecisionItemCreateEventItemCustomToolCallOutputType as LiveDecisionItemCreateEventItemCustomToolCallOutputType,
    )
    from .live_decision_item_create_event_item_custom_tool_call_status import (
        LiveDecisionItemCreateEventItemCustomToolCallStatus as LiveDecisionItemCreateEventItemCustomToolCallStatus,
    )
    from .live_decision_item_create_event_item_custom_tool_call_type import (
        LiveDecisionItemCreateEventItemCustomToolCallType as LiveDecisionItemCreateEventItemCustomToolCallType,
    )
    from .live_decision_item_create_event_item_function_call import (
        LiveDecisionItemCreateEventItemFunctionCall as LiveDecisionItemCreateEventItemFunctionCall,
    )
    from .live_decision_item_create_event_item_function_call_output import (
        LiveDecisionItemCreateEventItemFunctionCallOutput as LiveDecisionItemCreateEventItemFunctionCallOutput,
    )
    from .live_decision_item_create_event_item_function_call_output_status import (
        LiveDecisionItemCreateEventItemFunctionCallOutputStatus as LiveDecisionItemCreateEventItemFunctionCallOutputStatus,
    )
    from .live_decision_item_create_event_item_function_call_output_type import (
        LiveDecisionItemCreateEventItemFunctionCallOutputType as LiveDecisionItemCreateEventItemFunctionCallOutputType,
    )
    from .live_decision_item_create_event_item_function_call_status import (
        LiveDecisionItemCreateEventItemFunctionCallStatus as LiveDecisionItemCreateEventItemFunctionCallStatus,
    )
    from .live_decision_item_create_event_item_function_call_type import (
        LiveDecisionItemCreateEventItemFunctionCallType as LiveDecisionItemCreateEventItemFunctionCallType,
    )
    from .live_decision_item_create_event_type import LiveDecisionItemCreateEventType as LiveDecisionItemCreateEventType
    from .live_decision_item_created_event import LiveDecisionItemCreatedEvent as LiveDecisionItemCreatedEvent
    from .live_decision_item_created_event_item_custom_tool_call import (
        LiveDecisionItemCreatedEventItemCustomToolCall as LiveDecisionItemCreatedEventItemCustomToolCall,
    )
    from .live_decision_item_created_event_item_custom_tool_call_output import (
        LiveDecisionItemCreatedEventItemCustomToolCallOutput as LiveDecisionItemCreatedEventItemCustomToolCallOutput,
    )
    from .live_decision_item_created_event_item_custom_tool_call_output_status import (
        LiveDecisionItemCreatedEventItemCustomToolCallOutputStatus as LiveDecisionItemCreatedEventItemCustomToolCallOutputStatus,
    )
    from .live_decision_item_created_event_item_custom_tool_call_output_type import (
        LiveDecisionItemCreatedEventItemCustomToolCallOutputType as LiveDecisionItemCreatedEventItemCustomToolCallOutputType,
    )
    from .live_decision_item_created_event_item_custom_tool_call_status import (
        LiveDecisionItemCreatedEventItemCustomToolCallStatus as LiveDecisionItemCreatedEventItemCustomToolCallStatus,
    )
    from .live_decision_item_created_event_item_custom_tool_call_type import (
        LiveDecisionItemCreatedEventItemCustomToolCallType as LiveDecisionItemCreatedEventItemCustomToolCallType,
    )
    from .live_decision_item_created_event_item_function_call import (
        LiveDecisionItemCreatedEventItemFunctionCall as LiveDecisionItemCreatedEventItemFunctionCall,
    )
    from .live_decision_item_created_event_item_function_call_output import (
        LiveDecisionItemCreatedEventItemFunctionCallOutput as LiveDecisionItemCreatedEventItemFunctionCallOutput,
    )
    from .live_decision_item_created_event_item_function_call_output_status import (
        LiveDecisionItemCreatedEventItemFunctionCallOutputStatus as LiveDecisionItemCreatedEventItemFunctionCallOutputStatus,
    )
    from .live_decision_item_created_event_item_function_call_output_type import (
        LiveDecisionItemCreatedEventItemFunctionCallOutputType as LiveDecisionItemCreatedEventItemFunctionCallOutputType,
    )
    from .live_decision_item_created_event_item_function_call_status import (
        LiveDecisionItemCreatedEventItemFunctionCallStatus as LiveDecisionItemCreatedEventItemFunctionCallStatus,
    )
    from .live_decision_item_created_event_item_function_call_type import (
        LiveDecisionItemCreatedEventItemFunctionCallType as LiveDecisionItemCreatedEventItemFunctionCallType,
    )
    from .live_decision_item_created_event_type import (
        LiveDecisionItemCreatedEventType as LiveDecisionItemCreatedEventType,
    )
    from .live_decision_item_delete_event import LiveDecisionItemDeleteEvent as LiveDecisionItemDeleteEvent
    from .live_decision_item_delete_event_type import LiveDecisionItemDeleteEventType as LiveDecisionItemDeleteEventType
    from .live_decision_item_deleted_event import LiveDecisionItemDeletedEvent as LiveDecisionItemDeletedEvent
    from .live_decision_item_deleted_event_type import (
        LiveDecisionItemDeletedEventType as LiveDecisionItemDeletedEventType,
    )
    from .live_decision_question_choice import LiveDecisionQuestionChoice as LiveDecisionQuestionChoice
    from .live_decision_question_choice_instructions_parts_input_json import (
        LiveDecisionQuestionChoiceInstructionsPartsInputJSON as LiveDecisionQuestionChoiceInstructionsPartsInputJSON,
    )
    from .live_decision_question_choice_instructions_parts_input_json_data import (
        LiveDecisionQuestionChoiceInstructionsPartsInputJSONData as LiveDecisionQuestionChoiceInstructionsPartsInputJSONData,
    )
    from .live_decision_question_choice_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionChoiceInstructionsPartsInputJSONDataItem as LiveDecisionQuestionChoiceInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_choice_instructions_parts_input_json_type import (
        LiveDecisionQuestionChoiceInstructionsPartsInputJSONType as LiveDecisionQuestionChoiceInstructionsPartsInputJSONType,
    )
    from .live_decision_question_choice_type import LiveDecisionQuestionChoiceType as LiveDecisionQuestionChoiceType
    from .live_decision_question_param_choice import LiveDecisionQuestionParamChoice as LiveDecisionQuestionParamChoice
    from .live_decision_question_param_choice_instructions_parts_input_json import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON as LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON,
    )
    from .live_decision_question_param_choice_instructions_parts_input_json_data import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONData as LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONData,
    )
    from .live_decision_question_param_choice_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONDataItem as LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_param_choice_instructions_parts_input_json_type import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONType as LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONType,
    )
    from .live_decision_question_param_choice_type import (
        LiveDecisionQuestionParamChoiceType as LiveDecisionQuestionParamChoiceType,
    )
    from .live_decision_question_param_predicate import (
        LiveDecisionQuestionParamPredicate as LiveDecisionQuestionParamPredicate,
    )
    from .live_decision_question_param_predicate_instructions_parts_input_json import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON as LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON,
    )
    from .live_decision_question_param_predicate_instructions_parts_input_json_data import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONData as LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONData,
    )
    from .live_decision_question_param_predicate_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONDataItem as LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_param_predicate_instructions_parts_input_json_type import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONType as LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONType,
    )
    from .live_decision_question_param_predicate_type import (
        LiveDecisionQuestionParamPredicateType as LiveDecisionQuestionParamPredicateType,
    )
    from .live_decision_question_param_score import LiveDecisionQuestionParamScore as LiveDecisionQuestionParamScore
    from .live_decision_question_param_score_instructions_parts_input_json import (
        LiveDecisionQuestionParamScoreInstructionsPartsInputJSON as LiveDecisionQuestionParamScoreInstructionsPartsInputJSON,
    )
    from .live_decision_question_param_score_instructions_parts_input_json_data import (
        LiveDecisionQuestionParamScoreInstructionsPartsInputJSONData as LiveDecisionQuestionParamScoreInstructionsPartsInputJSONData,
    )
    from .live_decision_question_param_score_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionParamScoreInstructionsPartsInputJSONDataItem as LiveDecisionQuestionParamScoreInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_param_score_instructions_parts_input_json_type import (
        LiveDecisionQuestionParamScoreInstructionsPartsInputJSONType as LiveDecisionQuestionParamScoreInstructionsPartsInputJSONType,
    )
    from .live_decision_question_param_score_type import (
        LiveDecisionQuestionParamScoreType as LiveDecisionQuestionParamScoreType,
    )
    from .live_decision_question_predicate import LiveDecisionQuestionPredicate as LiveDecisionQuestionPredicate
    from .live_decision_question_predicate_instructions_parts_input_json import (
        LiveDecisionQuestionPredicateInstructionsPartsInputJSON as LiveDecisionQuestionPredicateInstructionsPartsInputJSON,
    )
    from .live_decision_question_predicate_instructions_parts_input_json_data import (
        LiveDecisionQuestionPredicateInstructionsPartsInputJSONData as LiveDecisionQuestionPredicateInstructionsPartsInputJSONData,
    )
    from .live_decision_question_predicate_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionPredicateInstructionsPartsInputJSONDataItem as LiveDecisionQuestionPredicateInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_predicate_instructions_parts_input_json_type import (
        LiveDecisionQuestionPredicateInstructionsPartsInputJSONType as LiveDecisionQuestionPredicateInstructionsPartsInputJSONType,
    )
    from .live_decision_question_predicate_type import (
        LiveDecisionQuestionPredicateType as LiveDecisionQuestionPredicateType,
    )
    from .live_decision_question_score import LiveDecisionQuestionScore as LiveDecisionQuestionScore
    from .live_decision_question_score_instructions_parts_input_json import (
        LiveDecisionQuestionScoreInstructionsPartsInputJSON as LiveDecisionQuestionScoreInstructionsPartsInputJSON,
    )
    from .live_decision_question_score_instructions_parts_input_json_data import (
        LiveDecisionQuestionScoreInstructionsPartsInputJSONData as LiveDecisionQuestionScoreInstructionsPartsInputJSONData,
    )
    from .live_decision_question_score_instructions_parts_input_json_data_item import (
        LiveDecisionQuestionScoreInstructionsPartsInputJSONDataItem as LiveDecisionQuestionScoreInstructionsPartsInputJSONDataItem,
    )
    from .live_decision_question_score_instructions_parts_input_json_type import (
        LiveDecisionQuestionScoreInstructionsPartsInputJSONType as LiveDecisionQuestionScoreInstructionsPartsInputJSONType,
    )
    from .live_decision_question_score_type import LiveDecisionQuestionScoreType as LiveDecisionQuestionScoreType
    from .live_decision_stored_assistant_message import (
        LiveDecisionStoredAssistantMessage as LiveDecisionStoredAssistantMessage,
    )
    from .live_decision_stored_assistant_message_phase import (
        LiveDecisionStoredAssistantMessagePhase as LiveDecisionStoredAssistantMessagePhase,
    )
    from .live_decision_stored_assistant_message_role import (
        LiveDecisionStoredAssistantMessageRole as LiveDecisionStoredAssistantMessageRole,
    )
    from .live_decision_stored_assistant_message_type import (
        LiveDecisionStoredAssistantMessageType as LiveDecisionStoredAssistantMessageType,
    )
    from .live_decision_stored_developer_message import (
        LiveDecisionStoredDeveloperMessage as LiveDecisionStoredDeveloperMessage,
    )
    from .live_decision_stored_developer_message_role import (
        LiveDecisionStoredDeveloperMessageRole as LiveDecisionStoredDeveloperMessageRole,
    )
    from .live_decision_stored_developer_message_type import (
        LiveDecisionStoredDeveloperMessageType as LiveDecisionStoredDeveloperMessageType,
    )
    from .live_decision_stored_system_message import LiveDecisionStoredSystemMessage as LiveDecisionStoredSystemMessage
    from .live_decision_stored_system_message_role import (
        LiveDecisionStoredSystemMessageRole as LiveDecisionStoredSystemMessageRole,
    )
    from .live_decision_stored_system_message_type import (
        LiveDecisionStoredSystemMessageType as LiveDecisionStoredSystemMessageType,
    )
    from .live_decision_stored_user_message import LiveDecisionStoredUserMessage as LiveDecisionStoredUserMessage
    from .live_decision_stored_user_message_role import (
        LiveDecisionStoredUserMessageRole as LiveDecisionStoredUserMessageRole,
    )
    from .live_decision_stored_user_message_type import (
        LiveDecisionStoredUserMessageType as LiveDecisionStoredUserMessageType,
    )
    from .live_decision_system_message import LiveDecisionSystemMessage as LiveDecisionSystemMessage
    from .live_decision_system_message_role import LiveDecisionSystemMessageRole as LiveDecisionSystemMessageRole
    from .live_decision_system_message_type import LiveDecisionSystemMessageType as LiveDecisionSystemMessageType
    from .live_decision_trigger import LiveDecisionTrigger as LiveDecisionTrigger
    from .live_decision_trigger_decisions import LiveDecisionTriggerDecisions as LiveDecisionTriggerDecisions
    from .live_decision_trigger_event_type import LiveDecisionTriggerEventType as LiveDecisionTriggerEventType
    from .live_decision_trigger_param import LiveDecisionTriggerParam as LiveDecisionTriggerParam
    from .live_decision_trigger_param_decisions import (
        LiveDecisionTriggerParamDecisions as LiveDecisionTriggerParamDecisions,
    )
    from .live_decision_trigger_param_event_type import (
        LiveDecisionTriggerParamEventType as LiveDecisionTriggerParamEventType,
    )
    from .live_decision_trigger_param_type import LiveDecisionTriggerParamType as LiveDecisionTriggerParamType
    from .live_decision_trigger_type import LiveDecisionTriggerType as LiveDecisionTriggerType
    from .live_decision_user_message import LiveDecisionUserMessage as LiveDecisionUserMessage
    from .live_decision_user_message_role import LiveDecisionUserMessageRole as LiveDecisionUserMessageRole
    from .live_decision_user_message_type import LiveDecisionUserMessageType as LiveDecisionUserMessageType
    from .live_decisions_delegation_config import LiveDecisionsDelegationConfig as LiveDecisionsDelegationConfig
    from .live_decisions_delegation_config_param import (
        LiveDecisionsDelegationConfigParam as LiveDecisionsDelegationConfigParam,
    )
    from .live_decisions_delegation_update_config import (
        LiveDecisionsDelegationUpdateConfig as LiveDecisionsDelegationUpdateConfig,
    )
    from .live_delegation_created_event import LiveDelegationCreatedEvent as LiveDelegationCreatedEvent
    from .live_delegation_created_event_delegation import (
        LiveDelegationCreatedEventDelegation as LiveDelegationCreatedEventDelegation,
    )
    from .live_delegation_created_event_delegation_target import (
        LiveDelegationCreatedEventDelegationTarget as LiveDelegationCreatedEventDelegationTarget,
    )
    from .live_delegation_created_event_delegation_type import (
        LiveDelegationCreatedEventDelegationType as LiveDelegationCreatedEventDelegationType,
    )
    from .live_delegation_created_event_type import LiveDelegationCreatedEventType as LiveDelegationCreatedEventType
    from .live_delta import LiveDelta as LiveDelta
    from .live_developer import LiveDeveloper as LiveDeveloper
    from .live_developer_content import LiveDeveloperContent as LiveDeveloperContent
    from .live_developer_content_type import LiveDeveloperContentType as LiveDeveloperContentType
    from .live_developer_role import LiveDeveloperRole as LiveDeveloperRole
    from .live_developer_status import LiveDeveloperStatus as LiveDeveloperStatus
    from .live_developer_type import LiveDeveloperType as LiveDeveloperType
    from .live_double_click import LiveDoubleClick as LiveDoubleClick
    from .live_double_click_type import LiveDoubleClickType as LiveDoubleClickType
    from .live_drag import LiveDrag as LiveDrag
    from .live_drag_path import LiveDragPath as LiveDragPath
    from .live_drag_type import LiveDragType as LiveDragType
    from .live_easy_input_message import LiveEasyInputMessage as LiveEasyInputMessage
    from .live_easy_input_message_phase import LiveEasyInputMessagePhase as LiveEasyInputMessagePhase
    from .live_easy_input_message_role import LiveEasyInputMessageRole as LiveEasyInputMessageRole
    from .live_easy_input_message_type import LiveEasyInputMessageType as LiveEasyInputMessageType
    from .live_error import LiveError as LiveError
    from .live_error_event import LiveErrorEvent as LiveErrorEvent
    from .live_error_event_type import LiveErrorEventType as LiveErrorEventType
    from .live_event import LiveEvent as LiveEvent
    from .live_event_type import LiveEventType as LiveEventType
    from .live_file_search_tool import LiveFileSearchTool as LiveFileSearchTool
    from .live_file_search_tool_type import LiveFileSearchToolType as LiveFileSearchToolType
    from .live_filters import LiveFilters as LiveFilters
    from .live_fork_session_config import LiveForkSessionConfig as LiveForkSessionConfig
    from .live_fork_session_config_audio import LiveForkSessionConfigAudio as LiveForkSessionConfigAudio
    from .live_fork_session_config_delegation import LiveForkSessionConfigDelegation as LiveForkSessionConfigDelegation
    from .live_fork_session_config_delegation_type import (
        LiveForkSessionConfigDelegationType as LiveForkSessionConfigDelegationType,
    )
    from .live_fork_session_start_event import LiveForkSessionStartEvent as LiveForkSessionStartEvent
    from .live_fork_session_start_event_type import LiveForkSessionStartEventType as LiveForkSessionStartEventType
    from .live_function_call_output import LiveFunctionCallOutput as LiveFunctionCallOutput
    from .live_function_call_output_caller_direct import (
        LiveFunctionCallOutputCallerDirect as LiveFunctionCallOutputCallerDirect,
    )
    from .live_function_call_output_caller_direct_type import (
        LiveFunctionCallOutputCallerDirectType as LiveFunctionCallOutputCallerDirectType,
    )
    from .live_function_call_output_caller_program import (
        LiveFunctionCallOutputCallerProgram as LiveFunctionCallOutputCallerProgram,
    )
    from .live_function_call_output_caller_program_type import (
        LiveFunctionCallOutputCallerProgramType as LiveFunctionCallOutputCallerProgramType,
    )
    from .live_function_call_output_status import LiveFunctionCallOutputStatus as LiveFunctionCallOutputStatus
    from .live_function_call_output_type import LiveFunctionCallOutputType as LiveFunctionCallOutputType
    from .live_function_shell_tool import LiveFunctionShellTool as LiveFunctionShellTool
    from .live_function_shell_tool_allowed_callers_item import (
        LiveFunctionShellToolAllowedCallersItem as LiveFunctionShellToolAllowedCallersItem,
    )
    from .live_function_shell_tool_type import LiveFunctionShellToolType as LiveFunctionShellToolType
    from .live_function_tool import LiveFunctionTool as LiveFunctionTool
    from .live_function_tool_parameters import LiveFunctionToolParameters as LiveFunctionToolParameters
    from .live_function_tool_type import LiveFunctionToolType as LiveFunctionToolType
    from .live_grammar import LiveGrammar as LiveGrammar
    from .live_grammar_syntax import LiveGrammarSyntax as LiveGrammarSyntax
    from .live_grammar_type import LiveGrammarType as LiveGrammarType
    from .live_http_error import LiveHTTPError as LiveHTTPError
    from .live_http_error_type import LiveHTTPErrorType as LiveHTTPErrorType
    from .live_image import LiveImage as LiveImage
    from .live_image_context_compression import LiveImageContextCompression as LiveImageContextCompression
    from .live_image_generation import LiveImageGeneration as LiveImageGeneration
    from .live_image_generation_action import LiveImageGenerationAction as LiveImageGenerationAction
    from .live_image_generation_background import LiveImageGenerationBackground as LiveImageGenerationBackground
    from .live_image_generation_call import LiveImageGenerationCall as LiveImageGenerationCall
    from .live_image_generation_call_action import LiveImageGenerationCallAction as LiveImageGenerationCallAction
    from .live_image_generation_call_background import (
        LiveImageGenerationCallBackground as LiveImageGenerationCallBackground,
    )
    from .live_image_generation_call_error import LiveImageGenerationCallError as LiveImageGenerationCallError
    from .live_image_generation_call_error_moderation_details import (
        LiveImageGenerationCallErrorModerationDetails as LiveImageGenerationCallErrorModerationDetails,
    )
    from .live_image_generation_call_error_moderation_details_moderation_stage import (
        LiveImageGenerationCallErrorModerationDetailsModerationStage as LiveImageGenerationCallErrorModerationDetailsModerationStage,
    )
    from .live_image_generation_call_output_format import (
        LiveImageGenerationCallOutputFormat as LiveImageGenerationCallOutputFormat,
    )
    from .live_image_generation_call_quality import LiveImageGenerationCallQuality as LiveImageGenerationCallQuality
    from .live_image_generation_call_size import LiveImageGenerationCallSize as LiveImageGenerationCallSize
    from .live_image_generation_call_status import LiveImageGenerationCallStatus as LiveImageGenerationCallStatus
    from .live_image_generation_call_svg_usage import LiveImageGenerationCallSvgUsage as LiveImageGenerationCallSvgUsage
    from .live_image_generation_call_type import LiveImageGenerationCallType as LiveImageGenerationCallType
    from .live_image_generation_complexity import LiveImageGenerationComplexity as LiveImageGenerationComplexity
    from .live_image_generation_input_fidelity import (
        LiveImageGenerationInputFidelity as LiveImageGenerationInputFidelity,
    )
    from .live_image_generation_input_image_mask import (
        LiveImageGenerationInputImageMask as LiveImageGenerationInputImageMask,
    )
    from .live_image_generation_model import LiveImageGenerationModel as LiveImageGenerationModel
    from .live_image_generation_moderation import LiveImageGenerationModeration as LiveImageGenerationModeration
    from .live_image_generation_output_format import LiveImageGenerationOutputFormat as LiveImageGenerationOutputFormat
    from .live_image_generation_quality import LiveImageGenerationQuality as LiveImageGenerationQuality
    from .live_image_generation_size import LiveImageGenerationSize as LiveImageGenerationSize
    from .live_image_generation_svg import LiveImageGenerationSvg as LiveImageGenerationSvg
    from .live_image_generation_svg_reasoning import LiveImageGenerationSvgReasoning as LiveImageGenerationSvgReasoning
    from .live_image_generation_svg_reasoning_effort import (
        LiveImageGenerationSvgReasoningEffort as LiveImageGenerationSvgReasoningEffort,
    )
    from .live_image_generation_type import LiveImageGenerationType as LiveImageGenerationType
    from .live_incomplete_details import LiveIncompleteDetails as LiveIncompleteDetails
    from .live_incomplete_details_reason import LiveIncompleteDetailsReason as LiveIncompleteDetailsReason
    from .live_info_event import LiveInfoEvent as LiveInfoEvent
    from .live_info_event_type import LiveInfoEventType as LiveInfoEventType
    from .live_inline_skill import LiveInlineSkill as LiveInlineSkill
    from .live_inline_skill_source import LiveInlineSkillSource as LiveInlineSkillSource
    from .live_inline_skill_source_media_type import LiveInlineSkillSourceMediaType as LiveInlineSkillSourceMediaType
    from .live_inline_skill_source_type import LiveInlineSkillSourceType as LiveInlineSkillSourceType
    from .live_inline_skill_type import LiveInlineSkillType as LiveInlineSkillType
    from .live_input_audio_append_event import LiveInputAudioAppendEvent as LiveInputAudioAppendEvent
    from .live_input_audio_append_event_type import LiveInputAudioAppendEventType as LiveInputAudioAppendEventType
    from .live_input_audio_mute_event import LiveInputAudioMuteEvent as LiveInputAudioMuteEvent
    from .live_input_audio_mute_event_type import LiveInputAudioMuteEventType as LiveInputAudioMuteEventType
    from .live_input_audio_muted_event import LiveInputAudioMutedEvent as LiveInputAudioMutedEvent
    from .live_input_audio_muted_event_type import LiveInputAudioMutedEventType as LiveInputAudioMutedEventType
    from .live_input_audio_unmute_event import LiveInputAudioUnmuteEvent as LiveInputAudioUnmuteEvent
    from .live_input_audio_unmute_event_type import LiveInputAudioUnmuteEventType as LiveInputAudioUnmuteEventType
    from .live_input_audio_unmuted_event import LiveInputAudioUnmutedEvent as LiveInputAudioUnmutedEvent
    from .live_input_audio_unmuted_event_type import LiveInputAudioUnmutedEventType as LiveInputAudioUnmutedEventType
    from .live_input_tokens_details import LiveInputTokensDetails as LiveInputTokensDetails
    from .live_input_tokens_details_cache_write_tokens_details import (
        LiveInputTokensDetailsCacheWriteTokensDetails as LiveInputTokensDetailsCacheWriteTokensDetails,
    )
    from .live_input_transcript_delta_event import LiveInputTranscriptDeltaEvent as LiveInputTranscriptDeltaEvent
    from .live_input_transcript_delta_event_type import (
        LiveInputTranscriptDeltaEventType as LiveInputTranscriptDeltaEventType,
    )
    from .live_input_transformation import LiveInputTransformation as LiveInputTransformation
    from .live_input_transformation_action import LiveInputTransformationAction as LiveInputTransformationAction
    from .live_input_transformation_reason import LiveInputTransformationReason as LiveInputTransformationReason
    from .live_input_transformation_type import LiveInputTransformationType as LiveInputTransformationType
    from .live_instructions_append_event import LiveInstructionsAppendEvent as LiveInstructionsAppendEvent
    from .live_instructions_append_event_type import LiveInstructionsAppendEventType as LiveInstructionsAppendEventType
    from .live_instructions_appended_event import LiveInstructionsAppendedEvent as LiveInstructionsAppendedEvent
    from .live_instructions_appended_event_type import (
        LiveInstructionsAppendedEventType as LiveInstructionsAppendedEventType,
    )
    from .live_item_custom_tool_call_output_output_parts_input_image import (
        LiveItemCustomToolCallOutputOutputPartsInputImage as LiveItemCustomToolCallOutputOutputPartsInputImage,
    )
    from .live_item_custom_tool_call_output_output_parts_input_image_detail import (
        LiveItemCustomToolCallOutputOutputPartsInputImageDetail as LiveItemCustomToolCallOutputOutputPartsInputImageDetail,
    )
    from .live_item_custom_tool_call_output_output_parts_input_image_type import (
        LiveItemCustomToolCallOutputOutputPartsInputImageType as LiveItemCustomToolCallOutputOutputPartsInputImageType,
    )
    from .live_item_function_call_output_output_parts_input_image import (
        LiveItemFunctionCallOutputOutputPartsInputImage as LiveItemFunctionCallOutputOutputPartsInputImage,
    )
    from .live_item_function_call_output_output_parts_input_image_detail import (
        LiveItemFunctionCallOutputOutputPartsInputImageDetail as LiveItemFunctionCallOutputOutputPartsInputImageDetail,
    )
    from .live_item_function_call_output_output_parts_input_image_type import (
        LiveItemFunctionCallOutputOutputPartsInputImageType as LiveItemFunctionCallOutputOutputPartsInputImageType,
    )
    from .live_item_reference import LiveItemReference as LiveItemReference
    from .live_item_reference_type import LiveItemReferenceType as LiveItemReferenceType
    from .live_keypress import LiveKeypress as LiveKeypress
    from .live_keypress_type import LiveKeypressType as LiveKeypressType
    from .live_local_environment import LiveLocalEnvironment as LiveLocalEnvironment
    from .live_local_environment_type import LiveLocalEnvironmentType as LiveLocalEnvironmentType
    from .live_local_shell import LiveLocalShell as LiveLocalShell
    from .live_local_shell_call import LiveLocalShellCall as LiveLocalShellCall
    from .live_local_shell_call_action import LiveLocalShellCallAction as LiveLocalShellCallAction
    from .live_local_shell_call_action_env import LiveLocalShellCallActionEnv as LiveLocalShellCallActionEnv
    from .live_local_shell_call_action_type import LiveLocalShellCallActionType as LiveLocalShellCallActionType
    from .live_local_shell_call_output import LiveLocalShellCallOutput as LiveLocalShellCallOutput
    from .live_local_shell_call_output_status import LiveLocalShellCallOutputStatus as LiveLocalShellCallOutputStatus
    from .live_local_shell_call_output_type import LiveLocalShellCallOutputType as LiveLocalShellCallOutputType
    from .live_local_shell_call_status import LiveLocalShellCallStatus as LiveLocalShellCallStatus
    from .live_local_shell_call_type import LiveLocalShellCallType as LiveLocalShellCallType
    from .live_local_shell_type import LiveLocalShellType as LiveLocalShellType
    from .live_local_skill import LiveLocalSkill as LiveLocalSkill
    from .live_mcp import LiveMcp as LiveMcp
    from .live_mcp_allowed_callers_item import LiveMcpAllowedCallersItem as LiveMcpAllowedCallersItem
    from .live_mcp_allowed_tools_mcp_tool_filter import (
        LiveMcpAllowedToolsMcpToolFilter as LiveMcpAllowedToolsMcpToolFilter,
    )
    from .live_mcp_approval_request import LiveMcpApprovalRequest as LiveMcpApprovalRequest
    from .live_mcp_approval_request_type import LiveMcpApprovalRequestType as LiveMcpApprovalRequestType
    from .live_mcp_call import LiveMcpCall as LiveMcpCall
    from .live_mcp_call_status import LiveMcpCallStatus as LiveMcpCallStatus
    from .live_mcp_call_type import LiveMcpCallType as LiveMcpCallType
    from .live_mcp_connector_id import LiveMcpConnectorId as LiveMcpConnectorId
    from .live_mcp_headers import LiveMcpHeaders as LiveMcpHeaders
    from .live_mcp_list_tools import LiveMcpListTools as LiveMcpListTools
    from .live_mcp_list_tools_tool import LiveMcpListToolsTool as LiveMcpListToolsTool
    from .live_mcp_list_tools_type import LiveMcpListToolsType as LiveMcpListToolsType
    from .live_mcp_protocol_error import LiveMcpProtocolError as LiveMcpProtocolError
    from .live_mcp_protocol_error_type import LiveMcpProtocolErrorType as LiveMcpProtocolErrorType
    from .live_mcp_require_approval import LiveMcpRequireApproval as LiveMcpRequireApproval
    from .live_mcp_require_approval_mcp_tool_approval_filter import (
        LiveMcpRequireApprovalMcpToolApprovalFilter as LiveMcpRequireApprovalMcpToolApprovalFilter,
    )
    from .live_mcp_require_approval_mcp_tool_approval_filter_always import (
        LiveMcpRequireApprovalMcpToolApprovalFilterAlways as LiveMcpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from .live_mcp_require_approval_mcp_tool_approval_filter_never import (
        LiveMcpRequireApprovalMcpToolApprovalFilterNever as LiveMcpRequireApprovalMcpToolApprovalFilterNever,
    )
    from .live_mcp_tool_execution_error import LiveMcpToolExecutionError as LiveMcpToolExecutionError
    from .live_mcp_tool_execution_error_type import LiveMcpToolExecutionErrorType as LiveMcpToolExecutionErrorType
    from .live_mcp_type import LiveMcpType as LiveMcpType
    from .live_media_session_config import LiveMediaSessionConfig as LiveMediaSessionConfig
    from .live_media_session_config_audio import LiveMediaSessionConfigAudio as LiveMediaSessionConfigAudio
    from .live_media_session_config_audio_output import (
        LiveMediaSessionConfigAudioOutput as LiveMediaSessionConfigAudioOutput,
    )
    from .live_media_session_config_audio_output_voice import (
        LiveMediaSessionConfigAudioOutputVoice as LiveMediaSessionConfigAudioOutputVoice,
    )
    from .live_media_session_config_delegation_decisions import (
        LiveMediaSessionConfigDelegationDecisions as LiveMediaSessionConfigDelegationDecisions,
    )
    from .live_media_session_config_delegation_decisions_type import (
        LiveMediaSessionConfigDelegationDecisionsType as LiveMediaSessionConfigDelegationDecisionsType,
    )
    from .live_media_session_config_model import LiveMediaSessionConfigModel as LiveMediaSessionConfigModel
    from .live_media_session_fork_config import LiveMediaSessionForkConfig as LiveMediaSessionForkConfig
    from .live_media_session_fork_config_delegation import (
        LiveMediaSessionForkConfigDelegation as LiveMediaSessionForkConfigDelegation,
    )
    from .live_media_session_fork_config_delegation_type import (
        LiveMediaSessionForkConfigDelegationType as LiveMediaSessionForkConfigDelegationType,
    )
    from .live_message import LiveMessage as LiveMessage
    from .live_message_role import LiveMessageRole as LiveMessageRole
    from .live_message_status import LiveMessageStatus as LiveMessageStatus
    from .live_message_type import LiveMessageType as LiveMessageType
    from .live_misalignment import LiveMisalignment as LiveMisalignment
    from .live_misalignment_error_type import LiveMisalignmentErrorType as LiveMisalignmentErrorType
    from .live_misalignment_steer import LiveMisalignmentSteer as LiveMisalignmentSteer
    from .live_moderation import LiveModeration as LiveModeration
    from .live_moderation_input_error import LiveModerationInputError as LiveModerationInputError
    from .live_moderation_input_error_type import LiveModerationInputErrorType as LiveModerationInputErrorType
    from .live_moderation_input_moderation_result import (
        LiveModerationInputModerationResult as LiveModerationInputModerationResult,
    )
    from .live_moderation_input_moderation_result_categories import (
        LiveModerationInputModerationResultCategories as LiveModerationInputModerationResultCategories,
    )
    from .live_moderation_input_moderation_result_category_applied_input_types import (
        LiveModerationInputModerationResultCategoryAppliedInputTypes as LiveModerationInputModerationResultCategoryAppliedInputTypes,
    )
    from .live_moderation_input_moderation_result_category_applied_input_types_additional_property_item import (
        LiveModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem as LiveModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .live_moderation_input_moderation_result_category_scores import (
        LiveModerationInputModerationResultCategoryScores as LiveModerationInputModerationResultCategoryScores,
    )
    from .live_moderation_input_moderation_result_type import (
        LiveModerationInputModerationResultType as LiveModerationInputModerationResultType,
    )
    from .live_moderation_output_error import LiveModerationOutputError as LiveModerationOutputError
    from .live_moderation_output_error_type import LiveModerationOutputErrorType as LiveModerationOutputErrorType
    from .live_moderation_output_moderation_result import (
        LiveModerationOutputModerationResult as LiveModerationOutputModerationResult,
    )
    from .live_moderation_output_moderation_result_categories import (
        LiveModerationOutputModerationResultCategories as LiveModerationOutputModerationResultCategories,
    )
    from .live_moderation_output_moderation_result_category_applied_input_types import (
        LiveModerationOutputModerationResultCategoryAppliedInputTypes as LiveModerationOutputModerationResultCategoryAppliedInputTypes,
    )
    from .live_moderation_output_moderation_result_category_applied_input_types_additional_property_item import (
        LiveModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem as LiveModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .live_moderation_output_moderation_result_category_scores import (
        LiveModerationOutputModerationResultCategoryScores as LiveModerationOutputModerationResultCategoryScores,
    )
    from .live_moderation_output_moderation_result_type import (
        LiveModerationOutputModerationResultType as LiveModerationOutputModerationResultType,
    )
    from .live_move import LiveMove as LiveMove
    from .live_move_type import LiveMoveType as LiveMoveType
    from .live_namespace_tool import LiveNamespaceTool as LiveNamespaceTool
    from .live_namespace_tool_type import LiveNamespaceToolType as LiveNamespaceToolType
    from .live_operation_create_file import LiveOperationCreateFile as LiveOperationCreateFile
    from .live_operation_create_file_type import LiveOperationCreateFileType as LiveOperationCreateFileType
    from .live_operation_delete_file import LiveOperationDeleteFile as LiveOperationDeleteFile
    from .live_operation_delete_file_type import LiveOperationDeleteFileType as LiveOperationDeleteFileType
    from .live_operation_update_file import LiveOperationUpdateFile as LiveOperationUpdateFile
    from .live_operation_update_file_type import LiveOperationUpdateFileType as LiveOperationUpdateFileType
    from .live_outcome_exit import LiveOutcomeExit as LiveOutcomeExit
    from .live_outcome_exit_type import LiveOutcomeExitType as LiveOutcomeExitType
    from .live_outcome_timeout import LiveOutcomeTimeout as LiveOutcomeTimeout
    from .live_outcome_timeout_type import LiveOutcomeTimeoutType as LiveOutcomeTimeoutType
    from .live_output import LiveOutput as LiveOutput
    from .live_output_audio_delta_event import LiveOutputAudioDeltaEvent as LiveOutputAudioDeltaEvent
    from .live_output_audio_delta_event_type import LiveOutputAudioDeltaEventType as LiveOutputAudioDeltaEventType
    from .live_output_audio_fixture_play_event import LiveOutputAudioFixturePlayEvent as LiveOutputAudioFixturePlayEvent
    from .live_output_audio_fixture_play_event_type import (
        LiveOutputAudioFixturePlayEventType as LiveOutputAudioFixturePlayEventType,
    )
    from .live_output_audio_fixture_played_event import (
        LiveOutputAudioFixturePlayedEvent as LiveOutputAudioFixturePlayedEvent,
    )
    from .live_output_audio_fixture_played_event_type import (
        LiveOutputAudioFixturePlayedEventType as LiveOutputAudioFixturePlayedEventType,
    )
    from .live_output_audio_fixture_playing_event import (
        LiveOutputAudioFixturePlayingEvent as LiveOutputAudioFixturePlayingEvent,
    )
    from .live_output_audio_fixture_playing_event_type import (
        LiveOutputAudioFixturePlayingEventType as LiveOutputAudioFixturePlayingEventType,
    )
    from .live_output_image import LiveOutputImage as LiveOutputImage
    from .live_output_image_type import LiveOutputImageType as LiveOutputImageType
    from .live_output_logs import LiveOutputLogs as LiveOutputLogs
    from .live_output_logs_type import LiveOutputLogsType as LiveOutputLogsType
    from .live_output_outcome_exit import LiveOutputOutcomeExit as LiveOutputOutcomeExit
    from .live_output_outcome_exit_type import LiveOutputOutcomeExitType as LiveOutputOutcomeExitType
    from .live_output_outcome_timeout import LiveOutputOutcomeTimeout as LiveOutputOutcomeTimeout
    from .live_output_outcome_timeout_type import LiveOutputOutcomeTimeoutType as LiveOutputOutcomeTimeoutType
    from .live_output_tokens_details import LiveOutputTokensDetails as LiveOutputTokensDetails
    from .live_output_transcript_delta_event import LiveOutputTranscriptDeltaEvent as LiveOutputTranscriptDeltaEvent
    from .live_output_transcript_delta_event_type import (
        LiveOutputTranscriptDeltaEventType as LiveOutputTranscriptDeltaEventType,
    )
    from .live_part_reasoning_text import LivePartReasoningText as LivePartReasoningText
    from .live_part_reasoning_text_type import LivePartReasoningTextType as LivePartReasoningTextType
    from .live_pending_safety_check import LivePendingSafetyCheck as LivePendingSafetyCheck
    from .live_predicate_instructions_parts_input_image import (
        LivePredicateInstructionsPartsInputImage as LivePredicateInstructionsPartsInputImage,
    )
    from .live_predicate_instructions_parts_input_image_detail import (
        LivePredicateInstructionsPartsInputImageDetail as LivePredicateInstructionsPartsInputImageDetail,
    )
    from .live_predicate_instructions_parts_input_image_type import (
        LivePredicateInstructionsPartsInputImageType as LivePredicateInstructionsPartsInputImageType,
    )
    from .live_program import LiveProgram as LiveProgram
    from .live_program_output import LiveProgramOutput as LiveProgramOutput
    from .live_program_output_status import LiveProgramOutputStatus as LiveProgramOutputStatus
    from .live_program_output_type import LiveProgramOutputType as LiveProgramOutputType
    from .live_program_type import LiveProgramType as LiveProgramType
    from .live_programmatic_tool_calling import LiveProgrammaticToolCalling as LiveProgrammaticToolCalling
    from .live_programmatic_tool_calling_type import LiveProgrammaticToolCallingType as LiveProgrammaticToolCallingType
    from .live_prompt_cache_breakpoint import LivePromptCacheBreakpoint as LivePromptCacheBreakpoint
    from .live_prompt_cache_breakpoint_mode import LivePromptCacheBreakpointMode as LivePromptCacheBreakpointMode
    from .live_prompt_cache_breakpoint_ttl import LivePromptCacheBreakpointTtl as LivePromptCacheBreakpointTtl
    from .live_prompt_cache_diagnostics_cache_hit import (
        LivePromptCacheDiagnosticsCacheHit as LivePromptCacheDiagnosticsCacheHit,
    )
    from .live_prompt_cache_diagnostics_cache_hit_type import (
        LivePromptCacheDiagnosticsCacheHitType as LivePromptCacheDiagnosticsCacheHitType,
    )
    from .live_prompt_cache_diagnostics_cache_miss import (
        LivePromptCacheDiagnosticsCacheMiss as LivePromptCacheDiagnosticsCacheMiss,
    )
    from .live_prompt_cache_diagnostics_cache_miss_reason import (
        LivePromptCacheDiagnosticsCacheMissReason as LivePromptCacheDiagnosticsCacheMissReason,
    )
    from .live_prompt_cache_diagnostics_cache_miss_type import (
        LivePromptCacheDiagnosticsCacheMissType as LivePromptCacheDiagnosticsCacheMissType,
    )
    from .live_prompt_cache_diagnostics_comparison_response_not_found import (
        LivePromptCacheDiagnosticsComparisonResponseNotFound as LivePromptCacheDiagnosticsComparisonResponseNotFound,
    )
    from .live_prompt_cache_diagnostics_comparison_response_not_found_type import (
        LivePromptCacheDiagnosticsComparisonResponseNotFoundType as LivePromptCacheDiagnosticsComparisonResponseNotFoundType,
    )
    from .live_prompt_cache_diagnostics_unavailable import (
        LivePromptCacheDiagnosticsUnavailable as LivePromptCacheDiagnosticsUnavailable,
    )
    from .live_prompt_cache_diagnostics_unavailable_type import (
        LivePromptCacheDiagnosticsUnavailableType as LivePromptCacheDiagnosticsUnavailableType,
    )
    from .live_prompt_cache_options import LivePromptCacheOptions as LivePromptCacheOptions
    from .live_prompt_cache_options_mode import LivePromptCacheOptionsMode as LivePromptCacheOptionsMode
    from .live_prompt_cache_options_ttl import LivePromptCacheOptionsTtl as LivePromptCacheOptionsTtl
    from .live_ranking_options import LiveRankingOptions as LiveRankingOptions
    from .live_ranking_options_hybrid_search import LiveRankingOptionsHybridSearch as LiveRankingOptionsHybridSearch
    from .live_ranking_options_ranker import LiveRankingOptionsRanker as LiveRankingOptionsRanker
    from .live_response import LiveResponse as LiveResponse
    from .live_response_apply_patch_tool_call import LiveResponseApplyPatchToolCall as LiveResponseApplyPatchToolCall
    from .live_response_apply_patch_tool_call_output import (
        LiveResponseApplyPatchToolCallOutput as LiveResponseApplyPatchToolCallOutput,
    )
    from .live_response_apply_patch_tool_call_output_status import (
        LiveResponseApplyPatchToolCallOutputStatus as LiveResponseApplyPatchToolCallOutputStatus,
    )
    from .live_response_apply_patch_tool_call_output_type import (
        LiveResponseApplyPatchToolCallOutputType as LiveResponseApplyPatchToolCallOutputType,
    )
    from .live_response_apply_patch_tool_call_status import (
        LiveResponseApplyPatchToolCallStatus as LiveResponseApplyPatchToolCallStatus,
    )
    from .live_response_apply_patch_tool_call_type import (
        LiveResponseApplyPatchToolCallType as LiveResponseApplyPatchToolCallType,
    )
    from .live_response_audio_delta_event import LiveResponseAudioDeltaEvent as LiveResponseAudioDeltaEvent
    from .live_response_audio_delta_event_type import LiveResponseAudioDeltaEventType as LiveResponseAudioDeltaEventType
    from .live_response_audio_done_event import LiveResponseAudioDoneEvent as LiveResponseAudioDoneEvent
    from .live_response_audio_done_event_type import LiveResponseAudioDoneEventType as LiveResponseAudioDoneEventType
    from .live_response_audio_transcript_delta_event import (
        LiveResponseAudioTranscriptDeltaEvent as LiveResponseAudioTranscriptDeltaEvent,
    )
    from .live_response_audio_transcript_delta_event_type import (
        LiveResponseAudioTranscriptDeltaEventType as LiveResponseAudioTranscriptDeltaEventType,
    )
    from .live_response_audio_transcript_done_event import (
        LiveResponseAudioTranscriptDoneEvent as LiveResponseAudioTranscriptDoneEvent,
    )
    from .live_response_audio_transcript_done_event_type import (
        LiveResponseAudioTranscriptDoneEventType as LiveResponseAudioTranscriptDoneEventType,
    )
    from .live_response_code_interpreter_call_code_delta_event import (
        LiveResponseCodeInterpreterCallCodeDeltaEvent as LiveResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .live_response_code_interpreter_call_code_delta_event_type import (
        LiveResponseCodeInterpreterCallCodeDeltaEventType as LiveResponseCodeInterpreterCallCodeDeltaEventType,
    )
    from .live_response_code_interpreter_call_code_done_event import (
        LiveResponseCodeInterpreterCallCodeDoneEvent as LiveResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .live_response_code_interpreter_call_code_done_event_type import (
        LiveResponseCodeInterpreterCallCodeDoneEventType as LiveResponseCodeInterpreterCallCodeDoneEventType,
    )
    from .live_response_code_interpreter_call_completed_event import (
        LiveResponseCodeInterpreterCallCompletedEvent as LiveResponseCodeInterpreterCallCompletedEvent,
    )
    from .live_response_code_interpreter_call_completed_event_type import (
        LiveResponseCodeInterpreterCallCompletedEventType as LiveResponseCodeInterpreterCallCompletedEventType,
    )
    from .live_response_code_interpreter_call_in_progress_event import (
        LiveResponseCodeInterpreterCallInProgressEvent as LiveResponseCodeInterpreterCallInProgressEvent,
    )
    from .live_response_code_interpreter_call_in_progress_event_type import (
        LiveResponseCodeInterpreterCallInProgressEventType as LiveResponseCodeInterpreterCallInProgressEventType,
    )
    from .live_response_code_interpreter_call_interpreting_event import (
        LiveResponseCodeInterpreterCallInterpretingEvent as LiveResponseCodeInterpreterCallInterpretingEvent,
    )
    from .live_response_code_interpreter_call_interpreting_event_type import (
        LiveResponseCodeInterpreterCallInterpretingEventType as LiveResponseCodeInterpreterCallInterpretingEventType,
    )
    from .live_response_code_interpreter_tool_call import (
        LiveResponseCodeInterpreterToolCall as LiveResponseCodeInterpreterToolCall,
    )
    from .live_response_code_interpreter_tool_call_status import (
        LiveResponseCodeInterpreterToolCallStatus as LiveResponseCodeInterpreterToolCallStatus,
    )
    from .live_response_code_interpreter_tool_call_type import (
        LiveResponseCodeInterpreterToolCallType as LiveResponseCodeInterpreterToolCallType,
    )
    from .live_response_compaction_compacting_event import (
        LiveResponseCompactionCompactingEvent as LiveResponseCompactionCompactingEvent,
    )
    from .live_response_compaction_compacting_event_type import (
        LiveResponseCompactionCompactingEventType as LiveResponseCompactionCompactingEventType,
    )
    from .live_response_completed_event import LiveResponseCompletedEvent as LiveResponseCompletedEvent
    from .live_response_completed_event_type import LiveResponseCompletedEventType as LiveResponseCompletedEventType
    from .live_response_computer_tool_call import LiveResponseComputerToolCall as LiveResponseComputerToolCall
    from .live_response_computer_tool_call_output_item import (
        LiveResponseComputerToolCallOutputItem as LiveResponseComputerToolCallOutputItem,
    )
    from .live_response_computer_tool_call_output_item_status import (
        LiveResponseComputerToolCallOutputItemStatus as LiveResponseComputerToolCallOutputItemStatus,
    )
    from .live_response_computer_tool_call_output_item_type import (
        LiveResponseComputerToolCallOutputItemType as LiveResponseComputerToolCallOutputItemType,
    )
    from .live_response_computer_tool_call_output_screenshot import (
        LiveResponseComputerToolCallOutputScreenshot as LiveResponseComputerToolCallOutputScreenshot,
    )
    from .live_response_computer_tool_call_output_screenshot_type import (
        LiveResponseComputerToolCallOutputScreenshotType as LiveResponseComputerToolCallOutputScreenshotType,
    )
    from .live_response_computer_tool_call_status import (
        LiveResponseComputerToolCallStatus as LiveResponseComputerToolCallStatus,
    )
    from .live_response_computer_tool_call_type import (
        LiveResponseComputerToolCallType as LiveResponseComputerToolCallType,
    )
    from .live_response_configuration_update_item import (
        LiveResponseConfigurationUpdateItem as LiveResponseConfigurationUpdateItem,
    )
    from .live_response_configuration_update_item_type import (
        LiveResponseConfigurationUpdateItemType as LiveResponseConfigurationUpdateItemType,
    )
    from .live_response_container_reference import LiveResponseContainerReference as LiveResponseContainerReference
    from .live_response_container_reference_type import (
        LiveResponseContainerReferenceType as LiveResponseContainerReferenceType,
    )
    from .live_response_content_part_added_event import (
        LiveResponseContentPartAddedEvent as LiveResponseContentPartAddedEvent,
    )
    from .live_response_content_part_added_event_type import (
        LiveResponseContentPartAddedEventType as LiveResponseContentPartAddedEventType,
    )
    from .live_response_content_part_done_event import (
        LiveResponseContentPartDoneEvent as LiveResponseContentPartDoneEvent,
    )
    from .live_response_content_part_done_event_type import (
        LiveResponseContentPartDoneEventType as LiveResponseContentPartDoneEventType,
    )
    from .live_response_create_event import LiveResponseCreateEvent as LiveResponseCreateEvent
    from .live_response_create_event_type import LiveResponseCreateEventType as LiveResponseCreateEventType
    from .live_response_created_event import LiveResponseCreatedEvent as LiveResponseCreatedEvent
    from .live_response_created_event_type import LiveResponseCreatedEventType as LiveResponseCreatedEventType
    from .live_response_custom_tool_call import LiveResponseCustomToolCall as LiveResponseCustomToolCall
    from .live_response_custom_tool_call_input_delta_event import (
        LiveResponseCustomToolCallInputDeltaEvent as LiveResponseCustomToolCallInputDeltaEvent,
    )
    from .live_response_custom_tool_call_input_delta_event_type import (
        LiveResponseCustomToolCallInputDeltaEventType as LiveResponseCustomToolCallInputDeltaEventType,
    )
    from .live_response_custom_tool_call_input_done_event import (
        LiveResponseCustomToolCallInputDoneEvent as LiveResponseCustomToolCallInputDoneEvent,
    )
    from .live_response_custom_tool_call_input_done_event_type import (
        LiveResponseCustomToolCallInputDoneEventType as LiveResponseCustomToolCallInputDoneEventType,
    )
    from .live_response_custom_tool_call_output import (
        LiveResponseCustomToolCallOutput as LiveResponseCustomToolCallOutput,
    )
    from .live_response_custom_tool_call_output_item import (
        LiveResponseCustomToolCallOutputItem as LiveResponseCustomToolCallOutputItem,
    )
    from .live_response_custom_tool_call_output_item_status import (
        LiveResponseCustomToolCallOutputItemStatus as LiveResponseCustomToolCallOutputItemStatus,
    )
    from .live_response_custom_tool_call_output_item_type import (
        LiveResponseCustomToolCallOutputItemType as LiveResponseCustomToolCallOutputItemType,
    )
    from .live_response_custom_tool_call_output_type import (
        LiveResponseCustomToolCallOutputType as LiveResponseCustomToolCallOutputType,
    )
    from .live_response_custom_tool_call_type import LiveResponseCustomToolCallType as LiveResponseCustomToolCallType
    from .live_response_error import LiveResponseError as LiveResponseError
    from .live_response_error_code import LiveResponseErrorCode as LiveResponseErrorCode
    from .live_response_error_event import LiveResponseErrorEvent as LiveResponseErrorEvent
    from .live_response_error_event_type import LiveResponseErrorEventType as LiveResponseErrorEventType
    from .live_response_event import LiveResponseEvent as LiveResponseEvent
    from .live_response_event_type import LiveResponseEventType as LiveResponseEventType
    from .live_response_failed_event import LiveResponseFailedEvent as LiveResponseFailedEvent
    from .live_response_failed_event_type import LiveResponseFailedEventType as LiveResponseFailedEventType
    from .live_response_file_search_call_completed_event import (
        LiveResponseFileSearchCallCompletedEvent as LiveResponseFileSearchCallCompletedEvent,
    )
    from .live_response_file_search_call_completed_event_type import (
        LiveResponseFileSearchCallCompletedEventType as LiveResponseFileSearchCallCompletedEventType,
    )
    from .live_response_file_search_call_in_progress_event import (
        LiveResponseFileSearchCallInProgressEvent as LiveResponseFileSearchCallInProgressEvent,
    )
    from .live_response_file_search_call_in_progress_event_type import (
        LiveResponseFileSearchCallInProgressEventType as LiveResponseFileSearchCallInProgressEventType,
    )
    from .live_response_file_search_call_searching_event import (
        LiveResponseFileSearchCallSearchingEvent as LiveResponseFileSearchCallSearchingEvent,
    )
    from .live_response_file_search_call_searching_event_type import (
        LiveResponseFileSearchCallSearchingEventType as LiveResponseFileSearchCallSearchingEventType,
    )
    from .live_response_file_search_tool_call import LiveResponseFileSearchToolCall as LiveResponseFileSearchToolCall
    from .live_response_file_search_tool_call_status import (
        LiveResponseFileSearchToolCallStatus as LiveResponseFileSearchToolCallStatus,
    )
    from .live_response_file_search_tool_call_type import (
        LiveResponseFileSearchToolCallType as LiveResponseFileSearchToolCallType,
    )
    from .live_response_format_json_object import LiveResponseFormatJSONObject as LiveResponseFormatJSONObject
    from .live_response_format_json_object_type import (
        LiveResponseFormatJSONObjectType as LiveResponseFormatJSONObjectType,
    )
    from .live_response_format_text import LiveResponseFormatText as LiveResponseFormatText
    from .live_response_format_text_json_schema_config import (
        LiveResponseFormatTextJSONSchemaConfig as LiveResponseFormatTextJSONSchemaConfig,
    )
    from .live_response_format_text_json_schema_config_schema import (
        LiveResponseFormatTextJSONSchemaConfigSchema as LiveResponseFormatTextJSONSchemaConfigSchema,
    )
    from .live_response_format_text_json_schema_config_type import (
        LiveResponseFormatTextJSONSchemaConfigType as LiveResponseFormatTextJSONSchemaConfigType,
    )
    from .live_response_format_text_type import LiveResponseFormatTextType as LiveResponseFormatTextType
    from .live_response_function_call_arguments_delta_event import (
        LiveResponseFunctionCallArgumentsDeltaEvent as LiveResponseFunctionCallArgumentsDeltaEvent,
    )
    from .live_response_function_call_arguments_delta_event_type import (
        LiveResponseFunctionCallArgumentsDeltaEventType as LiveResponseFunctionCallArgumentsDeltaEventType,
    )
    from .live_response_function_call_arguments_done_event import (
        LiveResponseFunctionCallArgumentsDoneEvent as LiveResponseFunctionCallArgumentsDoneEvent,
    )
    from .live_response_function_call_arguments_done_event_type import (
        LiveResponseFunctionCallArgumentsDoneEventType as LiveResponseFunctionCallArgumentsDoneEventType,
    )
    from .live_response_function_shell_call_output_content import (
        LiveResponseFunctionShellCallOutputContent as LiveResponseFunctionShellCallOutputContent,
    )
    from .live_response_function_shell_tool_call import (
        LiveResponseFunctionShellToolCall as LiveResponseFunctionShellToolCall,
    )
    from .live_response_function_shell_tool_call_output import (
        LiveResponseFunctionShellToolCallOutput as LiveResponseFunctionShellToolCallOutput,
    )
    from .live_response_function_shell_tool_call_output_status import (
        LiveResponseFunctionShellToolCallOutputStatus as LiveResponseFunctionShellToolCallOutputStatus,
    )
    from .live_response_function_shell_tool_call_output_type import (
        LiveResponseFunctionShellToolCallOutputType as LiveResponseFunctionShellToolCallOutputType,
    )
    from .live_response_function_shell_tool_call_status import (
        LiveResponseFunctionShellToolCallStatus as LiveResponseFunctionShellToolCallStatus,
    )
    from .live_response_function_shell_tool_call_type import (
        LiveResponseFunctionShellToolCallType as LiveResponseFunctionShellToolCallType,
    )
    from .live_response_function_tool_call import LiveResponseFunctionToolCall as LiveResponseFunctionToolCall
    from .live_response_function_tool_call_output_item import (
        LiveResponseFunctionToolCallOutputItem as LiveResponseFunctionToolCallOutputItem,
    )
    from .live_response_function_tool_call_output_item_status import (
        LiveResponseFunctionToolCallOutputItemStatus as LiveResponseFunctionToolCallOutputItemStatus,
    )
    from .live_response_function_tool_call_output_item_type import (
        LiveResponseFunctionToolCallOutputItemType as LiveResponseFunctionToolCallOutputItemType,
    )
    from .live_response_function_tool_call_status import (
        LiveResponseFunctionToolCallStatus as LiveResponseFunctionToolCallStatus,
    )
    from .live_response_function_tool_call_type import (
        LiveResponseFunctionToolCallType as LiveResponseFunctionToolCallType,
    )
    from .live_response_function_web_search import LiveResponseFunctionWebSearch as LiveResponseFunctionWebSearch
    from .live_response_function_web_search_status import (
        LiveResponseFunctionWebSearchStatus as LiveResponseFunctionWebSearchStatus,
    )
    from .live_response_function_web_search_type import (
        LiveResponseFunctionWebSearchType as LiveResponseFunctionWebSearchType,
    )
    from .live_response_image_gen_call_completed_event import (
        LiveResponseImageGenCallCompletedEvent as LiveResponseImageGenCallCompletedEvent,
    )
    from .live_response_image_gen_call_completed_event_type import (
        LiveResponseImageGenCallCompletedEventType as LiveResponseImageGenCallCompletedEventType,
    )
    from .live_response_image_gen_call_generating_event import (
        LiveResponseImageGenCallGeneratingEvent as LiveResponseImageGenCallGeneratingEvent,
    )
    from .live_response_image_gen_call_generating_event_type import (
        LiveResponseImageGenCallGeneratingEventType as LiveResponseImageGenCallGeneratingEventType,
    )
    from .live_response_image_gen_call_in_progress_event import (
        LiveResponseImageGenCallInProgressEvent as LiveResponseImageGenCallInProgressEvent,
    )
    from .live_response_image_gen_call_in_progress_event_type import (
        LiveResponseImageGenCallInProgressEventType as LiveResponseImageGenCallInProgressEventType,
    )
    from .live_response_image_gen_call_partial_image_event import (
        LiveResponseImageGenCallPartialImageEvent as LiveResponseImageGenCallPartialImageEvent,
    )
    from .live_response_image_gen_call_partial_image_event_type import (
        LiveResponseImageGenCallPartialImageEventType as LiveResponseImageGenCallPartialImageEventType,
    )
    from .live_response_in_progress_event import LiveResponseInProgressEvent as LiveResponseInProgressEvent
    from .live_response_in_progress_event_type import LiveResponseInProgressEventType as LiveResponseInProgressEventType
    from .live_response_incomplete_event import LiveResponseIncompleteEvent as LiveResponseIncompleteEvent
    from .live_response_incomplete_event_type import LiveResponseIncompleteEventType as LiveResponseIncompleteEventType
    from .live_response_input_file import LiveResponseInputFile as LiveResponseInputFile
    from .live_response_input_file_content import LiveResponseInputFileContent as LiveResponseInputFileContent
    from .live_response_input_file_content_detail import (
        LiveResponseInputFileContentDetail as LiveResponseInputFileContentDetail,
    )
    from .live_response_input_file_content_type import (
        LiveResponseInputFileContentType as LiveResponseInputFileContentType,
    )
    from .live_response_input_file_detail import LiveResponseInputFileDetail as LiveResponseInputFileDetail
    from .live_response_input_file_type import LiveResponseInputFileType as LiveResponseInputFileType
    from .live_response_input_image import LiveResponseInputImage as LiveResponseInputImage
    from .live_response_input_image_content import LiveResponseInputImageContent as LiveResponseInputImageContent
    from .live_response_input_image_content_detail import (
        LiveResponseInputImageContentDetail as LiveResponseInputImageContentDetail,
    )
    from .live_response_input_image_content_type import (
        LiveResponseInputImageContentType as LiveResponseInputImageContentType,
    )
    from .live_response_input_image_detail import LiveResponseInputImageDetail as LiveResponseInputImageDetail
    from .live_response_input_image_type import LiveResponseInputImageType as LiveResponseInputImageType
    from .live_response_input_text import LiveResponseInputText as LiveResponseInputText
    from .live_response_input_text_content import LiveResponseInputTextContent as LiveResponseInputTextContent
    from .live_response_input_text_content_type import (
        LiveResponseInputTextContentType as LiveResponseInputTextContentType,
    )
    from .live_response_input_text_type import LiveResponseInputTextType as LiveResponseInputTextType
    from .live_response_item_create_event import LiveResponseItemCreateEvent as LiveResponseItemCreateEvent
    from .live_response_item_create_event_type import LiveResponseItemCreateEventType as LiveResponseItemCreateEventType
    from .live_response_local_environment import LiveResponseLocalEnvironment as LiveResponseLocalEnvironment
    from .live_response_local_environment_type import (
        LiveResponseLocalEnvironmentType as LiveResponseLocalEnvironmentType,
    )
    from .live_response_mcp_call_arguments_delta_event import (
        LiveResponseMcpCallArgumentsDeltaEvent as LiveResponseMcpCallArgumentsDeltaEvent,
    )
    from .live_response_mcp_call_arguments_delta_event_type import (
        LiveResponseMcpCallArgumentsDeltaEventType as LiveResponseMcpCallArgumentsDeltaEventType,
    )
    from .live_response_mcp_call_arguments_done_event import (
        LiveResponseMcpCallArgumentsDoneEvent as LiveResponseMcpCallArgumentsDoneEvent,
    )
    from .live_response_mcp_call_arguments_done_event_type import (
        LiveResponseMcpCallArgumentsDoneEventType as LiveResponseMcpCallArgumentsDoneEventType,
    )
    from .live_response_mcp_call_completed_event import (
        LiveResponseMcpCallCompletedEvent as LiveResponseMcpCallCompletedEvent,
    )
    from .live_response_mcp_call_completed_event_type import (
        LiveResponseMcpCallCompletedEventType as LiveResponseMcpCallCompletedEventType,
    )
    from .live_response_mcp_call_failed_event import LiveResponseMcpCallFailedEvent as LiveResponseMcpCallFailedEvent
    from .live_response_mcp_call_failed_event_type import (
        LiveResponseMcpCallFailedEventType as LiveResponseMcpCallFailedEventType,
    )
    from .live_response_mcp_call_in_progress_event import (
        LiveResponseMcpCallInProgressEvent as LiveResponseMcpCallInProgressEvent,
    )
    from .live_response_mcp_call_in_progress_event_type import (
        LiveResponseMcpCallInProgressEventType as LiveResponseMcpCallInProgressEventType,
    )
    from .live_response_mcp_list_tools_completed_event import (
        LiveResponseMcpListToolsCompletedEvent as LiveResponseMcpListToolsCompletedEvent,
    )
    from .live_response_mcp_list_tools_completed_event_type import (
        LiveResponseMcpListToolsCompletedEventType as LiveResponseMcpListToolsCompletedEventType,
    )
    from .live_response_mcp_list_tools_failed_event import (
        LiveResponseMcpListToolsFailedEvent as LiveResponseMcpListToolsFailedEvent,
    )
    from .live_response_mcp_list_tools_failed_event_type import (
        LiveResponseMcpListToolsFailedEventType as LiveResponseMcpListToolsFailedEventType,
    )
    from .live_response_mcp_list_tools_in_progress_event import (
        LiveResponseMcpListToolsInProgressEvent as LiveResponseMcpListToolsInProgressEvent,
    )
    from .live_response_mcp_list_tools_in_progress_event_type import (
        LiveResponseMcpListToolsInProgressEventType as LiveResponseMcpListToolsInProgressEventType,
    )
    from .live_response_metadata import LiveResponseMetadata as LiveResponseMetadata
    from .live_response_model import LiveResponseModel as LiveResponseModel
    from .live_response_object import LiveResponseObject as LiveResponseObject
    from .live_response_output_item_added_event import (
        LiveResponseOutputItemAddedEvent as LiveResponseOutputItemAddedEvent,
    )
    from .live_response_output_item_added_event_type import (
        LiveResponseOutputItemAddedEventType as LiveResponseOutputItemAddedEventType,
    )
    from .live_response_output_item_done_event import LiveResponseOutputItemDoneEvent as LiveResponseOutputItemDoneEvent
    from .live_response_output_item_done_event_type import (
        LiveResponseOutputItemDoneEventType as LiveResponseOutputItemDoneEventType,
    )
    from .live_response_output_message import LiveResponseOutputMessage as LiveResponseOutputMessage
    from .live_response_output_message_phase import LiveResponseOutputMessagePhase as LiveResponseOutputMessagePhase
    from .live_response_output_message_role import LiveResponseOutputMessageRole as LiveResponseOutputMessageRole
    from .live_response_output_message_status import LiveResponseOutputMessageStatus as LiveResponseOutputMessageStatus
    from .live_response_output_message_type import LiveResponseOutputMessageType as LiveResponseOutputMessageType
    from .live_response_output_refusal import LiveResponseOutputRefusal as LiveResponseOutputRefusal
    from .live_response_output_refusal_type import LiveResponseOutputRefusalType as LiveResponseOutputRefusalType
    from .live_response_output_text import LiveResponseOutputText as LiveResponseOutputText
    from .live_response_output_text_annotation_added_event import (
        LiveResponseOutputTextAnnotationAddedEvent as LiveResponseOutputTextAnnotationAddedEvent,
    )
    from .live_response_output_text_annotation_added_event_type import (
        LiveResponseOutputTextAnnotationAddedEventType as LiveResponseOutputTextAnnotationAddedEventType,
    )
    from .live_response_output_text_type import LiveResponseOutputTextType as LiveResponseOutputTextType
    from .live_response_prompt import LiveResponsePrompt as LiveResponsePrompt
    from .live_response_prompt_cache_retention import (
        LiveResponsePromptCacheRetention as LiveResponsePromptCacheRetention,
    )
    from .live_response_prompt_variables import LiveResponsePromptVariables as LiveResponsePromptVariables
    from .live_response_queued_event import LiveResponseQueuedEvent as LiveResponseQueuedEvent
    from .live_response_queued_event_type import LiveResponseQueuedEventType as LiveResponseQueuedEventType
    from .live_response_reasoning_item import LiveResponseReasoningItem as LiveResponseReasoningItem
    from .live_response_reasoning_item_status import LiveResponseReasoningItemStatus as LiveResponseReasoningItemStatus
    from .live_response_reasoning_item_type import LiveResponseReasoningItemType as LiveResponseReasoningItemType
    from .live_response_reasoning_summary_part_added_event import (
        LiveResponseReasoningSummaryPartAddedEvent as LiveResponseReasoningSummaryPartAddedEvent,
    )
    from .live_response_reasoning_summary_part_added_event_type import (
        LiveResponseReasoningSummaryPartAddedEventType as LiveResponseReasoningSummaryPartAddedEventType,
    )
    from .live_response_reasoning_summary_part_done_event import (
        LiveResponseReasoningSummaryPartDoneEvent as LiveResponseReasoningSummaryPartDoneEvent,
    )
    from .live_response_reasoning_summary_part_done_event_status import (
        LiveResponseReasoningSummaryPartDoneEventStatus as LiveResponseReasoningSummaryPartDoneEventStatus,
    )
    from .live_response_reasoning_summary_part_done_event_type import (
        LiveResponseReasoningSummaryPartDoneEventType as LiveResponseReasoningSummaryPartDoneEventType,
    )
    from .live_response_reasoning_summary_text_delta_event import (
        LiveResponseReasoningSummaryTextDeltaEvent as LiveResponseReasoningSummaryTextDeltaEvent,
    )
    from .live_response_reasoning_summary_text_delta_event_type import (
        LiveResponseReasoningSummaryTextDeltaEventType as LiveResponseReasoningSummaryTextDeltaEventType,
    )
    from .live_response_reasoning_summary_text_done_event import (
        LiveResponseReasoningSummaryTextDoneEvent as LiveResponseReasoningSummaryTextDoneEvent,
    )
    from .live_response_reasoning_summary_text_done_event_type import (
        LiveResponseReasoningSummaryTextDoneEventType as LiveResponseReasoningSummaryTextDoneEventType,
    )
    from .live_response_reasoning_text_delta_event import (
        LiveResponseReasoningTextDeltaEvent as LiveResponseReasoningTextDeltaEvent,
    )
    from .live_response_reasoning_text_delta_event_type import (
        LiveResponseReasoningTextDeltaEventType as LiveResponseReasoningTextDeltaEventType,
    )
    from .live_response_reasoning_text_done_event import (
        LiveResponseReasoningTextDoneEvent as LiveResponseReasoningTextDoneEvent,
    )
    from .live_response_reasoning_text_done_event_type import (
        LiveResponseReasoningTextDoneEventType as LiveResponseReasoningTextDoneEventType,
    )
    from .live_response_refusal_delta_event import LiveResponseRefusalDeltaEvent as LiveResponseRefusalDeltaEvent
    from .live_response_refusal_delta_event_type import (
        LiveResponseRefusalDeltaEventType as LiveResponseRefusalDeltaEventType,
    )
    from .live_response_refusal_done_event import LiveResponseRefusalDoneEvent as LiveResponseRefusalDoneEvent
    from .live_response_refusal_done_event_type import (
        LiveResponseRefusalDoneEventType as LiveResponseRefusalDoneEventType,
    )
    from .live_response_service_tier import LiveResponseServiceTier as LiveResponseServiceTier
    from .live_response_shell_call_command_added_event import (
        LiveResponseShellCallCommandAddedEvent as LiveResponseShellCallCommandAddedEvent,
    )
    from .live_response_shell_call_command_added_event_type import (
        LiveResponseShellCallCommandAddedEventType as LiveResponseShellCallCommandAddedEventType,
    )
    from .live_response_shell_call_command_delta_event import (
        LiveResponseShellCallCommandDeltaEvent as LiveResponseShellCallCommandDeltaEvent,
    )
    from .live_response_shell_call_command_delta_event_type import (
        LiveResponseShellCallCommandDeltaEventType as LiveResponseShellCallCommandDeltaEventType,
    )
    from .live_response_shell_call_command_done_event import (
        LiveResponseShellCallCommandDoneEvent as LiveResponseShellCallCommandDoneEvent,
    )
    from .live_response_shell_call_command_done_event_type import (
        LiveResponseShellCallCommandDoneEventType as LiveResponseShellCallCommandDoneEventType,
    )
    from .live_response_shell_call_output_content_delta_event import (
        LiveResponseShellCallOutputContentDeltaEvent as LiveResponseShellCallOutputContentDeltaEvent,
    )
    from .live_response_shell_call_output_content_delta_event_type import (
        LiveResponseShellCallOutputContentDeltaEventType as LiveResponseShellCallOutputContentDeltaEventType,
    )
    from .live_response_shell_call_output_content_done_event import (
        LiveResponseShellCallOutputContentDoneEvent as LiveResponseShellCallOutputContentDoneEvent,
    )
    from .live_response_shell_call_output_content_done_event_type import (
        LiveResponseShellCallOutputContentDoneEventType as LiveResponseShellCallOutputContentDoneEventType,
    )
    from .live_response_status import LiveResponseStatus as LiveResponseStatus
    from .live_response_text_config import LiveResponseTextConfig as LiveResponseTextConfig
    from .live_response_text_config_verbosity import LiveResponseTextConfigVerbosity as LiveResponseTextConfigVerbosity
    from .live_response_text_delta_event import LiveResponseTextDeltaEvent as LiveResponseTextDeltaEvent
    from .live_response_text_delta_event_type import LiveResponseTextDeltaEventType as LiveResponseTextDeltaEventType
    from .live_response_text_done_event import LiveResponseTextDoneEvent as LiveResponseTextDoneEvent
    from .live_response_text_done_event_type import LiveResponseTextDoneEventType as LiveResponseTextDoneEventType
    from .live_response_tool_choice import LiveResponseToolChoice as LiveResponseToolChoice
    from .live_response_tool_search_call import LiveResponseToolSearchCall as LiveResponseToolSearchCall
    from .live_response_tool_search_call_execution import (
        LiveResponseToolSearchCallExecution as LiveResponseToolSearchCallExecution,
    )
    from .live_response_tool_search_call_status import (
        LiveResponseToolSearchCallStatus as LiveResponseToolSearchCallStatus,
    )
    from .live_response_tool_search_call_type import LiveResponseToolSearchCallType as LiveResponseToolSearchCallType
    from .live_response_truncation import LiveResponseTruncation as LiveResponseTruncation
    from .live_response_usage import LiveResponseUsage as LiveResponseUsage
    from .live_response_web_search_call_completed_event import (
        LiveResponseWebSearchCallCompletedEvent as LiveResponseWebSearchCallCompletedEvent,
    )
    from .live_response_web_search_call_completed_event_type import (
        LiveResponseWebSearchCallCompletedEventType as LiveResponseWebSearchCallCompletedEventType,
    )
    from .live_response_web_search_call_in_progress_event import (
        LiveResponseWebSearchCallInProgressEvent as LiveResponseWebSearchCallInProgressEvent,
    )
    from .live_response_web_search_call_in_progress_event_type import (
        LiveResponseWebSearchCallInProgressEventType as LiveResponseWebSearchCallInProgressEventType,
    )
    from .live_response_web_search_call_searching_event import (
        LiveResponseWebSearchCallSearchingEvent as LiveResponseWebSearchCallSearchingEvent,
    )
    from .live_response_web_search_call_searching_event_type import (
        LiveResponseWebSearchCallSearchingEventType as LiveResponseWebSearchCallSearchingEventType,
    )
    from .live_responses_delegation_config import LiveResponsesDelegationConfig as LiveResponsesDelegationConfig
    from .live_responses_delegation_config_reasoning import (
        LiveResponsesDelegationConfigReasoning as LiveResponsesDelegationConfigReasoning,
    )
    from .live_responses_delegation_config_reasoning_effort import (
        LiveResponsesDelegationConfigReasoningEffort as LiveResponsesDelegationConfigReasoningEffort,
    )
    from .live_responses_delegation_config_reasoning_summary import (
        LiveResponsesDelegationConfigReasoningSummary as LiveResponsesDelegationConfigReasoningSummary,
    )
    from .live_responses_delegation_config_service_tier import (
        LiveResponsesDelegationConfigServiceTier as LiveResponsesDelegationConfigServiceTier,
    )
    from .live_responses_delegation_config_text import (
        LiveResponsesDelegationConfigText as LiveResponsesDelegationConfigText,
    )
    from .live_responses_delegation_config_text_verbosity import (
        LiveResponsesDelegationConfigTextVerbosity as LiveResponsesDelegationConfigTextVerbosity,
    )
    from .live_responses_delegation_config_tool_choice import (
        LiveResponsesDelegationConfigToolChoice as LiveResponsesDelegationConfigToolChoice,
    )
    from .live_responses_delegation_config_tool_choice_custom import (
        LiveResponsesDelegationConfigToolChoiceCustom as LiveResponsesDelegationConfigToolChoiceCustom,
    )
    from .live_responses_delegation_config_tool_choice_custom_type import (
        LiveResponsesDelegationConfigToolChoiceCustomType as LiveResponsesDelegationConfigToolChoiceCustomType,
    )
    from .live_responses_delegation_config_tool_code_interpreter import (
        LiveResponsesDelegationConfigToolCodeInterpreter as LiveResponsesDelegationConfigToolCodeInterpreter,
    )
    from .live_responses_delegation_config_tool_code_interpreter_type import (
        LiveResponsesDelegationConfigToolCodeInterpreterType as LiveResponsesDelegationConfigToolCodeInterpreterType,
    )
    from .live_responses_delegation_config_tool_image_generation import (
        LiveResponsesDelegationConfigToolImageGeneration as LiveResponsesDelegationConfigToolImageGeneration,
    )
    from .live_responses_delegation_config_tool_image_generation_type import (
        LiveResponsesDelegationConfigToolImageGenerationType as LiveResponsesDelegationConfigToolImageGenerationType,
    )
    from .live_responses_delegation_config_tool_mcp import (
        LiveResponsesDelegationConfigToolMcp as LiveResponsesDelegationConfigToolMcp,
    )
    from .live_responses_delegation_config_tool_mcp_allowed_callers_item import (
        LiveResponsesDelegationConfigToolMcpAllowedCallersItem as LiveResponsesDelegationConfigToolMcpAllowedCallersItem,
    )
    from .live_responses_delegation_config_tool_mcp_headers import (
        LiveResponsesDelegationConfigToolMcpHeaders as LiveResponsesDelegationConfigToolMcpHeaders,
    )
    from .live_responses_delegation_config_tool_mcp_require_approval import (
        LiveResponsesDelegationConfigToolMcpRequireApproval as LiveResponsesDelegationConfigToolMcpRequireApproval,
    )
    from .live_responses_delegation_config_tool_mcp_type import (
        LiveResponsesDelegationConfigToolMcpType as LiveResponsesDelegationConfigToolMcpType,
    )
    from .live_responses_delegation_update_config import (
        LiveResponsesDelegationUpdateConfig as LiveResponsesDelegationUpdateConfig,
    )
    from .live_responses_delegation_update_config_service_tier import (
        LiveResponsesDelegationUpdateConfigServiceTier as LiveResponsesDelegationUpdateConfigServiceTier,
    )
    from .live_responses_delegation_update_config_tool_choice import (
        LiveResponsesDelegationUpdateConfigToolChoice as LiveResponsesDelegationUpdateConfigToolChoice,
    )
    from .live_responses_function_tool import LiveResponsesFunctionTool as LiveResponsesFunctionTool
    from .live_responses_function_tool_allowed_callers_item import (
        LiveResponsesFunctionToolAllowedCallersItem as LiveResponsesFunctionToolAllowedCallersItem,
    )
    from .live_responses_function_tool_output_schema import (
        LiveResponsesFunctionToolOutputSchema as LiveResponsesFunctionToolOutputSchema,
    )
    from .live_responses_function_tool_parameters import (
        LiveResponsesFunctionToolParameters as LiveResponsesFunctionToolParameters,
    )
    from .live_responses_function_tool_type import LiveResponsesFunctionToolType as LiveResponsesFunctionToolType
    from .live_responses_response_compaction_item import (
        LiveResponsesResponseCompactionItem as LiveResponsesResponseCompactionItem,
    )
    from .live_responses_response_compaction_item_param import (
        LiveResponsesResponseCompactionItemParam as LiveResponsesResponseCompactionItemParam,
    )
    from .live_responses_response_compaction_item_param_type import (
        LiveResponsesResponseCompactionItemParamType as LiveResponsesResponseCompactionItemParamType,
    )
    from .live_responses_response_compaction_item_type import (
        LiveResponsesResponseCompactionItemType as LiveResponsesResponseCompactionItemType,
    )
    from .live_responses_response_configuration_update_item_reasoning import (
        LiveResponsesResponseConfigurationUpdateItemReasoning as LiveResponsesResponseConfigurationUpdateItemReasoning,
    )
    from .live_responses_response_configuration_update_item_reasoning_effort import (
        LiveResponsesResponseConfigurationUpdateItemReasoningEffort as LiveResponsesResponseConfigurationUpdateItemReasoningEffort,
    )
    from .live_responses_response_configuration_update_item_text import (
        LiveResponsesResponseConfigurationUpdateItemText as LiveResponsesResponseConfigurationUpdateItemText,
    )
    from .live_responses_response_input_item_additional_tools import (
        LiveResponsesResponseInputItemAdditionalTools as LiveResponsesResponseInputItemAdditionalTools,
    )
    from .live_responses_response_input_item_additional_tools_role import (
        LiveResponsesResponseInputItemAdditionalToolsRole as LiveResponsesResponseInputItemAdditionalToolsRole,
    )
    from .live_responses_response_input_item_additional_tools_type import (
        LiveResponsesResponseInputItemAdditionalToolsType as LiveResponsesResponseInputItemAdditionalToolsType,
    )
    from .live_responses_response_input_item_mcp_approval_response import (
        LiveResponsesResponseInputItemMcpApprovalResponse as LiveResponsesResponseInputItemMcpApprovalResponse,
    )
    from .live_responses_response_input_item_mcp_approval_response_type import (
        LiveResponsesResponseInputItemMcpApprovalResponseType as LiveResponsesResponseInputItemMcpApprovalResponseType,
    )
    from .live_responses_response_output_item_additional_tools import (
        LiveResponsesResponseOutputItemAdditionalTools as LiveResponsesResponseOutputItemAdditionalTools,
    )
    from .live_responses_response_output_item_additional_tools_role import (
        LiveResponsesResponseOutputItemAdditionalToolsRole as LiveResponsesResponseOutputItemAdditionalToolsRole,
    )
    from .live_responses_response_output_item_additional_tools_type import (
        LiveResponsesResponseOutputItemAdditionalToolsType as LiveResponsesResponseOutputItemAdditionalToolsType,
    )
    from .live_responses_response_output_item_mcp_approval_response import (
        LiveResponsesResponseOutputItemMcpApprovalResponse as LiveResponsesResponseOutputItemMcpApprovalResponse,
    )
    from .live_responses_response_output_item_mcp_approval_response_type import (
        LiveResponsesResponseOutputItemMcpApprovalResponseType as LiveResponsesResponseOutputItemMcpApprovalResponseType,
    )
    from .live_responses_response_output_text_logprob import (
        LiveResponsesResponseOutputTextLogprob as LiveResponsesResponseOutputTextLogprob,
    )
    from .live_responses_response_output_text_logprob_top_logprob import (
        LiveResponsesResponseOutputTextLogprobTopLogprob as LiveResponsesResponseOutputTextLogprobTopLogprob,
    )
    from .live_responses_response_reasoning_summary_part_added_event_part import (
        LiveResponsesResponseReasoningSummaryPartAddedEventPart as LiveResponsesResponseReasoningSummaryPartAddedEventPart,
    )
    from .live_responses_response_reasoning_summary_part_added_event_part_type import (
        LiveResponsesResponseReasoningSummaryPartAddedEventPartType as LiveResponsesResponseReasoningSummaryPartAddedEventPartType,
    )
    from .live_responses_response_reasoning_summary_part_done_event_part import (
        LiveResponsesResponseReasoningSummaryPartDoneEventPart as LiveResponsesResponseReasoningSummaryPartDoneEventPart,
    )
    from .live_responses_response_reasoning_summary_part_done_event_part_type import (
        LiveResponsesResponseReasoningSummaryPartDoneEventPartType as LiveResponsesResponseReasoningSummaryPartDoneEventPartType,
    )
    from .live_responses_response_text_done_event_logprob import (
        LiveResponsesResponseTextDoneEventLogprob as LiveResponsesResponseTextDoneEventLogprob,
    )
    from .live_responses_response_text_done_event_logprob_top_logprob import (
        LiveResponsesResponseTextDoneEventLogprobTopLogprob as LiveResponsesResponseTextDoneEventLogprobTopLogprob,
    )
    from .live_responses_response_tool_search_output_item import (
        LiveResponsesResponseToolSearchOutputItem as LiveResponsesResponseToolSearchOutputItem,
    )
    from .live_responses_response_tool_search_output_item_execution import (
        LiveResponsesResponseToolSearchOutputItemExecution as LiveResponsesResponseToolSearchOutputItemExecution,
    )
    from .live_responses_response_tool_search_output_item_param import (
        LiveResponsesResponseToolSearchOutputItemParam as LiveResponsesResponseToolSearchOutputItemParam,
    )
    from .live_responses_response_tool_search_output_item_param_execution import (
        LiveResponsesResponseToolSearchOutputItemParamExecution as LiveResponsesResponseToolSearchOutputItemParamExecution,
    )
    from .live_responses_response_tool_search_output_item_param_status import (
        LiveResponsesResponseToolSearchOutputItemParamStatus as LiveResponsesResponseToolSearchOutputItemParamStatus,
    )
    from .live_responses_response_tool_search_output_item_param_type import (
        LiveResponsesResponseToolSearchOutputItemParamType as LiveResponsesResponseToolSearchOutputItemParamType,
    )
    from .live_responses_response_tool_search_output_item_status import (
        LiveResponsesResponseToolSearchOutputItemStatus as LiveResponsesResponseToolSearchOutputItemStatus,
    )
    from .live_responses_response_tool_search_output_item_tool_code_interpreter import (
        LiveResponsesResponseToolSearchOutputItemToolCodeInterpreter as LiveResponsesResponseToolSearchOutputItemToolCodeInterpreter,
    )
    from .live_responses_response_tool_search_output_item_tool_code_interpreter_allowed_callers_item import (
        LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterAllowedCallersItem as LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterAllowedCallersItem,
    )
    from .live_responses_response_tool_search_output_item_tool_code_interpreter_type import (
        LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterType as LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterType,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation import (
        LiveResponsesResponseToolSearchOutputItemToolImageGeneration as LiveResponsesResponseToolSearchOutputItemToolImageGeneration,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_action import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationAction as LiveResponsesResponseToolSearchOutputItemToolImageGenerationAction,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_background import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationBackground as LiveResponsesResponseToolSearchOutputItemToolImageGenerationBackground,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_complexity import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationComplexity as LiveResponsesResponseToolSearchOutputItemToolImageGenerationComplexity,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_input_fidelity import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationInputFidelity as LiveResponsesResponseToolSearchOutputItemToolImageGenerationInputFidelity,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_model import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationModel as LiveResponsesResponseToolSearchOutputItemToolImageGenerationModel,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_moderation import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationModeration as LiveResponsesResponseToolSearchOutputItemToolImageGenerationModeration,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_output_format import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationOutputFormat as LiveResponsesResponseToolSearchOutputItemToolImageGenerationOutputFormat,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_quality import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationQuality as LiveResponsesResponseToolSearchOutputItemToolImageGenerationQuality,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_size import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationSize as LiveResponsesResponseToolSearchOutputItemToolImageGenerationSize,
    )
    from .live_responses_response_tool_search_output_item_tool_image_generation_type import (
        LiveResponsesResponseToolSearchOutputItemToolImageGenerationType as LiveResponsesResponseToolSearchOutputItemToolImageGenerationType,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp import (
        LiveResponsesResponseToolSearchOutputItemToolMcp as LiveResponsesResponseToolSearchOutputItemToolMcp,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp_allowed_callers_item import (
        LiveResponsesResponseToolSearchOutputItemToolMcpAllowedCallersItem as LiveResponsesResponseToolSearchOutputItemToolMcpAllowedCallersItem,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp_connector_id import (
        LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId as LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp_headers import (
        LiveResponsesResponseToolSearchOutputItemToolMcpHeaders as LiveResponsesResponseToolSearchOutputItemToolMcpHeaders,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp_require_approval import (
        LiveResponsesResponseToolSearchOutputItemToolMcpRequireApproval as LiveResponsesResponseToolSearchOutputItemToolMcpRequireApproval,
    )
    from .live_responses_response_tool_search_output_item_tool_mcp_type import (
        LiveResponsesResponseToolSearchOutputItemToolMcpType as LiveResponsesResponseToolSearchOutputItemToolMcpType,
    )
    from .live_responses_response_tool_search_output_item_type import (
        LiveResponsesResponseToolSearchOutputItemType as LiveResponsesResponseToolSearchOutputItemType,
    )
    from .live_responses_tool_choice_custom import LiveResponsesToolChoiceCustom as LiveResponsesToolChoiceCustom
    from .live_responses_tool_choice_custom_type import (
        LiveResponsesToolChoiceCustomType as LiveResponsesToolChoiceCustomType,
    )
    from .live_responses_web_search_preview_tool_user_location import (
        LiveResponsesWebSearchPreviewToolUserLocation as LiveResponsesWebSearchPreviewToolUserLocation,
    )
    from .live_responses_web_search_preview_tool_user_location_type import (
        LiveResponsesWebSearchPreviewToolUserLocationType as LiveResponsesWebSearchPreviewToolUserLocationType,
    )
    from .live_responses_web_search_tool_user_location import (
        LiveResponsesWebSearchToolUserLocation as LiveResponsesWebSearchToolUserLocation,
    )
    from .live_responses_web_search_tool_user_location_type import (
        LiveResponsesWebSearchToolUserLocationType as LiveResponsesWebSearchToolUserLocationType,
    )
    from .live_result import LiveResult as LiveResult
    from .live_result_attributes import LiveResultAttributes as LiveResultAttributes
    from .live_score_instructions_parts_input_image import (
        LiveScoreInstructionsPartsInputImage as LiveScoreInstructionsPartsInputImage,
    )
    from .live_score_instructions_parts_input_image_detail import (
        LiveScoreInstructionsPartsInputImageDetail as LiveScoreInstructionsPartsInputImageDetail,
    )
    from .live_score_instructions_parts_input_image_type import (
        LiveScoreInstructionsPartsInputImageType as LiveScoreInstructionsPartsInputImageType,
    )
    from .live_score_level import LiveScoreLevel as LiveScoreLevel
    from .live_screenshot import LiveScreenshot as LiveScreenshot
    from .live_screenshot_type import LiveScreenshotType as LiveScreenshotType
    from .live_scroll import LiveScroll as LiveScroll
    from .live_scroll_type import LiveScrollType as LiveScrollType
    from .live_server_event_selector import LiveServerEventSelector as LiveServerEventSelector
    from .live_server_event_transport_dtmf_send import (
        LiveServerEventTransportDtmfSend as LiveServerEventTransportDtmfSend,
    )
    from .live_server_event_transport_dtmf_send_type import (
        LiveServerEventTransportDtmfSendType as LiveServerEventTransportDtmfSendType,
    )
    from .live_session_accept_params import LiveSessionAcceptParams as LiveSessionAcceptParams
    from .live_session_accept_params_session import LiveSessionAcceptParamsSession as LiveSessionAcceptParamsSession
    from .live_session_accept_params_session_model import (
        LiveSessionAcceptParamsSessionModel as LiveSessionAcceptParamsSessionModel,
    )
    from .live_session_accept_params_session_type import (
        LiveSessionAcceptParamsSessionType as LiveSessionAcceptParamsSessionType,
    )
    from .live_session_audio import LiveSessionAudio as LiveSessionAudio
    from .live_session_audio_output import LiveSessionAudioOutput as LiveSessionAudioOutput
    from .live_session_audio_output_voice import LiveSessionAudioOutputVoice as LiveSessionAudioOutputVoice
    from .live_session_close_event import LiveSessionCloseEvent as LiveSessionCloseEvent
    from .live_session_close_event_type import LiveSessionCloseEventType as LiveSessionCloseEventType
    from .live_session_closed_event import LiveSessionClosedEvent as LiveSessionClosedEvent
    from .live_session_closed_event_reason import LiveSessionClosedEventReason as LiveSessionClosedEventReason
    from .live_session_closed_event_type import LiveSessionClosedEventType as LiveSessionClosedEventType
    from .live_session_config import LiveSessionConfig as LiveSessionConfig
    from .live_session_config_audio import LiveSessionConfigAudio as LiveSessionConfigAudio
    from .live_session_config_audio_output import LiveSessionConfigAudioOutput as LiveSessionConfigAudioOutput
    from .live_session_config_audio_output_voice import (
        LiveSessionConfigAudioOutputVoice as LiveSessionConfigAudioOutputVoice,
    )
    from .live_session_config_delegation_decisions import (
        LiveSessionConfigDelegationDecisions as LiveSessionConfigDelegationDecisions,
    )
    from .live_session_config_delegation_decisions_type import (
        LiveSessionConfigDelegationDecisionsType as LiveSessionConfigDelegationDecisionsType,
    )
    from .live_session_config_delegation_responses import (
        LiveSessionConfigDelegationResponses as LiveSessionConfigDelegationResponses,
    )
    from .live_session_config_delegation_responses_type import (
        LiveSessionConfigDelegationResponsesType as LiveSessionConfigDelegationResponsesType,
    )
    from .live_session_config_model import LiveSessionConfigModel as LiveSessionConfigModel
    from .live_session_delegation_decisions import LiveSessionDelegationDecisions as LiveSessionDelegationDecisions
    from .live_session_delegation_decisions_type import (
        LiveSessionDelegationDecisionsType as LiveSessionDelegationDecisionsType,
    )
    from .live_session_delegation_responses import LiveSessionDelegationResponses as LiveSessionDelegationResponses
    from .live_session_delegation_responses_type import (
        LiveSessionDelegationResponsesType as LiveSessionDelegationResponsesType,
    )
    from .live_session_fork_params import LiveSessionForkParams as LiveSessionForkParams
    from .live_session_fork_params_transport import LiveSessionForkParamsTransport as LiveSessionForkParamsTransport
    from .live_session_fork_params_transport_type import (
        LiveSessionForkParamsTransportType as LiveSessionForkParamsTransportType,
    )
    from .live_session_fork_response import LiveSessionForkResponse as LiveSessionForkResponse
    from .live_session_input_audio_append import LiveSessionInputAudioAppend as LiveSessionInputAudioAppend
    from .live_session_input_audio_append_type import LiveSessionInputAudioAppendType as LiveSessionInputAudioAppendType
    from .live_session_paused import LiveSessionPaused as LiveSessionPaused
    from .live_session_paused_type import LiveSessionPausedType as LiveSessionPausedType
    from .live_session_refer_params import LiveSessionReferParams as LiveSessionReferParams
    from .live_session_reject_params import LiveSessionRejectParams as LiveSessionRejectParams
    from .live_session_resource import LiveSessionResource as LiveSessionResource
    from .live_session_resource_model import LiveSessionResourceModel as LiveSessionResourceModel
    from .live_session_resource_status import LiveSessionResourceStatus as LiveSessionResourceStatus
    from .live_session_resumed import LiveSessionResumed as LiveSessionResumed
    from .live_session_resumed_type import LiveSessionResumedType as LiveSessionResumedType
    from .live_session_start_event import LiveSessionStartEvent as LiveSessionStartEvent
    from .live_session_start_event_type import LiveSessionStartEventType as LiveSessionStartEventType
    from .live_session_started_event import LiveSessionStartedEvent as LiveSessionStartedEvent
    from .live_session_started_event_type import LiveSessionStartedEventType as LiveSessionStartedEventType
    from .live_session_update_config import LiveSessionUpdateConfig as LiveSessionUpdateConfig
    from .live_session_update_config_delegation_decisions import (
        LiveSessionUpdateConfigDelegationDecisions as LiveSessionUpdateConfigDelegationDecisions,
    )
    from .live_session_update_config_delegation_decisions_type import (
        LiveSessionUpdateConfigDelegationDecisionsType as LiveSessionUpdateConfigDelegationDecisionsType,
    )
    from .live_session_update_config_delegation_responses import (
        LiveSessionUpdateConfigDelegationResponses as LiveSessionUpdateConfigDelegationResponses,
    )
    from .live_session_update_config_delegation_responses_type import (
        LiveSessionUpdateConfigDelegationResponsesType as LiveSessionUpdateConfigDelegationResponsesType,
    )
    from .live_session_update_event import LiveSessionUpdateEvent as LiveSessionUpdateEvent
    from .live_session_update_event_type import LiveSessionUpdateEventType as LiveSessionUpdateEventType
    from .live_session_updated_event import LiveSessionUpdatedEvent as LiveSessionUpdatedEvent
    from .live_session_updated_event_type import LiveSessionUpdatedEventType as LiveSessionUpdatedEventType
    from .live_session_usage import LiveSessionUsage as LiveSessionUsage
    from .live_session_usage_updated_event import LiveSessionUsageUpdatedEvent as LiveSessionUsageUpdatedEvent
    from .live_session_usage_updated_event_type import (
        LiveSessionUsageUpdatedEventType as LiveSessionUsageUpdatedEventType,
    )
    from .live_shared_custom_tool_input_format_text import (
        LiveSharedCustomToolInputFormatText as LiveSharedCustomToolInputFormatText,
    )
    from .live_shared_custom_tool_input_format_text_type import (
        LiveSharedCustomToolInputFormatTextType as LiveSharedCustomToolInputFormatTextType,
    )
    from .live_shared_reasoning import LiveSharedReasoning as LiveSharedReasoning
    from .live_shared_reasoning_context import LiveSharedReasoningContext as LiveSharedReasoningContext
    from .live_shared_reasoning_effort import LiveSharedReasoningEffort as LiveSharedReasoningEffort
    from .live_shared_reasoning_generate_summary import (
        LiveSharedReasoningGenerateSummary as LiveSharedReasoningGenerateSummary,
    )
    from .live_shared_reasoning_mode import LiveSharedReasoningMode as LiveSharedReasoningMode
    from .live_shared_reasoning_summary import LiveSharedReasoningSummary as LiveSharedReasoningSummary
    from .live_shell_call import LiveShellCall as LiveShellCall
    from .live_shell_call_action import LiveShellCallAction as LiveShellCallAction
    from .live_shell_call_caller_direct import LiveShellCallCallerDirect as LiveShellCallCallerDirect
    from .live_shell_call_caller_direct_type import LiveShellCallCallerDirectType as LiveShellCallCallerDirectType
    from .live_shell_call_caller_program import LiveShellCallCallerProgram as LiveShellCallCallerProgram
    from .live_shell_call_caller_program_type import LiveShellCallCallerProgramType as LiveShellCallCallerProgramType
    from .live_shell_call_output import LiveShellCallOutput as LiveShellCallOutput
    from .live_shell_call_output_caller_direct import LiveShellCallOutputCallerDirect as LiveShellCallOutputCallerDirect
    from .live_shell_call_output_caller_direct_type import (
        LiveShellCallOutputCallerDirectType as LiveShellCallOutputCallerDirectType,
    )
    from .live_shell_call_output_caller_program import (
        LiveShellCallOutputCallerProgram as LiveShellCallOutputCallerProgram,
    )
    from .live_shell_call_output_caller_program_type import (
        LiveShellCallOutputCallerProgramType as LiveShellCallOutputCallerProgramType,
    )
    from .live_shell_call_output_status import LiveShellCallOutputStatus as LiveShellCallOutputStatus
    from .live_shell_call_output_type import LiveShellCallOutputType as LiveShellCallOutputType
    from .live_shell_call_status import LiveShellCallStatus as LiveShellCallStatus
    from .live_shell_call_type import LiveShellCallType as LiveShellCallType
    from .live_skill_reference import LiveSkillReference as LiveSkillReference
    from .live_skill_reference_type import LiveSkillReferenceType as LiveSkillReferenceType
    from .live_summary import LiveSummary as LiveSummary
    from .live_summary_type import LiveSummaryType as LiveSummaryType
    from .live_thinking_append_event import LiveThinkingAppendEvent as LiveThinkingAppendEvent
    from .live_thinking_append_event_type import LiveThinkingAppendEventType as LiveThinkingAppendEventType
    from .live_thinking_appended_event import LiveThinkingAppendedEvent as LiveThinkingAppendedEvent
    from .live_thinking_appended_event_type import LiveThinkingAppendedEventType as LiveThinkingAppendedEventType
    from .live_tool_apply_patch import LiveToolApplyPatch as LiveToolApplyPatch
    from .live_tool_apply_patch_type import LiveToolApplyPatchType as LiveToolApplyPatchType
    from .live_tool_choice_allowed import LiveToolChoiceAllowed as LiveToolChoiceAllowed
    from .live_tool_choice_allowed_mode import LiveToolChoiceAllowedMode as LiveToolChoiceAllowedMode
    from .live_tool_choice_allowed_tools_item import LiveToolChoiceAllowedToolsItem as LiveToolChoiceAllowedToolsItem
    from .live_tool_choice_allowed_type import LiveToolChoiceAllowedType as LiveToolChoiceAllowedType
    from .live_tool_choice_apply_patch import LiveToolChoiceApplyPatch as LiveToolChoiceApplyPatch
    from .live_tool_choice_apply_patch_type import LiveToolChoiceApplyPatchType as LiveToolChoiceApplyPatchType
    from .live_tool_choice_code_interpreter import LiveToolChoiceCodeInterpreter as LiveToolChoiceCodeInterpreter
    from .live_tool_choice_code_interpreter_type import (
        LiveToolChoiceCodeInterpreterType as LiveToolChoiceCodeInterpreterType,
    )
    from .live_tool_choice_computer import LiveToolChoiceComputer as LiveToolChoiceComputer
    from .live_tool_choice_computer_type import LiveToolChoiceComputerType as LiveToolChoiceComputerType
    from .live_tool_choice_file_search import LiveToolChoiceFileSearch as LiveToolChoiceFileSearch
    from .live_tool_choice_file_search_type import LiveToolChoiceFileSearchType as LiveToolChoiceFileSearchType
    from .live_tool_choice_function import LiveToolChoiceFunction as LiveToolChoiceFunction
    from .live_tool_choice_function_type import LiveToolChoiceFunctionType as LiveToolChoiceFunctionType
    from .live_tool_choice_image_generation import LiveToolChoiceImageGeneration as LiveToolChoiceImageGeneration
    from .live_tool_choice_image_generation_type import (
        LiveToolChoiceImageGenerationType as LiveToolChoiceImageGenerationType,
    )
    from .live_tool_choice_live_allowed_tools_choice import (
        LiveToolChoiceLiveAllowedToolsChoice as LiveToolChoiceLiveAllowedToolsChoice,
    )
    from .live_tool_choice_live_allowed_tools_choice_mode import (
        LiveToolChoiceLiveAllowedToolsChoiceMode as LiveToolChoiceLiveAllowedToolsChoiceMode,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch as LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatchType as LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatchType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter as LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreterType as LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreterType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_computer import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer as LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_computer_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolComputerType as LiveToolChoiceLiveAllowedToolsChoiceParamToolComputerType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_custom import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom as LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_custom_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCustomType as LiveToolChoiceLiveAllowedToolsChoiceParamToolCustomType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_file_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch as LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_file_search_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearchType as LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearchType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_image_generation import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration as LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_image_generation_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGenerationType as LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGenerationType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice as LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoiceType as LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoiceType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice as LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoiceType as LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoiceType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling as LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCallingType as LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCallingType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_shell import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolShell as LiveToolChoiceLiveAllowedToolsChoiceParamToolShell,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_shell_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolShellType as LiveToolChoiceLiveAllowedToolsChoiceParamToolShellType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_web_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch as LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview as LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreviewType as LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreviewType,
    )
    from .live_tool_choice_live_allowed_tools_choice_param_tool_web_search_type import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchType as LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchType,
    )
    from .live_tool_choice_live_allowed_tools_choice_type import (
        LiveToolChoiceLiveAllowedToolsChoiceType as LiveToolChoiceLiveAllowedToolsChoiceType,
    )
    from .live_tool_choice_live_function_tool_choice import (
        LiveToolChoiceLiveFunctionToolChoice as LiveToolChoiceLiveFunctionToolChoice,
    )
    from .live_tool_choice_live_function_tool_choice_type import (
        LiveToolChoiceLiveFunctionToolChoiceType as LiveToolChoiceLiveFunctionToolChoiceType,
    )
    from .live_tool_choice_live_mcp_tool_choice import (
        LiveToolChoiceLiveMCPToolChoice as LiveToolChoiceLiveMCPToolChoice,
    )
    from .live_tool_choice_live_mcp_tool_choice_type import (
        LiveToolChoiceLiveMCPToolChoiceType as LiveToolChoiceLiveMCPToolChoiceType,
    )
    from .live_tool_choice_mcp import LiveToolChoiceMcp as LiveToolChoiceMcp
    from .live_tool_choice_mcp_type import LiveToolChoiceMcpType as LiveToolChoiceMcpType
    from .live_tool_choice_programmatic_tool_calling import (
        LiveToolChoiceProgrammaticToolCalling as LiveToolChoiceProgrammaticToolCalling,
    )
    from .live_tool_choice_programmatic_tool_calling_type import (
        LiveToolChoiceProgrammaticToolCallingType as LiveToolChoiceProgrammaticToolCallingType,
    )
    from .live_tool_choice_shell import LiveToolChoiceShell as LiveToolChoiceShell
    from .live_tool_choice_shell_type import LiveToolChoiceShellType as LiveToolChoiceShellType
    from .live_tool_choice_specific_programmatic_tool_calling import (
        LiveToolChoiceSpecificProgrammaticToolCalling as LiveToolChoiceSpecificProgrammaticToolCalling,
    )
    from .live_tool_choice_specific_programmatic_tool_calling_type import (
        LiveToolChoiceSpecificProgrammaticToolCallingType as LiveToolChoiceSpecificProgrammaticToolCallingType,
    )
    from .live_tool_choice_types import LiveToolChoiceTypes as LiveToolChoiceTypes
    from .live_tool_choice_types_type import LiveToolChoiceTypesType as LiveToolChoiceTypesType
    from .live_tool_choice_web_search import LiveToolChoiceWebSearch as LiveToolChoiceWebSearch
    from .live_tool_choice_web_search_preview import LiveToolChoiceWebSearchPreview as LiveToolChoiceWebSearchPreview
    from .live_tool_choice_web_search_preview_type import (
        LiveToolChoiceWebSearchPreviewType as LiveToolChoiceWebSearchPreviewType,
    )
    from .live_tool_choice_web_search_type import LiveToolChoiceWebSearchType as LiveToolChoiceWebSearchType
    from .live_tool_code_interpreter_container_code_interpreter_tool_auto import (
        LiveToolCodeInterpreterContainerCodeInterpreterToolAuto as LiveToolCodeInterpreterContainerCodeInterpreterToolAuto,
    )
    from .live_tool_code_interpreter_container_code_interpreter_tool_auto_memory_limit import (
        LiveToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit as LiveToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit,
    )
    from .live_tool_code_interpreter_container_code_interpreter_tool_auto_type import (
        LiveToolCodeInterpreterContainerCodeInterpreterToolAutoType as LiveToolCodeInterpreterContainerCodeInterpreterToolAutoType,
    )
    from .live_tool_computer import LiveToolComputer as LiveToolComputer
    from .live_tool_computer_type import LiveToolComputerType as LiveToolComputerType
    from .live_tool_custom import LiveToolCustom as LiveToolCustom
    from .live_tool_custom_type import LiveToolCustomType as LiveToolCustomType
    from .live_tool_file_search import LiveToolFileSearch as LiveToolFileSearch
    from .live_tool_file_search_type import LiveToolFileSearchType as LiveToolFileSearchType
    from .live_tool_function import LiveToolFunction as LiveToolFunction
    from .live_tool_function_allowed_callers_item import (
        LiveToolFunctionAllowedCallersItem as LiveToolFunctionAllowedCallersItem,
    )
    from .live_tool_function_output_schema import LiveToolFunctionOutputSchema as LiveToolFunctionOutputSchema
    from .live_tool_function_type import LiveToolFunctionType as LiveToolFunctionType
    from .live_tool_image_generation_input_image_mask import (
        LiveToolImageGenerationInputImageMask as LiveToolImageGenerationInputImageMask,
    )
    from .live_tool_image_generation_svg import LiveToolImageGenerationSvg as LiveToolImageGenerationSvg
    from .live_tool_image_generation_svg_reasoning import (
        LiveToolImageGenerationSvgReasoning as LiveToolImageGenerationSvgReasoning,
    )
    from .live_tool_image_generation_svg_reasoning_effort import (
        LiveToolImageGenerationSvgReasoningEffort as LiveToolImageGenerationSvgReasoningEffort,
    )
    from .live_tool_local_shell import LiveToolLocalShell as LiveToolLocalShell
    from .live_tool_local_shell_type import LiveToolLocalShellType as LiveToolLocalShellType
    from .live_tool_mcp_allowed_tools_live_mcp_tool_filter import (
        LiveToolMcpAllowedToolsLiveMCPToolFilter as LiveToolMcpAllowedToolsLiveMCPToolFilter,
    )
    from .live_tool_mcp_allowed_tools_mcp_tool_filter import (
        LiveToolMcpAllowedToolsMcpToolFilter as LiveToolMcpAllowedToolsMcpToolFilter,
    )
    from .live_tool_mcp_require_approval_live_mcp_require_approval_filter import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter as LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter,
    )
    from .live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways as LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways,
    )
    from .live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_never import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever as LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever,
    )
    from .live_tool_mcp_require_approval_mcp_tool_approval_filter import (
        LiveToolMcpRequireApprovalMcpToolApprovalFilter as LiveToolMcpRequireApprovalMcpToolApprovalFilter,
    )
    from .live_tool_mcp_require_approval_mcp_tool_approval_filter_always import (
        LiveToolMcpRequireApprovalMcpToolApprovalFilterAlways as LiveToolMcpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from .live_tool_mcp_require_approval_mcp_tool_approval_filter_never import (
        LiveToolMcpRequireApprovalMcpToolApprovalFilterNever as LiveToolMcpRequireApprovalMcpToolApprovalFilterNever,
    )
    from .live_tool_namespace import LiveToolNamespace as LiveToolNamespace
    from .live_tool_namespace_type import LiveToolNamespaceType as LiveToolNamespaceType
    from .live_tool_programmatic_tool_calling import LiveToolProgrammaticToolCalling as LiveToolProgrammaticToolCalling
    from .live_tool_programmatic_tool_calling_type import (
        LiveToolProgrammaticToolCallingType as LiveToolProgrammaticToolCallingType,
    )
    from .live_tool_search import LiveToolSearch as LiveToolSearch
    from .live_tool_search_call import LiveToolSearchCall as LiveToolSearchCall
    from .live_tool_search_call_execution import LiveToolSearchCallExecution as LiveToolSearchCallExecution
    from .live_tool_search_call_status import LiveToolSearchCallStatus as LiveToolSearchCallStatus
    from .live_tool_search_call_type import LiveToolSearchCallType as LiveToolSearchCallType
    from .live_tool_search_output_namespace_tool import (
        LiveToolSearchOutputNamespaceTool as LiveToolSearchOutputNamespaceTool,
    )
    from .live_tool_search_output_namespace_tool_type import (
        LiveToolSearchOutputNamespaceToolType as LiveToolSearchOutputNamespaceToolType,
    )
    from .live_tool_search_tool import LiveToolSearchTool as LiveToolSearchTool
    from .live_tool_search_tool_execution import LiveToolSearchToolExecution as LiveToolSearchToolExecution
    from .live_tool_search_tool_type import LiveToolSearchToolType as LiveToolSearchToolType
    from .live_tool_search_type import LiveToolSearchType as LiveToolSearchType
    from .live_tool_shell import LiveToolShell as LiveToolShell
    from .live_tool_shell_environment_container_auto import (
        LiveToolShellEnvironmentContainerAuto as LiveToolShellEnvironmentContainerAuto,
    )
    from .live_tool_shell_environment_container_auto_memory_limit import (
        LiveToolShellEnvironmentContainerAutoMemoryLimit as LiveToolShellEnvironmentContainerAutoMemoryLimit,
    )
    from .live_tool_shell_environment_container_auto_network_policy_allowlist import (
        LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlist as LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlist,
    )
    from .live_tool_shell_environment_container_auto_network_policy_allowlist_type import (
        LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlistType as LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlistType,
    )
    from .live_tool_shell_environment_container_auto_network_policy_disabled import (
        LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabled as LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabled,
    )
    from .live_tool_shell_environment_container_auto_network_policy_disabled_type import (
        LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabledType as LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabledType,
    )
    from .live_tool_shell_environment_container_auto_skill_inline import (
        LiveToolShellEnvironmentContainerAutoSkillInline as LiveToolShellEnvironmentContainerAutoSkillInline,
    )
    from .live_tool_shell_environment_container_auto_skill_inline_source import (
        LiveToolShellEnvironmentContainerAutoSkillInlineSource as LiveToolShellEnvironmentContainerAutoSkillInlineSource,
    )
    from .live_tool_shell_environment_container_auto_skill_inline_source_media_type import (
        LiveToolShellEnvironmentContainerAutoSkillInlineSourceMediaType as LiveToolShellEnvironmentContainerAutoSkillInlineSourceMediaType,
    )
    from .live_tool_shell_environment_container_auto_skill_inline_source_type import (
        LiveToolShellEnvironmentContainerAutoSkillInlineSourceType as LiveToolShellEnvironmentContainerAutoSkillInlineSourceType,
    )
    from .live_tool_shell_environment_container_auto_skill_inline_type import (
        LiveToolShellEnvironmentContainerAutoSkillInlineType as LiveToolShellEnvironmentContainerAutoSkillInlineType,
    )
    from .live_tool_shell_environment_container_auto_skill_skill_reference import (
        LiveToolShellEnvironmentContainerAutoSkillSkillReference as LiveToolShellEnvironmentContainerAutoSkillSkillReference,
    )
    from .live_tool_shell_environment_container_auto_skill_skill_reference_type import (
        LiveToolShellEnvironmentContainerAutoSkillSkillReferenceType as LiveToolShellEnvironmentContainerAutoSkillSkillReferenceType,
    )
    from .live_tool_shell_environment_container_auto_type import (
        LiveToolShellEnvironmentContainerAutoType as LiveToolShellEnvironmentContainerAutoType,
    )
    from .live_tool_shell_environment_container_reference import (
        LiveToolShellEnvironmentContainerReference as LiveToolShellEnvironmentContainerReference,
    )
    from .live_tool_shell_environment_container_reference_type import (
        LiveToolShellEnvironmentContainerReferenceType as LiveToolShellEnvironmentContainerReferenceType,
    )
    from .live_tool_shell_environment_local import LiveToolShellEnvironmentLocal as LiveToolShellEnvironmentLocal
    from .live_tool_shell_environment_local_skill import (
        LiveToolShellEnvironmentLocalSkill as LiveToolShellEnvironmentLocalSkill,
    )
    from .live_tool_shell_environment_local_type import (
        LiveToolShellEnvironmentLocalType as LiveToolShellEnvironmentLocalType,
    )
    from .live_tool_shell_type import LiveToolShellType as LiveToolShellType
    from .live_tool_usage import LiveToolUsage as LiveToolUsage
    from .live_tool_usage_image_gen import LiveToolUsageImageGen as LiveToolUsageImageGen
    from .live_tool_usage_image_gen_cached_tokens_details import (
        LiveToolUsageImageGenCachedTokensDetails as LiveToolUsageImageGenCachedTokensDetails,
    )
    from .live_tool_usage_image_gen_input_tokens_details import (
        LiveToolUsageImageGenInputTokensDetails as LiveToolUsageImageGenInputTokensDetails,
    )
    from .live_tool_usage_image_gen_output_tokens_details import (
        LiveToolUsageImageGenOutputTokensDetails as LiveToolUsageImageGenOutputTokensDetails,
    )
    from .live_tool_usage_web_search import LiveToolUsageWebSearch as LiveToolUsageWebSearch
    from .live_tool_web_search import LiveToolWebSearch as LiveToolWebSearch
    from .live_tool_web_search_type import LiveToolWebSearchType as LiveToolWebSearchType
    from .live_transport_answered import LiveTransportAnswered as LiveTransportAnswered
    from .live_transport_answered_type import LiveTransportAnsweredType as LiveTransportAnsweredType
    from .live_transport_dtmf_received import LiveTransportDtmfReceived as LiveTransportDtmfReceived
    from .live_transport_dtmf_received_type import LiveTransportDtmfReceivedType as LiveTransportDtmfReceivedType
    from .live_transport_dtmf_sent import LiveTransportDtmfSent as LiveTransportDtmfSent
    from .live_transport_dtmf_sent_type import LiveTransportDtmfSentType as LiveTransportDtmfSentType
    from .live_transport_failed import LiveTransportFailed as LiveTransportFailed
    from .live_transport_failed_error import LiveTransportFailedError as LiveTransportFailedError
    from .live_transport_failed_error_type import LiveTransportFailedErrorType as LiveTransportFailedErrorType
    from .live_transport_failed_type import LiveTransportFailedType as LiveTransportFailedType
    from .live_transport_ringing import LiveTransportRinging as LiveTransportRinging
    from .live_transport_ringing_type import LiveTransportRingingType as LiveTransportRingingType
    from .live_type import LiveType as LiveType
    from .live_type_type import LiveTypeType as LiveTypeType
    from .live_usage import LiveUsage as LiveUsage
    from .live_usage_input_tokens_details import LiveUsageInputTokensDetails as LiveUsageInputTokensDetails
    from .live_usage_output_tokens_details import LiveUsageOutputTokensDetails as LiveUsageOutputTokensDetails
    from .live_user import LiveUser as LiveUser
    from .live_user_content import LiveUserContent as LiveUserContent
    from .live_user_content_type import LiveUserContentType as LiveUserContentType
    from .live_user_role import LiveUserRole as LiveUserRole
    from .live_user_status import LiveUserStatus as LiveUserStatus
    from .live_user_type import LiveUserType as LiveUserType
    from .live_wait import LiveWait as LiveWait
    from .live_wait_type import LiveWaitType as LiveWaitType
    from .live_wake_policy import LiveWakePolicy as LiveWakePolicy
    from .live_wake_policy_type import LiveWakePolicyType as LiveWakePolicyType
    from .live_web_search_preview_tool import LiveWebSearchPreviewTool as LiveWebSearchPreviewTool
    from .live_web_search_preview_tool_search_content_types_item import (
        LiveWebSearchPreviewToolSearchContentTypesItem as LiveWebSearchPreviewToolSearchContentTypesItem,
    )
    from .live_web_search_preview_tool_search_context_size import (
        LiveWebSearchPreviewToolSearchContextSize as LiveWebSearchPreviewToolSearchContextSize,
    )
    from .live_web_search_preview_tool_type import LiveWebSearchPreviewToolType as LiveWebSearchPreviewToolType
    from .live_web_search_tool import LiveWebSearchTool as LiveWebSearchTool
    from .live_web_search_tool_search_context_size import (
        LiveWebSearchToolSearchContextSize as LiveWebSearchToolSearchContextSize,
    )
    from .live_web_search_tool_type import LiveWebSearchToolType as LiveWebSearchToolType
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
    from .webhook_live_call_incoming_data_sip_media_security import (
        WebhookLiveCallIncomingDataSipMediaSecurity as WebhookLiveCallIncomingDataSipMediaSecurity,
    )
    from .webhook_live_call_incoming_object import WebhookLiveCallIncomingObject as WebhookLiveCallIncomingObject
    from .webhook_live_call_incoming_type import WebhookLiveCallIncomingType as WebhookLiveCallIncomingType
    from .webhook_live_transport_connected import WebhookLiveTransportConnected as WebhookLiveTransportConnected
    from .webhook_live_transport_connected_data import (
        WebhookLiveTransportConnectedData as WebhookLiveTransportConnectedData,
    )
    from .webhook_live_transport_connected_data_type import (
        WebhookLiveTransportConnectedDataType as WebhookLiveTransportConnectedDataType,
    )
    from .webhook_live_transport_connected_object import (
        WebhookLiveTransportConnectedObject as WebhookLiveTransportConnectedObject,
    )
    from .webhook_live_transport_connected_type import (
        WebhookLiveTransportConnectedType as WebhookLiveTransportConnectedType,
    )
    from .webhook_live_transport_incoming import WebhookLiveTransportIncoming as WebhookLiveTransportIncoming
    from .webhook_live_transport_incoming_data import (
        WebhookLiveTransportIncomingData as WebhookLiveTransportIncomingData,
    )
    from .webhook_live_transport_incoming_data_sip_header import (
        WebhookLiveTransportIncomingDataSipHeader as WebhookLiveTransportIncomingDataSipHeader,
    )
    from .webhook_live_transport_incoming_data_sip_media_security import (
        WebhookLiveTransportIncomingDataSipMediaSecurity as WebhookLiveTransportIncomingDataSipMediaSecurity,
    )
    from .webhook_live_transport_incoming_data_type import (
        WebhookLiveTransportIncomingDataType as WebhookLiveTransportIncomingDataType,
    )
    from .webhook_live_transport_incoming_object import (
        WebhookLiveTransportIncomingObject as WebhookLiveTransportIncomingObject,
    )
    from .webhook_live_transport_incoming_type import (
        WebhookLiveTransportIncomingType as WebhookLiveTransportIncomingType,
    )
    from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming
    from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming_data_sip_media_security import (
        WebhookRealtimeCallIncomingDataSipMediaSecurity as WebhookRealtimeCallIncomingDataSipMediaSecurity,
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
    "AudioTranscriptionResponseDelay": "audio_transcription_response_delay",
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
    "LiveAccessPrograms": "live_access_programs",
    "LiveAccessProgramsCyber": "live_access_programs_cyber",
    "LiveAcknowledgedSafetyCheck": "live_acknowledged_safety_check",
    "LiveAction": "live_action",
    "LiveActionClick": "live_action_click",
    "LiveActionClickButton": "live_action_click_button",
    "LiveActionClickType": "live_action_click_type",
    "LiveActionDoubleClick": "live_action_double_click",
    "LiveActionDoubleClickType": "live_action_double_click_type",
    "LiveActionDrag": "live_action_drag",
    "LiveActionDragPath": "live_action_drag_path",
    "LiveActionDragType": "live_action_drag_type",
    "LiveActionFind": "live_action_find",
    "LiveActionFindType": "live_action_find_type",
    "LiveActionKeypress": "live_action_keypress",
    "LiveActionKeypressType": "live_action_keypress_type",
    "LiveActionMove": "live_action_move",
    "LiveActionMoveType": "live_action_move_type",
    "LiveActionOpenPage": "live_action_open_page",
    "LiveActionOpenPageType": "live_action_open_page_type",
    "LiveActionScreenshot": "live_action_screenshot",
    "LiveActionScreenshotType": "live_action_screenshot_type",
    "LiveActionScroll": "live_action_scroll",
    "LiveActionScrollType": "live_action_scroll_type",
    "LiveActionSearch": "live_action_search",
    "LiveActionSearchSource": "live_action_search_source",
    "LiveActionSearchSourceType": "live_action_search_source_type",
    "LiveActionSearchType": "live_action_search_type",
    "LiveActionType": "live_action_type",
    "LiveActionTypeType": "live_action_type_type",
    "LiveActionWait": "live_action_wait",
    "LiveActionWaitType": "live_action_wait_type",
    "LiveAnnotationContainerFileCitation": "live_annotation_container_file_citation",
    "LiveAnnotationContainerFileCitationType": "live_annotation_container_file_citation_type",
    "LiveAnnotationFileCitation": "live_annotation_file_citation",
    "LiveAnnotationFileCitationType": "live_annotation_file_citation_type",
    "LiveAnnotationFilePath": "live_annotation_file_path",
    "LiveAnnotationFilePathType": "live_annotation_file_path_type",
    "LiveAnnotationURLCitation": "live_annotation_url_citation",
    "LiveAnnotationURLCitationType": "live_annotation_url_citation_type",
    "LiveAnswerAnswerResourceChoice": "live_answer_answer_resource_choice",
    "LiveAnswerAnswerResourceChoiceProbability": "live_answer_answer_resource_choice_probability",
    "LiveAnswerAnswerResourceChoiceType": "live_answer_answer_resource_choice_type",
    "LiveAnswerAnswerResourcePredicate": "live_answer_answer_resource_predicate",
    "LiveAnswerAnswerResourcePredicateType": "live_answer_answer_resource_predicate_type",
    "LiveAnswerAnswerResourceRefusal": "live_answer_answer_resource_refusal",
    "LiveAnswerAnswerResourceRefusalType": "live_answer_answer_resource_refusal_type",
    "LiveAnswerAnswerResourceScore": "live_answer_answer_resource_score",
    "LiveAnswerAnswerResourceScoreProbability": "live_answer_answer_resource_score_probability",
    "LiveAnswerAnswerResourceScoreType": "live_answer_answer_resource_score_type",
    "LiveApplyPatchCall": "live_apply_patch_call",
    "LiveApplyPatchCallCallerDirect": "live_apply_patch_call_caller_direct",
    "LiveApplyPatchCallCallerDirectType": "live_apply_patch_call_caller_direct_type",
    "LiveApplyPatchCallCallerProgram": "live_apply_patch_call_caller_program",
    "LiveApplyPatchCallCallerProgramType": "live_apply_patch_call_caller_program_type",
    "LiveApplyPatchCallOperationCreateFile": "live_apply_patch_call_operation_create_file",
    "LiveApplyPatchCallOperationCreateFileType": "live_apply_patch_call_operation_create_file_type",
    "LiveApplyPatchCallOperationDeleteFile": "live_apply_patch_call_operation_delete_file",
    "LiveApplyPatchCallOperationDeleteFileType": "live_apply_patch_call_operation_delete_file_type",
    "LiveApplyPatchCallOperationUpdateFile": "live_apply_patch_call_operation_update_file",
    "LiveApplyPatchCallOperationUpdateFileType": "live_apply_patch_call_operation_update_file_type",
    "LiveApplyPatchCallOutput": "live_apply_patch_call_output",
    "LiveApplyPatchCallOutputCallerDirect": "live_apply_patch_call_output_caller_direct",
    "LiveApplyPatchCallOutputCallerDirectType": "live_apply_patch_call_output_caller_direct_type",
    "LiveApplyPatchCallOutputCallerProgram": "live_apply_patch_call_output_caller_program",
    "LiveApplyPatchCallOutputCallerProgramType": "live_apply_patch_call_output_caller_program_type",
    "LiveApplyPatchCallOutputStatus": "live_apply_patch_call_output_status",
    "LiveApplyPatchCallOutputType": "live_apply_patch_call_output_type",
    "LiveApplyPatchCallStatus": "live_apply_patch_call_status",
    "LiveApplyPatchCallType": "live_apply_patch_call_type",
    "LiveApplyPatchTool": "live_apply_patch_tool",
    "LiveApplyPatchToolAllowedCallersItem": "live_apply_patch_tool_allowed_callers_item",
    "LiveApplyPatchToolType": "live_apply_patch_tool_type",
    "LiveAssistant": "live_assistant",
    "LiveAssistantContentOutputText": "live_assistant_content_output_text",
    "LiveAssistantContentOutputTextType": "live_assistant_content_output_text_type",
    "LiveAssistantContentText": "live_assistant_content_text",
    "LiveAssistantContentTextType": "live_assistant_content_text_type",
    "LiveAssistantRole": "live_assistant_role",
    "LiveAssistantStatus": "live_assistant_status",
    "LiveAssistantType": "live_assistant_type",
    "LiveAudioPCM": "live_audio_pcm",
    "LiveAudioPCMA": "live_audio_pcma",
    "LiveAudioPCMAType": "live_audio_pcma_type",
    "LiveAudioPCMRate": "live_audio_pcm_rate",
    "LiveAudioPCMType": "live_audio_pcm_type",
    "LiveAudioPCMU": "live_audio_pcmu",
    "LiveAudioPCMUType": "live_audio_pcmu_type",
    "LiveCallerDirect": "live_caller_direct",
    "LiveCallerDirectType": "live_caller_direct_type",
    "LiveCallerProgram": "live_caller_program",
    "LiveCallerProgramType": "live_caller_program_type",
    "LiveChoiceInstructionsPartsInputImage": "live_choice_instructions_parts_input_image",
    "LiveChoiceInstructionsPartsInputImageDetail": "live_choice_instructions_parts_input_image_detail",
    "LiveChoiceInstructionsPartsInputImageType": "live_choice_instructions_parts_input_image_type",
    "LiveClick": "live_click",
    "LiveClickButton": "live_click_button",
    "LiveClickType": "live_click_type",
    "LiveClientConfig": "live_client_config",
    "LiveClientDelegation": "live_client_delegation",
    "LiveClientDelegationType": "live_client_delegation_type",
    "LiveCodeInterpreter": "live_code_interpreter",
    "LiveCodeInterpreterAllowedCallersItem": "live_code_interpreter_allowed_callers_item",
    "LiveCodeInterpreterContainerCodeInterpreterToolAuto": "live_code_interpreter_container_code_interpreter_tool_auto",
    "LiveCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit": "live_code_interpreter_container_code_interpreter_tool_auto_memory_limit",
    "LiveCodeInterpreterContainerCodeInterpreterToolAutoType": "live_code_interpreter_container_code_interpreter_tool_auto_type",
    "LiveCodeInterpreterType": "live_code_interpreter_type",
    "LiveCommentaryAppendEvent": "live_commentary_append_event",
    "LiveCommentaryAppendEventType": "live_commentary_append_event_type",
    "LiveCommentaryAppendedEvent": "live_commentary_appended_event",
    "LiveCommentaryAppendedEventType": "live_commentary_appended_event_type",
    "LiveCompactionTrigger": "live_compaction_trigger",
    "LiveCompactionTriggerType": "live_compaction_trigger_type",
    "LiveComparisonFilter": "live_comparison_filter",
    "LiveComparisonFilterType": "live_comparison_filter_type",
    "LiveCompoundFilter": "live_compound_filter",
    "LiveCompoundFilterType": "live_compound_filter_type",
    "LiveComputerCallOutput": "live_computer_call_output",
    "LiveComputerCallOutputAcknowledgedSafetyCheck": "live_computer_call_output_acknowledged_safety_check",
    "LiveComputerCallOutputStatus": "live_computer_call_output_status",
    "LiveComputerCallOutputType": "live_computer_call_output_type",
    "LiveComputerTool": "live_computer_tool",
    "LiveComputerToolType": "live_computer_tool_type",
    "LiveComputerUsePreviewTool": "live_computer_use_preview_tool",
    "LiveComputerUsePreviewToolEnvironment": "live_computer_use_preview_tool_environment",
    "LiveComputerUsePreviewToolType": "live_computer_use_preview_tool_type",
    "LiveConnectClientEventTransportDtmfSend": "live_connect_client_event_transport_dtmf_send",
    "LiveConnectClientEventTransportDtmfSendType": "live_connect_client_event_transport_dtmf_send_type",
    "LiveContainerAuto": "live_container_auto",
    "LiveContainerAutoMemoryLimit": "live_container_auto_memory_limit",
    "LiveContainerAutoType": "live_container_auto_type",
    "LiveContainerNetworkPolicyAllowlist": "live_container_network_policy_allowlist",
    "LiveContainerNetworkPolicyAllowlistType": "live_container_network_policy_allowlist_type",
    "LiveContainerNetworkPolicyDisabled": "live_container_network_policy_disabled",
    "LiveContainerNetworkPolicyDisabledType": "live_container_network_policy_disabled_type",
    "LiveContainerNetworkPolicyDomainSecret": "live_container_network_policy_domain_secret",
    "LiveContainerReference": "live_container_reference",
    "LiveContainerReferenceType": "live_container_reference_type",
    "LiveContent": "live_content",
    "LiveContentPartInputImage": "live_content_part_input_image",
    "LiveContentPartInputImageDetail": "live_content_part_input_image_detail",
    "LiveContentPartInputImageType": "live_content_part_input_image_type",
    "LiveContentPartInputJSON": "live_content_part_input_json",
    "LiveContentPartInputJSONData": "live_content_part_input_json_data",
    "LiveContentPartInputJSONDataItem": "live_content_part_input_json_data_item",
    "LiveContentPartInputJSONType": "live_content_part_input_json_type",
    "LiveContentPartInputText": "live_content_part_input_text",
    "LiveContentPartInputTextType": "live_content_part_input_text_type",
    "LiveContentPartOutputText": "live_content_part_output_text",
    "LiveContentPartOutputTextType": "live_content_part_output_text_type",
    "LiveContentPartRefusal": "live_content_part_refusal",
    "LiveContentPartRefusalType": "live_content_part_refusal_type",
    "LiveContentType": "live_content_type",
    "LiveContextWindow": "live_context_window",
    "LiveConversation": "live_conversation",
    "LiveCreateParams": "live_create_params",
    "LiveCreateParamsTransport": "live_create_params_transport",
    "LiveCreateParamsTransportType": "live_create_params_transport_type",
    "LiveCreateResponse": "live_create_response",
    "LiveCreateResponseSession": "live_create_response_session",
    "LiveCreateResponseTransport": "live_create_response_transport",
    "LiveCreateResponseTransportType": "live_create_response_transport_type",
    "LiveCustomTool": "live_custom_tool",
    "LiveCustomToolAllowedCallersItem": "live_custom_tool_allowed_callers_item",
    "LiveCustomToolType": "live_custom_tool_type",
    "LiveCustomVoice": "live_custom_voice",
    "LiveDataChannelConfig": "live_data_channel_config",
    "LiveDataChannelConfigAllowedClientEvents": "live_data_channel_config_allowed_client_events",
    "LiveDataChannelConfigAllowedServerEvents": "live_data_channel_config_allowed_server_events",
    "LiveDecision": "live_decision",
    "LiveDecisionAssistantMessage": "live_decision_assistant_message",
    "LiveDecisionAssistantMessagePhase": "live_decision_assistant_message_phase",
    "LiveDecisionAssistantMessageRole": "live_decision_assistant_message_role",
    "LiveDecisionAssistantMessageType": "live_decision_assistant_message_type",
    "LiveDecisionChoiceOption": "live_decision_choice_option",
    "LiveDecisionCreateEvent": "live_decision_create_event",
    "LiveDecisionCreateEventType": "live_decision_create_event_type",
    "LiveDecisionDeveloperMessage": "live_decision_developer_message",
    "LiveDecisionDeveloperMessageRole": "live_decision_developer_message_role",
    "LiveDecisionDeveloperMessageType": "live_decision_developer_message_type",
    "LiveDecisionEvent": "live_decision_event",
    "LiveDecisionEventSourceEventType": "live_decision_event_source_event_type",
    "LiveDecisionEventType": "live_decision_event_type",
    "LiveDecisionInputText": "live_decision_input_text",
    "LiveDecisionInputTextType": "live_decision_input_text_type",
    "LiveDecisionItemCreateEvent": "live_decision_item_create_event",
    "LiveDecisionItemCreateEventItemCustomToolCall": "live_decision_item_create_event_item_custom_tool_call",
    "LiveDecisionItemCreateEventItemCustomToolCallOutput": "live_decision_item_create_event_item_custom_tool_call_output",
    "LiveDecisionItemCreateEventItemCustomToolCallOutputStatus": "live_decision_item_create_event_item_custom_tool_call_output_status",
    "LiveDecisionItemCreateEventItemCustomToolCallOutputType": "live_decision_item_create_event_item_custom_tool_call_output_type",
    "LiveDecisionItemCreateEventItemCustomToolCallStatus": "live_decision_item_create_event_item_custom_tool_call_status",
    "LiveDecisionItemCreateEventItemCustomToolCallType": "live_decision_item_create_event_item_custom_tool_call_type",
    "LiveDecisionItemCreateEventItemFunctionCall": "live_decision_item_create_event_item_function_call",
    "LiveDecisionItemCreateEventItemFunctionCallOutput": "live_decision_item_create_event_item_function_call_output",
    "LiveDecisionItemCreateEventItemFunctionCallOutputStatus": "live_decision_item_create_event_item_function_call_output_status",
    "LiveDecisionItemCreateEventItemFunctionCallOutputType": "live_decision_item_create_event_item_function_call_output_type",
    "LiveDecisionItemCreateEventItemFunctionCallStatus": "live_decision_item_create_event_item_function_call_status",
    "LiveDecisionItemCreateEventItemFunctionCallType": "live_decision_item_create_event_item_function_call_type",
    "LiveDecisionItemCreateEventType": "live_decision_item_create_event_type",
    "LiveDecisionItemCreatedEvent": "live_decision_item_created_event",
    "LiveDecisionItemCreatedEventItemCustomToolCall": "live_decision_item_created_event_item_custom_tool_call",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutput": "live_decision_item_created_event_item_custom_tool_call_output",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutputStatus": "live_decision_item_created_event_item_custom_tool_call_output_status",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutputType": "live_decision_item_created_event_item_custom_tool_call_output_type",
    "LiveDecisionItemCreatedEventItemCustomToolCallStatus": "live_decision_item_created_event_item_custom_tool_call_status",
    "LiveDecisionItemCreatedEventItemCustomToolCallType": "live_decision_item_created_event_item_custom_tool_call_type",
    "LiveDecisionItemCreatedEventItemFunctionCall": "live_decision_item_created_event_item_function_call",
    "LiveDecisionItemCreatedEventItemFunctionCallOutput": "live_decision_item_created_event_item_function_call_output",
    "LiveDecisionItemCreatedEventItemFunctionCallOutputStatus": "live_decision_item_created_event_item_function_call_output_status",
    "LiveDecisionItemCreatedEventItemFunctionCallOutputType": "live_decision_item_created_event_item_function_call_output_type",
    "LiveDecisionItemCreatedEventItemFunctionCallStatus": "live_decision_item_created_event_item_function_call_status",
    "LiveDecisionItemCreatedEventItemFunctionCallType": "live_decision_item_created_event_item_function_call_type",
    "LiveDecisionItemCreatedEventType": "live_decision_item_created_event_type",
    "LiveDecisionItemDeleteEvent": "live_decision_item_delete_event",
    "LiveDecisionItemDeleteEventType": "live_decision_item_delete_event_type",
    "LiveDecisionItemDeletedEvent": "live_decision_item_deleted_event",
    "LiveDecisionItemDeletedEventType": "live_decision_item_deleted_event_type",
    "LiveDecisionQuestionChoice": "live_decision_question_choice",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSON": "live_decision_question_choice_instructions_parts_input_json",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONData": "live_decision_question_choice_instructions_parts_input_json_data",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONDataItem": "live_decision_question_choice_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONType": "live_decision_question_choice_instructions_parts_input_json_type",
    "LiveDecisionQuestionChoiceType": "live_decision_question_choice_type",
    "LiveDecisionQuestionParamChoice": "live_decision_question_param_choice",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON": "live_decision_question_param_choice_instructions_parts_input_json",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONData": "live_decision_question_param_choice_instructions_parts_input_json_data",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONDataItem": "live_decision_question_param_choice_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONType": "live_decision_question_param_choice_instructions_parts_input_json_type",
    "LiveDecisionQuestionParamChoiceType": "live_decision_question_param_choice_type",
    "LiveDecisionQuestionParamPredicate": "live_decision_question_param_predicate",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON": "live_decision_question_param_predicate_instructions_parts_input_json",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONData": "live_decision_question_param_predicate_instructions_parts_input_json_data",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONDataItem": "live_decision_question_param_predicate_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONType": "live_decision_question_param_predicate_instructions_parts_input_json_type",
    "LiveDecisionQuestionParamPredicateType": "live_decision_question_param_predicate_type",
    "LiveDecisionQuestionParamScore": "live_decision_question_param_score",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSON": "live_decision_question_param_score_instructions_parts_input_json",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONData": "live_decision_question_param_score_instructions_parts_input_json_data",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONDataItem": "live_decision_question_param_score_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONType": "live_decision_question_param_score_instructions_parts_input_json_type",
    "LiveDecisionQuestionParamScoreType": "live_decision_question_param_score_type",
    "LiveDecisionQuestionPredicate": "live_decision_question_predicate",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSON": "live_decision_question_predicate_instructions_parts_input_json",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONData": "live_decision_question_predicate_instructions_parts_input_json_data",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONDataItem": "live_decision_question_predicate_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONType": "live_decision_question_predicate_instructions_parts_input_json_type",
    "LiveDecisionQuestionPredicateType": "live_decision_question_predicate_type",
    "LiveDecisionQuestionScore": "live_decision_question_score",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSON": "live_decision_question_score_instructions_parts_input_json",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONData": "live_decision_question_score_instructions_parts_input_json_data",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONDataItem": "live_decision_question_score_instructions_parts_input_json_data_item",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONType": "live_decision_question_score_instructions_parts_input_json_type",
    "LiveDecisionQuestionScoreType": "live_decision_question_score_type",
    "LiveDecisionStoredAssistantMessage": "live_decision_stored_assistant_message",
    "LiveDecisionStoredAssistantMessagePhase": "live_decision_stored_assistant_message_phase",
    "LiveDecisionStoredAssistantMessageRole": "live_decision_stored_assistant_message_role",
    "LiveDecisionStoredAssistantMessageType": "live_decision_stored_assistant_message_type",
    "LiveDecisionStoredDeveloperMessage": "live_decision_stored_developer_message",
    "LiveDecisionStoredDeveloperMessageRole": "live_decision_stored_developer_message_role",
    "LiveDecisionStoredDeveloperMessageType": "live_decision_stored_developer_message_type",
    "LiveDecisionStoredSystemMessage": "live_decision_stored_system_message",
    "LiveDecisionStoredSystemMessageRole": "live_decision_stored_system_message_role",
    "LiveDecisionStoredSystemMessageType": "live_decision_stored_system_message_type",
    "LiveDecisionStoredUserMessage": "live_decision_stored_user_message",
    "LiveDecisionStoredUserMessageRole": "live_decision_stored_user_message_role",
    "LiveDecisionStoredUserMessageType": "live_decision_stored_user_message_type",
    "LiveDecisionSystemMessage": "live_decision_system_message",
    "LiveDecisionSystemMessageRole": "live_decision_system_message_role",
    "LiveDecisionSystemMessageType": "live_decision_system_message_type",
    "LiveDecisionTrigger": "live_decision_trigger",
    "LiveDecisionTriggerDecisions": "live_decision_trigger_decisions",
    "LiveDecisionTriggerEventType": "live_decision_trigger_event_type",
    "LiveDecisionTriggerParam": "live_decision_trigger_param",
    "LiveDecisionTriggerParamDecisions": "live_decision_trigger_param_decisions",
    "LiveDecisionTriggerParamEventType": "live_decision_trigger_param_event_type",
    "LiveDecisionTriggerParamType": "live_decision_trigger_param_type",
    "LiveDecisionTriggerType": "live_decision_trigger_type",
    "LiveDecisionUserMessage": "live_decision_user_message",
    "LiveDecisionUserMessageRole": "live_decision_user_message_role",
    "LiveDecisionUserMessageType": "live_decision_user_message_type",
    "LiveDecisionsDelegationConfig": "live_decisions_delegation_config",
    "LiveDecisionsDelegationConfigParam": "live_decisions_delegation_config_param",
    "LiveDecisionsDelegationUpdateConfig": "live_decisions_delegation_update_config",
    "LiveDelegationCreatedEvent": "live_delegation_created_event",
    "LiveDelegationCreatedEventDelegation": "live_delegation_created_event_delegation",
    "LiveDelegationCreatedEventDelegationTarget": "live_delegation_created_event_delegation_target",
    "LiveDelegationCreatedEventDelegationType": "live_delegation_created_event_delegation_type",
    "LiveDelegationCreatedEventType": "live_delegation_created_event_type",
    "LiveDelta": "live_delta",
    "LiveDeveloper": "live_developer",
    "LiveDeveloperContent": "live_developer_content",
    "LiveDeveloperContentType": "live_developer_content_type",
    "LiveDeveloperRole": "live_developer_role",
    "LiveDeveloperStatus": "live_developer_status",
    "LiveDeveloperType": "live_developer_type",
    "LiveDoubleClick": "live_double_click",
    "LiveDoubleClickType": "live_double_click_type",
    "LiveDrag": "live_drag",
    "LiveDragPath": "live_drag_path",
    "LiveDragType": "live_drag_type",
    "LiveEasyInputMessage": "live_easy_input_message",
    "LiveEasyInputMessagePhase": "live_easy_input_message_phase",
    "LiveEasyInputMessageRole": "live_easy_input_message_role",
    "LiveEasyInputMessageType": "live_easy_input_message_type",
    "LiveError": "live_error",
    "LiveErrorEvent": "live_error_event",
    "LiveErrorEventType": "live_error_event_type",
    "LiveEvent": "live_event",
    "LiveEventType": "live_event_type",
    "LiveFileSearchTool": "live_file_search_tool",
    "LiveFileSearchToolType": "live_file_search_tool_type",
    "LiveFilters": "live_filters",
    "LiveForkSessionConfig": "live_fork_session_config",
    "LiveForkSessionConfigAudio": "live_fork_session_config_audio",
    "LiveForkSessionConfigDelegation": "live_fork_session_config_delegation",
    "LiveForkSessionConfigDelegationType": "live_fork_session_config_delegation_type",
    "LiveForkSessionStartEvent": "live_fork_session_start_event",
    "LiveForkSessionStartEventType": "live_fork_session_start_event_type",
    "LiveFunctionCallOutput": "live_function_call_output",
    "LiveFunctionCallOutputCallerDirect": "live_function_call_output_caller_direct",
    "LiveFunctionCallOutputCallerDirectType": "live_function_call_output_caller_direct_type",
    "LiveFunctionCallOutputCallerProgram": "live_function_call_output_caller_program",
    "LiveFunctionCallOutputCallerProgramType": "live_function_call_output_caller_program_type",
    "LiveFunctionCallOutputStatus": "live_function_call_output_status",
    "LiveFunctionCallOutputType": "live_function_call_output_type",
    "LiveFunctionShellTool": "live_function_shell_tool",
    "LiveFunctionShellToolAllowedCallersItem": "live_function_shell_tool_allowed_callers_item",
    "LiveFunctionShellToolType": "live_function_shell_tool_type",
    "LiveFunctionTool": "live_function_tool",
    "LiveFunctionToolParameters": "live_function_tool_parameters",
    "LiveFunctionToolType": "live_function_tool_type",
    "LiveGrammar": "live_grammar",
    "LiveGrammarSyntax": "live_grammar_syntax",
    "LiveGrammarType": "live_grammar_type",
    "LiveHTTPError": "live_http_error",
    "LiveHTTPErrorType": "live_http_error_type",
    "LiveImage": "live_image",
    "LiveImageContextCompression": "live_image_context_compression",
    "LiveImageGeneration": "live_image_generation",
    "LiveImageGenerationAction": "live_image_generation_action",
    "LiveImageGenerationBackground": "live_image_generation_background",
    "LiveImageGenerationCall": "live_image_generation_call",
    "LiveImageGenerationCallAction": "live_image_generation_call_action",
    "LiveImageGenerationCallBackground": "live_image_generation_call_background",
    "LiveImageGenerationCallError": "live_image_generation_call_error",
    "LiveImageGenerationCallErrorModerationDetails": "live_image_generation_call_error_moderation_details",
    "LiveImageGenerationCallErrorModerationDetailsModerationStage": "live_image_generation_call_error_moderation_details_moderation_stage",
    "LiveImageGenerationCallOutputFormat": "live_image_generation_call_output_format",
    "LiveImageGenerationCallQuality": "live_image_generation_call_quality",
    "LiveImageGenerationCallSize": "live_image_generation_call_size",
    "LiveImageGenerationCallStatus": "live_image_generation_call_status",
    "LiveImageGenerationCallSvgUsage": "live_image_generation_call_svg_usage",
    "LiveImageGenerationCallType": "live_image_generation_call_type",
    "LiveImageGenerationComplexity": "live_image_generation_complexity",
    "LiveImageGenerationInputFidelity": "live_image_generation_input_fidelity",
    "LiveImageGenerationInputImageMask": "live_image_generation_input_image_mask",
    "LiveImageGenerationModel": "live_image_generation_model",
    "LiveImageGenerationModeration": "live_image_generation_moderation",
    "LiveImageGenerationOutputFormat": "live_image_generation_output_format",
    "LiveImageGenerationQuality": "live_image_generation_quality",
    "LiveImageGenerationSize": "live_image_generation_size",
    "LiveImageGenerationSvg": "live_image_generation_svg",
    "LiveImageGenerationSvgReasoning": "live_image_generation_svg_reasoning",
    "LiveImageGenerationSvgReasoningEffort": "live_image_generation_svg_reasoning_effort",
    "LiveImageGenerationType": "live_image_generation_type",
    "LiveIncompleteDetails": "live_incomplete_details",
    "LiveIncompleteDetailsReason": "live_incomplete_details_reason",
    "LiveInfoEvent": "live_info_event",
    "LiveInfoEventType": "live_info_event_type",
    "LiveInlineSkill": "live_inline_skill",
    "LiveInlineSkillSource": "live_inline_skill_source",
    "LiveInlineSkillSourceMediaType": "live_inline_skill_source_media_type",
    "LiveInlineSkillSourceType": "live_inline_skill_source_type",
    "LiveInlineSkillType": "live_inline_skill_type",
    "LiveInputAudioAppendEvent": "live_input_audio_append_event",
    "LiveInputAudioAppendEventType": "live_input_audio_append_event_type",
    "LiveInputAudioMuteEvent": "live_input_audio_mute_event",
    "LiveInputAudioMuteEventType": "live_input_audio_mute_event_type",
    "LiveInputAudioMutedEvent": "live_input_audio_muted_event",
    "LiveInputAudioMutedEventType": "live_input_audio_muted_event_type",
    "LiveInputAudioUnmuteEvent": "live_input_audio_unmute_event",
    "LiveInputAudioUnmuteEventType": "live_input_audio_unmute_event_type",
    "LiveInputAudioUnmutedEvent": "live_input_audio_unmuted_event",
    "LiveInputAudioUnmutedEventType": "live_input_audio_unmuted_event_type",
    "LiveInputTokensDetails": "live_input_tokens_details",
    "LiveInputTokensDetailsCacheWriteTokensDetails": "live_input_tokens_details_cache_write_tokens_details",
    "LiveInputTranscriptDeltaEvent": "live_input_transcript_delta_event",
    "LiveInputTranscriptDeltaEventType": "live_input_transcript_delta_event_type",
    "LiveInputTransformation": "live_input_transformation",
    "LiveInputTransformationAction": "live_input_transformation_action",
    "LiveInputTransformationReason": "live_input_transformation_reason",
    "LiveInputTransformationType": "live_input_transformation_type",
    "LiveInstructionsAppendEvent": "live_instructions_append_event",
    "LiveInstructionsAppendEventType": "live_instructions_append_event_type",
    "LiveInstructionsAppendedEvent": "live_instructions_appended_event",
    "LiveInstructionsAppendedEventType": "live_instructions_appended_event_type",
    "LiveItemCustomToolCallOutputOutputPartsInputImage": "live_item_custom_tool_call_output_output_parts_input_image",
    "LiveItemCustomToolCallOutputOutputPartsInputImageDetail": "live_item_custom_tool_call_output_output_parts_input_image_detail",
    "LiveItemCustomToolCallOutputOutputPartsInputImageType": "live_item_custom_tool_call_output_output_parts_input_image_type",
    "LiveItemFunctionCallOutputOutputPartsInputImage": "live_item_function_call_output_output_parts_input_image",
    "LiveItemFunctionCallOutputOutputPartsInputImageDetail": "live_item_function_call_output_output_parts_input_image_detail",
    "LiveItemFunctionCallOutputOutputPartsInputImageType": "live_item_function_call_output_output_parts_input_image_type",
    "LiveItemReference": "live_item_reference",
    "LiveItemReferenceType": "live_item_reference_type",
    "LiveKeypress": "live_keypress",
    "LiveKeypressType": "live_keypress_type",
    "LiveLocalEnvironment": "live_local_environment",
    "LiveLocalEnvironmentType": "live_local_environment_type",
    "LiveLocalShell": "live_local_shell",
    "LiveLocalShellCall": "live_local_shell_call",
    "LiveLocalShellCallAction": "live_local_shell_call_action",
    "LiveLocalShellCallActionEnv": "live_local_shell_call_action_env",
    "LiveLocalShellCallActionType": "live_local_shell_call_action_type",
    "LiveLocalShellCallOutput": "live_local_shell_call_output",
    "LiveLocalShellCallOutputStatus": "live_local_shell_call_output_status",
    "LiveLocalShellCallOutputType": "live_local_shell_call_output_type",
    "LiveLocalShellCallStatus": "live_local_shell_call_status",
    "LiveLocalShellCallType": "live_local_shell_call_type",
    "LiveLocalShellType": "live_local_shell_type",
    "LiveLocalSkill": "live_local_skill",
    "LiveMcp": "live_mcp",
    "LiveMcpAllowedCallersItem": "live_mcp_allowed_callers_item",
    "LiveMcpAllowedToolsMcpToolFilter": "live_mcp_allowed_tools_mcp_tool_filter",
    "LiveMcpApprovalRequest": "live_mcp_approval_request",
    "LiveMcpApprovalRequestType": "live_mcp_approval_request_type",
    "LiveMcpCall": "live_mcp_call",
    "LiveMcpCallStatus": "live_mcp_call_status",
    "LiveMcpCallType": "live_mcp_call_type",
    "LiveMcpConnectorId": "live_mcp_connector_id",
    "LiveMcpHeaders": "live_mcp_headers",
    "LiveMcpListTools": "live_mcp_list_tools",
    "LiveMcpListToolsTool": "live_mcp_list_tools_tool",
    "LiveMcpListToolsType": "live_mcp_list_tools_type",
    "LiveMcpProtocolError": "live_mcp_protocol_error",
    "LiveMcpProtocolErrorType": "live_mcp_protocol_error_type",
    "LiveMcpRequireApproval": "live_mcp_require_approval",
    "LiveMcpRequireApprovalMcpToolApprovalFilter": "live_mcp_require_approval_mcp_tool_approval_filter",
    "LiveMcpRequireApprovalMcpToolApprovalFilterAlways": "live_mcp_require_approval_mcp_tool_approval_filter_always",
    "LiveMcpRequireApprovalMcpToolApprovalFilterNever": "live_mcp_require_approval_mcp_tool_approval_filter_never",
    "LiveMcpToolExecutionError": "live_mcp_tool_execution_error",
    "LiveMcpToolExecutionErrorType": "live_mcp_tool_execution_error_type",
    "LiveMcpType": "live_mcp_type",
    "LiveMediaSessionConfig": "live_media_session_config",
    "LiveMediaSessionConfigAudio": "live_media_session_config_audio",
    "LiveMediaSessionConfigAudioOutput": "live_media_session_config_audio_output",
    "LiveMediaSessionConfigAudioOutputVoice": "live_media_session_config_audio_output_voice",
    "LiveMediaSessionConfigDelegationDecisions": "live_media_session_config_delegation_decisions",
    "LiveMediaSessionConfigDelegationDecisionsType": "live_media_session_config_delegation_decisions_type",
    "LiveMediaSessionConfigModel": "live_media_session_config_model",
    "LiveMediaSessionForkConfig": "live_media_session_fork_config",
    "LiveMediaSessionForkConfigDelegation": "live_media_session_fork_config_delegation",
    "LiveMediaSessionForkConfigDelegationType": "live_media_session_fork_config_delegation_type",
    "LiveMessage": "live_message",
    "LiveMessageRole": "live_message_role",
    "LiveMessageStatus": "live_message_status",
    "LiveMessageType": "live_message_type",
    "LiveMisalignment": "live_misalignment",
    "LiveMisalignmentErrorType": "live_misalignment_error_type",
    "LiveMisalignmentSteer": "live_misalignment_steer",
    "LiveModeration": "live_moderation",
    "LiveModerationInputError": "live_moderation_input_error",
    "LiveModerationInputErrorType": "live_moderation_input_error_type",
    "LiveModerationInputModerationResult": "live_moderation_input_moderation_result",
    "LiveModerationInputModerationResultCategories": "live_moderation_input_moderation_result_categories",
    "LiveModerationInputModerationResultCategoryAppliedInputTypes": "live_moderation_input_moderation_result_category_applied_input_types",
    "LiveModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem": "live_moderation_input_moderation_result_category_applied_input_types_additional_property_item",
    "LiveModerationInputModerationResultCategoryScores": "live_moderation_input_moderation_result_category_scores",
    "LiveModerationInputModerationResultType": "live_moderation_input_moderation_result_type",
    "LiveModerationOutputError": "live_moderation_output_error",
    "LiveModerationOutputErrorType": "live_moderation_output_error_type",
    "LiveModerationOutputModerationResult": "live_moderation_output_moderation_result",
    "LiveModerationOutputModerationResultCategories": "live_moderation_output_moderation_result_categories",
    "LiveModerationOutputModerationResultCategoryAppliedInputTypes": "live_moderation_output_moderation_result_category_applied_input_types",
    "LiveModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem": "live_moderation_output_moderation_result_category_applied_input_types_additional_property_item",
    "LiveModerationOutputModerationResultCategoryScores": "live_moderation_output_moderation_result_category_scores",
    "LiveModerationOutputModerationResultType": "live_moderation_output_moderation_result_type",
    "LiveMove": "live_move",
    "LiveMoveType": "live_move_type",
    "LiveNamespaceTool": "live_namespace_tool",
    "LiveNamespaceToolType": "live_namespace_tool_type",
    "LiveOperationCreateFile": "live_operation_create_file",
    "LiveOperationCreateFileType": "live_operation_create_file_type",
    "LiveOperationDeleteFile": "live_operation_delete_file",
    "LiveOperationDeleteFileType": "live_operation_delete_file_type",
    "LiveOperationUpdateFile": "live_operation_update_file",
    "LiveOperationUpdateFileType": "live_operation_update_file_type",
    "LiveOutcomeExit": "live_outcome_exit",
    "LiveOutcomeExitType": "live_outcome_exit_type",
    "LiveOutcomeTimeout": "live_outcome_timeout",
    "LiveOutcomeTimeoutType": "live_outcome_timeout_type",
    "LiveOutput": "live_output",
    "LiveOutputAudioDeltaEvent": "live_output_audio_delta_event",
    "LiveOutputAudioDeltaEventType": "live_output_audio_delta_event_type",
    "LiveOutputAudioFixturePlayEvent": "live_output_audio_fixture_play_event",
    "LiveOutputAudioFixturePlayEventType": "live_output_audio_fixture_play_event_type",
    "LiveOutputAudioFixturePlayedEvent": "live_output_audio_fixture_played_event",
    "LiveOutputAudioFixturePlayedEventType": "live_output_audio_fixture_played_event_type",
    "LiveOutputAudioFixturePlayingEvent": "live_output_audio_fixture_playing_event",
    "LiveOutputAudioFixturePlayingEventType": "live_output_audio_fixture_playing_event_type",
    "LiveOutputImage": "live_output_image",
    "LiveOutputImageType": "live_output_image_type",
    "LiveOutputLogs": "live_output_logs",
    "LiveOutputLogsType": "live_output_logs_type",
    "LiveOutputOutcomeExit": "live_output_outcome_exit",
    "LiveOutputOutcomeExitType": "live_output_outcome_exit_type",
    "LiveOutputOutcomeTimeout": "live_output_outcome_timeout",
    "LiveOutputOutcomeTimeoutType": "live_output_outcome_timeout_type",
    "LiveOutputTokensDetails": "live_output_tokens_details",
    "LiveOutputTranscriptDeltaEvent": "live_output_transcript_delta_event",
    "LiveOutputTranscriptDeltaEventType": "live_output_transcript_delta_event_type",
    "LivePartReasoningText": "live_part_reasoning_text",
    "LivePartReasoningTextType": "live_part_reasoning_text_type",
    "LivePendingSafetyCheck": "live_pending_safety_check",
    "LivePredicateInstructionsPartsInputImage": "live_predicate_instructions_parts_input_image",
    "LivePredicateInstructionsPartsInputImageDetail": "live_predicate_instructions_parts_input_image_detail",
    "LivePredicateInstructionsPartsInputImageType": "live_predicate_instructions_parts_input_image_type",
    "LiveProgram": "live_program",
    "LiveProgramOutput": "live_program_output",
    "LiveProgramOutputStatus": "live_program_output_status",
    "LiveProgramOutputType": "live_program_output_type",
    "LiveProgramType": "live_program_type",
    "LiveProgrammaticToolCalling": "live_programmatic_tool_calling",
    "LiveProgrammaticToolCallingType": "live_programmatic_tool_calling_type",
    "LivePromptCacheBreakpoint": "live_prompt_cache_breakpoint",
    "LivePromptCacheBreakpointMode": "live_prompt_cache_breakpoint_mode",
    "LivePromptCacheBreakpointTtl": "live_prompt_cache_breakpoint_ttl",
    "LivePromptCacheDiagnosticsCacheHit": "live_prompt_cache_diagnostics_cache_hit",
    "LivePromptCacheDiagnosticsCacheHitType": "live_prompt_cache_diagnostics_cache_hit_type",
    "LivePromptCacheDiagnosticsCacheMiss": "live_prompt_cache_diagnostics_cache_miss",
    "LivePromptCacheDiagnosticsCacheMissReason": "live_prompt_cache_diagnostics_cache_miss_reason",
    "LivePromptCacheDiagnosticsCacheMissType": "live_prompt_cache_diagnostics_cache_miss_type",
    "LivePromptCacheDiagnosticsComparisonResponseNotFound": "live_prompt_cache_diagnostics_comparison_response_not_found",
    "LivePromptCacheDiagnosticsComparisonResponseNotFoundType": "live_prompt_cache_diagnostics_comparison_response_not_found_type",
    "LivePromptCacheDiagnosticsUnavailable": "live_prompt_cache_diagnostics_unavailable",
    "LivePromptCacheDiagnosticsUnavailableType": "live_prompt_cache_diagnostics_unavailable_type",
    "LivePromptCacheOptions": "live_prompt_cache_options",
    "LivePromptCacheOptionsMode": "live_prompt_cache_options_mode",
    "LivePromptCacheOptionsTtl": "live_prompt_cache_options_ttl",
    "LiveRankingOptions": "live_ranking_options",
    "LiveRankingOptionsHybridSearch": "live_ranking_options_hybrid_search",
    "LiveRankingOptionsRanker": "live_ranking_options_ranker",
    "LiveResponse": "live_response",
    "LiveResponseApplyPatchToolCall": "live_response_apply_patch_tool_call",
    "LiveResponseApplyPatchToolCallOutput": "live_response_apply_patch_tool_call_output",
    "LiveResponseApplyPatchToolCallOutputStatus": "live_response_apply_patch_tool_call_output_status",
    "LiveResponseApplyPatchToolCallOutputType": "live_response_apply_patch_tool_call_output_type",
    "LiveResponseApplyPatchToolCallStatus": "live_response_apply_patch_tool_call_status",
    "LiveResponseApplyPatchToolCallType": "live_response_apply_patch_tool_call_type",
    "LiveResponseAudioDeltaEvent": "live_response_audio_delta_event",
    "LiveResponseAudioDeltaEventType": "live_response_audio_delta_event_type",
    "LiveResponseAudioDoneEvent": "live_response_audio_done_event",
    "LiveResponseAudioDoneEventType": "live_response_audio_done_event_type",
    "LiveResponseAudioTranscriptDeltaEvent": "live_response_audio_transcript_delta_event",
    "LiveResponseAudioTranscriptDeltaEventType": "live_response_audio_transcript_delta_event_type",
    "LiveResponseAudioTranscriptDoneEvent": "live_response_audio_transcript_done_event",
    "LiveResponseAudioTranscriptDoneEventType": "live_response_audio_transcript_done_event_type",
    "LiveResponseCodeInterpreterCallCodeDeltaEvent": "live_response_code_interpreter_call_code_delta_event",
    "LiveResponseCodeInterpreterCallCodeDeltaEventType": "live_response_code_interpreter_call_code_delta_event_type",
    "LiveResponseCodeInterpreterCallCodeDoneEvent": "live_response_code_interpreter_call_code_done_event",
    "LiveResponseCodeInterpreterCallCodeDoneEventType": "live_response_code_interpreter_call_code_done_event_type",
    "LiveResponseCodeInterpreterCallCompletedEvent": "live_response_code_interpreter_call_completed_event",
    "LiveResponseCodeInterpreterCallCompletedEventType": "live_response_code_interpreter_call_completed_event_type",
    "LiveResponseCodeInterpreterCallInProgressEvent": "live_response_code_interpreter_call_in_progress_event",
    "LiveResponseCodeInterpreterCallInProgressEventType": "live_response_code_interpreter_call_in_progress_event_type",
    "LiveResponseCodeInterpreterCallInterpretingEvent": "live_response_code_interpreter_call_interpreting_event",
    "LiveResponseCodeInterpreterCallInterpretingEventType": "live_response_code_interpreter_call_interpreting_event_type",
    "LiveResponseCodeInterpreterToolCall": "live_response_code_interpreter_tool_call",
    "LiveResponseCodeInterpreterToolCallStatus": "live_response_code_interpreter_tool_call_status",
    "LiveResponseCodeInterpreterToolCallType": "live_response_code_interpreter_tool_call_type",
    "LiveResponseCompactionCompactingEvent": "live_response_compaction_compacting_event",
    "LiveResponseCompactionCompactingEventType": "live_response_compaction_compacting_event_type",
    "LiveResponseCompletedEvent": "live_response_completed_event",
    "LiveResponseCompletedEventType": "live_response_completed_event_type",
    "LiveResponseComputerToolCall": "live_response_computer_tool_call",
    "LiveResponseComputerToolCallOutputItem": "live_response_computer_tool_call_output_item",
    "LiveResponseComputerToolCallOutputItemStatus": "live_response_computer_tool_call_output_item_status",
    "LiveResponseComputerToolCallOutputItemType": "live_response_computer_tool_call_output_item_type",
    "LiveResponseComputerToolCallOutputScreenshot": "live_response_computer_tool_call_output_screenshot",
    "LiveResponseComputerToolCallOutputScreenshotType": "live_response_computer_tool_call_output_screenshot_type",
    "LiveResponseComputerToolCallStatus": "live_response_computer_tool_call_status",
    "LiveResponseComputerToolCallType": "live_response_computer_tool_call_type",
    "LiveResponseConfigurationUpdateItem": "live_response_configuration_update_item",
    "LiveResponseConfigurationUpdateItemType": "live_response_configuration_update_item_type",
    "LiveResponseContainerReference": "live_response_container_reference",
    "LiveResponseContainerReferenceType": "live_response_container_reference_type",
    "LiveResponseContentPartAddedEvent": "live_response_content_part_added_event",
    "LiveResponseContentPartAddedEventType": "live_response_content_part_added_event_type",
    "LiveResponseContentPartDoneEvent": "live_response_content_part_done_event",
    "LiveResponseContentPartDoneEventType": "live_response_content_part_done_event_type",
    "LiveResponseCreateEvent": "live_response_create_event",
    "LiveResponseCreateEventType": "live_response_create_event_type",
    "LiveResponseCreatedEvent": "live_response_created_event",
    "LiveResponseCreatedEventType": "live_response_created_event_type",
    "LiveResponseCustomToolCall": "live_response_custom_tool_call",
    "LiveResponseCustomToolCallInputDeltaEvent": "live_response_custom_tool_call_input_delta_event",
    "LiveResponseCustomToolCallInputDeltaEventType": "live_response_custom_tool_call_input_delta_event_type",
    "LiveResponseCustomToolCallInputDoneEvent": "live_response_custom_tool_call_input_done_event",
    "LiveResponseCustomToolCallInputDoneEventType": "live_response_custom_tool_call_input_done_event_type",
    "LiveResponseCustomToolCallOutput": "live_response_custom_tool_call_output",
    "LiveResponseCustomToolCallOutputItem": "live_response_custom_tool_call_output_item",
    "LiveResponseCustomToolCallOutputItemStatus": "live_response_custom_tool_call_output_item_status",
    "LiveResponseCustomToolCallOutputItemType": "live_response_custom_tool_call_output_item_type",
    "LiveResponseCustomToolCallOutputType": "live_response_custom_tool_call_output_type",
    "LiveResponseCustomToolCallType": "live_response_custom_tool_call_type",
    "LiveResponseError": "live_response_error",
    "LiveResponseErrorCode": "live_response_error_code",
    "LiveResponseErrorEvent": "live_response_error_event",
    "LiveResponseErrorEventType": "live_response_error_event_type",
    "LiveResponseEvent": "live_response_event",
    "LiveResponseEventType": "live_response_event_type",
    "LiveResponseFailedEvent": "live_response_failed_event",
    "LiveResponseFailedEventType": "live_response_failed_event_type",
    "LiveResponseFileSearchCallCompletedEvent": "live_response_file_search_call_completed_event",
    "LiveResponseFileSearchCallCompletedEventType": "live_response_file_search_call_completed_event_type",
    "LiveResponseFileSearchCallInProgressEvent": "live_response_file_search_call_in_progress_event",
    "LiveResponseFileSearchCallInProgressEventType": "live_response_file_search_call_in_progress_event_type",
    "LiveResponseFileSearchCallSearchingEvent": "live_response_file_search_call_searching_event",
    "LiveResponseFileSearchCallSearchingEventType": "live_response_file_search_call_searching_event_type",
    "LiveResponseFileSearchToolCall": "live_response_file_search_tool_call",
    "LiveResponseFileSearchToolCallStatus": "live_response_file_search_tool_call_status",
    "LiveResponseFileSearchToolCallType": "live_response_file_search_tool_call_type",
    "LiveResponseFormatJSONObject": "live_response_format_json_object",
    "LiveResponseFormatJSONObjectType": "live_response_format_json_object_type",
    "LiveResponseFormatText": "live_response_format_text",
    "LiveResponseFormatTextJSONSchemaConfig": "live_response_format_text_json_schema_config",
    "LiveResponseFormatTextJSONSchemaConfigSchema": "live_response_format_text_json_schema_config_schema",
    "LiveResponseFormatTextJSONSchemaConfigType": "live_response_format_text_json_schema_config_type",
    "LiveResponseFormatTextType": "live_response_format_text_type",
    "LiveResponseFunctionCallArgumentsDeltaEvent": "live_response_function_call_arguments_delta_event",
    "LiveResponseFunctionCallArgumentsDeltaEventType": "live_response_function_call_arguments_delta_event_type",
    "LiveResponseFunctionCallArgumentsDoneEvent": "live_response_function_call_arguments_done_event",
    "LiveResponseFunctionCallArgumentsDoneEventType": "live_response_function_call_arguments_done_event_type",
    "LiveResponseFunctionShellCallOutputContent": "live_response_function_shell_call_output_content",
    "LiveResponseFunctionShellToolCall": "live_response_function_shell_tool_call",
    "LiveResponseFunctionShellToolCallOutput": "live_response_function_shell_tool_call_output",
    "LiveResponseFunctionShellToolCallOutputStatus": "live_response_function_shell_tool_call_output_status",
    "LiveResponseFunctionShellToolCallOutputType": "live_response_function_shell_tool_call_output_type",
    "LiveResponseFunctionShellToolCallStatus": "live_response_function_shell_tool_call_status",
    "LiveResponseFunctionShellToolCallType": "live_response_function_shell_tool_call_type",
    "LiveResponseFunctionToolCall": "live_response_function_tool_call",
    "LiveResponseFunctionToolCallOutputItem": "live_response_function_tool_call_output_item",
    "LiveResponseFunctionToolCallOutputItemStatus": "live_response_function_tool_call_output_item_status",
    "LiveResponseFunctionToolCallOutputItemType": "live_response_function_tool_call_output_item_type",
    "LiveResponseFunctionToolCallStatus": "live_response_function_tool_call_status",
    "LiveResponseFunctionToolCallType": "live_response_function_tool_call_type",
    "LiveResponseFunctionWebSearch": "live_response_function_web_search",
    "LiveResponseFunctionWebSearchStatus": "live_response_function_web_search_status",
    "LiveResponseFunctionWebSearchType": "live_response_function_web_search_type",
    "LiveResponseImageGenCallCompletedEvent": "live_response_image_gen_call_completed_event",
    "LiveResponseImageGenCallCompletedEventType": "live_response_image_gen_call_completed_event_type",
    "LiveResponseImageGenCallGeneratingEvent": "live_response_image_gen_call_generating_event",
    "LiveResponseImageGenCallGeneratingEventType": "live_response_image_gen_call_generating_event_type",
    "LiveResponseImageGenCallInProgressEvent": "live_response_image_gen_call_in_progress_event",
    "LiveResponseImageGenCallInProgressEventType": "live_response_image_gen_call_in_progress_event_type",
    "LiveResponseImageGenCallPartialImageEvent": "live_response_image_gen_call_partial_image_event",
    "LiveResponseImageGenCallPartialImageEventType": "live_response_image_gen_call_partial_image_event_type",
    "LiveResponseInProgressEvent": "live_response_in_progress_event",
    "LiveResponseInProgressEventType": "live_response_in_progress_event_type",
    "LiveResponseIncompleteEvent": "live_response_incomplete_event",
    "LiveResponseIncompleteEventType": "live_response_incomplete_event_type",
    "LiveResponseInputFile": "live_response_input_file",
    "LiveResponseInputFileContent": "live_response_input_file_content",
    "LiveResponseInputFileContentDetail": "live_response_input_file_content_detail",
    "LiveResponseInputFileContentType": "live_response_input_file_content_type",
    "LiveResponseInputFileDetail": "live_response_input_file_detail",
    "LiveResponseInputFileType": "live_response_input_file_type",
    "LiveResponseInputImage": "live_response_input_image",
    "LiveResponseInputImageContent": "live_response_input_image_content",
    "LiveResponseInputImageContentDetail": "live_response_input_image_content_detail",
    "LiveResponseInputImageContentType": "live_response_input_image_content_type",
    "LiveResponseInputImageDetail": "live_response_input_image_detail",
    "LiveResponseInputImageType": "live_response_input_image_type",
    "LiveResponseInputText": "live_response_input_text",
    "LiveResponseInputTextContent": "live_response_input_text_content",
    "LiveResponseInputTextContentType": "live_response_input_text_content_type",
    "LiveResponseInputTextType": "live_response_input_text_type",
    "LiveResponseItemCreateEvent": "live_response_item_create_event",
    "LiveResponseItemCreateEventType": "live_response_item_create_event_type",
    "LiveResponseLocalEnvironment": "live_response_local_environment",
    "LiveResponseLocalEnvironmentType": "live_response_local_environment_type",
    "LiveResponseMcpCallArgumentsDeltaEvent": "live_response_mcp_call_arguments_delta_event",
    "LiveResponseMcpCallArgumentsDeltaEventType": "live_response_mcp_call_arguments_delta_event_type",
    "LiveResponseMcpCallArgumentsDoneEvent": "live_response_mcp_call_arguments_done_event",
    "LiveResponseMcpCallArgumentsDoneEventType": "live_response_mcp_call_arguments_done_event_type",
    "LiveResponseMcpCallCompletedEvent": "live_response_mcp_call_completed_event",
    "LiveResponseMcpCallCompletedEventType": "live_response_mcp_call_completed_event_type",
    "LiveResponseMcpCallFailedEvent": "live_response_mcp_call_failed_event",
    "LiveResponseMcpCallFailedEventType": "live_response_mcp_call_failed_event_type",
    "LiveResponseMcpCallInProgressEvent": "live_response_mcp_call_in_progress_event",
    "LiveResponseMcpCallInProgressEventType": "live_response_mcp_call_in_progress_event_type",
    "LiveResponseMcpListToolsCompletedEvent": "live_response_mcp_list_tools_completed_event",
    "LiveResponseMcpListToolsCompletedEventType": "live_response_mcp_list_tools_completed_event_type",
    "LiveResponseMcpListToolsFailedEvent": "live_response_mcp_list_tools_failed_event",
    "LiveResponseMcpListToolsFailedEventType": "live_response_mcp_list_tools_failed_event_type",
    "LiveResponseMcpListToolsInProgressEvent": "live_response_mcp_list_tools_in_progress_event",
    "LiveResponseMcpListToolsInProgressEventType": "live_response_mcp_list_tools_in_progress_event_type",
    "LiveResponseMetadata": "live_response_metadata",
    "LiveResponseModel": "live_response_model",
    "LiveResponseObject": "live_response_object",
    "LiveResponseOutputItemAddedEvent": "live_response_output_item_added_event",
    "LiveResponseOutputItemAddedEventType": "live_response_output_item_added_event_type",
    "LiveResponseOutputItemDoneEvent": "live_response_output_item_done_event",
    "LiveResponseOutputItemDoneEventType": "live_response_output_item_done_event_type",
    "LiveResponseOutputMessage": "live_response_output_message",
    "LiveResponseOutputMessagePhase": "live_response_output_message_phase",
    "LiveResponseOutputMessageRole": "live_response_output_message_role",
    "LiveResponseOutputMessageStatus": "live_response_output_message_status",
    "LiveResponseOutputMessageType": "live_response_output_message_type",
    "LiveResponseOutputRefusal": "live_response_output_refusal",
    "LiveResponseOutputRefusalType": "live_response_output_refusal_type",
    "LiveResponseOutputText": "live_response_output_text",
    "LiveResponseOutputTextAnnotationAddedEvent": "live_response_output_text_annotation_added_event",
    "LiveResponseOutputTextAnnotationAddedEventType": "live_response_output_text_annotation_added_event_type",
    "LiveResponseOutputTextType": "live_response_output_text_type",
    "LiveResponsePrompt": "live_response_prompt",
    "LiveResponsePromptCacheRetention": "live_response_prompt_cache_retention",
    "LiveResponsePromptVariables": "live_response_prompt_variables",
    "LiveResponseQueuedEvent": "live_response_queued_event",
    "LiveResponseQueuedEventType": "live_response_queued_event_type",
    "LiveResponseReasoningItem": "live_response_reasoning_item",
    "LiveResponseReasoningItemStatus": "live_response_reasoning_item_status",
    "LiveResponseReasoningItemType": "live_response_reasoning_item_type",
    "LiveResponseReasoningSummaryPartAddedEvent": "live_response_reasoning_summary_part_added_event",
    "LiveResponseReasoningSummaryPartAddedEventType": "live_response_reasoning_summary_part_added_event_type",
    "LiveResponseReasoningSummaryPartDoneEvent": "live_response_reasoning_summary_part_done_event",
    "LiveResponseReasoningSummaryPartDoneEventStatus": "live_response_reasoning_summary_part_done_event_status",
    "LiveResponseReasoningSummaryPartDoneEventType": "live_response_reasoning_summary_part_done_event_type",
    "LiveResponseReasoningSummaryTextDeltaEvent": "live_response_reasoning_summary_text_delta_event",
    "LiveResponseReasoningSummaryTextDeltaEventType": "live_response_reasoning_summary_text_delta_event_type",
    "LiveResponseReasoningSummaryTextDoneEvent": "live_response_reasoning_summary_text_done_event",
    "LiveResponseReasoningSummaryTextDoneEventType": "live_response_reasoning_summary_text_done_event_type",
    "LiveResponseReasoningTextDeltaEvent": "live_response_reasoning_text_delta_event",
    "LiveResponseReasoningTextDeltaEventType": "live_response_reasoning_text_delta_event_type",
    "LiveResponseReasoningTextDoneEvent": "live_response_reasoning_text_done_event",
    "LiveResponseReasoningTextDoneEventType": "live_response_reasoning_text_done_event_type",
    "LiveResponseRefusalDeltaEvent": "live_response_refusal_delta_event",
    "LiveResponseRefusalDeltaEventType": "live_response_refusal_delta_event_type",
    "LiveResponseRefusalDoneEvent": "live_response_refusal_done_event",
    "LiveResponseRefusalDoneEventType": "live_response_refusal_done_event_type",
    "LiveResponseServiceTier": "live_response_service_tier",
    "LiveResponseShellCallCommandAddedEvent": "live_response_shell_call_command_added_event",
    "LiveResponseShellCallCommandAddedEventType": "live_response_shell_call_command_added_event_type",
    "LiveResponseShellCallCommandDeltaEvent": "live_response_shell_call_command_delta_event",
    "LiveResponseShellCallCommandDeltaEventType": "live_response_shell_call_command_delta_event_type",
    "LiveResponseShellCallCommandDoneEvent": "live_response_shell_call_command_done_event",
    "LiveResponseShellCallCommandDoneEventType": "live_response_shell_call_command_done_event_type",
    "LiveResponseShellCallOutputContentDeltaEvent": "live_response_shell_call_output_content_delta_event",
    "LiveResponseShellCallOutputContentDeltaEventType": "live_response_shell_call_output_content_delta_event_type",
    "LiveResponseShellCallOutputContentDoneEvent": "live_response_shell_call_output_content_done_event",
    "LiveResponseShellCallOutputContentDoneEventType": "live_response_shell_call_output_content_done_event_type",
    "LiveResponseStatus": "live_response_status",
    "LiveResponseTextConfig": "live_response_text_config",
    "LiveResponseTextConfigVerbosity": "live_response_text_config_verbosity",
    "LiveResponseTextDeltaEvent": "live_response_text_delta_event",
    "LiveResponseTextDeltaEventType": "live_response_text_delta_event_type",
    "LiveResponseTextDoneEvent": "live_response_text_done_event",
    "LiveResponseTextDoneEventType": "live_response_text_done_event_type",
    "LiveResponseToolChoice": "live_response_tool_choice",
    "LiveResponseToolSearchCall": "live_response_tool_search_call",
    "LiveResponseToolSearchCallExecution": "live_response_tool_search_call_execution",
    "LiveResponseToolSearchCallStatus": "live_response_tool_search_call_status",
    "LiveResponseToolSearchCallType": "live_response_tool_search_call_type",
    "LiveResponseTruncation": "live_response_truncation",
    "LiveResponseUsage": "live_response_usage",
    "LiveResponseWebSearchCallCompletedEvent": "live_response_web_search_call_completed_event",
    "LiveResponseWebSearchCallCompletedEventType": "live_response_web_search_call_completed_event_type",
    "LiveResponseWebSearchCallInProgressEvent": "live_response_web_search_call_in_progress_event",
    "LiveResponseWebSearchCallInProgressEventType": "live_response_web_search_call_in_progress_event_type",
    "LiveResponseWebSearchCallSearchingEvent": "live_response_web_search_call_searching_event",
    "LiveResponseWebSearchCallSearchingEventType": "live_response_web_search_call_searching_event_type",
    "LiveResponsesDelegationConfig": "live_responses_delegation_config",
    "LiveResponsesDelegationConfigReasoning": "live_responses_delegation_config_reasoning",
    "LiveResponsesDelegationConfigReasoningEffort": "live_responses_delegation_config_reasoning_effort",
    "LiveResponsesDelegationConfigReasoningSummary": "live_responses_delegation_config_reasoning_summary",
    "LiveResponsesDelegationConfigServiceTier": "live_responses_delegation_config_service_tier",
    "LiveResponsesDelegationConfigText": "live_responses_delegation_config_text",
    "LiveResponsesDelegationConfigTextVerbosity": "live_responses_delegation_config_text_verbosity",
    "LiveResponsesDelegationConfigToolChoice": "live_responses_delegation_config_tool_choice",
    "LiveResponsesDelegationConfigToolChoiceCustom": "live_responses_delegation_config_tool_choice_custom",
    "LiveResponsesDelegationConfigToolChoiceCustomType": "live_responses_delegation_config_tool_choice_custom_type",
    "LiveResponsesDelegationConfigToolCodeInterpreter": "live_responses_delegation_config_tool_code_interpreter",
    "LiveResponsesDelegationConfigToolCodeInterpreterType": "live_responses_delegation_config_tool_code_interpreter_type",
    "LiveResponsesDelegationConfigToolImageGeneration": "live_responses_delegation_config_tool_image_generation",
    "LiveResponsesDelegationConfigToolImageGenerationType": "live_responses_delegation_config_tool_image_generation_type",
    "LiveResponsesDelegationConfigToolMcp": "live_responses_delegation_config_tool_mcp",
    "LiveResponsesDelegationConfigToolMcpAllowedCallersItem": "live_responses_delegation_config_tool_mcp_allowed_callers_item",
    "LiveResponsesDelegationConfigToolMcpHeaders": "live_responses_delegation_config_tool_mcp_headers",
    "LiveResponsesDelegationConfigToolMcpRequireApproval": "live_responses_delegation_config_tool_mcp_require_approval",
    "LiveResponsesDelegationConfigToolMcpType": "live_responses_delegation_config_tool_mcp_type",
    "LiveResponsesDelegationUpdateConfig": "live_responses_delegation_update_config",
    "LiveResponsesDelegationUpdateConfigServiceTier": "live_responses_delegation_update_config_service_tier",
    "LiveResponsesDelegationUpdateConfigToolChoice": "live_responses_delegation_update_config_tool_choice",
    "LiveResponsesFunctionTool": "live_responses_function_tool",
    "LiveResponsesFunctionToolAllowedCallersItem": "live_responses_function_tool_allowed_callers_item",
    "LiveResponsesFunctionToolOutputSchema": "live_responses_function_tool_output_schema",
    "LiveResponsesFunctionToolParameters": "live_responses_function_tool_parameters",
    "LiveResponsesFunctionToolType": "live_responses_function_tool_type",
    "LiveResponsesResponseCompactionItem": "live_responses_response_compaction_item",
    "LiveResponsesResponseCompactionItemParam": "live_responses_response_compaction_item_param",
    "LiveResponsesResponseCompactionItemParamType": "live_responses_response_compaction_item_param_type",
    "LiveResponsesResponseCompactionItemType": "live_responses_response_compaction_item_type",
    "LiveResponsesResponseConfigurationUpdateItemReasoning": "live_responses_response_configuration_update_item_reasoning",
    "LiveResponsesResponseConfigurationUpdateItemReasoningEffort": "live_responses_response_configuration_update_item_reasoning_effort",
    "LiveResponsesResponseConfigurationUpdateItemText": "live_responses_response_configuration_update_item_text",
    "LiveResponsesResponseInputItemAdditionalTools": "live_responses_response_input_item_additional_tools",
    "LiveResponsesResponseInputItemAdditionalToolsRole": "live_responses_response_input_item_additional_tools_role",
    "LiveResponsesResponseInputItemAdditionalToolsType": "live_responses_response_input_item_additional_tools_type",
    "LiveResponsesResponseInputItemMcpApprovalResponse": "live_responses_response_input_item_mcp_approval_response",
    "LiveResponsesResponseInputItemMcpApprovalResponseType": "live_responses_response_input_item_mcp_approval_response_type",
    "LiveResponsesResponseOutputItemAdditionalTools": "live_responses_response_output_item_additional_tools",
    "LiveResponsesResponseOutputItemAdditionalToolsRole": "live_responses_response_output_item_additional_tools_role",
    "LiveResponsesResponseOutputItemAdditionalToolsType": "live_responses_response_output_item_additional_tools_type",
    "LiveResponsesResponseOutputItemMcpApprovalResponse": "live_responses_response_output_item_mcp_approval_response",
    "LiveResponsesResponseOutputItemMcpApprovalResponseType": "live_responses_response_output_item_mcp_approval_response_type",
    "LiveResponsesResponseOutputTextLogprob": "live_responses_response_output_text_logprob",
    "LiveResponsesResponseOutputTextLogprobTopLogprob": "live_responses_response_output_text_logprob_top_logprob",
    "LiveResponsesResponseReasoningSummaryPartAddedEventPart": "live_responses_response_reasoning_summary_part_added_event_part",
    "LiveResponsesResponseReasoningSummaryPartAddedEventPartType": "live_responses_response_reasoning_summary_part_added_event_part_type",
    "LiveResponsesResponseReasoningSummaryPartDoneEventPart": "live_responses_response_reasoning_summary_part_done_event_part",
    "LiveResponsesResponseReasoningSummaryPartDoneEventPartType": "live_responses_response_reasoning_summary_part_done_event_part_type",
    "LiveResponsesResponseTextDoneEventLogprob": "live_responses_response_text_done_event_logprob",
    "LiveResponsesResponseTextDoneEventLogprobTopLogprob": "live_responses_response_text_done_event_logprob_top_logprob",
    "LiveResponsesResponseToolSearchOutputItem": "live_responses_response_tool_search_output_item",
    "LiveResponsesResponseToolSearchOutputItemExecution": "live_responses_response_tool_search_output_item_execution",
    "LiveResponsesResponseToolSearchOutputItemParam": "live_responses_response_tool_search_output_item_param",
    "LiveResponsesResponseToolSearchOutputItemParamExecution": "live_responses_response_tool_search_output_item_param_execution",
    "LiveResponsesResponseToolSearchOutputItemParamStatus": "live_responses_response_tool_search_output_item_param_status",
    "LiveResponsesResponseToolSearchOutputItemParamType": "live_responses_response_tool_search_output_item_param_type",
    "LiveResponsesResponseToolSearchOutputItemStatus": "live_responses_response_tool_search_output_item_status",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreter": "live_responses_response_tool_search_output_item_tool_code_interpreter",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterAllowedCallersItem": "live_responses_response_tool_search_output_item_tool_code_interpreter_allowed_callers_item",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterType": "live_responses_response_tool_search_output_item_tool_code_interpreter_type",
    "LiveResponsesResponseToolSearchOutputItemToolImageGeneration": "live_responses_response_tool_search_output_item_tool_image_generation",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationAction": "live_responses_response_tool_search_output_item_tool_image_generation_action",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationBackground": "live_responses_response_tool_search_output_item_tool_image_generation_background",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationComplexity": "live_responses_response_tool_search_output_item_tool_image_generation_complexity",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationInputFidelity": "live_responses_response_tool_search_output_item_tool_image_generation_input_fidelity",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationModel": "live_responses_response_tool_search_output_item_tool_image_generation_model",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationModeration": "live_responses_response_tool_search_output_item_tool_image_generation_moderation",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationOutputFormat": "live_responses_response_tool_search_output_item_tool_image_generation_output_format",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationQuality": "live_responses_response_tool_search_output_item_tool_image_generation_quality",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationSize": "live_responses_response_tool_search_output_item_tool_image_generation_size",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationType": "live_responses_response_tool_search_output_item_tool_image_generation_type",
    "LiveResponsesResponseToolSearchOutputItemToolMcp": "live_responses_response_tool_search_output_item_tool_mcp",
    "LiveResponsesResponseToolSearchOutputItemToolMcpAllowedCallersItem": "live_responses_response_tool_search_output_item_tool_mcp_allowed_callers_item",
    "LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId": "live_responses_response_tool_search_output_item_tool_mcp_connector_id",
    "LiveResponsesResponseToolSearchOutputItemToolMcpHeaders": "live_responses_response_tool_search_output_item_tool_mcp_headers",
    "LiveResponsesResponseToolSearchOutputItemToolMcpRequireApproval": "live_responses_response_tool_search_output_item_tool_mcp_require_approval",
    "LiveResponsesResponseToolSearchOutputItemToolMcpType": "live_responses_response_tool_search_output_item_tool_mcp_type",
    "LiveResponsesResponseToolSearchOutputItemType": "live_responses_response_tool_search_output_item_type",
    "LiveResponsesToolChoiceCustom": "live_responses_tool_choice_custom",
    "LiveResponsesToolChoiceCustomType": "live_responses_tool_choice_custom_type",
    "LiveResponsesWebSearchPreviewToolUserLocation": "live_responses_web_search_preview_tool_user_location",
    "LiveResponsesWebSearchPreviewToolUserLocationType": "live_responses_web_search_preview_tool_user_location_type",
    "LiveResponsesWebSearchToolUserLocation": "live_responses_web_search_tool_user_location",
    "LiveResponsesWebSearchToolUserLocationType": "live_responses_web_search_tool_user_location_type",
    "LiveResult": "live_result",
    "LiveResultAttributes": "live_result_attributes",
    "LiveScoreInstructionsPartsInputImage": "live_score_instructions_parts_input_image",
    "LiveScoreInstructionsPartsInputImageDetail": "live_score_instructions_parts_input_image_detail",
    "LiveScoreInstructionsPartsInputImageType": "live_score_instructions_parts_input_image_type",
    "LiveScoreLevel": "live_score_level",
    "LiveScreenshot": "live_screenshot",
    "LiveScreenshotType": "live_screenshot_type",
    "LiveScroll": "live_scroll",
    "LiveScrollType": "live_scroll_type",
    "LiveServerEventSelector": "live_server_event_selector",
    "LiveServerEventTransportDtmfSend": "live_server_event_transport_dtmf_send",
    "LiveServerEventTransportDtmfSendType": "live_server_event_transport_dtmf_send_type",
    "LiveSessionAcceptParams": "live_session_accept_params",
    "LiveSessionAcceptParamsSession": "live_session_accept_params_session",
    "LiveSessionAcceptParamsSessionModel": "live_session_accept_params_session_model",
    "LiveSessionAcceptParamsSessionType": "live_session_accept_params_session_type",
    "LiveSessionAudio": "live_session_audio",
    "LiveSessionAudioOutput": "live_session_audio_output",
    "LiveSessionAudioOutputVoice": "live_session_audio_output_voice",
    "LiveSessionCloseEvent": "live_session_close_event",
    "LiveSessionCloseEventType": "live_session_close_event_type",
    "LiveSessionClosedEvent": "live_session_closed_event",
    "LiveSessionClosedEventReason": "live_session_closed_event_reason",
    "LiveSessionClosedEventType": "live_session_closed_event_type",
    "LiveSessionConfig": "live_session_config",
    "LiveSessionConfigAudio": "live_session_config_audio",
    "LiveSessionConfigAudioOutput": "live_session_config_audio_output",
    "LiveSessionConfigAudioOutputVoice": "live_session_config_audio_output_voice",
    "LiveSessionConfigDelegationDecisions": "live_session_config_delegation_decisions",
    "LiveSessionConfigDelegationDecisionsType": "live_session_config_delegation_decisions_type",
    "LiveSessionConfigDelegationResponses": "live_session_config_delegation_responses",
    "LiveSessionConfigDelegationResponsesType": "live_session_config_delegation_responses_type",
    "LiveSessionConfigModel": "live_session_config_model",
    "LiveSessionDelegationDecisions": "live_session_delegation_decisions",
    "LiveSessionDelegationDecisionsType": "live_session_delegation_decisions_type",
    "LiveSessionDelegationResponses": "live_session_delegation_responses",
    "LiveSessionDelegationResponsesType": "live_session_delegation_responses_type",
    "LiveSessionForkParams": "live_session_fork_params",
    "LiveSessionForkParamsTransport": "live_session_fork_params_transport",
    "LiveSessionForkParamsTransportType": "live_session_fork_params_transport_type",
    "LiveSessionForkResponse": "live_session_fork_response",
    "LiveSessionInputAudioAppend": "live_session_input_audio_append",
    "LiveSessionInputAudioAppendType": "live_session_input_audio_append_type",
    "LiveSessionPaused": "live_session_paused",
    "LiveSessionPausedType": "live_session_paused_type",
    "LiveSessionReferParams": "live_session_refer_params",
    "LiveSessionRejectParams": "live_session_reject_params",
    "LiveSessionResource": "live_session_resource",
    "LiveSessionResourceModel": "live_session_resource_model",
    "LiveSessionResourceStatus": "live_session_resource_status",
    "LiveSessionResumed": "live_session_resumed",
    "LiveSessionResumedType": "live_session_resumed_type",
    "LiveSessionStartEvent": "live_session_start_event",
    "LiveSessionStartEventType": "live_session_start_event_type",
    "LiveSessionStartedEvent": "live_session_started_event",
    "LiveSessionStartedEventType": "live_session_started_event_type",
    "LiveSessionUpdateConfig": "live_session_update_config",
    "LiveSessionUpdateConfigDelegationDecisions": "live_session_update_config_delegation_decisions",
    "LiveSessionUpdateConfigDelegationDecisionsType": "live_session_update_config_delegation_decisions_type",
    "LiveSessionUpdateConfigDelegationResponses": "live_session_update_config_delegation_responses",
    "LiveSessionUpdateConfigDelegationResponsesType": "live_session_update_config_delegation_responses_type",
    "LiveSessionUpdateEvent": "live_session_update_event",
    "LiveSessionUpdateEventType": "live_session_update_event_type",
    "LiveSessionUpdatedEvent": "live_session_updated_event",
    "LiveSessionUpdatedEventType": "live_session_updated_event_type",
    "LiveSessionUsage": "live_session_usage",
    "LiveSessionUsageUpdatedEvent": "live_session_usage_updated_event",
    "LiveSessionUsageUpdatedEventType": "live_session_usage_updated_event_type",
    "LiveSharedCustomToolInputFormatText": "live_shared_custom_tool_input_format_text",
    "LiveSharedCustomToolInputFormatTextType": "live_shared_custom_tool_input_format_text_type",
    "LiveSharedReasoning": "live_shared_reasoning",
    "LiveSharedReasoningContext": "live_shared_reasoning_context",
    "LiveSharedReasoningEffort": "live_shared_reasoning_effort",
    "LiveSharedReasoningGenerateSummary": "live_shared_reasoning_generate_summary",
    "LiveSharedReasoningMode": "live_shared_reasoning_mode",
    "LiveSharedReasoningSummary": "live_shared_reasoning_summary",
    "LiveShellCall": "live_shell_call",
    "LiveShellCallAction": "live_shell_call_action",
    "LiveShellCallCallerDirect": "live_shell_call_caller_direct",
    "LiveShellCallCallerDirectType": "live_shell_call_caller_direct_type",
    "LiveShellCallCallerProgram": "live_shell_call_caller_program",
    "LiveShellCallCallerProgramType": "live_shell_call_caller_program_type",
    "LiveShellCallOutput": "live_shell_call_output",
    "LiveShellCallOutputCallerDirect": "live_shell_call_output_caller_direct",
    "LiveShellCallOutputCallerDirectType": "live_shell_call_output_caller_direct_type",
    "LiveShellCallOutputCallerProgram": "live_shell_call_output_caller_program",
    "LiveShellCallOutputCallerProgramType": "live_shell_call_output_caller_program_type",
    "LiveShellCallOutputStatus": "live_shell_call_output_status",
    "LiveShellCallOutputType": "live_shell_call_output_type",
    "LiveShellCallStatus": "live_shell_call_status",
    "LiveShellCallType": "live_shell_call_type",
    "LiveSkillReference": "live_skill_reference",
    "LiveSkillReferenceType": "live_skill_reference_type",
    "LiveSummary": "live_summary",
    "LiveSummaryType": "live_summary_type",
    "LiveThinkingAppendEvent": "live_thinking_append_event",
    "LiveThinkingAppendEventType": "live_thinking_append_event_type",
    "LiveThinkingAppendedEvent": "live_thinking_appended_event",
    "LiveThinkingAppendedEventType": "live_thinking_appended_event_type",
    "LiveToolApplyPatch": "live_tool_apply_patch",
    "LiveToolApplyPatchType": "live_tool_apply_patch_type",
    "LiveToolChoiceAllowed": "live_tool_choice_allowed",
    "LiveToolChoiceAllowedMode": "live_tool_choice_allowed_mode",
    "LiveToolChoiceAllowedToolsItem": "live_tool_choice_allowed_tools_item",
    "LiveToolChoiceAllowedType": "live_tool_choice_allowed_type",
    "LiveToolChoiceApplyPatch": "live_tool_choice_apply_patch",
    "LiveToolChoiceApplyPatchType": "live_tool_choice_apply_patch_type",
    "LiveToolChoiceCodeInterpreter": "live_tool_choice_code_interpreter",
    "LiveToolChoiceCodeInterpreterType": "live_tool_choice_code_interpreter_type",
    "LiveToolChoiceComputer": "live_tool_choice_computer",
    "LiveToolChoiceComputerType": "live_tool_choice_computer_type",
    "LiveToolChoiceFileSearch": "live_tool_choice_file_search",
    "LiveToolChoiceFileSearchType": "live_tool_choice_file_search_type",
    "LiveToolChoiceFunction": "live_tool_choice_function",
    "LiveToolChoiceFunctionType": "live_tool_choice_function_type",
    "LiveToolChoiceImageGeneration": "live_tool_choice_image_generation",
    "LiveToolChoiceImageGenerationType": "live_tool_choice_image_generation_type",
    "LiveToolChoiceLiveAllowedToolsChoice": "live_tool_choice_live_allowed_tools_choice",
    "LiveToolChoiceLiveAllowedToolsChoiceMode": "live_tool_choice_live_allowed_tools_choice_mode",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch": "live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatchType": "live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter": "live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreterType": "live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer": "live_tool_choice_live_allowed_tools_choice_param_tool_computer",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolComputerType": "live_tool_choice_live_allowed_tools_choice_param_tool_computer_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom": "live_tool_choice_live_allowed_tools_choice_param_tool_custom",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCustomType": "live_tool_choice_live_allowed_tools_choice_param_tool_custom_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch": "live_tool_choice_live_allowed_tools_choice_param_tool_file_search",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearchType": "live_tool_choice_live_allowed_tools_choice_param_tool_file_search_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration": "live_tool_choice_live_allowed_tools_choice_param_tool_image_generation",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGenerationType": "live_tool_choice_live_allowed_tools_choice_param_tool_image_generation_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice": "live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoiceType": "live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice": "live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoiceType": "live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling": "live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCallingType": "live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolShell": "live_tool_choice_live_allowed_tools_choice_param_tool_shell",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolShellType": "live_tool_choice_live_allowed_tools_choice_param_tool_shell_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch": "live_tool_choice_live_allowed_tools_choice_param_tool_web_search",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview": "live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreviewType": "live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview_type",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchType": "live_tool_choice_live_allowed_tools_choice_param_tool_web_search_type",
    "LiveToolChoiceLiveAllowedToolsChoiceType": "live_tool_choice_live_allowed_tools_choice_type",
    "LiveToolChoiceLiveFunctionToolChoice": "live_tool_choice_live_function_tool_choice",
    "LiveToolChoiceLiveFunctionToolChoiceType": "live_tool_choice_live_function_tool_choice_type",
    "LiveToolChoiceLiveMCPToolChoice": "live_tool_choice_live_mcp_tool_choice",
    "LiveToolChoiceLiveMCPToolChoiceType": "live_tool_choice_live_mcp_tool_choice_type",
    "LiveToolChoiceMcp": "live_tool_choice_mcp",
    "LiveToolChoiceMcpType": "live_tool_choice_mcp_type",
    "LiveToolChoiceProgrammaticToolCalling": "live_tool_choice_programmatic_tool_calling",
    "LiveToolChoiceProgrammaticToolCallingType": "live_tool_choice_programmatic_tool_calling_type",
    "LiveToolChoiceShell": "live_tool_choice_shell",
    "LiveToolChoiceShellType": "live_tool_choice_shell_type",
    "LiveToolChoiceSpecificProgrammaticToolCalling": "live_tool_choice_specific_programmatic_tool_calling",
    "LiveToolChoiceSpecificProgrammaticToolCallingType": "live_tool_choice_specific_programmatic_tool_calling_type",
    "LiveToolChoiceTypes": "live_tool_choice_types",
    "LiveToolChoiceTypesType": "live_tool_choice_types_type",
    "LiveToolChoiceWebSearch": "live_tool_choice_web_search",
    "LiveToolChoiceWebSearchPreview": "live_tool_choice_web_search_preview",
    "LiveToolChoiceWebSearchPreviewType": "live_tool_choice_web_search_preview_type",
    "LiveToolChoiceWebSearchType": "live_tool_choice_web_search_type",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAuto": "live_tool_code_interpreter_container_code_interpreter_tool_auto",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit": "live_tool_code_interpreter_container_code_interpreter_tool_auto_memory_limit",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAutoType": "live_tool_code_interpreter_container_code_interpreter_tool_auto_type",
    "LiveToolComputer": "live_tool_computer",
    "LiveToolComputerType": "live_tool_computer_type",
    "LiveToolCustom": "live_tool_custom",
    "LiveToolCustomType": "live_tool_custom_type",
    "LiveToolFileSearch": "live_tool_file_search",
    "LiveToolFileSearchType": "live_tool_file_search_type",
    "LiveToolFunction": "live_tool_function",
    "LiveToolFunctionAllowedCallersItem": "live_tool_function_allowed_callers_item",
    "LiveToolFunctionOutputSchema": "live_tool_function_output_schema",
    "LiveToolFunctionType": "live_tool_function_type",
    "LiveToolImageGenerationInputImageMask": "live_tool_image_generation_input_image_mask",
    "LiveToolImageGenerationSvg": "live_tool_image_generation_svg",
    "LiveToolImageGenerationSvgReasoning": "live_tool_image_generation_svg_reasoning",
    "LiveToolImageGenerationSvgReasoningEffort": "live_tool_image_generation_svg_reasoning_effort",
    "LiveToolLocalShell": "live_tool_local_shell",
    "LiveToolLocalShellType": "live_tool_local_shell_type",
    "LiveToolMcpAllowedToolsLiveMCPToolFilter": "live_tool_mcp_allowed_tools_live_mcp_tool_filter",
    "LiveToolMcpAllowedToolsMcpToolFilter": "live_tool_mcp_allowed_tools_mcp_tool_filter",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter": "live_tool_mcp_require_approval_live_mcp_require_approval_filter",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways": "live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever": "live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_never",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilter": "live_tool_mcp_require_approval_mcp_tool_approval_filter",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilterAlways": "live_tool_mcp_require_approval_mcp_tool_approval_filter_always",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilterNever": "live_tool_mcp_require_approval_mcp_tool_approval_filter_never",
    "LiveToolNamespace": "live_tool_namespace",
    "LiveToolNamespaceType": "live_tool_namespace_type",
    "LiveToolProgrammaticToolCalling": "live_tool_programmatic_tool_calling",
    "LiveToolProgrammaticToolCallingType": "live_tool_programmatic_tool_calling_type",
    "LiveToolSearch": "live_tool_search",
    "LiveToolSearchCall": "live_tool_search_call",
    "LiveToolSearchCallExecution": "live_tool_search_call_execution",
    "LiveToolSearchCallStatus": "live_tool_search_call_status",
    "LiveToolSearchCallType": "live_tool_search_call_type",
    "LiveToolSearchOutputNamespaceTool": "live_tool_search_output_namespace_tool",
    "LiveToolSearchOutputNamespaceToolType": "live_tool_search_output_namespace_tool_type",
    "LiveToolSearchTool": "live_tool_search_tool",
    "LiveToolSearchToolExecution": "live_tool_search_tool_execution",
    "LiveToolSearchToolType": "live_tool_search_tool_type",
    "LiveToolSearchType": "live_tool_search_type",
    "LiveToolShell": "live_tool_shell",
    "LiveToolShellEnvironmentContainerAuto": "live_tool_shell_environment_container_auto",
    "LiveToolShellEnvironmentContainerAutoMemoryLimit": "live_tool_shell_environment_container_auto_memory_limit",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlist": "live_tool_shell_environment_container_auto_network_policy_allowlist",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlistType": "live_tool_shell_environment_container_auto_network_policy_allowlist_type",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabled": "live_tool_shell_environment_container_auto_network_policy_disabled",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabledType": "live_tool_shell_environment_container_auto_network_policy_disabled_type",
    "LiveToolShellEnvironmentContainerAutoSkillInline": "live_tool_shell_environment_container_auto_skill_inline",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSource": "live_tool_shell_environment_container_auto_skill_inline_source",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSourceMediaType": "live_tool_shell_environment_container_auto_skill_inline_source_media_type",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSourceType": "live_tool_shell_environment_container_auto_skill_inline_source_type",
    "LiveToolShellEnvironmentContainerAutoSkillInlineType": "live_tool_shell_environment_container_auto_skill_inline_type",
    "LiveToolShellEnvironmentContainerAutoSkillSkillReference": "live_tool_shell_environment_container_auto_skill_skill_reference",
    "LiveToolShellEnvironmentContainerAutoSkillSkillReferenceType": "live_tool_shell_environment_container_auto_skill_skill_reference_type",
    "LiveToolShellEnvironmentContainerAutoType": "live_tool_shell_environment_container_auto_type",
    "LiveToolShellEnvironmentContainerReference": "live_tool_shell_environment_container_reference",
    "LiveToolShellEnvironmentContainerReferenceType": "live_tool_shell_environment_container_reference_type",
    "LiveToolShellEnvironmentLocal": "live_tool_shell_environment_local",
    "LiveToolShellEnvironmentLocalSkill": "live_tool_shell_environment_local_skill",
    "LiveToolShellEnvironmentLocalType": "live_tool_shell_environment_local_type",
    "LiveToolShellType": "live_tool_shell_type",
    "LiveToolUsage": "live_tool_usage",
    "LiveToolUsageImageGen": "live_tool_usage_image_gen",
    "LiveToolUsageImageGenCachedTokensDetails": "live_tool_usage_image_gen_cached_tokens_details",
    "LiveToolUsageImageGenInputTokensDetails": "live_tool_usage_image_gen_input_tokens_details",
    "LiveToolUsageImageGenOutputTokensDetails": "live_tool_usage_image_gen_output_tokens_details",
    "LiveToolUsageWebSearch": "live_tool_usage_web_search",
    "LiveToolWebSearch": "live_tool_web_search",
    "LiveToolWebSearchType": "live_tool_web_search_type",
    "LiveTransportAnswered": "live_transport_answered",
    "LiveTransportAnsweredType": "live_transport_answered_type",
    "LiveTransportDtmfReceived": "live_transport_dtmf_received",
    "LiveTransportDtmfReceivedType": "live_transport_dtmf_received_type",
    "LiveTransportDtmfSent": "live_transport_dtmf_sent",
    "LiveTransportDtmfSentType": "live_transport_dtmf_sent_type",
    "LiveTransportFailed": "live_transport_failed",
    "LiveTransportFailedError": "live_transport_failed_error",
    "LiveTransportFailedErrorType": "live_transport_failed_error_type",
    "LiveTransportFailedType": "live_transport_failed_type",
    "LiveTransportRinging": "live_transport_ringing",
    "LiveTransportRingingType": "live_transport_ringing_type",
    "LiveType": "live_type",
    "LiveTypeType": "live_type_type",
    "LiveUsage": "live_usage",
    "LiveUsageInputTokensDetails": "live_usage_input_tokens_details",
    "LiveUsageOutputTokensDetails": "live_usage_output_tokens_details",
    "LiveUser": "live_user",
    "LiveUserContent": "live_user_content",
    "LiveUserContentType": "live_user_content_type",
    "LiveUserRole": "live_user_role",
    "LiveUserStatus": "live_user_status",
    "LiveUserType": "live_user_type",
    "LiveWait": "live_wait",
    "LiveWaitType": "live_wait_type",
    "LiveWakePolicy": "live_wake_policy",
    "LiveWakePolicyType": "live_wake_policy_type",
    "LiveWebSearchPreviewTool": "live_web_search_preview_tool",
    "LiveWebSearchPreviewToolSearchContentTypesItem": "live_web_search_preview_tool_search_content_types_item",
    "LiveWebSearchPreviewToolSearchContextSize": "live_web_search_preview_tool_search_context_size",
    "LiveWebSearchPreviewToolType": "live_web_search_preview_tool_type",
    "LiveWebSearchTool": "live_web_search_tool",
    "LiveWebSearchToolSearchContextSize": "live_web_search_tool_search_context_size",
    "LiveWebSearchToolType": "live_web_search_tool_type",
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
    "WebhookLiveCallIncomingDataSipMediaSecurity": "webhook_live_call_incoming_data_sip_media_security",
    "WebhookLiveCallIncomingObject": "webhook_live_call_incoming_object",
    "WebhookLiveCallIncomingType": "webhook_live_call_incoming_type",
    "WebhookLiveTransportConnected": "webhook_live_transport_connected",
    "WebhookLiveTransportConnectedData": "webhook_live_transport_connected_data",
    "WebhookLiveTransportConnectedDataType": "webhook_live_transport_connected_data_type",
    "WebhookLiveTransportConnectedObject": "webhook_live_transport_connected_object",
    "WebhookLiveTransportConnectedType": "webhook_live_transport_connected_type",
    "WebhookLiveTransportIncoming": "webhook_live_transport_incoming",
    "WebhookLiveTransportIncomingData": "webhook_live_transport_incoming_data",
    "WebhookLiveTransportIncomingDataSipHeader": "webhook_live_transport_incoming_data_sip_header",
    "WebhookLiveTransportIncomingDataSipMediaSecurity": "webhook_live_transport_incoming_data_sip_media_security",
    "WebhookLiveTransportIncomingDataType": "webhook_live_transport_incoming_data_type",
    "WebhookLiveTransportIncomingObject": "webhook_live_transport_incoming_object",
    "WebhookLiveTransportIncomingType": "webhook_live_transport_incoming_type",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncomingDataSipMediaSecurity": "webhook_realtime_call_incoming_data_sip_media_security",
    "WebhookRealtimeCallIncomingObject": "webhook_realtime_call_incoming_object",
    "WebhookRealtimeCallIncomingType": "webhook_realtime_call_incoming_type",
}

__all__ = (
    "AudioTranscription",
    "AudioTranscriptionDelay",
    "AudioTranscriptionModel",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseDelay",
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
    "LiveAccessPrograms",
    "LiveAccessProgramsCyber",
    "LiveAcknowledgedSafetyCheck",
    "LiveAction",
    "LiveActionClick",
    "LiveActionClickButton",
    "LiveActionClickType",
    "LiveActionDoubleClick",
    "LiveActionDoubleClickType",
    "LiveActionDrag",
    "LiveActionDragPath",
    "LiveActionDragType",
    "LiveActionFind",
    "LiveActionFindType",
    "LiveActionKeypress",
    "LiveActionKeypressType",
    "LiveActionMove",
    "LiveActionMoveType",
    "LiveActionOpenPage",
    "LiveActionOpenPageType",
    "LiveActionScreenshot",
    "LiveActionScreenshotType",
    "LiveActionScroll",
    "LiveActionScrollType",
    "LiveActionSearch",
    "LiveActionSearchSource",
    "LiveActionSearchSourceType",
    "LiveActionSearchType",
    "LiveActionType",
    "LiveActionTypeType",
    "LiveActionWait",
    "LiveActionWaitType",
    "LiveAnnotationContainerFileCitation",
    "LiveAnnotationContainerFileCitationType",
    "LiveAnnotationFileCitation",
    "LiveAnnotationFileCitationType",
    "LiveAnnotationFilePath",
    "LiveAnnotationFilePathType",
    "LiveAnnotationURLCitation",
    "LiveAnnotationURLCitationType",
    "LiveAnswerAnswerResourceChoice",
    "LiveAnswerAnswerResourceChoiceProbability",
    "LiveAnswerAnswerResourceChoiceType",
    "LiveAnswerAnswerResourcePredicate",
    "LiveAnswerAnswerResourcePredicateType",
    "LiveAnswerAnswerResourceRefusal",
    "LiveAnswerAnswerResourceRefusalType",
    "LiveAnswerAnswerResourceScore",
    "LiveAnswerAnswerResourceScoreProbability",
    "LiveAnswerAnswerResourceScoreType",
    "LiveApplyPatchCall",
    "LiveApplyPatchCallCallerDirect",
    "LiveApplyPatchCallCallerDirectType",
    "LiveApplyPatchCallCallerProgram",
    "LiveApplyPatchCallCallerProgramType",
    "LiveApplyPatchCallOperationCreateFile",
    "LiveApplyPatchCallOperationCreateFileType",
    "LiveApplyPatchCallOperationDeleteFile",
    "LiveApplyPatchCallOperationDeleteFileType",
    "LiveApplyPatchCallOperationUpdateFile",
    "LiveApplyPatchCallOperationUpdateFileType",
    "LiveApplyPatchCallOutput",
    "LiveApplyPatchCallOutputCallerDirect",
    "LiveApplyPatchCallOutputCallerDirectType",
    "LiveApplyPatchCallOutputCallerProgram",
    "LiveApplyPatchCallOutputCallerProgramType",
    "LiveApplyPatchCallOutputStatus",
    "LiveApplyPatchCallOutputType",
    "LiveApplyPatchCallStatus",
    "LiveApplyPatchCallType",
    "LiveApplyPatchTool",
    "LiveApplyPatchToolAllowedCallersItem",
    "LiveApplyPatchToolType",
    "LiveAssistant",
    "LiveAssistantContentOutputText",
    "LiveAssistantContentOutputTextType",
    "LiveAssistantContentText",
    "LiveAssistantContentTextType",
    "LiveAssistantRole",
    "LiveAssistantStatus",
    "LiveAssistantType",
    "LiveAudioPCM",
    "LiveAudioPCMA",
    "LiveAudioPCMAType",
    "LiveAudioPCMRate",
    "LiveAudioPCMType",
    "LiveAudioPCMU",
    "LiveAudioPCMUType",
    "LiveCallerDirect",
    "LiveCallerDirectType",
    "LiveCallerProgram",
    "LiveCallerProgramType",
    "LiveChoiceInstructionsPartsInputImage",
    "LiveChoiceInstructionsPartsInputImageDetail",
    "LiveChoiceInstructionsPartsInputImageType",
    "LiveClick",
    "LiveClickButton",
    "LiveClickType",
    "LiveClientConfig",
    "LiveClientDelegation",
    "LiveClientDelegationType",
    "LiveCodeInterpreter",
    "LiveCodeInterpreterAllowedCallersItem",
    "LiveCodeInterpreterContainerCodeInterpreterToolAuto",
    "LiveCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit",
    "LiveCodeInterpreterContainerCodeInterpreterToolAutoType",
    "LiveCodeInterpreterType",
    "LiveCommentaryAppendEvent",
    "LiveCommentaryAppendEventType",
    "LiveCommentaryAppendedEvent",
    "LiveCommentaryAppendedEventType",
    "LiveCompactionTrigger",
    "LiveCompactionTriggerType",
    "LiveComparisonFilter",
    "LiveComparisonFilterType",
    "LiveCompoundFilter",
    "LiveCompoundFilterType",
    "LiveComputerCallOutput",
    "LiveComputerCallOutputAcknowledgedSafetyCheck",
    "LiveComputerCallOutputStatus",
    "LiveComputerCallOutputType",
    "LiveComputerTool",
    "LiveComputerToolType",
    "LiveComputerUsePreviewTool",
    "LiveComputerUsePreviewToolEnvironment",
    "LiveComputerUsePreviewToolType",
    "LiveConnectClientEventTransportDtmfSend",
    "LiveConnectClientEventTransportDtmfSendType",
    "LiveContainerAuto",
    "LiveContainerAutoMemoryLimit",
    "LiveContainerAutoType",
    "LiveContainerNetworkPolicyAllowlist",
    "LiveContainerNetworkPolicyAllowlistType",
    "LiveContainerNetworkPolicyDisabled",
    "LiveContainerNetworkPolicyDisabledType",
    "LiveContainerNetworkPolicyDomainSecret",
    "LiveContainerReference",
    "LiveContainerReferenceType",
    "LiveContent",
    "LiveContentPartInputImage",
    "LiveContentPartInputImageDetail",
    "LiveContentPartInputImageType",
    "LiveContentPartInputJSON",
    "LiveContentPartInputJSONData",
    "LiveContentPartInputJSONDataItem",
    "LiveContentPartInputJSONType",
    "LiveContentPartInputText",
    "LiveContentPartInputTextType",
    "LiveContentPartOutputText",
    "LiveContentPartOutputTextType",
    "LiveContentPartRefusal",
    "LiveContentPartRefusalType",
    "LiveContentType",
    "LiveContextWindow",
    "LiveConversation",
    "LiveCreateParams",
    "LiveCreateParamsTransport",
    "LiveCreateParamsTransportType",
    "LiveCreateResponse",
    "LiveCreateResponseSession",
    "LiveCreateResponseTransport",
    "LiveCreateResponseTransportType",
    "LiveCustomTool",
    "LiveCustomToolAllowedCallersItem",
    "LiveCustomToolType",
    "LiveCustomVoice",
    "LiveDataChannelConfig",
    "LiveDataChannelConfigAllowedClientEvents",
    "LiveDataChannelConfigAllowedServerEvents",
    "LiveDecision",
    "LiveDecisionAssistantMessage",
    "LiveDecisionAssistantMessagePhase",
    "LiveDecisionAssistantMessageRole",
    "LiveDecisionAssistantMessageType",
    "LiveDecisionChoiceOption",
    "LiveDecisionCreateEvent",
    "LiveDecisionCreateEventType",
    "LiveDecisionDeveloperMessage",
    "LiveDecisionDeveloperMessageRole",
    "LiveDecisionDeveloperMessageType",
    "LiveDecisionEvent",
    "LiveDecisionEventSourceEventType",
    "LiveDecisionEventType",
    "LiveDecisionInputText",
    "LiveDecisionInputTextType",
    "LiveDecisionItemCreateEvent",
    "LiveDecisionItemCreateEventItemCustomToolCall",
    "LiveDecisionItemCreateEventItemCustomToolCallOutput",
    "LiveDecisionItemCreateEventItemCustomToolCallOutputStatus",
    "LiveDecisionItemCreateEventItemCustomToolCallOutputType",
    "LiveDecisionItemCreateEventItemCustomToolCallStatus",
    "LiveDecisionItemCreateEventItemCustomToolCallType",
    "LiveDecisionItemCreateEventItemFunctionCall",
    "LiveDecisionItemCreateEventItemFunctionCallOutput",
    "LiveDecisionItemCreateEventItemFunctionCallOutputStatus",
    "LiveDecisionItemCreateEventItemFunctionCallOutputType",
    "LiveDecisionItemCreateEventItemFunctionCallStatus",
    "LiveDecisionItemCreateEventItemFunctionCallType",
    "LiveDecisionItemCreateEventType",
    "LiveDecisionItemCreatedEvent",
    "LiveDecisionItemCreatedEventItemCustomToolCall",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutput",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutputStatus",
    "LiveDecisionItemCreatedEventItemCustomToolCallOutputType",
    "LiveDecisionItemCreatedEventItemCustomToolCallStatus",
    "LiveDecisionItemCreatedEventItemCustomToolCallType",
    "LiveDecisionItemCreatedEventItemFunctionCall",
    "LiveDecisionItemCreatedEventItemFunctionCallOutput",
    "LiveDecisionItemCreatedEventItemFunctionCallOutputStatus",
    "LiveDecisionItemCreatedEventItemFunctionCallOutputType",
    "LiveDecisionItemCreatedEventItemFunctionCallStatus",
    "LiveDecisionItemCreatedEventItemFunctionCallType",
    "LiveDecisionItemCreatedEventType",
    "LiveDecisionItemDeleteEvent",
    "LiveDecisionItemDeleteEventType",
    "LiveDecisionItemDeletedEvent",
    "LiveDecisionItemDeletedEventType",
    "LiveDecisionQuestionChoice",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSON",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONData",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionChoiceInstructionsPartsInputJSONType",
    "LiveDecisionQuestionChoiceType",
    "LiveDecisionQuestionParamChoice",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONData",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSONType",
    "LiveDecisionQuestionParamChoiceType",
    "LiveDecisionQuestionParamPredicate",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONData",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONType",
    "LiveDecisionQuestionParamPredicateType",
    "LiveDecisionQuestionParamScore",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSON",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONData",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionParamScoreInstructionsPartsInputJSONType",
    "LiveDecisionQuestionParamScoreType",
    "LiveDecisionQuestionPredicate",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSON",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONData",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionPredicateInstructionsPartsInputJSONType",
    "LiveDecisionQuestionPredicateType",
    "LiveDecisionQuestionScore",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSON",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONData",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONDataItem",
    "LiveDecisionQuestionScoreInstructionsPartsInputJSONType",
    "LiveDecisionQuestionScoreType",
    "LiveDecisionStoredAssistantMessage",
    "LiveDecisionStoredAssistantMessagePhase",
    "LiveDecisionStoredAssistantMessageRole",
    "LiveDecisionStoredAssistantMessageType",
    "LiveDecisionStoredDeveloperMessage",
    "LiveDecisionStoredDeveloperMessageRole",
    "LiveDecisionStoredDeveloperMessageType",
    "LiveDecisionStoredSystemMessage",
    "LiveDecisionStoredSystemMessageRole",
    "LiveDecisionStoredSystemMessageType",
    "LiveDecisionStoredUserMessage",
    "LiveDecisionStoredUserMessageRole",
    "LiveDecisionStoredUserMessageType",
    "LiveDecisionSystemMessage",
    "LiveDecisionSystemMessageRole",
    "LiveDecisionSystemMessageType",
    "LiveDecisionTrigger",
    "LiveDecisionTriggerDecisions",
    "LiveDecisionTriggerEventType",
    "LiveDecisionTriggerParam",
    "LiveDecisionTriggerParamDecisions",
    "LiveDecisionTriggerParamEventType",
    "LiveDecisionTriggerParamType",
    "LiveDecisionTriggerType",
    "LiveDecisionUserMessage",
    "LiveDecisionUserMessageRole",
    "LiveDecisionUserMessageType",
    "LiveDecisionsDelegationConfig",
    "LiveDecisionsDelegationConfigParam",
    "LiveDecisionsDelegationUpdateConfig",
    "LiveDelegationCreatedEvent",
    "LiveDelegationCreatedEventDelegation",
    "LiveDelegationCreatedEventDelegationTarget",
    "LiveDelegationCreatedEventDelegationType",
    "LiveDelegationCreatedEventType",
    "LiveDelta",
    "LiveDeveloper",
    "LiveDeveloperContent",
    "LiveDeveloperContentType",
    "LiveDeveloperRole",
    "LiveDeveloperStatus",
    "LiveDeveloperType",
    "LiveDoubleClick",
    "LiveDoubleClickType",
    "LiveDrag",
    "LiveDragPath",
    "LiveDragType",
    "LiveEasyInputMessage",
    "LiveEasyInputMessagePhase",
    "LiveEasyInputMessageRole",
    "LiveEasyInputMessageType",
    "LiveError",
    "LiveErrorEvent",
    "LiveErrorEventType",
    "LiveEvent",
    "LiveEventType",
    "LiveFileSearchTool",
    "LiveFileSearchToolType",
    "LiveFilters",
    "LiveForkSessionConfig",
    "LiveForkSessionConfigAudio",
    "LiveForkSessionConfigDelegation",
    "LiveForkSessionConfigDelegationType",
    "LiveForkSessionStartEvent",
    "LiveForkSessionStartEventType",
    "LiveFunctionCallOutput",
    "LiveFunctionCallOutputCallerDirect",
    "LiveFunctionCallOutputCallerDirectType",
    "LiveFunctionCallOutputCallerProgram",
    "LiveFunctionCallOutputCallerProgramType",
    "LiveFunctionCallOutputStatus",
    "LiveFunctionCallOutputType",
    "LiveFunctionShellTool",
    "LiveFunctionShellToolAllowedCallersItem",
    "LiveFunctionShellToolType",
    "LiveFunctionTool",
    "LiveFunctionToolParameters",
    "LiveFunctionToolType",
    "LiveGrammar",
    "LiveGrammarSyntax",
    "LiveGrammarType",
    "LiveHTTPError",
    "LiveHTTPErrorType",
    "LiveImage",
    "LiveImageContextCompression",
    "LiveImageGeneration",
    "LiveImageGenerationAction",
    "LiveImageGenerationBackground",
    "LiveImageGenerationCall",
    "LiveImageGenerationCallAction",
    "LiveImageGenerationCallBackground",
    "LiveImageGenerationCallError",
    "LiveImageGenerationCallErrorModerationDetails",
    "LiveImageGenerationCallErrorModerationDetailsModerationStage",
    "LiveImageGenerationCallOutputFormat",
    "LiveImageGenerationCallQuality",
    "LiveImageGenerationCallSize",
    "LiveImageGenerationCallStatus",
    "LiveImageGenerationCallSvgUsage",
    "LiveImageGenerationCallType",
    "LiveImageGenerationComplexity",
    "LiveImageGenerationInputFidelity",
    "LiveImageGenerationInputImageMask",
    "LiveImageGenerationModel",
    "LiveImageGenerationModeration",
    "LiveImageGenerationOutputFormat",
    "LiveImageGenerationQuality",
    "LiveImageGenerationSize",
    "LiveImageGenerationSvg",
    "LiveImageGenerationSvgReasoning",
    "LiveImageGenerationSvgReasoningEffort",
    "LiveImageGenerationType",
    "LiveIncompleteDetails",
    "LiveIncompleteDetailsReason",
    "LiveInfoEvent",
    "LiveInfoEventType",
    "LiveInlineSkill",
    "LiveInlineSkillSource",
    "LiveInlineSkillSourceMediaType",
    "LiveInlineSkillSourceType",
    "LiveInlineSkillType",
    "LiveInputAudioAppendEvent",
    "LiveInputAudioAppendEventType",
    "LiveInputAudioMuteEvent",
    "LiveInputAudioMuteEventType",
    "LiveInputAudioMutedEvent",
    "LiveInputAudioMutedEventType",
    "LiveInputAudioUnmuteEvent",
    "LiveInputAudioUnmuteEventType",
    "LiveInputAudioUnmutedEvent",
    "LiveInputAudioUnmutedEventType",
    "LiveInputTokensDetails",
    "LiveInputTokensDetailsCacheWriteTokensDetails",
    "LiveInputTranscriptDeltaEvent",
    "LiveInputTranscriptDeltaEventType",
    "LiveInputTransformation",
    "LiveInputTransformationAction",
    "LiveInputTransformationReason",
    "LiveInputTransformationType",
    "LiveInstructionsAppendEvent",
    "LiveInstructionsAppendEventType",
    "LiveInstructionsAppendedEvent",
    "LiveInstructionsAppendedEventType",
    "LiveItemCustomToolCallOutputOutputPartsInputImage",
    "LiveItemCustomToolCallOutputOutputPartsInputImageDetail",
    "LiveItemCustomToolCallOutputOutputPartsInputImageType",
    "LiveItemFunctionCallOutputOutputPartsInputImage",
    "LiveItemFunctionCallOutputOutputPartsInputImageDetail",
    "LiveItemFunctionCallOutputOutputPartsInputImageType",
    "LiveItemReference",
    "LiveItemReferenceType",
    "LiveKeypress",
    "LiveKeypressType",
    "LiveLocalEnvironment",
    "LiveLocalEnvironmentType",
    "LiveLocalShell",
    "LiveLocalShellCall",
    "LiveLocalShellCallAction",
    "LiveLocalShellCallActionEnv",
    "LiveLocalShellCallActionType",
    "LiveLocalShellCallOutput",
    "LiveLocalShellCallOutputStatus",
    "LiveLocalShellCallOutputType",
    "LiveLocalShellCallStatus",
    "LiveLocalShellCallType",
    "LiveLocalShellType",
    "LiveLocalSkill",
    "LiveMcp",
    "LiveMcpAllowedCallersItem",
    "LiveMcpAllowedToolsMcpToolFilter",
    "LiveMcpApprovalRequest",
    "LiveMcpApprovalRequestType",
    "LiveMcpCall",
    "LiveMcpCallStatus",
    "LiveMcpCallType",
    "LiveMcpConnectorId",
    "LiveMcpHeaders",
    "LiveMcpListTools",
    "LiveMcpListToolsTool",
    "LiveMcpListToolsType",
    "LiveMcpProtocolError",
    "LiveMcpProtocolErrorType",
    "LiveMcpRequireApproval",
    "LiveMcpRequireApprovalMcpToolApprovalFilter",
    "LiveMcpRequireApprovalMcpToolApprovalFilterAlways",
    "LiveMcpRequireApprovalMcpToolApprovalFilterNever",
    "LiveMcpToolExecutionError",
    "LiveMcpToolExecutionErrorType",
    "LiveMcpType",
    "LiveMediaSessionConfig",
    "LiveMediaSessionConfigAudio",
    "LiveMediaSessionConfigAudioOutput",
    "LiveMediaSessionConfigAudioOutputVoice",
    "LiveMediaSessionConfigDelegationDecisions",
    "LiveMediaSessionConfigDelegationDecisionsType",
    "LiveMediaSessionConfigModel",
    "LiveMediaSessionForkConfig",
    "LiveMediaSessionForkConfigDelegation",
    "LiveMediaSessionForkConfigDelegationType",
    "LiveMessage",
    "LiveMessageRole",
    "LiveMessageStatus",
    "LiveMessageType",
    "LiveMisalignment",
    "LiveMisalignmentErrorType",
    "LiveMisalignmentSteer",
    "LiveModeration",
    "LiveModerationInputError",
    "LiveModerationInputErrorType",
    "LiveModerationInputModerationResult",
    "LiveModerationInputModerationResultCategories",
    "LiveModerationInputModerationResultCategoryAppliedInputTypes",
    "LiveModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "LiveModerationInputModerationResultCategoryScores",
    "LiveModerationInputModerationResultType",
    "LiveModerationOutputError",
    "LiveModerationOutputErrorType",
    "LiveModerationOutputModerationResult",
    "LiveModerationOutputModerationResultCategories",
    "LiveModerationOutputModerationResultCategoryAppliedInputTypes",
    "LiveModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "LiveModerationOutputModerationResultCategoryScores",
    "LiveModerationOutputModerationResultType",
    "LiveMove",
    "LiveMoveType",
    "LiveNamespaceTool",
    "LiveNamespaceToolType",
    "LiveOperationCreateFile",
    "LiveOperationCreateFileType",
    "LiveOperationDeleteFile",
    "LiveOperationDeleteFileType",
    "LiveOperationUpdateFile",
    "LiveOperationUpdateFileType",
    "LiveOutcomeExit",
    "LiveOutcomeExitType",
    "LiveOutcomeTimeout",
    "LiveOutcomeTimeoutType",
    "LiveOutput",
    "LiveOutputAudioDeltaEvent",
    "LiveOutputAudioDeltaEventType",
    "LiveOutputAudioFixturePlayEvent",
    "LiveOutputAudioFixturePlayEventType",
    "LiveOutputAudioFixturePlayedEvent",
    "LiveOutputAudioFixturePlayedEventType",
    "LiveOutputAudioFixturePlayingEvent",
    "LiveOutputAudioFixturePlayingEventType",
    "LiveOutputImage",
    "LiveOutputImageType",
    "LiveOutputLogs",
    "LiveOutputLogsType",
    "LiveOutputOutcomeExit",
    "LiveOutputOutcomeExitType",
    "LiveOutputOutcomeTimeout",
    "LiveOutputOutcomeTimeoutType",
    "LiveOutputTokensDetails",
    "LiveOutputTranscriptDeltaEvent",
    "LiveOutputTranscriptDeltaEventType",
    "LivePartReasoningText",
    "LivePartReasoningTextType",
    "LivePendingSafetyCheck",
    "LivePredicateInstructionsPartsInputImage",
    "LivePredicateInstructionsPartsInputImageDetail",
    "LivePredicateInstructionsPartsInputImageType",
    "LiveProgram",
    "LiveProgramOutput",
    "LiveProgramOutputStatus",
    "LiveProgramOutputType",
    "LiveProgramType",
    "LiveProgrammaticToolCalling",
    "LiveProgrammaticToolCallingType",
    "LivePromptCacheBreakpoint",
    "LivePromptCacheBreakpointMode",
    "LivePromptCacheBreakpointTtl",
    "LivePromptCacheDiagnosticsCacheHit",
    "LivePromptCacheDiagnosticsCacheHitType",
    "LivePromptCacheDiagnosticsCacheMiss",
    "LivePromptCacheDiagnosticsCacheMissReason",
    "LivePromptCacheDiagnosticsCacheMissType",
    "LivePromptCacheDiagnosticsComparisonResponseNotFound",
    "LivePromptCacheDiagnosticsComparisonResponseNotFoundType",
    "LivePromptCacheDiagnosticsUnavailable",
    "LivePromptCacheDiagnosticsUnavailableType",
    "LivePromptCacheOptions",
    "LivePromptCacheOptionsMode",
    "LivePromptCacheOptionsTtl",
    "LiveRankingOptions",
    "LiveRankingOptionsHybridSearch",
    "LiveRankingOptionsRanker",
    "LiveResponse",
    "LiveResponseApplyPatchToolCall",
    "LiveResponseApplyPatchToolCallOutput",
    "LiveResponseApplyPatchToolCallOutputStatus",
    "LiveResponseApplyPatchToolCallOutputType",
    "LiveResponseApplyPatchToolCallStatus",
    "LiveResponseApplyPatchToolCallType",
    "LiveResponseAudioDeltaEvent",
    "LiveResponseAudioDeltaEventType",
    "LiveResponseAudioDoneEvent",
    "LiveResponseAudioDoneEventType",
    "LiveResponseAudioTranscriptDeltaEvent",
    "LiveResponseAudioTranscriptDeltaEventType",
    "LiveResponseAudioTranscriptDoneEvent",
    "LiveResponseAudioTranscriptDoneEventType",
    "LiveResponseCodeInterpreterCallCodeDeltaEvent",
    "LiveResponseCodeInterpreterCallCodeDeltaEventType",
    "LiveResponseCodeInterpreterCallCodeDoneEvent",
    "LiveResponseCodeInterpreterCallCodeDoneEventType",
    "LiveResponseCodeInterpreterCallCompletedEvent",
    "LiveResponseCodeInterpreterCallCompletedEventType",
    "LiveResponseCodeInterpreterCallInProgressEvent",
    "LiveResponseCodeInterpreterCallInProgressEventType",
    "LiveResponseCodeInterpreterCallInterpretingEvent",
    "LiveResponseCodeInterpreterCallInterpretingEventType",
    "LiveResponseCodeInterpreterToolCall",
    "LiveResponseCodeInterpreterToolCallStatus",
    "LiveResponseCodeInterpreterToolCallType",
    "LiveResponseCompactionCompactingEvent",
    "LiveResponseCompactionCompactingEventType",
    "LiveResponseCompletedEvent",
    "LiveResponseCompletedEventType",
    "LiveResponseComputerToolCall",
    "LiveResponseComputerToolCallOutputItem",
    "LiveResponseComputerToolCallOutputItemStatus",
    "LiveResponseComputerToolCallOutputItemType",
    "LiveResponseComputerToolCallOutputScreenshot",
    "LiveResponseComputerToolCallOutputScreenshotType",
    "LiveResponseComputerToolCallStatus",
    "LiveResponseComputerToolCallType",
    "LiveResponseConfigurationUpdateItem",
    "LiveResponseConfigurationUpdateItemType",
    "LiveResponseContainerReference",
    "LiveResponseContainerReferenceType",
    "LiveResponseContentPartAddedEvent",
    "LiveResponseContentPartAddedEventType",
    "LiveResponseContentPartDoneEvent",
    "LiveResponseContentPartDoneEventType",
    "LiveResponseCreateEvent",
    "LiveResponseCreateEventType",
    "LiveResponseCreatedEvent",
    "LiveResponseCreatedEventType",
    "LiveResponseCustomToolCall",
    "LiveResponseCustomToolCallInputDeltaEvent",
    "LiveResponseCustomToolCallInputDeltaEventType",
    "LiveResponseCustomToolCallInputDoneEvent",
    "LiveResponseCustomToolCallInputDoneEventType",
    "LiveResponseCustomToolCallOutput",
    "LiveResponseCustomToolCallOutputItem",
    "LiveResponseCustomToolCallOutputItemStatus",
    "LiveResponseCustomToolCallOutputItemType",
    "LiveResponseCustomToolCallOutputType",
    "LiveResponseCustomToolCallType",
    "LiveResponseError",
    "LiveResponseErrorCode",
    "LiveResponseErrorEvent",
    "LiveResponseErrorEventType",
    "LiveResponseEvent",
    "LiveResponseEventType",
    "LiveResponseFailedEvent",
    "LiveResponseFailedEventType",
    "LiveResponseFileSearchCallCompletedEvent",
    "LiveResponseFileSearchCallCompletedEventType",
    "LiveResponseFileSearchCallInProgressEvent",
    "LiveResponseFileSearchCallInProgressEventType",
    "LiveResponseFileSearchCallSearchingEvent",
    "LiveResponseFileSearchCallSearchingEventType",
    "LiveResponseFileSearchToolCall",
    "LiveResponseFileSearchToolCallStatus",
    "LiveResponseFileSearchToolCallType",
    "LiveResponseFormatJSONObject",
    "LiveResponseFormatJSONObjectType",
    "LiveResponseFormatText",
    "LiveResponseFormatTextJSONSchemaConfig",
    "LiveResponseFormatTextJSONSchemaConfigSchema",
    "LiveResponseFormatTextJSONSchemaConfigType",
    "LiveResponseFormatTextType",
    "LiveResponseFunctionCallArgumentsDeltaEvent",
    "LiveResponseFunctionCallArgumentsDeltaEventType",
    "LiveResponseFunctionCallArgumentsDoneEvent",
    "LiveResponseFunctionCallArgumentsDoneEventType",
    "LiveResponseFunctionShellCallOutputContent",
    "LiveResponseFunctionShellToolCall",
    "LiveResponseFunctionShellToolCallOutput",
    "LiveResponseFunctionShellToolCallOutputStatus",
    "LiveResponseFunctionShellToolCallOutputType",
    "LiveResponseFunctionShellToolCallStatus",
    "LiveResponseFunctionShellToolCallType",
    "LiveResponseFunctionToolCall",
    "LiveResponseFunctionToolCallOutputItem",
    "LiveResponseFunctionToolCallOutputItemStatus",
    "LiveResponseFunctionToolCallOutputItemType",
    "LiveResponseFunctionToolCallStatus",
    "LiveResponseFunctionToolCallType",
    "LiveResponseFunctionWebSearch",
    "LiveResponseFunctionWebSearchStatus",
    "LiveResponseFunctionWebSearchType",
    "LiveResponseImageGenCallCompletedEvent",
    "LiveResponseImageGenCallCompletedEventType",
    "LiveResponseImageGenCallGeneratingEvent",
    "LiveResponseImageGenCallGeneratingEventType",
    "LiveResponseImageGenCallInProgressEvent",
    "LiveResponseImageGenCallInProgressEventType",
    "LiveResponseImageGenCallPartialImageEvent",
    "LiveResponseImageGenCallPartialImageEventType",
    "LiveResponseInProgressEvent",
    "LiveResponseInProgressEventType",
    "LiveResponseIncompleteEvent",
    "LiveResponseIncompleteEventType",
    "LiveResponseInputFile",
    "LiveResponseInputFileContent",
    "LiveResponseInputFileContentDetail",
    "LiveResponseInputFileContentType",
    "LiveResponseInputFileDetail",
    "LiveResponseInputFileType",
    "LiveResponseInputImage",
    "LiveResponseInputImageContent",
    "LiveResponseInputImageContentDetail",
    "LiveResponseInputImageContentType",
    "LiveResponseInputImageDetail",
    "LiveResponseInputImageType",
    "LiveResponseInputText",
    "LiveResponseInputTextContent",
    "LiveResponseInputTextContentType",
    "LiveResponseInputTextType",
    "LiveResponseItemCreateEvent",
    "LiveResponseItemCreateEventType",
    "LiveResponseLocalEnvironment",
    "LiveResponseLocalEnvironmentType",
    "LiveResponseMcpCallArgumentsDeltaEvent",
    "LiveResponseMcpCallArgumentsDeltaEventType",
    "LiveResponseMcpCallArgumentsDoneEvent",
    "LiveResponseMcpCallArgumentsDoneEventType",
    "LiveResponseMcpCallCompletedEvent",
    "LiveResponseMcpCallCompletedEventType",
    "LiveResponseMcpCallFailedEvent",
    "LiveResponseMcpCallFailedEventType",
    "LiveResponseMcpCallInProgressEvent",
    "LiveResponseMcpCallInProgressEventType",
    "LiveResponseMcpListToolsCompletedEvent",
    "LiveResponseMcpListToolsCompletedEventType",
    "LiveResponseMcpListToolsFailedEvent",
    "LiveResponseMcpListToolsFailedEventType",
    "LiveResponseMcpListToolsInProgressEvent",
    "LiveResponseMcpListToolsInProgressEventType",
    "LiveResponseMetadata",
    "LiveResponseModel",
    "LiveResponseObject",
    "LiveResponseOutputItemAddedEvent",
    "LiveResponseOutputItemAddedEventType",
    "LiveResponseOutputItemDoneEvent",
    "LiveResponseOutputItemDoneEventType",
    "LiveResponseOutputMessage",
    "LiveResponseOutputMessagePhase",
    "LiveResponseOutputMessageRole",
    "LiveResponseOutputMessageStatus",
    "LiveResponseOutputMessageType",
    "LiveResponseOutputRefusal",
    "LiveResponseOutputRefusalType",
    "LiveResponseOutputText",
    "LiveResponseOutputTextAnnotationAddedEvent",
    "LiveResponseOutputTextAnnotationAddedEventType",
    "LiveResponseOutputTextType",
    "LiveResponsePrompt",
    "LiveResponsePromptCacheRetention",
    "LiveResponsePromptVariables",
    "LiveResponseQueuedEvent",
    "LiveResponseQueuedEventType",
    "LiveResponseReasoningItem",
    "LiveResponseReasoningItemStatus",
    "LiveResponseReasoningItemType",
    "LiveResponseReasoningSummaryPartAddedEvent",
    "LiveResponseReasoningSummaryPartAddedEventType",
    "LiveResponseReasoningSummaryPartDoneEvent",
    "LiveResponseReasoningSummaryPartDoneEventStatus",
    "LiveResponseReasoningSummaryPartDoneEventType",
    "LiveResponseReasoningSummaryTextDeltaEvent",
    "LiveResponseReasoningSummaryTextDeltaEventType",
    "LiveResponseReasoningSummaryTextDoneEvent",
    "LiveResponseReasoningSummaryTextDoneEventType",
    "LiveResponseReasoningTextDeltaEvent",
    "LiveResponseReasoningTextDeltaEventType",
    "LiveResponseReasoningTextDoneEvent",
    "LiveResponseReasoningTextDoneEventType",
    "LiveResponseRefusalDeltaEvent",
    "LiveResponseRefusalDeltaEventType",
    "LiveResponseRefusalDoneEvent",
    "LiveResponseRefusalDoneEventType",
    "LiveResponseServiceTier",
    "LiveResponseShellCallCommandAddedEvent",
    "LiveResponseShellCallCommandAddedEventType",
    "LiveResponseShellCallCommandDeltaEvent",
    "LiveResponseShellCallCommandDeltaEventType",
    "LiveResponseShellCallCommandDoneEvent",
    "LiveResponseShellCallCommandDoneEventType",
    "LiveResponseShellCallOutputContentDeltaEvent",
    "LiveResponseShellCallOutputContentDeltaEventType",
    "LiveResponseShellCallOutputContentDoneEvent",
    "LiveResponseShellCallOutputContentDoneEventType",
    "LiveResponseStatus",
    "LiveResponseTextConfig",
    "LiveResponseTextConfigVerbosity",
    "LiveResponseTextDeltaEvent",
    "LiveResponseTextDeltaEventType",
    "LiveResponseTextDoneEvent",
    "LiveResponseTextDoneEventType",
    "LiveResponseToolChoice",
    "LiveResponseToolSearchCall",
    "LiveResponseToolSearchCallExecution",
    "LiveResponseToolSearchCallStatus",
    "LiveResponseToolSearchCallType",
    "LiveResponseTruncation",
    "LiveResponseUsage",
    "LiveResponseWebSearchCallCompletedEvent",
    "LiveResponseWebSearchCallCompletedEventType",
    "LiveResponseWebSearchCallInProgressEvent",
    "LiveResponseWebSearchCallInProgressEventType",
    "LiveResponseWebSearchCallSearchingEvent",
    "LiveResponseWebSearchCallSearchingEventType",
    "LiveResponsesDelegationConfig",
    "LiveResponsesDelegationConfigReasoning",
    "LiveResponsesDelegationConfigReasoningEffort",
    "LiveResponsesDelegationConfigReasoningSummary",
    "LiveResponsesDelegationConfigServiceTier",
    "LiveResponsesDelegationConfigText",
    "LiveResponsesDelegationConfigTextVerbosity",
    "LiveResponsesDelegationConfigToolChoice",
    "LiveResponsesDelegationConfigToolChoiceCustom",
    "LiveResponsesDelegationConfigToolChoiceCustomType",
    "LiveResponsesDelegationConfigToolCodeInterpreter",
    "LiveResponsesDelegationConfigToolCodeInterpreterType",
    "LiveResponsesDelegationConfigToolImageGeneration",
    "LiveResponsesDelegationConfigToolImageGenerationType",
    "LiveResponsesDelegationConfigToolMcp",
    "LiveResponsesDelegationConfigToolMcpAllowedCallersItem",
    "LiveResponsesDelegationConfigToolMcpHeaders",
    "LiveResponsesDelegationConfigToolMcpRequireApproval",
    "LiveResponsesDelegationConfigToolMcpType",
    "LiveResponsesDelegationUpdateConfig",
    "LiveResponsesDelegationUpdateConfigServiceTier",
    "LiveResponsesDelegationUpdateConfigToolChoice",
    "LiveResponsesFunctionTool",
    "LiveResponsesFunctionToolAllowedCallersItem",
    "LiveResponsesFunctionToolOutputSchema",
    "LiveResponsesFunctionToolParameters",
    "LiveResponsesFunctionToolType",
    "LiveResponsesResponseCompactionItem",
    "LiveResponsesResponseCompactionItemParam",
    "LiveResponsesResponseCompactionItemParamType",
    "LiveResponsesResponseCompactionItemType",
    "LiveResponsesResponseConfigurationUpdateItemReasoning",
    "LiveResponsesResponseConfigurationUpdateItemReasoningEffort",
    "LiveResponsesResponseConfigurationUpdateItemText",
    "LiveResponsesResponseInputItemAdditionalTools",
    "LiveResponsesResponseInputItemAdditionalToolsRole",
    "LiveResponsesResponseInputItemAdditionalToolsType",
    "LiveResponsesResponseInputItemMcpApprovalResponse",
    "LiveResponsesResponseInputItemMcpApprovalResponseType",
    "LiveResponsesResponseOutputItemAdditionalTools",
    "LiveResponsesResponseOutputItemAdditionalToolsRole",
    "LiveResponsesResponseOutputItemAdditionalToolsType",
    "LiveResponsesResponseOutputItemMcpApprovalResponse",
    "LiveResponsesResponseOutputItemMcpApprovalResponseType",
    "LiveResponsesResponseOutputTextLogprob",
    "LiveResponsesResponseOutputTextLogprobTopLogprob",
    "LiveResponsesResponseReasoningSummaryPartAddedEventPart",
    "LiveResponsesResponseReasoningSummaryPartAddedEventPartType",
    "LiveResponsesResponseReasoningSummaryPartDoneEventPart",
    "LiveResponsesResponseReasoningSummaryPartDoneEventPartType",
    "LiveResponsesResponseTextDoneEventLogprob",
    "LiveResponsesResponseTextDoneEventLogprobTopLogprob",
    "LiveResponsesResponseToolSearchOutputItem",
    "LiveResponsesResponseToolSearchOutputItemExecution",
    "LiveResponsesResponseToolSearchOutputItemParam",
    "LiveResponsesResponseToolSearchOutputItemParamExecution",
    "LiveResponsesResponseToolSearchOutputItemParamStatus",
    "LiveResponsesResponseToolSearchOutputItemParamType",
    "LiveResponsesResponseToolSearchOutputItemStatus",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreter",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterAllowedCallersItem",
    "LiveResponsesResponseToolSearchOutputItemToolCodeInterpreterType",
    "LiveResponsesResponseToolSearchOutputItemToolImageGeneration",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationAction",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationBackground",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationComplexity",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationInputFidelity",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationModel",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationModeration",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationOutputFormat",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationQuality",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationSize",
    "LiveResponsesResponseToolSearchOutputItemToolImageGenerationType",
    "LiveResponsesResponseToolSearchOutputItemToolMcp",
    "LiveResponsesResponseToolSearchOutputItemToolMcpAllowedCallersItem",
    "LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId",
    "LiveResponsesResponseToolSearchOutputItemToolMcpHeaders",
    "LiveResponsesResponseToolSearchOutputItemToolMcpRequireApproval",
    "LiveResponsesResponseToolSearchOutputItemToolMcpType",
    "LiveResponsesResponseToolSearchOutputItemType",
    "LiveResponsesToolChoiceCustom",
    "LiveResponsesToolChoiceCustomType",
    "LiveResponsesWebSearchPreviewToolUserLocation",
    "LiveResponsesWebSearchPreviewToolUserLocationType",
    "LiveResponsesWebSearchToolUserLocation",
    "LiveResponsesWebSearchToolUserLocationType",
    "LiveResult",
    "LiveResultAttributes",
    "LiveScoreInstructionsPartsInputImage",
    "LiveScoreInstructionsPartsInputImageDetail",
    "LiveScoreInstructionsPartsInputImageType",
    "LiveScoreLevel",
    "LiveScreenshot",
    "LiveScreenshotType",
    "LiveScroll",
    "LiveScrollType",
    "LiveServerEventSelector",
    "LiveServerEventTransportDtmfSend",
    "LiveServerEventTransportDtmfSendType",
    "LiveSessionAcceptParams",
    "LiveSessionAcceptParamsSession",
    "LiveSessionAcceptParamsSessionModel",
    "LiveSessionAcceptParamsSessionType",
    "LiveSessionAudio",
    "LiveSessionAudioOutput",
    "LiveSessionAudioOutputVoice",
    "LiveSessionCloseEvent",
    "LiveSessionCloseEventType",
    "LiveSessionClosedEvent",
    "LiveSessionClosedEventReason",
    "LiveSessionClosedEventType",
    "LiveSessionConfig",
    "LiveSessionConfigAudio",
    "LiveSessionConfigAudioOutput",
    "LiveSessionConfigAudioOutputVoice",
    "LiveSessionConfigDelegationDecisions",
    "LiveSessionConfigDelegationDecisionsType",
    "LiveSessionConfigDelegationResponses",
    "LiveSessionConfigDelegationResponsesType",
    "LiveSessionConfigModel",
    "LiveSessionDelegationDecisions",
    "LiveSessionDelegationDecisionsType",
    "LiveSessionDelegationResponses",
    "LiveSessionDelegationResponsesType",
    "LiveSessionForkParams",
    "LiveSessionForkParamsTransport",
    "LiveSessionForkParamsTransportType",
    "LiveSessionForkResponse",
    "LiveSessionInputAudioAppend",
    "LiveSessionInputAudioAppendType",
    "LiveSessionPaused",
    "LiveSessionPausedType",
    "LiveSessionReferParams",
    "LiveSessionRejectParams",
    "LiveSessionResource",
    "LiveSessionResourceModel",
    "LiveSessionResourceStatus",
    "LiveSessionResumed",
    "LiveSessionResumedType",
    "LiveSessionStartEvent",
    "LiveSessionStartEventType",
    "LiveSessionStartedEvent",
    "LiveSessionStartedEventType",
    "LiveSessionUpdateConfig",
    "LiveSessionUpdateConfigDelegationDecisions",
    "LiveSessionUpdateConfigDelegationDecisionsType",
    "LiveSessionUpdateConfigDelegationResponses",
    "LiveSessionUpdateConfigDelegationResponsesType",
    "LiveSessionUpdateEvent",
    "LiveSessionUpdateEventType",
    "LiveSessionUpdatedEvent",
    "LiveSessionUpdatedEventType",
    "LiveSessionUsage",
    "LiveSessionUsageUpdatedEvent",
    "LiveSessionUsageUpdatedEventType",
    "LiveSharedCustomToolInputFormatText",
    "LiveSharedCustomToolInputFormatTextType",
    "LiveSharedReasoning",
    "LiveSharedReasoningContext",
    "LiveSharedReasoningEffort",
    "LiveSharedReasoningGenerateSummary",
    "LiveSharedReasoningMode",
    "LiveSharedReasoningSummary",
    "LiveShellCall",
    "LiveShellCallAction",
    "LiveShellCallCallerDirect",
    "LiveShellCallCallerDirectType",
    "LiveShellCallCallerProgram",
    "LiveShellCallCallerProgramType",
    "LiveShellCallOutput",
    "LiveShellCallOutputCallerDirect",
    "LiveShellCallOutputCallerDirectType",
    "LiveShellCallOutputCallerProgram",
    "LiveShellCallOutputCallerProgramType",
    "LiveShellCallOutputStatus",
    "LiveShellCallOutputType",
    "LiveShellCallStatus",
    "LiveShellCallType",
    "LiveSkillReference",
    "LiveSkillReferenceType",
    "LiveSummary",
    "LiveSummaryType",
    "LiveThinkingAppendEvent",
    "LiveThinkingAppendEventType",
    "LiveThinkingAppendedEvent",
    "LiveThinkingAppendedEventType",
    "LiveToolApplyPatch",
    "LiveToolApplyPatchType",
    "LiveToolChoiceAllowed",
    "LiveToolChoiceAllowedMode",
    "LiveToolChoiceAllowedToolsItem",
    "LiveToolChoiceAllowedType",
    "LiveToolChoiceApplyPatch",
    "LiveToolChoiceApplyPatchType",
    "LiveToolChoiceCodeInterpreter",
    "LiveToolChoiceCodeInterpreterType",
    "LiveToolChoiceComputer",
    "LiveToolChoiceComputerType",
    "LiveToolChoiceFileSearch",
    "LiveToolChoiceFileSearchType",
    "LiveToolChoiceFunction",
    "LiveToolChoiceFunctionType",
    "LiveToolChoiceImageGeneration",
    "LiveToolChoiceImageGenerationType",
    "LiveToolChoiceLiveAllowedToolsChoice",
    "LiveToolChoiceLiveAllowedToolsChoiceMode",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatchType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreterType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolComputerType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolCustomType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearchType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGenerationType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoiceType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoiceType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCallingType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolShell",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolShellType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreviewType",
    "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchType",
    "LiveToolChoiceLiveAllowedToolsChoiceType",
    "LiveToolChoiceLiveFunctionToolChoice",
    "LiveToolChoiceLiveFunctionToolChoiceType",
    "LiveToolChoiceLiveMCPToolChoice",
    "LiveToolChoiceLiveMCPToolChoiceType",
    "LiveToolChoiceMcp",
    "LiveToolChoiceMcpType",
    "LiveToolChoiceProgrammaticToolCalling",
    "LiveToolChoiceProgrammaticToolCallingType",
    "LiveToolChoiceShell",
    "LiveToolChoiceShellType",
    "LiveToolChoiceSpecificProgrammaticToolCalling",
    "LiveToolChoiceSpecificProgrammaticToolCallingType",
    "LiveToolChoiceTypes",
    "LiveToolChoiceTypesType",
    "LiveToolChoiceWebSearch",
    "LiveToolChoiceWebSearchPreview",
    "LiveToolChoiceWebSearchPreviewType",
    "LiveToolChoiceWebSearchType",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAuto",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimit",
    "LiveToolCodeInterpreterContainerCodeInterpreterToolAutoType",
    "LiveToolComputer",
    "LiveToolComputerType",
    "LiveToolCustom",
    "LiveToolCustomType",
    "LiveToolFileSearch",
    "LiveToolFileSearchType",
    "LiveToolFunction",
    "LiveToolFunctionAllowedCallersItem",
    "LiveToolFunctionOutputSchema",
    "LiveToolFunctionType",
    "LiveToolImageGenerationInputImageMask",
    "LiveToolImageGenerationSvg",
    "LiveToolImageGenerationSvgReasoning",
    "LiveToolImageGenerationSvgReasoningEffort",
    "LiveToolLocalShell",
    "LiveToolLocalShellType",
    "LiveToolMcpAllowedToolsLiveMCPToolFilter",
    "LiveToolMcpAllowedToolsMcpToolFilter",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways",
    "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilter",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilterAlways",
    "LiveToolMcpRequireApprovalMcpToolApprovalFilterNever",
    "LiveToolNamespace",
    "LiveToolNamespaceType",
    "LiveToolProgrammaticToolCalling",
    "LiveToolProgrammaticToolCallingType",
    "LiveToolSearch",
    "LiveToolSearchCall",
    "LiveToolSearchCallExecution",
    "LiveToolSearchCallStatus",
    "LiveToolSearchCallType",
    "LiveToolSearchOutputNamespaceTool",
    "LiveToolSearchOutputNamespaceToolType",
    "LiveToolSearchTool",
    "LiveToolSearchToolExecution",
    "LiveToolSearchToolType",
    "LiveToolSearchType",
    "LiveToolShell",
    "LiveToolShellEnvironmentContainerAuto",
    "LiveToolShellEnvironmentContainerAutoMemoryLimit",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlist",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyAllowlistType",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabled",
    "LiveToolShellEnvironmentContainerAutoNetworkPolicyDisabledType",
    "LiveToolShellEnvironmentContainerAutoSkillInline",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSource",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSourceMediaType",
    "LiveToolShellEnvironmentContainerAutoSkillInlineSourceType",
    "LiveToolShellEnvironmentContainerAutoSkillInlineType",
    "LiveToolShellEnvironmentContainerAutoSkillSkillReference",
    "LiveToolShellEnvironmentContainerAutoSkillSkillReferenceType",
    "LiveToolShellEnvironmentContainerAutoType",
    "LiveToolShellEnvironmentContainerReference",
    "LiveToolShellEnvironmentContainerReferenceType",
    "LiveToolShellEnvironmentLocal",
    "LiveToolShellEnvironmentLocalSkill",
    "LiveToolShellEnvironmentLocalType",
    "LiveToolShellType",
    "LiveToolUsage",
    "LiveToolUsageImageGen",
    "LiveToolUsageImageGenCachedTokensDetails",
    "LiveToolUsageImageGenInputTokensDetails",
    "LiveToolUsageImageGenOutputTokensDetails",
    "LiveToolUsageWebSearch",
    "LiveToolWebSearch",
    "LiveToolWebSearchType",
    "LiveTransportAnswered",
    "LiveTransportAnsweredType",
    "LiveTransportDtmfReceived",
    "LiveTransportDtmfReceivedType",
    "LiveTransportDtmfSent",
    "LiveTransportDtmfSentType",
    "LiveTransportFailed",
    "LiveTransportFailedError",
    "LiveTransportFailedErrorType",
    "LiveTransportFailedType",
    "LiveTransportRinging",
    "LiveTransportRingingType",
    "LiveType",
    "LiveTypeType",
    "LiveUsage",
    "LiveUsageInputTokensDetails",
    "LiveUsageOutputTokensDetails",
    "LiveUser",
    "LiveUserContent",
    "LiveUserContentType",
    "LiveUserRole",
    "LiveUserStatus",
    "LiveUserType",
    "LiveWait",
    "LiveWaitType",
    "LiveWakePolicy",
    "LiveWakePolicyType",
    "LiveWebSearchPreviewTool",
    "LiveWebSearchPreviewToolSearchContentTypesItem",
    "LiveWebSearchPreviewToolSearchContextSize",
    "LiveWebSearchPreviewToolType",
    "LiveWebSearchTool",
    "LiveWebSearchToolSearchContextSize",
    "LiveWebSearchToolType",
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
    "WebhookLiveCallIncomingDataSipMediaSecurity",
    "WebhookLiveCallIncomingObject",
    "WebhookLiveCallIncomingType",
    "WebhookLiveTransportConnected",
    "WebhookLiveTransportConnectedData",
    "WebhookLiveTransportConnectedDataType",
    "WebhookLiveTransportConnectedObject",
    "WebhookLiveTransportConnectedType",
    "WebhookLiveTransportIncoming",
    "WebhookLiveTransportIncomingData",
    "WebhookLiveTransportIncomingDataSipHeader",
    "WebhookLiveTransportIncomingDataSipMediaSecurity",
    "WebhookLiveTransportIncomingDataType",
    "WebhookLiveTransportIncomingObject",
    "WebhookLiveTransportIncomingType",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncomingDataSipMediaSecurity",
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
