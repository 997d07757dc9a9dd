"""The official ``openai`` package's GPT-Live type names, as aliases of the generated models.

Written by scripts/regen.py from openapi/openai_live_names.toml;
``OPENAI_NAMES`` is the table: openai name ->
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

    AudioFormat: TypeAlias = _m.LiveAudioPCM | _m.LiveAudioPCMU | _m.LiveAudioPCMA
    AudioFormatParam: TypeAlias = _m.LiveAudioPCM | _m.LiveAudioPCMU | _m.LiveAudioPCMA
    ClientConfig: TypeAlias = _m.LiveClientConfig
    ClientConfigParam: TypeAlias = _m.LiveClientConfig
    ClientDelegation: TypeAlias = _m.LiveClientDelegation
    ClientDelegationParam: TypeAlias = _m.LiveClientDelegation
    ClientEvent: TypeAlias = _u.LiveClientEvent
    ClientEventParam: TypeAlias = _u.LiveClientEvent
    CommentaryAppendEvent: TypeAlias = _m.LiveCommentaryAppendEvent
    CommentaryAppendEventParam: TypeAlias = _m.LiveCommentaryAppendEvent
    CommentaryAppendedEvent: TypeAlias = _m.LiveCommentaryAppendedEvent
    ConnectClientEvent: TypeAlias = _u.LiveConnectClientEvent
    ConnectClientEventParam: TypeAlias = _u.LiveConnectClientEvent
    ConnectServerEvent: TypeAlias = _u.LiveServerEvent
    CustomVoice: TypeAlias = _m.LiveCustomVoice
    CustomVoiceParam: TypeAlias = _m.LiveCustomVoice
    DataChannelConfig: TypeAlias = _m.LiveDataChannelConfig
    DataChannelConfigParam: TypeAlias = _m.LiveDataChannelConfig
    DecisionAssistantMessage: TypeAlias = _m.LiveDecisionAssistantMessage
    DecisionAssistantMessageParam: TypeAlias = _m.LiveDecisionAssistantMessage
    DecisionChoiceOption: TypeAlias = _m.LiveDecisionChoiceOption
    DecisionChoiceOptionParam: TypeAlias = _m.LiveDecisionChoiceOption
    DecisionCreateEvent: TypeAlias = _m.LiveDecisionCreateEvent
    DecisionCreateEventParam: TypeAlias = _m.LiveDecisionCreateEvent
    DecisionDeveloperMessage: TypeAlias = _m.LiveDecisionDeveloperMessage
    DecisionDeveloperMessageParam: TypeAlias = _m.LiveDecisionDeveloperMessage
    DecisionEvent: TypeAlias = _m.LiveDecisionEvent
    DecisionInputText: TypeAlias = _m.LiveDecisionInputText
    DecisionInputTextParam: TypeAlias = _m.LiveDecisionInputText
    DecisionItemCreateEvent: TypeAlias = _m.LiveDecisionItemCreateEvent
    DecisionItemCreateEventParam: TypeAlias = _m.LiveDecisionItemCreateEvent
    DecisionItemCreatedEvent: TypeAlias = _m.LiveDecisionItemCreatedEvent
    DecisionItemDeleteEvent: TypeAlias = _m.LiveDecisionItemDeleteEvent
    DecisionItemDeleteEventParam: TypeAlias = _m.LiveDecisionItemDeleteEvent
    DecisionItemDeletedEvent: TypeAlias = _m.LiveDecisionItemDeletedEvent
    DecisionQuestion: TypeAlias = (
        _m.LiveDecisionQuestionChoice | _m.LiveDecisionQuestionPredicate | _m.LiveDecisionQuestionScore
    )
    DecisionQuestionParam: TypeAlias = (
        _m.LiveDecisionQuestionChoice | _m.LiveDecisionQuestionPredicate | _m.LiveDecisionQuestionScore
    )
    DecisionStoredAssistantMessage: TypeAlias = _m.LiveDecisionStoredAssistantMessage
    DecisionStoredDeveloperMessage: TypeAlias = _m.LiveDecisionStoredDeveloperMessage
    DecisionStoredSystemMessage: TypeAlias = _m.LiveDecisionStoredSystemMessage
    DecisionStoredUserMessage: TypeAlias = _m.LiveDecisionStoredUserMessage
    DecisionSystemMessage: TypeAlias = _m.LiveDecisionSystemMessage
    DecisionSystemMessageParam: TypeAlias = _m.LiveDecisionSystemMessage
    DecisionTrigger: TypeAlias = _m.LiveDecisionTrigger
    DecisionTriggerParam: TypeAlias = _m.LiveDecisionTrigger
    DecisionUserMessage: TypeAlias = _m.LiveDecisionUserMessage
    DecisionUserMessageParam: TypeAlias = _m.LiveDecisionUserMessage
    DecisionsDelegationConfig: TypeAlias = _m.LiveDecisionsDelegationConfig
    DecisionsDelegationConfigParam: TypeAlias = _m.LiveDecisionsDelegationConfig
    DecisionsDelegationUpdateConfig: TypeAlias = _m.LiveDecisionsDelegationUpdateConfig
    DecisionsDelegationUpdateConfigParam: TypeAlias = _m.LiveDecisionsDelegationUpdateConfig
    DelegationCreatedEvent: TypeAlias = _m.LiveDelegationCreatedEvent
    Error: TypeAlias = _m.LiveError
    ErrorEvent: TypeAlias = _m.LiveErrorEvent
    ForkClientEvent: TypeAlias = _u.LiveForkClientEvent
    ForkClientEventParam: TypeAlias = _u.LiveForkClientEvent
    ForkServerEvent: TypeAlias = _u.LiveServerEvent
    ForkSessionConfig: TypeAlias = _m.LiveForkSessionConfig
    ForkSessionConfigParam: TypeAlias = _m.LiveForkSessionConfig
    ForkSessionStartEvent: TypeAlias = _m.LiveForkSessionStartEvent
    ForkSessionStartEventParam: TypeAlias = _m.LiveForkSessionStartEvent
    FunctionTool: TypeAlias = _m.LiveFunctionTool
    FunctionToolParam: TypeAlias = _m.LiveFunctionTool
    InfoEvent: TypeAlias = _m.LiveInfoEvent
    InitialItem: TypeAlias = _m.LiveDeveloper | _m.LiveUser | _m.LiveAssistant
    InitialItemParam: TypeAlias = _m.LiveDeveloper | _m.LiveUser | _m.LiveAssistant
    InputAudioAppendEvent: TypeAlias = _m.LiveInputAudioAppendEvent
    InputAudioAppendEventParam: TypeAlias = _m.LiveInputAudioAppendEvent
    InputAudioMuteEvent: TypeAlias = _m.LiveInputAudioMuteEvent
    InputAudioMuteEventParam: TypeAlias = _m.LiveInputAudioMuteEvent
    InputAudioMutedEvent: TypeAlias = _m.LiveInputAudioMutedEvent
    InputAudioUnmuteEvent: TypeAlias = _m.LiveInputAudioUnmuteEvent
    InputAudioUnmuteEventParam: TypeAlias = _m.LiveInputAudioUnmuteEvent
    InputAudioUnmutedEvent: TypeAlias = _m.LiveInputAudioUnmutedEvent
    InputTranscriptDeltaEvent: TypeAlias = _m.LiveInputTranscriptDeltaEvent
    InstructionsAppendEvent: TypeAlias = _m.LiveInstructionsAppendEvent
    InstructionsAppendEventParam: TypeAlias = _m.LiveInstructionsAppendEvent
    InstructionsAppendedEvent: TypeAlias = _m.LiveInstructionsAppendedEvent
    LiveCreateParams: TypeAlias = _m.LiveCreateParams
    LiveCreateResponse: TypeAlias = _m.LiveCreateResponse
    MediaSessionConfigParam: TypeAlias = _m.LiveMediaSessionConfig
    MediaSessionForkConfigParam: TypeAlias = _m.LiveMediaSessionForkConfig
    OutputAudioDeltaEvent: TypeAlias = _m.LiveOutputAudioDeltaEvent
    OutputAudioFixturePlayEvent: TypeAlias = _m.LiveOutputAudioFixturePlayEvent
    OutputAudioFixturePlayEventParam: TypeAlias = _m.LiveOutputAudioFixturePlayEvent
    OutputAudioFixturePlayedEvent: TypeAlias = _m.LiveOutputAudioFixturePlayedEvent
    OutputAudioFixturePlayingEvent: TypeAlias = _m.LiveOutputAudioFixturePlayingEvent
    OutputTranscriptDeltaEvent: TypeAlias = _m.LiveOutputTranscriptDeltaEvent
    ResponseCreateEvent: TypeAlias = _m.LiveResponseCreateEvent
    ResponseCreateEventParam: TypeAlias = _m.LiveResponseCreateEvent
    ResponseEvent: TypeAlias = _m.LiveResponseEvent
    ResponseItemCreateEvent: TypeAlias = _m.LiveResponseItemCreateEvent
    ResponseItemCreateEventParam: TypeAlias = _m.LiveResponseItemCreateEvent
    ResponsesDelegationConfig: TypeAlias = _m.LiveResponsesDelegationConfig
    ResponsesDelegationConfigParam: TypeAlias = _m.LiveResponsesDelegationConfig
    ResponsesDelegationUpdateConfig: TypeAlias = _m.LiveResponsesDelegationUpdateConfig
    ResponsesDelegationUpdateConfigParam: TypeAlias = _m.LiveResponsesDelegationUpdateConfig
    ServerEvent: TypeAlias = _u.LiveServerEvent
    ServerEventSelector: TypeAlias = _m.LiveServerEventSelector
    ServerEventSelectorParam: TypeAlias = _m.LiveServerEventSelector
    SessionAcceptParams: TypeAlias = _m.LiveSessionAcceptParams
    SessionCloseEvent: TypeAlias = _m.LiveSessionCloseEvent
    SessionCloseEventParam: TypeAlias = _m.LiveSessionCloseEvent
    SessionClosedEvent: TypeAlias = _m.LiveSessionClosedEvent
    SessionConfig: TypeAlias = _m.LiveSessionConfig
    SessionConfigParam: TypeAlias = _m.LiveSessionConfig
    SessionForkParams: TypeAlias = _m.LiveSessionForkParams
    SessionForkResponse: TypeAlias = _m.LiveSessionForkResponse
    SessionReferParams: TypeAlias = _m.LiveSessionReferParams
    SessionRejectParams: TypeAlias = _m.LiveSessionRejectParams
    SessionResource: TypeAlias = _m.LiveSessionResource
    SessionStartEvent: TypeAlias = _m.LiveSessionStartEvent
    SessionStartEventParam: TypeAlias = _m.LiveSessionStartEvent
    SessionStartedEvent: TypeAlias = _m.LiveSessionStartedEvent
    SessionUpdateConfig: TypeAlias = _m.LiveSessionUpdateConfig
    SessionUpdateConfigParam: TypeAlias = _m.LiveSessionUpdateConfig
    SessionUpdateEvent: TypeAlias = _m.LiveSessionUpdateEvent
    SessionUpdateEventParam: TypeAlias = _m.LiveSessionUpdateEvent
    SessionUpdatedEvent: TypeAlias = _m.LiveSessionUpdatedEvent
    SessionUsage: TypeAlias = _m.LiveSessionUsage
    SessionUsageUpdatedEvent: TypeAlias = _m.LiveSessionUsageUpdatedEvent
    ThinkingAppendEvent: TypeAlias = _m.LiveThinkingAppendEvent
    ThinkingAppendEventParam: TypeAlias = _m.LiveThinkingAppendEvent
    ThinkingAppendedEvent: TypeAlias = _m.LiveThinkingAppendedEvent

OPENAI_NAMES: dict[str, str | tuple[str, ...]] = {
    "AudioFormat": (
        "LiveAudioPCM",
        "LiveAudioPCMU",
        "LiveAudioPCMA",
    ),
    "AudioFormatParam": (
        "LiveAudioPCM",
        "LiveAudioPCMU",
        "LiveAudioPCMA",
    ),
    "ClientConfig": "LiveClientConfig",
    "ClientConfigParam": "LiveClientConfig",
    "ClientDelegation": "LiveClientDelegation",
    "ClientDelegationParam": "LiveClientDelegation",
    "ClientEvent": "unions.LiveClientEvent",
    "ClientEventParam": "unions.LiveClientEvent",
    "CommentaryAppendEvent": "LiveCommentaryAppendEvent",
    "CommentaryAppendEventParam": "LiveCommentaryAppendEvent",
    "CommentaryAppendedEvent": "LiveCommentaryAppendedEvent",
    "ConnectClientEvent": "unions.LiveConnectClientEvent",
    "ConnectClientEventParam": "unions.LiveConnectClientEvent",
    "ConnectServerEvent": "unions.LiveServerEvent",
    "CustomVoice": "LiveCustomVoice",
    "CustomVoiceParam": "LiveCustomVoice",
    "DataChannelConfig": "LiveDataChannelConfig",
    "DataChannelConfigParam": "LiveDataChannelConfig",
    "DecisionAssistantMessage": "LiveDecisionAssistantMessage",
    "DecisionAssistantMessageParam": "LiveDecisionAssistantMessage",
    "DecisionChoiceOption": "LiveDecisionChoiceOption",
    "DecisionChoiceOptionParam": "LiveDecisionChoiceOption",
    "DecisionCreateEvent": "LiveDecisionCreateEvent",
    "DecisionCreateEventParam": "LiveDecisionCreateEvent",
    "DecisionDeveloperMessage": "LiveDecisionDeveloperMessage",
    "DecisionDeveloperMessageParam": "LiveDecisionDeveloperMessage",
    "DecisionEvent": "LiveDecisionEvent",
    "DecisionInputText": "LiveDecisionInputText",
    "DecisionInputTextParam": "LiveDecisionInputText",
    "DecisionItemCreateEvent": "LiveDecisionItemCreateEvent",
    "DecisionItemCreateEventParam": "LiveDecisionItemCreateEvent",
    "DecisionItemCreatedEvent": "LiveDecisionItemCreatedEvent",
    "DecisionItemDeleteEvent": "LiveDecisionItemDeleteEvent",
    "DecisionItemDeleteEventParam": "LiveDecisionItemDeleteEvent",
    "DecisionItemDeletedEvent": "LiveDecisionItemDeletedEvent",
    "DecisionQuestion": (
        "LiveDecisionQuestionChoice",
        "LiveDecisionQuestionPredicate",
        "LiveDecisionQuestionScore",
    ),
    "DecisionQuestionParam": (
        "LiveDecisionQuestionChoice",
        "LiveDecisionQuestionPredicate",
        "LiveDecisionQuestionScore",
    ),
    "DecisionStoredAssistantMessage": "LiveDecisionStoredAssistantMessage",
    "DecisionStoredDeveloperMessage": "LiveDecisionStoredDeveloperMessage",
    "DecisionStoredSystemMessage": "LiveDecisionStoredSystemMessage",
    "DecisionStoredUserMessage": "LiveDecisionStoredUserMessage",
    "DecisionSystemMessage": "LiveDecisionSystemMessage",
    "DecisionSystemMessageParam": "LiveDecisionSystemMessage",
    "DecisionTrigger": "LiveDecisionTrigger",
    "DecisionTriggerParam": "LiveDecisionTrigger",
    "DecisionUserMessage": "LiveDecisionUserMessage",
    "DecisionUserMessageParam": "LiveDecisionUserMessage",
    "DecisionsDelegationConfig": "LiveDecisionsDelegationConfig",
    "DecisionsDelegationConfigParam": "LiveDecisionsDelegationConfig",
    "DecisionsDelegationUpdateConfig": "LiveDecisionsDelegationUpdateConfig",
    "DecisionsDelegationUpdateConfigParam": "LiveDecisionsDelegationUpdateConfig",
    "DelegationCreatedEvent": "LiveDelegationCreatedEvent",
    "Error": "LiveError",
    "ErrorEvent": "LiveErrorEvent",
    "ForkClientEvent": "unions.LiveForkClientEvent",
    "ForkClientEventParam": "unions.LiveForkClientEvent",
    "ForkServerEvent": "unions.LiveServerEvent",
    "ForkSessionConfig": "LiveForkSessionConfig",
    "ForkSessionConfigParam": "LiveForkSessionConfig",
    "ForkSessionStartEvent": "LiveForkSessionStartEvent",
    "ForkSessionStartEventParam": "LiveForkSessionStartEvent",
    "FunctionTool": "LiveFunctionTool",
    "FunctionToolParam": "LiveFunctionTool",
    "InfoEvent": "LiveInfoEvent",
    "InitialItem": (
        "LiveDeveloper",
        "LiveUser",
        "LiveAssistant",
    ),
    "InitialItemParam": (
        "LiveDeveloper",
        "LiveUser",
        "LiveAssistant",
    ),
    "InputAudioAppendEvent": "LiveInputAudioAppendEvent",
    "InputAudioAppendEventParam": "LiveInputAudioAppendEvent",
    "InputAudioMuteEvent": "LiveInputAudioMuteEvent",
    "InputAudioMuteEventParam": "LiveInputAudioMuteEvent",
    "InputAudioMutedEvent": "LiveInputAudioMutedEvent",
    "InputAudioUnmuteEvent": "LiveInputAudioUnmuteEvent",
    "InputAudioUnmuteEventParam": "LiveInputAudioUnmuteEvent",
    "InputAudioUnmutedEvent": "LiveInputAudioUnmutedEvent",
    "InputTranscriptDeltaEvent": "LiveInputTranscriptDeltaEvent",
    "InstructionsAppendEvent": "LiveInstructionsAppendEvent",
    "InstructionsAppendEventParam": "LiveInstructionsAppendEvent",
    "InstructionsAppendedEvent": "LiveInstructionsAppendedEvent",
    "LiveCreateParams": "LiveCreateParams",
    "LiveCreateResponse": "LiveCreateResponse",
    "MediaSessionConfigParam": "LiveMediaSessionConfig",
    "MediaSessionForkConfigParam": "LiveMediaSessionForkConfig",
    "OutputAudioDeltaEvent": "LiveOutputAudioDeltaEvent",
    "OutputAudioFixturePlayEvent": "LiveOutputAudioFixturePlayEvent",
    "OutputAudioFixturePlayEventParam": "LiveOutputAudioFixturePlayEvent",
    "OutputAudioFixturePlayedEvent": "LiveOutputAudioFixturePlayedEvent",
    "OutputAudioFixturePlayingEvent": "LiveOutputAudioFixturePlayingEvent",
    "OutputTranscriptDeltaEvent": "LiveOutputTranscriptDeltaEvent",
    "ResponseCreateEvent": "LiveResponseCreateEvent",
    "ResponseCreateEventParam": "LiveResponseCreateEvent",
    "ResponseEvent": "LiveResponseEvent",
    "ResponseItemCreateEvent": "LiveResponseItemCreateEvent",
    "ResponseItemCreateEventParam": "LiveResponseItemCreateEvent",
    "ResponsesDelegationConfig": "LiveResponsesDelegationConfig",
    "ResponsesDelegationConfigParam": "LiveResponsesDelegationConfig",
    "ResponsesDelegationUpdateConfig": "LiveResponsesDelegationUpdateConfig",
    "ResponsesDelegationUpdateConfigParam": "LiveResponsesDelegationUpdateConfig",
    "ServerEvent": "unions.LiveServerEvent",
    "ServerEventSelector": "LiveServerEventSelector",
    "ServerEventSelectorParam": "LiveServerEventSelector",
    "SessionAcceptParams": "LiveSessionAcceptParams",
    "SessionCloseEvent": "LiveSessionCloseEvent",
    "SessionCloseEventParam": "LiveSessionCloseEvent",
    "SessionClosedEvent": "LiveSessionClosedEvent",
    "SessionConfig": "LiveSessionConfig",
    "SessionConfigParam": "LiveSessionConfig",
    "SessionForkParams": "LiveSessionForkParams",
    "SessionForkResponse": "LiveSessionForkResponse",
    "SessionReferParams": "LiveSessionReferParams",
    "SessionRejectParams": "LiveSessionRejectParams",
    "SessionResource": "LiveSessionResource",
    "SessionStartEvent": "LiveSessionStartEvent",
    "SessionStartEventParam": "LiveSessionStartEvent",
    "SessionStartedEvent": "LiveSessionStartedEvent",
    "SessionUpdateConfig": "LiveSessionUpdateConfig",
    "SessionUpdateConfigParam": "LiveSessionUpdateConfig",
    "SessionUpdateEvent": "LiveSessionUpdateEvent",
    "SessionUpdateEventParam": "LiveSessionUpdateEvent",
    "SessionUpdatedEvent": "LiveSessionUpdatedEvent",
    "SessionUsage": "LiveSessionUsage",
    "SessionUsageUpdatedEvent": "LiveSessionUsageUpdatedEvent",
    "ThinkingAppendEvent": "LiveThinkingAppendEvent",
    "ThinkingAppendEventParam": "LiveThinkingAppendEvent",
    "ThinkingAppendedEvent": "LiveThinkingAppendedEvent",
}

__all__ = [
    "AudioFormat",
    "AudioFormatParam",
    "ClientConfig",
    "ClientConfigParam",
    "ClientDelegation",
    "ClientDelegationParam",
    "ClientEvent",
    "ClientEventParam",
    "CommentaryAppendEvent",
    "CommentaryAppendEventParam",
    "CommentaryAppendedEvent",
    "ConnectClientEvent",
    "ConnectClientEventParam",
    "ConnectServerEvent",
    "CustomVoice",
    "CustomVoiceParam",
    "DataChannelConfig",
    "DataChannelConfigParam",
    "DecisionAssistantMessage",
    "DecisionAssistantMessageParam",
    "DecisionChoiceOption",
    "DecisionChoiceOptionParam",
    "DecisionCreateEvent",
    "DecisionCreateEventParam",
    "DecisionDeveloperMessage",
    "DecisionDeveloperMessageParam",
    "DecisionEvent",
    "DecisionInputText",
    "DecisionInputTextParam",
    "DecisionItemCreateEvent",
    "DecisionItemCreateEventParam",
    "DecisionItemCreatedEvent",
    "DecisionItemDeleteEvent",
    "DecisionItemDeleteEventParam",
    "DecisionItemDeletedEvent",
    "DecisionQuestion",
    "DecisionQuestionParam",
    "DecisionStoredAssistantMessage",
    "DecisionStoredDeveloperMessage",
    "DecisionStoredSystemMessage",
    "DecisionStoredUserMessage",
    "DecisionSystemMessage",
    "DecisionSystemMessageParam",
    "DecisionTrigger",
    "DecisionTriggerParam",
    "DecisionUserMessage",
    "DecisionUserMessageParam",
    "DecisionsDelegationConfig",
    "DecisionsDelegationConfigParam",
    "DecisionsDelegationUpdateConfig",
    "DecisionsDelegationUpdateConfigParam",
    "DelegationCreatedEvent",
    "Error",
    "ErrorEvent",
    "ForkClientEvent",
    "ForkClientEventParam",
    "ForkServerEvent",
    "ForkSessionConfig",
    "ForkSessionConfigParam",
    "ForkSessionStartEvent",
    "ForkSessionStartEventParam",
    "FunctionTool",
    "FunctionToolParam",
    "InfoEvent",
    "InitialItem",
    "InitialItemParam",
    "InputAudioAppendEvent",
    "InputAudioAppendEventParam",
    "InputAudioMuteEvent",
    "InputAudioMuteEventParam",
    "InputAudioMutedEvent",
    "InputAudioUnmuteEvent",
    "InputAudioUnmuteEventParam",
    "InputAudioUnmutedEvent",
    "InputTranscriptDeltaEvent",
    "InstructionsAppendEvent",
    "InstructionsAppendEventParam",
    "InstructionsAppendedEvent",
    "LiveCreateParams",
    "LiveCreateResponse",
    "MediaSessionConfigParam",
    "MediaSessionForkConfigParam",
    "OutputAudioDeltaEvent",
    "OutputAudioFixturePlayEvent",
    "OutputAudioFixturePlayEventParam",
    "OutputAudioFixturePlayedEvent",
    "OutputAudioFixturePlayingEvent",
    "OutputTranscriptDeltaEvent",
    "ResponseCreateEvent",
    "ResponseCreateEventParam",
    "ResponseEvent",
    "ResponseItemCreateEvent",
    "ResponseItemCreateEventParam",
    "ResponsesDelegationConfig",
    "ResponsesDelegationConfigParam",
    "ResponsesDelegationUpdateConfig",
    "ResponsesDelegationUpdateConfigParam",
    "ServerEvent",
    "ServerEventSelector",
    "ServerEventSelectorParam",
    "SessionAcceptParams",
    "SessionCloseEvent",
    "SessionCloseEventParam",
    "SessionClosedEvent",
    "SessionConfig",
    "SessionConfigParam",
    "SessionForkParams",
    "SessionForkResponse",
    "SessionReferParams",
    "SessionRejectParams",
    "SessionResource",
    "SessionStartEvent",
    "SessionStartEventParam",
    "SessionStartedEvent",
    "SessionUpdateConfig",
    "SessionUpdateConfigParam",
    "SessionUpdateEvent",
    "SessionUpdateEventParam",
    "SessionUpdatedEvent",
    "SessionUsage",
    "SessionUsageUpdatedEvent",
    "ThinkingAppendEvent",
    "ThinkingAppendEventParam",
    "ThinkingAppendedEvent",
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
