"""The official ``openai`` package's Realtime type names, as aliases of the generated models.

Written by scripts/regen.py from openapi/openai_names.toml (each name stated once there);
``realtime_ext.types`` re-exports them. ``OPENAI_NAMES`` is the table: openai name ->
generated model (``"unions.X"``: a union alias; a tuple: a union of models; ``"list:X"``:
a list of the name X). Each name resolves on first use.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypeAlias

    from . import models as _m
    from . import unions as _u

    AudioTranscription: TypeAlias = _m.AudioTranscription
    ClientSecretCreateResponse: TypeAlias = _m.RealtimeCreateClientSecretResponse
    ConversationCreatedEvent: TypeAlias = _m.RealtimeServerEventConversationCreated
    ConversationItem: TypeAlias = _u.RealtimeConversationItem
    ConversationItemAdded: TypeAlias = _m.RealtimeServerEventConversationItemAdded
    ConversationItemCreateEvent: TypeAlias = _m.RealtimeClientEventConversationItemCreate
    ConversationItemCreatedEvent: TypeAlias = _m.RealtimeServerEventConversationItemCreated
    ConversationItemDeleteEvent: TypeAlias = _m.RealtimeClientEventConversationItemDelete
    ConversationItemDeletedEvent: TypeAlias = _m.RealtimeServerEventConversationItemDeleted
    ConversationItemDone: TypeAlias = _m.RealtimeServerEventConversationItemDone
    ConversationItemInputAudioTranscriptionCompletedEvent: TypeAlias = (
        _m.RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
    )
    ConversationItemInputAudioTranscriptionDeltaEvent: TypeAlias = (
        _m.RealtimeServerEventConversationItemInputAudioTranscriptionDelta
    )
    ConversationItemInputAudioTranscriptionFailedEvent: TypeAlias = (
        _m.RealtimeServerEventConversationItemInputAudioTranscriptionFailed
    )
    ConversationItemInputAudioTranscriptionSegment: TypeAlias = (
        _m.RealtimeServerEventConversationItemInputAudioTranscriptionSegment
    )
    ConversationItemRetrieveEvent: TypeAlias = _m.RealtimeClientEventConversationItemRetrieve
    ConversationItemTruncateEvent: TypeAlias = _m.RealtimeClientEventConversationItemTruncate
    ConversationItemTruncatedEvent: TypeAlias = _m.RealtimeServerEventConversationItemTruncated
    ConversationItemWithReference: TypeAlias = _m.RealtimeConversationItemWithReference
    InputAudioBufferAppendEvent: TypeAlias = _m.RealtimeClientEventInputAudioBufferAppend
    InputAudioBufferClearEvent: TypeAlias = _m.RealtimeClientEventInputAudioBufferClear
    InputAudioBufferClearedEvent: TypeAlias = _m.RealtimeServerEventInputAudioBufferCleared
    InputAudioBufferCommitEvent: TypeAlias = _m.RealtimeClientEventInputAudioBufferCommit
    InputAudioBufferCommittedEvent: TypeAlias = _m.RealtimeServerEventInputAudioBufferCommitted
    InputAudioBufferDtmfEventReceivedEvent: TypeAlias = _m.RealtimeServerEventInputAudioBufferDtmfEventReceived
    InputAudioBufferSpeechStartedEvent: TypeAlias = _m.RealtimeServerEventInputAudioBufferSpeechStarted
    InputAudioBufferSpeechStoppedEvent: TypeAlias = _m.RealtimeServerEventInputAudioBufferSpeechStopped
    InputAudioBufferTimeoutTriggered: TypeAlias = _m.RealtimeServerEventInputAudioBufferTimeoutTriggered
    LogProbProperties: TypeAlias = _m.LogProbProperties
    McpListToolsCompleted: TypeAlias = _m.RealtimeServerEventMCPListToolsCompleted
    McpListToolsFailed: TypeAlias = _m.RealtimeServerEventMCPListToolsFailed
    McpListToolsInProgress: TypeAlias = _m.RealtimeServerEventMCPListToolsInProgress
    NoiseReductionType: TypeAlias = _m.NoiseReductionType
    OutputAudioBufferClearEvent: TypeAlias = _m.RealtimeClientEventOutputAudioBufferClear
    RateLimitsUpdatedEvent: TypeAlias = _m.RealtimeServerEventRateLimitsUpdated
    RealtimeAudioConfig: TypeAlias = _m.RealtimeSessionCreateRequestGAAudio
    RealtimeAudioConfigInput: TypeAlias = _m.RealtimeSessionCreateRequestGAAudioInput
    RealtimeAudioConfigOutput: TypeAlias = _m.RealtimeSessionCreateRequestGAAudioOutput
    RealtimeAudioFormats: TypeAlias = _u.RealtimeAudioFormats
    RealtimeAudioInputTurnDetection: TypeAlias = _m.RealtimeTurnDetectionServerVAD | _m.RealtimeTurnDetectionSemanticVAD
    RealtimeClientEvent: TypeAlias = _u.RealtimeClientEvent
    RealtimeConversationItemAssistantMessage: TypeAlias = _m.RealtimeConversationItemMessageAssistant
    RealtimeConversationItemFunctionCall: TypeAlias = _m.RealtimeConversationItemFunctionCall
    RealtimeConversationItemFunctionCallOutput: TypeAlias = _m.RealtimeConversationItemFunctionCallOutput
    RealtimeConversationItemSystemMessage: TypeAlias = _m.RealtimeConversationItemMessageSystem
    RealtimeConversationItemUserMessage: TypeAlias = _m.RealtimeConversationItemMessageUser
    RealtimeError: TypeAlias = _m.RealtimeServerEventErrorError
    RealtimeErrorEvent: TypeAlias = _m.RealtimeServerEventError
    RealtimeFunctionTool: TypeAlias = _m.RealtimeFunctionTool
    RealtimeMcpApprovalRequest: TypeAlias = _m.RealtimeMCPApprovalRequest
    RealtimeMcpApprovalResponse: TypeAlias = _m.RealtimeMCPApprovalResponse
    RealtimeMcpListTools: TypeAlias = _m.RealtimeMCPListTools
    RealtimeMcpProtocolError: TypeAlias = _m.RealtimeMCPProtocolError
    RealtimeMcpToolCall: TypeAlias = _m.RealtimeMCPToolCall
    RealtimeMcpToolExecutionError: TypeAlias = _m.RealtimeMCPToolExecutionError
    RealtimeMcphttpError: TypeAlias = _m.RealtimeMCPHTTPError
    RealtimeResponse: TypeAlias = _m.RealtimeResponse
    RealtimeResponseCreateAudioOutput: TypeAlias = _m.RealtimeResponseCreateParamsAudio
    RealtimeResponseCreateMcpTool: TypeAlias = _m.MCPTool
    RealtimeResponseCreateParams: TypeAlias = _m.RealtimeResponseCreateParams
    RealtimeResponseStatus: TypeAlias = _m.RealtimeResponseStatusDetails
    RealtimeResponseUsage: TypeAlias = _m.RealtimeResponseUsage
    RealtimeResponseUsageInputTokenDetails: TypeAlias = _m.RealtimeResponseUsageInputTokenDetails
    RealtimeResponseUsageOutputTokenDetails: TypeAlias = _m.RealtimeResponseUsageOutputTokenDetails
    RealtimeServerEvent: TypeAlias = _u.RealtimeServerEvent
    RealtimeSession: TypeAlias = _m.RealtimeSession
    RealtimeSessionClientSecret: TypeAlias = _m.RealtimeTranscriptionSessionCreateResponseClientSecret
    RealtimeSessionCreateRequest: TypeAlias = _m.RealtimeSessionCreateRequestGA
    RealtimeSessionCreateResponse: TypeAlias = _m.RealtimeSessionCreateResponseGA
    RealtimeToolChoiceConfig: TypeAlias = _m.ToolChoiceOptions | _m.ToolChoiceFunction | _m.ToolChoiceMCP
    RealtimeToolsConfigUnion: TypeAlias = _m.RealtimeFunctionTool | _m.MCPTool
    RealtimeTracingConfig: TypeAlias = (
        _m.RealtimeSessionCreateRequestGATracingAuto | _m.RealtimeSessionCreateRequestGATracingConfiguration
    )
    RealtimeTranscriptionSessionAudio: TypeAlias = _m.RealtimeTranscriptionSessionCreateRequestGAAudio
    RealtimeTranscriptionSessionAudioInput: TypeAlias = _m.RealtimeTranscriptionSessionCreateRequestGAAudioInput
    RealtimeTranscriptionSessionAudioInputTurnDetection: TypeAlias = (
        _m.RealtimeTurnDetectionServerVAD | _m.RealtimeTurnDetectionSemanticVAD
    )
    RealtimeTranscriptionSessionCreateRequest: TypeAlias = _m.RealtimeTranscriptionSessionCreateRequestGA
    RealtimeTranscriptionSessionCreateResponse: TypeAlias = _m.RealtimeTranscriptionSessionCreateResponseGA
    RealtimeTranscriptionSessionTurnDetection: TypeAlias = (
        _m.RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection
    )
    RealtimeTruncation: TypeAlias = _u.RealtimeTruncation
    RealtimeTruncationRetentionRatio: TypeAlias = _m.RealtimeTruncationRetentionRatioTruncation
    ResponseAudioDeltaEvent: TypeAlias = _m.RealtimeServerEventResponseAudioDelta
    ResponseAudioDoneEvent: TypeAlias = _m.RealtimeServerEventResponseAudioDone
    ResponseAudioTranscriptDeltaEvent: TypeAlias = _m.RealtimeServerEventResponseAudioTranscriptDelta
    ResponseAudioTranscriptDoneEvent: TypeAlias = _m.RealtimeServerEventResponseAudioTranscriptDone
    ResponseCancelEvent: TypeAlias = _m.RealtimeClientEventResponseCancel
    ResponseContentPartAddedEvent: TypeAlias = _m.RealtimeServerEventResponseContentPartAdded
    ResponseContentPartDoneEvent: TypeAlias = _m.RealtimeServerEventResponseContentPartDone
    ResponseCreateEvent: TypeAlias = _m.RealtimeClientEventResponseCreate
    ResponseCreatedEvent: TypeAlias = _m.RealtimeServerEventResponseCreated
    ResponseDoneEvent: TypeAlias = _m.RealtimeServerEventResponseDone
    ResponseFunctionCallArgumentsDeltaEvent: TypeAlias = _m.RealtimeServerEventResponseFunctionCallArgumentsDelta
    ResponseFunctionCallArgumentsDoneEvent: TypeAlias = _m.RealtimeServerEventResponseFunctionCallArgumentsDone
    ResponseMcpCallArgumentsDelta: TypeAlias = _m.RealtimeServerEventResponseMCPCallArgumentsDelta
    ResponseMcpCallArgumentsDone: TypeAlias = _m.RealtimeServerEventResponseMCPCallArgumentsDone
    ResponseMcpCallCompleted: TypeAlias = _m.RealtimeServerEventResponseMCPCallCompleted
    ResponseMcpCallFailed: TypeAlias = _m.RealtimeServerEventResponseMCPCallFailed
    ResponseMcpCallInProgress: TypeAlias = _m.RealtimeServerEventResponseMCPCallInProgress
    ResponseOutputItemAddedEvent: TypeAlias = _m.RealtimeServerEventResponseOutputItemAdded
    ResponseOutputItemDoneEvent: TypeAlias = _m.RealtimeServerEventResponseOutputItemDone
    ResponseTextDeltaEvent: TypeAlias = _m.RealtimeServerEventResponseTextDelta
    ResponseTextDoneEvent: TypeAlias = _m.RealtimeServerEventResponseTextDone
    SessionCreatedEvent: TypeAlias = _m.RealtimeServerEventSessionCreated
    SessionUpdateEvent: TypeAlias = _m.RealtimeClientEventSessionUpdate
    SessionUpdatedEvent: TypeAlias = _m.RealtimeServerEventSessionUpdated
    TranscriptionSessionUpdate: TypeAlias = _m.RealtimeClientEventTranscriptionSessionUpdate
    TranscriptionSessionUpdatedEvent: TypeAlias = _m.RealtimeServerEventTranscriptionSessionUpdated
    RealtimeToolsConfig: TypeAlias = list[RealtimeToolsConfigUnion]

OPENAI_NAMES: dict[str, str | tuple[str, ...]] = {
    "AudioTranscription": "AudioTranscription",
    "ClientSecretCreateResponse": "RealtimeCreateClientSecretResponse",
    "ConversationCreatedEvent": "RealtimeServerEventConversationCreated",
    "ConversationItem": "unions.RealtimeConversationItem",
    "ConversationItemAdded": "RealtimeServerEventConversationItemAdded",
    "ConversationItemCreateEvent": "RealtimeClientEventConversationItemCreate",
    "ConversationItemCreatedEvent": "RealtimeServerEventConversationItemCreated",
    "ConversationItemDeleteEvent": "RealtimeClientEventConversationItemDelete",
    "ConversationItemDeletedEvent": "RealtimeServerEventConversationItemDeleted",
    "ConversationItemDone": "RealtimeServerEventConversationItemDone",
    "ConversationItemInputAudioTranscriptionCompletedEvent": "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "ConversationItemInputAudioTranscriptionDeltaEvent": "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "ConversationItemInputAudioTranscriptionFailedEvent": "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "ConversationItemInputAudioTranscriptionSegment": "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "ConversationItemRetrieveEvent": "RealtimeClientEventConversationItemRetrieve",
    "ConversationItemTruncateEvent": "RealtimeClientEventConversationItemTruncate",
    "ConversationItemTruncatedEvent": "RealtimeServerEventConversationItemTruncated",
    "ConversationItemWithReference": "RealtimeConversationItemWithReference",
    "InputAudioBufferAppendEvent": "RealtimeClientEventInputAudioBufferAppend",
    "InputAudioBufferClearEvent": "RealtimeClientEventInputAudioBufferClear",
    "InputAudioBufferClearedEvent": "RealtimeServerEventInputAudioBufferCleared",
    "InputAudioBufferCommitEvent": "RealtimeClientEventInputAudioBufferCommit",
    "InputAudioBufferCommittedEvent": "RealtimeServerEventInputAudioBufferCommitted",
    "InputAudioBufferDtmfEventReceivedEvent": "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "InputAudioBufferSpeechStartedEvent": "RealtimeServerEventInputAudioBufferSpeechStarted",
    "InputAudioBufferSpeechStoppedEvent": "RealtimeServerEventInputAudioBufferSpeechStopped",
    "InputAudioBufferTimeoutTriggered": "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "LogProbProperties": "LogProbProperties",
    "McpListToolsCompleted": "RealtimeServerEventMCPListToolsCompleted",
    "McpListToolsFailed": "RealtimeServerEventMCPListToolsFailed",
    "McpListToolsInProgress": "RealtimeServerEventMCPListToolsInProgress",
    "NoiseReductionType": "NoiseReductionType",
    "OutputAudioBufferClearEvent": "RealtimeClientEventOutputAudioBufferClear",
    "RateLimitsUpdatedEvent": "RealtimeServerEventRateLimitsUpdated",
    "RealtimeAudioConfig": "RealtimeSessionCreateRequestGAAudio",
    "RealtimeAudioConfigInput": "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeAudioConfigOutput": "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeAudioFormats": "unions.RealtimeAudioFormats",
    "RealtimeAudioInputTurnDetection": (
        "RealtimeTurnDetectionServerVAD",
        "RealtimeTurnDetectionSemanticVAD",
    ),
    "RealtimeClientEvent": "unions.RealtimeClientEvent",
    "RealtimeConversationItemAssistantMessage": "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemFunctionCall": "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput": "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemSystemMessage": "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemUserMessage": "RealtimeConversationItemMessageUser",
    "RealtimeError": "RealtimeServerEventErrorError",
    "RealtimeErrorEvent": "RealtimeServerEventError",
    "RealtimeFunctionTool": "RealtimeFunctionTool",
    "RealtimeMcpApprovalRequest": "RealtimeMCPApprovalRequest",
    "RealtimeMcpApprovalResponse": "RealtimeMCPApprovalResponse",
    "RealtimeMcpListTools": "RealtimeMCPListTools",
    "RealtimeMcpProtocolError": "RealtimeMCPProtocolError",
    "RealtimeMcpToolCall": "RealtimeMCPToolCall",
    "RealtimeMcpToolExecutionError": "RealtimeMCPToolExecutionError",
    "RealtimeMcphttpError": "RealtimeMCPHTTPError",
    "RealtimeResponse": "RealtimeResponse",
    "RealtimeResponseCreateAudioOutput": "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateMcpTool": "MCPTool",
    "RealtimeResponseCreateParams": "RealtimeResponseCreateParams",
    "RealtimeResponseStatus": "RealtimeResponseStatusDetails",
    "RealtimeResponseUsage": "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails": "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails": "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent": "unions.RealtimeServerEvent",
    "RealtimeSession": "RealtimeSession",
    "RealtimeSessionClientSecret": "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeSessionCreateRequest": "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateResponse": "RealtimeSessionCreateResponseGA",
    "RealtimeToolChoiceConfig": (
        "ToolChoiceOptions",
        "ToolChoiceFunction",
        "ToolChoiceMCP",
    ),
    "RealtimeToolsConfig": "list:RealtimeToolsConfigUnion",
    "RealtimeToolsConfigUnion": (
        "RealtimeFunctionTool",
        "MCPTool",
    ),
    "RealtimeTracingConfig": (
        "RealtimeSessionCreateRequestGATracingAuto",
        "RealtimeSessionCreateRequestGATracingConfiguration",
    ),
    "RealtimeTranscriptionSessionAudio": "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionAudioInput": "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionAudioInputTurnDetection": (
        "RealtimeTurnDetectionServerVAD",
        "RealtimeTurnDetectionSemanticVAD",
    ),
    "RealtimeTranscriptionSessionCreateRequest": "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateResponse": "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionTurnDetection": "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection",
    "RealtimeTruncation": "unions.RealtimeTruncation",
    "RealtimeTruncationRetentionRatio": "RealtimeTruncationRetentionRatioTruncation",
    "ResponseAudioDeltaEvent": "RealtimeServerEventResponseAudioDelta",
    "ResponseAudioDoneEvent": "RealtimeServerEventResponseAudioDone",
    "ResponseAudioTranscriptDeltaEvent": "RealtimeServerEventResponseAudioTranscriptDelta",
    "ResponseAudioTranscriptDoneEvent": "RealtimeServerEventResponseAudioTranscriptDone",
    "ResponseCancelEvent": "RealtimeClientEventResponseCancel",
    "ResponseContentPartAddedEvent": "RealtimeServerEventResponseContentPartAdded",
    "ResponseContentPartDoneEvent": "RealtimeServerEventResponseContentPartDone",
    "ResponseCreateEvent": "RealtimeClientEventResponseCreate",
    "ResponseCreatedEvent": "RealtimeServerEventResponseCreated",
    "ResponseDoneEvent": "RealtimeServerEventResponseDone",
    "ResponseFunctionCallArgumentsDeltaEvent": "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "ResponseFunctionCallArgumentsDoneEvent": "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "ResponseMcpCallArgumentsDelta": "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone": "RealtimeServerEventResponseMCPCallArgumentsDone",
    "ResponseMcpCallCompleted": "RealtimeServerEventResponseMCPCallCompleted",
    "ResponseMcpCallFailed": "RealtimeServerEventResponseMCPCallFailed",
    "ResponseMcpCallInProgress": "RealtimeServerEventResponseMCPCallInProgress",
    "ResponseOutputItemAddedEvent": "RealtimeServerEventResponseOutputItemAdded",
    "ResponseOutputItemDoneEvent": "RealtimeServerEventResponseOutputItemDone",
    "ResponseTextDeltaEvent": "RealtimeServerEventResponseTextDelta",
    "ResponseTextDoneEvent": "RealtimeServerEventResponseTextDone",
    "SessionCreatedEvent": "RealtimeServerEventSessionCreated",
    "SessionUpdateEvent": "RealtimeClientEventSessionUpdate",
    "SessionUpdatedEvent": "RealtimeServerEventSessionUpdated",
    "TranscriptionSessionUpdate": "RealtimeClientEventTranscriptionSessionUpdate",
    "TranscriptionSessionUpdatedEvent": "RealtimeServerEventTranscriptionSessionUpdated",
}

__all__ = [
    "AudioTranscription",
    "ClientSecretCreateResponse",
    "ConversationCreatedEvent",
    "ConversationItem",
    "ConversationItemAdded",
    "ConversationItemCreateEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemDone",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegment",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "ConversationItemTruncatedEvent",
    "ConversationItemWithReference",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferDtmfEventReceivedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggered",
    "LogProbProperties",
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "McpListToolsInProgress",
    "NoiseReductionType",
    "OutputAudioBufferClearEvent",
    "RateLimitsUpdatedEvent",
    "RealtimeAudioConfig",
    "RealtimeAudioConfigInput",
    "RealtimeAudioConfigOutput",
    "RealtimeAudioFormats",
    "RealtimeAudioInputTurnDetection",
    "RealtimeClientEvent",
    "RealtimeConversationItemAssistantMessage",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemUserMessage",
    "RealtimeError",
    "RealtimeErrorEvent",
    "RealtimeFunctionTool",
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpListTools",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolCall",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcphttpError",
    "RealtimeResponse",
    "RealtimeResponseCreateAudioOutput",
    "RealtimeResponseCreateMcpTool",
    "RealtimeResponseCreateParams",
    "RealtimeResponseStatus",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "RealtimeSession",
    "RealtimeSessionClientSecret",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateResponse",
    "RealtimeToolChoiceConfig",
    "RealtimeToolsConfig",
    "RealtimeToolsConfigUnion",
    "RealtimeTracingConfig",
    "RealtimeTranscriptionSessionAudio",
    "RealtimeTranscriptionSessionAudioInput",
    "RealtimeTranscriptionSessionAudioInputTurnDetection",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionTurnDetection",
    "RealtimeTruncation",
    "RealtimeTruncationRetentionRatio",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCancelEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreateEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone",
    "ResponseMcpCallCompleted",
    "ResponseMcpCallFailed",
    "ResponseMcpCallInProgress",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdateEvent",
    "SessionUpdatedEvent",
    "TranscriptionSessionUpdate",
    "TranscriptionSessionUpdatedEvent",
]


def _resolve(target: str | tuple[str, ...]) -> Any:
    from . import models, unions

    if isinstance(target, tuple):
        members: list[Any] = [getattr(models, name) for name in target]
        return functools.reduce(lambda union, member: union | member, members)
    if target.startswith("unions."):
        return getattr(unions, target.removeprefix("unions."))
    if target.startswith("list:"):
        return list[_resolve(OPENAI_NAMES[target.removeprefix("list:")])]  # type: ignore[misc]
    return getattr(models, target)


def __getattr__(name: str) -> Any:
    try:
        target = OPENAI_NAMES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = _resolve(target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
