"""``run_until`` typed per server event: ``conn.run_until("response.done")`` returns
``RealtimeServerEventResponseDone``.

Written by scripts/regen.py from the spec's server events (``SERVER_EVENTS``,
``TRANSLATION_SERVER_EVENTS`` and ``LIVE_SERVER_EVENTS`` of ``event_types.py``; never edit
by hand). A conversation inherits :class:`AsyncRunUntil` (asyncio) or :class:`RunUntil`
(blocking), a translation session :class:`AsyncTranslationRunUntil` or
:class:`TranslationRunUntil`, a GPT-Live session :class:`AsyncLiveRunUntil` or
:class:`LiveRunUntil`, parametrised with
what ``run_until`` returns for several event types or an unknown one, and implements
``_run_until``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

if TYPE_CHECKING:
    from . import models as m

E = TypeVar("E")


class AsyncRunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``SERVER_EVENTS`` (asyncio).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = await conn.run_until("response.done")
    """

    @overload
    async def run_until(
        self, kind: Literal["conversation.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemAdded: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.deleted"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemDeleted: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemDone: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionCompleted: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionFailed: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.segment"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionSegment: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.retrieved"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemRetrieved: ...
    @overload
    async def run_until(
        self, kind: Literal["conversation.item.truncated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemTruncated: ...
    @overload
    async def run_until(
        self, kind: Literal["error"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventError: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.cleared"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferCleared: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.committed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferCommitted: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.dtmf_event_received"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferDtmfEventReceived: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.speech_started"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferSpeechStarted: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.speech_stopped"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferSpeechStopped: ...
    @overload
    async def run_until(
        self, kind: Literal["input_audio_buffer.timeout_triggered"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferTimeoutTriggered: ...
    @overload
    async def run_until(
        self, kind: Literal["mcp_list_tools.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsCompleted: ...
    @overload
    async def run_until(
        self, kind: Literal["mcp_list_tools.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsFailed: ...
    @overload
    async def run_until(
        self, kind: Literal["mcp_list_tools.in_progress"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsInProgress: ...
    @overload
    async def run_until(
        self, kind: Literal["output_audio_buffer.cleared"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferCleared: ...
    @overload
    async def run_until(
        self, kind: Literal["output_audio_buffer.started"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferStarted: ...
    @overload
    async def run_until(
        self, kind: Literal["output_audio_buffer.stopped"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferStopped: ...
    @overload
    async def run_until(
        self, kind: Literal["rate_limits.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventRateLimitsUpdated: ...
    @overload
    async def run_until(
        self, kind: Literal["response.content_part.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseContentPartAdded: ...
    @overload
    async def run_until(
        self, kind: Literal["response.content_part.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseContentPartDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["response.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.function_call_arguments.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseFunctionCallArgumentsDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["response.function_call_arguments.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseFunctionCallArgumentsDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.mcp_call.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallCompleted: ...
    @overload
    async def run_until(
        self, kind: Literal["response.mcp_call.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallFailed: ...
    @overload
    async def run_until(
        self, kind: Literal["response.mcp_call.in_progress"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallInProgress: ...
    @overload
    async def run_until(
        self, kind: Literal["response.mcp_call_arguments.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallArgumentsDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["response.mcp_call_arguments.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallArgumentsDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_audio.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_audio_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioTranscriptDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_audio_transcript.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioTranscriptDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_item.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseOutputItemAdded: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_item.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseOutputItemDone: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_text.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseTextDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["response.output_text.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseTextDone: ...
    @overload
    async def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventSessionCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventSessionUpdated: ...
    @overload
    async def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    async def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = await conn.run_until("response.done")
        """
        return await self._run_until(kinds, timeout)

    async def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


class RunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``SERVER_EVENTS`` (blocking).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = conn.run_until("response.done")
    """

    @overload
    def run_until(
        self, kind: Literal["conversation.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationCreated: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemAdded: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemCreated: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.deleted"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemDeleted: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemDone: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionCompleted: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionDelta: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionFailed: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.input_audio_transcription.segment"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemInputAudioTranscriptionSegment: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.retrieved"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemRetrieved: ...
    @overload
    def run_until(
        self, kind: Literal["conversation.item.truncated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventConversationItemTruncated: ...
    @overload
    def run_until(self, kind: Literal["error"], /, *, timeout: float | None = None) -> m.RealtimeServerEventError: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.cleared"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferCleared: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.committed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferCommitted: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.dtmf_event_received"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferDtmfEventReceived: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.speech_started"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferSpeechStarted: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.speech_stopped"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferSpeechStopped: ...
    @overload
    def run_until(
        self, kind: Literal["input_audio_buffer.timeout_triggered"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventInputAudioBufferTimeoutTriggered: ...
    @overload
    def run_until(
        self, kind: Literal["mcp_list_tools.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsCompleted: ...
    @overload
    def run_until(
        self, kind: Literal["mcp_list_tools.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsFailed: ...
    @overload
    def run_until(
        self, kind: Literal["mcp_list_tools.in_progress"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventMCPListToolsInProgress: ...
    @overload
    def run_until(
        self, kind: Literal["output_audio_buffer.cleared"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferCleared: ...
    @overload
    def run_until(
        self, kind: Literal["output_audio_buffer.started"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferStarted: ...
    @overload
    def run_until(
        self, kind: Literal["output_audio_buffer.stopped"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventOutputAudioBufferStopped: ...
    @overload
    def run_until(
        self, kind: Literal["rate_limits.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventRateLimitsUpdated: ...
    @overload
    def run_until(
        self, kind: Literal["response.content_part.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseContentPartAdded: ...
    @overload
    def run_until(
        self, kind: Literal["response.content_part.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseContentPartDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseCreated: ...
    @overload
    def run_until(
        self, kind: Literal["response.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.function_call_arguments.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseFunctionCallArgumentsDelta: ...
    @overload
    def run_until(
        self, kind: Literal["response.function_call_arguments.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseFunctionCallArgumentsDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.mcp_call.completed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallCompleted: ...
    @overload
    def run_until(
        self, kind: Literal["response.mcp_call.failed"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallFailed: ...
    @overload
    def run_until(
        self, kind: Literal["response.mcp_call.in_progress"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallInProgress: ...
    @overload
    def run_until(
        self, kind: Literal["response.mcp_call_arguments.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallArgumentsDelta: ...
    @overload
    def run_until(
        self, kind: Literal["response.mcp_call_arguments.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseMCPCallArgumentsDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioDelta: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_audio.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_audio_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioTranscriptDelta: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_audio_transcript.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseAudioTranscriptDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_item.added"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseOutputItemAdded: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_item.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseOutputItemDone: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_text.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseTextDelta: ...
    @overload
    def run_until(
        self, kind: Literal["response.output_text.done"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventResponseTextDone: ...
    @overload
    def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventSessionCreated: ...
    @overload
    def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventSessionUpdated: ...
    @overload
    def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = conn.run_until("response.done")
        """
        return self._run_until(kinds, timeout)

    def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


class AsyncTranslationRunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``TRANSLATION_SERVER_EVENTS`` (asyncio).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = await conn.run_until("session.updated")
    """

    @overload
    async def run_until(
        self, kind: Literal["error"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventError: ...
    @overload
    async def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionClosed: ...
    @overload
    async def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    async def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    async def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = await conn.run_until("session.updated")
        """
        return await self._run_until(kinds, timeout)

    async def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


class TranslationRunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``TRANSLATION_SERVER_EVENTS`` (blocking).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = conn.run_until("session.updated")
    """

    @overload
    def run_until(self, kind: Literal["error"], /, *, timeout: float | None = None) -> m.RealtimeServerEventError: ...
    @overload
    def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionClosed: ...
    @overload
    def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionCreated: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = conn.run_until("session.updated")
        """
        return self._run_until(kinds, timeout)

    def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


class AsyncLiveRunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``LIVE_SERVER_EVENTS`` (asyncio).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = await conn.run_until("transport.ringing")
    """

    @overload
    async def run_until(
        self, kind: Literal["decision.event"], /, *, timeout: float | None = None
    ) -> m.LiveDecisionEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["decision.item.created"], /, *, timeout: float | None = None
    ) -> m.LiveDecisionItemCreatedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["decision.item.deleted"], /, *, timeout: float | None = None
    ) -> m.LiveDecisionItemDeletedEvent: ...
    @overload
    async def run_until(self, kind: Literal["error"], /, *, timeout: float | None = None) -> m.LiveErrorEvent: ...
    @overload
    async def run_until(self, kind: Literal["info"], /, *, timeout: float | None = None) -> m.LiveInfoEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["response.event"], /, *, timeout: float | None = None
    ) -> m.LiveResponseEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.LiveSessionClosedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.commentary.appended"], /, *, timeout: float | None = None
    ) -> m.LiveCommentaryAppendedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.delegation.created"], /, *, timeout: float | None = None
    ) -> m.LiveDelegationCreatedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_audio.append"], /, *, timeout: float | None = None
    ) -> m.LiveSessionInputAudioAppend: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_audio.muted"], /, *, timeout: float | None = None
    ) -> m.LiveInputAudioMutedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_audio.unmuted"], /, *, timeout: float | None = None
    ) -> m.LiveInputAudioUnmutedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.LiveInputTranscriptDeltaEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.instructions.appended"], /, *, timeout: float | None = None
    ) -> m.LiveInstructionsAppendedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioDeltaEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_audio.fixture.played"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioFixturePlayedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_audio.fixture.playing"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioFixturePlayingEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.LiveOutputTranscriptDeltaEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.paused"], /, *, timeout: float | None = None
    ) -> m.LiveSessionPaused: ...
    @overload
    async def run_until(
        self, kind: Literal["session.resumed"], /, *, timeout: float | None = None
    ) -> m.LiveSessionResumed: ...
    @overload
    async def run_until(
        self, kind: Literal["session.started"], /, *, timeout: float | None = None
    ) -> m.LiveSessionStartedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.thinking.appended"], /, *, timeout: float | None = None
    ) -> m.LiveThinkingAppendedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.LiveSessionUpdatedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["session.usage.updated"], /, *, timeout: float | None = None
    ) -> m.LiveSessionUsageUpdatedEvent: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.answered"], /, *, timeout: float | None = None
    ) -> m.LiveTransportAnswered: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.dtmf.received"], /, *, timeout: float | None = None
    ) -> m.LiveTransportDtmfReceived: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.dtmf.send"], /, *, timeout: float | None = None
    ) -> m.LiveServerEventTransportDtmfSend: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.dtmf.sent"], /, *, timeout: float | None = None
    ) -> m.LiveTransportDtmfSent: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.failed"], /, *, timeout: float | None = None
    ) -> m.LiveTransportFailed: ...
    @overload
    async def run_until(
        self, kind: Literal["transport.ringing"], /, *, timeout: float | None = None
    ) -> m.LiveTransportRinging: ...
    @overload
    async def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    async def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = await conn.run_until("transport.ringing")
        """
        return await self._run_until(kinds, timeout)

    async def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


class LiveRunUntil(Generic[E]):
    """``run_until`` with one overload per event type of ``LIVE_SERVER_EVENTS`` (blocking).

    ``E`` is what several event types (or one not in the table) give.

    Example::

        done = conn.run_until("transport.ringing")
    """

    @overload
    def run_until(self, kind: Literal["decision.event"], /, *, timeout: float | None = None) -> m.LiveDecisionEvent: ...
    @overload
    def run_until(
        self, kind: Literal["decision.item.created"], /, *, timeout: float | None = None
    ) -> m.LiveDecisionItemCreatedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["decision.item.deleted"], /, *, timeout: float | None = None
    ) -> m.LiveDecisionItemDeletedEvent: ...
    @overload
    def run_until(self, kind: Literal["error"], /, *, timeout: float | None = None) -> m.LiveErrorEvent: ...
    @overload
    def run_until(self, kind: Literal["info"], /, *, timeout: float | None = None) -> m.LiveInfoEvent: ...
    @overload
    def run_until(self, kind: Literal["response.event"], /, *, timeout: float | None = None) -> m.LiveResponseEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.LiveSessionClosedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.commentary.appended"], /, *, timeout: float | None = None
    ) -> m.LiveCommentaryAppendedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.delegation.created"], /, *, timeout: float | None = None
    ) -> m.LiveDelegationCreatedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_audio.append"], /, *, timeout: float | None = None
    ) -> m.LiveSessionInputAudioAppend: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_audio.muted"], /, *, timeout: float | None = None
    ) -> m.LiveInputAudioMutedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_audio.unmuted"], /, *, timeout: float | None = None
    ) -> m.LiveInputAudioUnmutedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.LiveInputTranscriptDeltaEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.instructions.appended"], /, *, timeout: float | None = None
    ) -> m.LiveInstructionsAppendedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioDeltaEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_audio.fixture.played"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioFixturePlayedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_audio.fixture.playing"], /, *, timeout: float | None = None
    ) -> m.LiveOutputAudioFixturePlayingEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.LiveOutputTranscriptDeltaEvent: ...
    @overload
    def run_until(self, kind: Literal["session.paused"], /, *, timeout: float | None = None) -> m.LiveSessionPaused: ...
    @overload
    def run_until(
        self, kind: Literal["session.resumed"], /, *, timeout: float | None = None
    ) -> m.LiveSessionResumed: ...
    @overload
    def run_until(
        self, kind: Literal["session.started"], /, *, timeout: float | None = None
    ) -> m.LiveSessionStartedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.thinking.appended"], /, *, timeout: float | None = None
    ) -> m.LiveThinkingAppendedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.LiveSessionUpdatedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["session.usage.updated"], /, *, timeout: float | None = None
    ) -> m.LiveSessionUsageUpdatedEvent: ...
    @overload
    def run_until(
        self, kind: Literal["transport.answered"], /, *, timeout: float | None = None
    ) -> m.LiveTransportAnswered: ...
    @overload
    def run_until(
        self, kind: Literal["transport.dtmf.received"], /, *, timeout: float | None = None
    ) -> m.LiveTransportDtmfReceived: ...
    @overload
    def run_until(
        self, kind: Literal["transport.dtmf.send"], /, *, timeout: float | None = None
    ) -> m.LiveServerEventTransportDtmfSend: ...
    @overload
    def run_until(
        self, kind: Literal["transport.dtmf.sent"], /, *, timeout: float | None = None
    ) -> m.LiveTransportDtmfSent: ...
    @overload
    def run_until(
        self, kind: Literal["transport.failed"], /, *, timeout: float | None = None
    ) -> m.LiveTransportFailed: ...
    @overload
    def run_until(
        self, kind: Literal["transport.ringing"], /, *, timeout: float | None = None
    ) -> m.LiveTransportRinging: ...
    @overload
    def run_until(self, *kinds: str, timeout: float | None = None) -> E: ...
    def run_until(self, *kinds: str, timeout: float | None = None) -> Any:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = conn.run_until("transport.ringing")
        """
        return self._run_until(kinds, timeout)

    def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:
        """What :meth:`run_until` runs; the conversation implements it."""
        raise NotImplementedError


__all__ = (
    "AsyncRunUntil",
    "RunUntil",
    "AsyncTranslationRunUntil",
    "TranslationRunUntil",
    "AsyncLiveRunUntil",
    "LiveRunUntil",
)
