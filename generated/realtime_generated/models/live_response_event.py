from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_event_type import LiveResponseEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_audio_delta_event import LiveResponseAudioDeltaEvent
    from ..models.live_response_audio_done_event import LiveResponseAudioDoneEvent
    from ..models.live_response_audio_transcript_delta_event import LiveResponseAudioTranscriptDeltaEvent
    from ..models.live_response_audio_transcript_done_event import LiveResponseAudioTranscriptDoneEvent
    from ..models.live_response_code_interpreter_call_code_delta_event import (
        LiveResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from ..models.live_response_code_interpreter_call_code_done_event import (
        LiveResponseCodeInterpreterCallCodeDoneEvent,
    )
    from ..models.live_response_code_interpreter_call_completed_event import (
        LiveResponseCodeInterpreterCallCompletedEvent,
    )
    from ..models.live_response_code_interpreter_call_in_progress_event import (
        LiveResponseCodeInterpreterCallInProgressEvent,
    )
    from ..models.live_response_code_interpreter_call_interpreting_event import (
        LiveResponseCodeInterpreterCallInterpretingEvent,
    )
    from ..models.live_response_compaction_compacting_event import LiveResponseCompactionCompactingEvent
    from ..models.live_response_completed_event import LiveResponseCompletedEvent
    from ..models.live_response_content_part_added_event import LiveResponseContentPartAddedEvent
    from ..models.live_response_content_part_done_event import LiveResponseContentPartDoneEvent
    from ..models.live_response_created_event import LiveResponseCreatedEvent
    from ..models.live_response_custom_tool_call_input_delta_event import LiveResponseCustomToolCallInputDeltaEvent
    from ..models.live_response_custom_tool_call_input_done_event import LiveResponseCustomToolCallInputDoneEvent
    from ..models.live_response_error_event import LiveResponseErrorEvent
    from ..models.live_response_failed_event import LiveResponseFailedEvent
    from ..models.live_response_file_search_call_completed_event import LiveResponseFileSearchCallCompletedEvent
    from ..models.live_response_file_search_call_in_progress_event import LiveResponseFileSearchCallInProgressEvent
    from ..models.live_response_file_search_call_searching_event import LiveResponseFileSearchCallSearchingEvent
    from ..models.live_response_function_call_arguments_delta_event import LiveResponseFunctionCallArgumentsDeltaEvent
    from ..models.live_response_function_call_arguments_done_event import LiveResponseFunctionCallArgumentsDoneEvent
    from ..models.live_response_image_gen_call_completed_event import LiveResponseImageGenCallCompletedEvent
    from ..models.live_response_image_gen_call_generating_event import LiveResponseImageGenCallGeneratingEvent
    from ..models.live_response_image_gen_call_in_progress_event import LiveResponseImageGenCallInProgressEvent
    from ..models.live_response_image_gen_call_partial_image_event import LiveResponseImageGenCallPartialImageEvent
    from ..models.live_response_in_progress_event import LiveResponseInProgressEvent
    from ..models.live_response_incomplete_event import LiveResponseIncompleteEvent
    from ..models.live_response_mcp_call_arguments_delta_event import LiveResponseMcpCallArgumentsDeltaEvent
    from ..models.live_response_mcp_call_arguments_done_event import LiveResponseMcpCallArgumentsDoneEvent
    from ..models.live_response_mcp_call_completed_event import LiveResponseMcpCallCompletedEvent
    from ..models.live_response_mcp_call_failed_event import LiveResponseMcpCallFailedEvent
    from ..models.live_response_mcp_call_in_progress_event import LiveResponseMcpCallInProgressEvent
    from ..models.live_response_mcp_list_tools_completed_event import LiveResponseMcpListToolsCompletedEvent
    from ..models.live_response_mcp_list_tools_failed_event import LiveResponseMcpListToolsFailedEvent
    from ..models.live_response_mcp_list_tools_in_progress_event import LiveResponseMcpListToolsInProgressEvent
    from ..models.live_response_output_item_added_event import LiveResponseOutputItemAddedEvent
    from ..models.live_response_output_item_done_event import LiveResponseOutputItemDoneEvent
    from ..models.live_response_output_text_annotation_added_event import LiveResponseOutputTextAnnotationAddedEvent
    from ..models.live_response_queued_event import LiveResponseQueuedEvent
    from ..models.live_response_reasoning_summary_part_added_event import LiveResponseReasoningSummaryPartAddedEvent
    from ..models.live_response_reasoning_summary_part_done_event import LiveResponseReasoningSummaryPartDoneEvent
    from ..models.live_response_reasoning_summary_text_delta_event import LiveResponseReasoningSummaryTextDeltaEvent
    from ..models.live_response_reasoning_summary_text_done_event import LiveResponseReasoningSummaryTextDoneEvent
    from ..models.live_response_reasoning_text_delta_event import LiveResponseReasoningTextDeltaEvent
    from ..models.live_response_reasoning_text_done_event import LiveResponseReasoningTextDoneEvent
    from ..models.live_response_refusal_delta_event import LiveResponseRefusalDeltaEvent
    from ..models.live_response_refusal_done_event import LiveResponseRefusalDoneEvent
    from ..models.live_response_shell_call_command_added_event import LiveResponseShellCallCommandAddedEvent
    from ..models.live_response_shell_call_command_delta_event import LiveResponseShellCallCommandDeltaEvent
    from ..models.live_response_shell_call_command_done_event import LiveResponseShellCallCommandDoneEvent
    from ..models.live_response_shell_call_output_content_delta_event import (
        LiveResponseShellCallOutputContentDeltaEvent,
    )
    from ..models.live_response_shell_call_output_content_done_event import LiveResponseShellCallOutputContentDoneEvent
    from ..models.live_response_text_delta_event import LiveResponseTextDeltaEvent
    from ..models.live_response_text_done_event import LiveResponseTextDoneEvent
    from ..models.live_response_web_search_call_completed_event import LiveResponseWebSearchCallCompletedEvent
    from ..models.live_response_web_search_call_in_progress_event import LiveResponseWebSearchCallInProgressEvent
    from ..models.live_response_web_search_call_searching_event import LiveResponseWebSearchCallSearchingEvent
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_audio_delta_event import LiveResponseAudioDeltaEvent  # noqa: PLC0415
    from ..models.live_response_audio_done_event import LiveResponseAudioDoneEvent  # noqa: PLC0415
    from ..models.live_response_audio_transcript_delta_event import LiveResponseAudioTranscriptDeltaEvent  # noqa: PLC0415
    from ..models.live_response_audio_transcript_done_event import LiveResponseAudioTranscriptDoneEvent  # noqa: PLC0415
    from ..models.live_response_code_interpreter_call_code_delta_event import (
        LiveResponseCodeInterpreterCallCodeDeltaEvent,  # noqa: PLC0415
    )
    from ..models.live_response_code_interpreter_call_code_done_event import (
        LiveResponseCodeInterpreterCallCodeDoneEvent,  # noqa: PLC0415
    )
    from ..models.live_response_code_interpreter_call_completed_event import (
        LiveResponseCodeInterpreterCallCompletedEvent,  # noqa: PLC0415
    )
    from ..models.live_response_code_interpreter_call_in_progress_event import (
        LiveResponseCodeInterpreterCallInProgressEvent,  # noqa: PLC0415
    )
    from ..models.live_response_code_interpreter_call_interpreting_event import (
        LiveResponseCodeInterpreterCallInterpretingEvent,  # noqa: PLC0415
    )
    from ..models.live_response_compaction_compacting_event import LiveResponseCompactionCompactingEvent  # noqa: PLC0415
    from ..models.live_response_completed_event import LiveResponseCompletedEvent  # noqa: PLC0415
    from ..models.live_response_content_part_added_event import LiveResponseContentPartAddedEvent  # noqa: PLC0415
    from ..models.live_response_content_part_done_event import LiveResponseContentPartDoneEvent  # noqa: PLC0415
    from ..models.live_response_created_event import LiveResponseCreatedEvent  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_input_delta_event import LiveResponseCustomToolCallInputDeltaEvent  # noqa: PLC0415
    from ..models.live_response_custom_tool_call_input_done_event import LiveResponseCustomToolCallInputDoneEvent  # noqa: PLC0415
    from ..models.live_response_error_event import LiveResponseErrorEvent  # noqa: PLC0415
    from ..models.live_response_failed_event import LiveResponseFailedEvent  # noqa: PLC0415
    from ..models.live_response_file_search_call_completed_event import LiveResponseFileSearchCallCompletedEvent  # noqa: PLC0415
    from ..models.live_response_file_search_call_in_progress_event import LiveResponseFileSearchCallInProgressEvent  # noqa: PLC0415
    from ..models.live_response_file_search_call_searching_event import LiveResponseFileSearchCallSearchingEvent  # noqa: PLC0415
    from ..models.live_response_function_call_arguments_delta_event import LiveResponseFunctionCallArgumentsDeltaEvent  # noqa: PLC0415
    from ..models.live_response_function_call_arguments_done_event import LiveResponseFunctionCallArgumentsDoneEvent  # noqa: PLC0415
    from ..models.live_response_image_gen_call_completed_event import LiveResponseImageGenCallCompletedEvent  # noqa: PLC0415
    from ..models.live_response_image_gen_call_generating_event import LiveResponseImageGenCallGeneratingEvent  # noqa: PLC0415
    from ..models.live_response_image_gen_call_in_progress_event import LiveResponseImageGenCallInProgressEvent  # noqa: PLC0415
    from ..models.live_response_image_gen_call_partial_image_event import LiveResponseImageGenCallPartialImageEvent  # noqa: PLC0415
    from ..models.live_response_in_progress_event import LiveResponseInProgressEvent  # noqa: PLC0415
    from ..models.live_response_incomplete_event import LiveResponseIncompleteEvent  # noqa: PLC0415
    from ..models.live_response_mcp_call_arguments_delta_event import LiveResponseMcpCallArgumentsDeltaEvent  # noqa: PLC0415
    from ..models.live_response_mcp_call_arguments_done_event import LiveResponseMcpCallArgumentsDoneEvent  # noqa: PLC0415
    from ..models.live_response_mcp_call_completed_event import LiveResponseMcpCallCompletedEvent  # noqa: PLC0415
    from ..models.live_response_mcp_call_failed_event import LiveResponseMcpCallFailedEvent  # noqa: PLC0415
    from ..models.live_response_mcp_call_in_progress_event import LiveResponseMcpCallInProgressEvent  # noqa: PLC0415
    from ..models.live_response_mcp_list_tools_completed_event import LiveResponseMcpListToolsCompletedEvent  # noqa: PLC0415
    from ..models.live_response_mcp_list_tools_failed_event import LiveResponseMcpListToolsFailedEvent  # noqa: PLC0415
    from ..models.live_response_mcp_list_tools_in_progress_event import LiveResponseMcpListToolsInProgressEvent  # noqa: PLC0415
    from ..models.live_response_output_item_added_event import LiveResponseOutputItemAddedEvent  # noqa: PLC0415
    from ..models.live_response_output_item_done_event import LiveResponseOutputItemDoneEvent  # noqa: PLC0415
    from ..models.live_response_output_text_annotation_added_event import LiveResponseOutputTextAnnotationAddedEvent  # noqa: PLC0415
    from ..models.live_response_queued_event import LiveResponseQueuedEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_summary_part_added_event import LiveResponseReasoningSummaryPartAddedEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_summary_part_done_event import LiveResponseReasoningSummaryPartDoneEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_summary_text_delta_event import LiveResponseReasoningSummaryTextDeltaEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_summary_text_done_event import LiveResponseReasoningSummaryTextDoneEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_text_delta_event import LiveResponseReasoningTextDeltaEvent  # noqa: PLC0415
    from ..models.live_response_reasoning_text_done_event import LiveResponseReasoningTextDoneEvent  # noqa: PLC0415
    from ..models.live_response_refusal_delta_event import LiveResponseRefusalDeltaEvent  # noqa: PLC0415
    from ..models.live_response_refusal_done_event import LiveResponseRefusalDoneEvent  # noqa: PLC0415
    from ..models.live_response_shell_call_command_added_event import LiveResponseShellCallCommandAddedEvent  # noqa: PLC0415
    from ..models.live_response_shell_call_command_delta_event import LiveResponseShellCallCommandDeltaEvent  # noqa: PLC0415
    from ..models.live_response_shell_call_command_done_event import LiveResponseShellCallCommandDoneEvent  # noqa: PLC0415
    from ..models.live_response_shell_call_output_content_delta_event import (
        LiveResponseShellCallOutputContentDeltaEvent,  # noqa: PLC0415
    )
    from ..models.live_response_shell_call_output_content_done_event import LiveResponseShellCallOutputContentDoneEvent  # noqa: PLC0415
    from ..models.live_response_text_delta_event import LiveResponseTextDeltaEvent  # noqa: PLC0415
    from ..models.live_response_text_done_event import LiveResponseTextDoneEvent  # noqa: PLC0415
    from ..models.live_response_web_search_call_completed_event import LiveResponseWebSearchCallCompletedEvent  # noqa: PLC0415
    from ..models.live_response_web_search_call_in_progress_event import LiveResponseWebSearchCallInProgressEvent  # noqa: PLC0415
    from ..models.live_response_web_search_call_searching_event import LiveResponseWebSearchCallSearchingEvent  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseAudioDeltaEvent": LiveResponseAudioDeltaEvent,
            "LiveResponseAudioDoneEvent": LiveResponseAudioDoneEvent,
            "LiveResponseAudioTranscriptDeltaEvent": LiveResponseAudioTranscriptDeltaEvent,
            "LiveResponseAudioTranscriptDoneEvent": LiveResponseAudioTranscriptDoneEvent,
            "LiveResponseCodeInterpreterCallCodeDeltaEvent": LiveResponseCodeInterpreterCallCodeDeltaEvent,
            "LiveResponseCodeInterpreterCallCodeDoneEvent": LiveResponseCodeInterpreterCallCodeDoneEvent,
            "LiveResponseCodeInterpreterCallCompletedEvent": LiveResponseCodeInterpreterCallCompletedEvent,
            "LiveResponseCodeInterpreterCallInProgressEvent": LiveResponseCodeInterpreterCallInProgressEvent,
            "LiveResponseCodeInterpreterCallInterpretingEvent": LiveResponseCodeInterpreterCallInterpretingEvent,
            "LiveResponseCompactionCompactingEvent": LiveResponseCompactionCompactingEvent,
            "LiveResponseCompletedEvent": LiveResponseCompletedEvent,
            "LiveResponseContentPartAddedEvent": LiveResponseContentPartAddedEvent,
            "LiveResponseContentPartDoneEvent": LiveResponseContentPartDoneEvent,
            "LiveResponseCreatedEvent": LiveResponseCreatedEvent,
            "LiveResponseCustomToolCallInputDeltaEvent": LiveResponseCustomToolCallInputDeltaEvent,
            "LiveResponseCustomToolCallInputDoneEvent": LiveResponseCustomToolCallInputDoneEvent,
            "LiveResponseErrorEvent": LiveResponseErrorEvent,
            "LiveResponseFailedEvent": LiveResponseFailedEvent,
            "LiveResponseFileSearchCallCompletedEvent": LiveResponseFileSearchCallCompletedEvent,
            "LiveResponseFileSearchCallInProgressEvent": LiveResponseFileSearchCallInProgressEvent,
            "LiveResponseFileSearchCallSearchingEvent": LiveResponseFileSearchCallSearchingEvent,
            "LiveResponseFunctionCallArgumentsDeltaEvent": LiveResponseFunctionCallArgumentsDeltaEvent,
            "LiveResponseFunctionCallArgumentsDoneEvent": LiveResponseFunctionCallArgumentsDoneEvent,
            "LiveResponseImageGenCallCompletedEvent": LiveResponseImageGenCallCompletedEvent,
            "LiveResponseImageGenCallGeneratingEvent": LiveResponseImageGenCallGeneratingEvent,
            "LiveResponseImageGenCallInProgressEvent": LiveResponseImageGenCallInProgressEvent,
            "LiveResponseImageGenCallPartialImageEvent": LiveResponseImageGenCallPartialImageEvent,
            "LiveResponseInProgressEvent": LiveResponseInProgressEvent,
            "LiveResponseIncompleteEvent": LiveResponseIncompleteEvent,
            "LiveResponseMcpCallArgumentsDeltaEvent": LiveResponseMcpCallArgumentsDeltaEvent,
            "LiveResponseMcpCallArgumentsDoneEvent": LiveResponseMcpCallArgumentsDoneEvent,
            "LiveResponseMcpCallCompletedEvent": LiveResponseMcpCallCompletedEvent,
            "LiveResponseMcpCallFailedEvent": LiveResponseMcpCallFailedEvent,
            "LiveResponseMcpCallInProgressEvent": LiveResponseMcpCallInProgressEvent,
            "LiveResponseMcpListToolsCompletedEvent": LiveResponseMcpListToolsCompletedEvent,
            "LiveResponseMcpListToolsFailedEvent": LiveResponseMcpListToolsFailedEvent,
            "LiveResponseMcpListToolsInProgressEvent": LiveResponseMcpListToolsInProgressEvent,
            "LiveResponseOutputItemAddedEvent": LiveResponseOutputItemAddedEvent,
            "LiveResponseOutputItemDoneEvent": LiveResponseOutputItemDoneEvent,
            "LiveResponseOutputTextAnnotationAddedEvent": LiveResponseOutputTextAnnotationAddedEvent,
            "LiveResponseQueuedEvent": LiveResponseQueuedEvent,
            "LiveResponseReasoningSummaryPartAddedEvent": LiveResponseReasoningSummaryPartAddedEvent,
            "LiveResponseReasoningSummaryPartDoneEvent": LiveResponseReasoningSummaryPartDoneEvent,
            "LiveResponseReasoningSummaryTextDeltaEvent": LiveResponseReasoningSummaryTextDeltaEvent,
            "LiveResponseReasoningSummaryTextDoneEvent": LiveResponseReasoningSummaryTextDoneEvent,
            "LiveResponseReasoningTextDeltaEvent": LiveResponseReasoningTextDeltaEvent,
            "LiveResponseReasoningTextDoneEvent": LiveResponseReasoningTextDoneEvent,
            "LiveResponseRefusalDeltaEvent": LiveResponseRefusalDeltaEvent,
            "LiveResponseRefusalDoneEvent": LiveResponseRefusalDoneEvent,
            "LiveResponseShellCallCommandAddedEvent": LiveResponseShellCallCommandAddedEvent,
            "LiveResponseShellCallCommandDeltaEvent": LiveResponseShellCallCommandDeltaEvent,
            "LiveResponseShellCallCommandDoneEvent": LiveResponseShellCallCommandDoneEvent,
            "LiveResponseShellCallOutputContentDeltaEvent": LiveResponseShellCallOutputContentDeltaEvent,
            "LiveResponseShellCallOutputContentDoneEvent": LiveResponseShellCallOutputContentDoneEvent,
            "LiveResponseTextDeltaEvent": LiveResponseTextDeltaEvent,
            "LiveResponseTextDoneEvent": LiveResponseTextDoneEvent,
            "LiveResponseWebSearchCallCompletedEvent": LiveResponseWebSearchCallCompletedEvent,
            "LiveResponseWebSearchCallInProgressEvent": LiveResponseWebSearchCallInProgressEvent,
            "LiveResponseWebSearchCallSearchingEvent": LiveResponseWebSearchCallSearchingEvent,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseEvent")


@_attrs_define
class LiveResponseEvent:
    """A streaming Responses API event from a backend delegated to by the Live session.

    Use the outer delegation_id to associate the nested stream with its Live delegation.

        Attributes:
            event (LiveResponseAudioDeltaEvent | LiveResponseAudioDoneEvent | LiveResponseAudioTranscriptDeltaEvent |
                LiveResponseAudioTranscriptDoneEvent | LiveResponseCodeInterpreterCallCodeDeltaEvent |
                LiveResponseCodeInterpreterCallCodeDoneEvent | LiveResponseCodeInterpreterCallCompletedEvent |
                LiveResponseCodeInterpreterCallInProgressEvent | LiveResponseCodeInterpreterCallInterpretingEvent |
                LiveResponseCompactionCompactingEvent | LiveResponseCompletedEvent | LiveResponseContentPartAddedEvent |
                LiveResponseContentPartDoneEvent | LiveResponseCreatedEvent | LiveResponseCustomToolCallInputDeltaEvent |
                LiveResponseCustomToolCallInputDoneEvent | LiveResponseErrorEvent | LiveResponseFailedEvent |
                LiveResponseFileSearchCallCompletedEvent | LiveResponseFileSearchCallInProgressEvent |
                LiveResponseFileSearchCallSearchingEvent | LiveResponseFunctionCallArgumentsDeltaEvent |
                LiveResponseFunctionCallArgumentsDoneEvent | LiveResponseImageGenCallCompletedEvent |
                LiveResponseImageGenCallGeneratingEvent | LiveResponseImageGenCallInProgressEvent |
                LiveResponseImageGenCallPartialImageEvent | LiveResponseIncompleteEvent | LiveResponseInProgressEvent |
                LiveResponseMcpCallArgumentsDeltaEvent | LiveResponseMcpCallArgumentsDoneEvent |
                LiveResponseMcpCallCompletedEvent | LiveResponseMcpCallFailedEvent | LiveResponseMcpCallInProgressEvent |
                LiveResponseMcpListToolsCompletedEvent | LiveResponseMcpListToolsFailedEvent |
                LiveResponseMcpListToolsInProgressEvent | LiveResponseOutputItemAddedEvent | LiveResponseOutputItemDoneEvent |
                LiveResponseOutputTextAnnotationAddedEvent | LiveResponseQueuedEvent |
                LiveResponseReasoningSummaryPartAddedEvent | LiveResponseReasoningSummaryPartDoneEvent |
                LiveResponseReasoningSummaryTextDeltaEvent | LiveResponseReasoningSummaryTextDoneEvent |
                LiveResponseReasoningTextDeltaEvent | LiveResponseReasoningTextDoneEvent | LiveResponseRefusalDeltaEvent |
                LiveResponseRefusalDoneEvent | LiveResponseShellCallCommandAddedEvent | LiveResponseShellCallCommandDeltaEvent |
                LiveResponseShellCallCommandDoneEvent | LiveResponseShellCallOutputContentDeltaEvent |
                LiveResponseShellCallOutputContentDoneEvent | LiveResponseTextDeltaEvent | LiveResponseTextDoneEvent |
                LiveResponseWebSearchCallCompletedEvent | LiveResponseWebSearchCallInProgressEvent |
                LiveResponseWebSearchCallSearchingEvent | RealtimeUnknownVariant): A Responses streaming event of a delegated
                backend, nested in a GPT-Live `response.event`, told apart by `type`.
            event_id (str):
            type_ (LiveResponseEventType):
            client_event_id (None | str | Unset):
            delegation_id (None | str | Unset):
    """

    event: (
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
    event_id: str
    type_: LiveResponseEventType | Literal["response.event"]
    client_event_id: None | str | Unset = UNSET
    delegation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event: dict[str, Any]
        if isinstance(self.event, LiveResponseAudioDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseAudioDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseAudioTranscriptDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseAudioTranscriptDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCodeInterpreterCallCodeDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCodeInterpreterCallCodeDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCodeInterpreterCallCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCodeInterpreterCallInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCodeInterpreterCallInterpretingEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCompactionCompactingEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseContentPartAddedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseContentPartDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCreatedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseErrorEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFileSearchCallCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFileSearchCallInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFileSearchCallSearchingEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFunctionCallArgumentsDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFunctionCallArgumentsDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseShellCallCommandAddedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseShellCallCommandDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseShellCallCommandDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseShellCallOutputContentDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseShellCallOutputContentDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseFailedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseIncompleteEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseOutputItemAddedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseOutputItemDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningSummaryPartAddedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningSummaryPartDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningSummaryTextDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningSummaryTextDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningTextDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseReasoningTextDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseRefusalDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseRefusalDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseTextDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseTextDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseWebSearchCallCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseWebSearchCallInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseWebSearchCallSearchingEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseImageGenCallCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseImageGenCallGeneratingEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseImageGenCallInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseImageGenCallPartialImageEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpCallArgumentsDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpCallArgumentsDoneEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpCallCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpCallFailedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpCallInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpListToolsCompletedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpListToolsFailedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseMcpListToolsInProgressEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseOutputTextAnnotationAddedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseQueuedEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCustomToolCallInputDeltaEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, LiveResponseCustomToolCallInputDoneEvent):
            event = self.event.to_dict()
        else:
            event = self.event.to_dict()

        event_id = self.event_id

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        delegation_id: None | str | Unset
        if isinstance(self.delegation_id, Unset):
            delegation_id = UNSET
        else:
            delegation_id = self.delegation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_id": event_id,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event = _parse_event(d.pop("event"))

        event_id = d.pop("event_id")

        type_ = LiveResponseEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        delegation_id = _parse_delegation_id(d.pop("delegation_id", UNSET))

        live_response_event = cls(
            event=event,
            event_id=event_id,
            type_=type_,
            client_event_id=client_event_id,
            delegation_id=delegation_id,
        )

        live_response_event.additional_properties = d
        return live_response_event

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

    type: ClassVar[Literal["response.event"]] = "response.event"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event(
    data: object,
) -> (
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
):
    if isinstance(data, dict) and data.get("type") == "response.audio.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_0 = LiveResponseAudioDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_0
    if isinstance(data, dict) and data.get("type") == "response.audio.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_1 = LiveResponseAudioDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_1
    if isinstance(data, dict) and data.get("type") == "response.audio.transcript.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_2 = LiveResponseAudioTranscriptDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_2
    if isinstance(data, dict) and data.get("type") == "response.audio.transcript.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_3 = LiveResponseAudioTranscriptDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_3
    if isinstance(data, dict) and data.get("type") == "response.code_interpreter_call_code.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_4 = LiveResponseCodeInterpreterCallCodeDeltaEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_4
    if isinstance(data, dict) and data.get("type") == "response.code_interpreter_call_code.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_5 = LiveResponseCodeInterpreterCallCodeDoneEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_5
    if isinstance(data, dict) and data.get("type") == "response.code_interpreter_call.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_6 = LiveResponseCodeInterpreterCallCompletedEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_6
    if isinstance(data, dict) and data.get("type") == "response.code_interpreter_call.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_7 = LiveResponseCodeInterpreterCallInProgressEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_7
    if isinstance(data, dict) and data.get("type") == "response.code_interpreter_call.interpreting":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_8 = (
            LiveResponseCodeInterpreterCallInterpretingEvent.from_dict(data)
        )

        return componentsschemas_live_response_stream_event_type_8
    if isinstance(data, dict) and data.get("type") == "response.compaction.compacting":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_9 = LiveResponseCompactionCompactingEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_9
    if isinstance(data, dict) and data.get("type") == "response.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_10 = LiveResponseCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_10
    if isinstance(data, dict) and data.get("type") == "response.content_part.added":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_11 = LiveResponseContentPartAddedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_11
    if isinstance(data, dict) and data.get("type") == "response.content_part.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_12 = LiveResponseContentPartDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_12
    if isinstance(data, dict) and data.get("type") == "response.created":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_13 = LiveResponseCreatedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_13
    if isinstance(data, dict) and data.get("type") == "error":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_14 = LiveResponseErrorEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_14
    if isinstance(data, dict) and data.get("type") == "response.file_search_call.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_15 = LiveResponseFileSearchCallCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_15
    if isinstance(data, dict) and data.get("type") == "response.file_search_call.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_16 = LiveResponseFileSearchCallInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_16
    if isinstance(data, dict) and data.get("type") == "response.file_search_call.searching":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_17 = LiveResponseFileSearchCallSearchingEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_17
    if isinstance(data, dict) and data.get("type") == "response.function_call_arguments.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_18 = LiveResponseFunctionCallArgumentsDeltaEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_18
    if isinstance(data, dict) and data.get("type") == "response.function_call_arguments.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_19 = LiveResponseFunctionCallArgumentsDoneEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_19
    if isinstance(data, dict) and data.get("type") == "response.shell_call_command.added":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_20 = LiveResponseShellCallCommandAddedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_20
    if isinstance(data, dict) and data.get("type") == "response.shell_call_command.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_21 = LiveResponseShellCallCommandDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_21
    if isinstance(data, dict) and data.get("type") == "response.shell_call_command.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_22 = LiveResponseShellCallCommandDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_22
    if isinstance(data, dict) and data.get("type") == "response.shell_call_output_content.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_23 = LiveResponseShellCallOutputContentDeltaEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_23
    if isinstance(data, dict) and data.get("type") == "response.shell_call_output_content.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_24 = LiveResponseShellCallOutputContentDoneEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_24
    if isinstance(data, dict) and data.get("type") == "response.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_25 = LiveResponseInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_25
    if isinstance(data, dict) and data.get("type") == "response.failed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_26 = LiveResponseFailedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_26
    if isinstance(data, dict) and data.get("type") == "response.incomplete":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_27 = LiveResponseIncompleteEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_27
    if isinstance(data, dict) and data.get("type") == "response.output_item.added":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_28 = LiveResponseOutputItemAddedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_28
    if isinstance(data, dict) and data.get("type") == "response.output_item.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_29 = LiveResponseOutputItemDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_29
    if isinstance(data, dict) and data.get("type") == "response.reasoning_summary_part.added":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_30 = LiveResponseReasoningSummaryPartAddedEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_30
    if isinstance(data, dict) and data.get("type") == "response.reasoning_summary_part.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_31 = LiveResponseReasoningSummaryPartDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_31
    if isinstance(data, dict) and data.get("type") == "response.reasoning_summary_text.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_32 = LiveResponseReasoningSummaryTextDeltaEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_32
    if isinstance(data, dict) and data.get("type") == "response.reasoning_summary_text.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_33 = LiveResponseReasoningSummaryTextDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_33
    if isinstance(data, dict) and data.get("type") == "response.reasoning_text.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_34 = LiveResponseReasoningTextDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_34
    if isinstance(data, dict) and data.get("type") == "response.reasoning_text.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_35 = LiveResponseReasoningTextDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_35
    if isinstance(data, dict) and data.get("type") == "response.refusal.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_36 = LiveResponseRefusalDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_36
    if isinstance(data, dict) and data.get("type") == "response.refusal.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_37 = LiveResponseRefusalDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_37
    if isinstance(data, dict) and data.get("type") == "response.output_text.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_38 = LiveResponseTextDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_38
    if isinstance(data, dict) and data.get("type") == "response.output_text.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_39 = LiveResponseTextDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_39
    if isinstance(data, dict) and data.get("type") == "response.web_search_call.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_40 = LiveResponseWebSearchCallCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_40
    if isinstance(data, dict) and data.get("type") == "response.web_search_call.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_41 = LiveResponseWebSearchCallInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_41
    if isinstance(data, dict) and data.get("type") == "response.web_search_call.searching":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_42 = LiveResponseWebSearchCallSearchingEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_42
    if isinstance(data, dict) and data.get("type") == "response.image_generation_call.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_43 = LiveResponseImageGenCallCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_43
    if isinstance(data, dict) and data.get("type") == "response.image_generation_call.generating":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_44 = LiveResponseImageGenCallGeneratingEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_44
    if isinstance(data, dict) and data.get("type") == "response.image_generation_call.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_45 = LiveResponseImageGenCallInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_45
    if isinstance(data, dict) and data.get("type") == "response.image_generation_call.partial_image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_46 = LiveResponseImageGenCallPartialImageEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_46
    if isinstance(data, dict) and data.get("type") == "response.mcp_call_arguments.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_47 = LiveResponseMcpCallArgumentsDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_47
    if isinstance(data, dict) and data.get("type") == "response.mcp_call_arguments.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_48 = LiveResponseMcpCallArgumentsDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_48
    if isinstance(data, dict) and data.get("type") == "response.mcp_call.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_49 = LiveResponseMcpCallCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_49
    if isinstance(data, dict) and data.get("type") == "response.mcp_call.failed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_50 = LiveResponseMcpCallFailedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_50
    if isinstance(data, dict) and data.get("type") == "response.mcp_call.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_51 = LiveResponseMcpCallInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_51
    if isinstance(data, dict) and data.get("type") == "response.mcp_list_tools.completed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_52 = LiveResponseMcpListToolsCompletedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_52
    if isinstance(data, dict) and data.get("type") == "response.mcp_list_tools.failed":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_53 = LiveResponseMcpListToolsFailedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_53
    if isinstance(data, dict) and data.get("type") == "response.mcp_list_tools.in_progress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_54 = LiveResponseMcpListToolsInProgressEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_54
    if isinstance(data, dict) and data.get("type") == "response.output_text.annotation.added":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_55 = LiveResponseOutputTextAnnotationAddedEvent.from_dict(
            data
        )

        return componentsschemas_live_response_stream_event_type_55
    if isinstance(data, dict) and data.get("type") == "response.queued":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_56 = LiveResponseQueuedEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_56
    if isinstance(data, dict) and data.get("type") == "response.custom_tool_call_input.delta":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_57 = LiveResponseCustomToolCallInputDeltaEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_57
    if isinstance(data, dict) and data.get("type") == "response.custom_tool_call_input.done":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_live_response_stream_event_type_58 = LiveResponseCustomToolCallInputDoneEvent.from_dict(data)

        return componentsschemas_live_response_stream_event_type_58
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_live_response_stream_event_type_59 = RealtimeUnknownVariant.from_dict(data)

    return componentsschemas_live_response_stream_event_type_59


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_delegation_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
