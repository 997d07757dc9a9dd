"""What a test wants the fake server to do next (thread-safe: tests call it from any thread)."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from realtime_ext import InvalidArgumentError

from ._routes import check_close_code

DEFAULT_TEXT = "Hello! This is the fake Realtime server."
DEFAULT_AUDIO_MS = 300
MAX_AUDIO_MS = 120_000
"""The longest scripted answer (2 minutes: 5.5 MiB of PCM), so a script cannot make the
server build hundreds of MiB at once."""


DEFAULT_TRANSCRIPT = "Hello, this is the fake server's transcript of your audio."


@dataclass(frozen=True)
class PlannedError:
    """An ``error`` event sent instead of handling the next matching client event."""

    message: str
    type: str = "invalid_request_error"
    code: str | None = None
    param: str | None = None
    on: str | None = None


@dataclass(frozen=True)
class PlannedClose:
    """Close the socket when the next matching client event arrives (``code=None``: cut
    the TCP connection without a close frame, the client sees 1006)."""

    code: int | None = 1000
    reason: str = ""
    on: str | None = None


@dataclass(frozen=True)
class PlannedCut:
    """End a response's connection once the response is under way: after its
    ``response.created`` and ``after_deltas`` output deltas, cut (no close frame) or, with
    ``freeze``, frozen (open, silent, pings unanswered)."""

    after_deltas: int = 1
    freeze: bool = False


@dataclass(frozen=True)
class PlannedResponse:
    """How the next ``response.create`` is answered (see :meth:`Script.next_response`).

    With ``function_calls``, ``preamble`` is what the model says before calling them (a
    message item first, the calls after it, in one response, as the real API streams a
    model that answers and calls a tool at once); ``text`` is not used.
    ``error`` answers it with an ``error`` event instead, ``close`` drops the connection
    instead; ``delay_ms`` slows the response: ``response.created`` at once, the output
    after that many milliseconds (``response.cancel`` in between cancels it); ``cut``
    ends the connection part-way through the response. ``recall=N`` answers from the
    conversation, as a model reads its context: ``You said: <the N-th user message>`` (its
    text, else its transcript), or ``I don't know what you said.`` when the session holds
    no such message (GPT-Live: the N-th thing the user said that the session holds, its
    startup input's user texts first, then each utterance it heard; a fork holds its stored
    session's).
    """

    text: str = DEFAULT_TEXT
    function_calls: tuple[tuple[str, str], ...] = ()
    mcp_approval_requests: tuple[tuple[str, str, str], ...] = ()
    """MCP calls the model asks the app to approve (``server_label``, tool ``name``, JSON
    ``arguments``): ``mcp_approval_request`` items after the calls."""
    preamble: str | None = None
    audio_ms: int = DEFAULT_AUDIO_MS
    hold: bool = False
    delay_ms: int = 0
    recall: int = 0
    error: PlannedError | None = None
    close: PlannedClose | None = None
    cut: PlannedCut | None = None

    @property
    def function_call(self) -> tuple[str, str] | None:
        """The first planned call (``None`` for a text/audio answer)."""
        return self.function_calls[0] if self.function_calls else None


Reaction = PlannedError | PlannedClose


class Script:
    """Queue of scripted behaviours, consumed in order by every connection of one server.

    >>> script = Script()
    >>> script.next_response(function_call=("get_weather", {"city": "Paris"}))
    >>> script.take_response().function_call
    ('get_weather', '{"city":"Paris"}')
    >>> script.next_response(function_calls=[("a", {}), ("b", '{"x":1}')])
    >>> script.take_response().function_calls
    (('a', '{}'), ('b', '{"x":1}'))
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._responses: deque[PlannedResponse] = deque()
        self._reactions: deque[Reaction] = deque()
        self._transcripts: deque[str | None] = deque()
        self._translations: deque[tuple[tuple[str, ...], tuple[str, ...]]] = deque()
        self._phrasings: deque[str] = deque()
        self.speech_detection: bool = True
        self.rate_limits_updated: bool | None = None
        """Whether each response ends with ``rate_limits.updated`` after ``response.done``
        (:meth:`report_rate_limits`); ``None``: as the API, on OpenAI's route and not on
        Azure's."""

    def next_response(
        self,
        *,
        text: str | None = None,
        function_call: tuple[str, Mapping[str, Any] | str] | None = None,
        function_calls: Sequence[tuple[str, Mapping[str, Any] | str]] | None = None,
        audio_ms: int = DEFAULT_AUDIO_MS,
        hold: bool = False,
        delay_ms: int = 0,
        recall: int = 0,
        mcp_approval_request: tuple[str, str, Mapping[str, Any] | str] | None = None,
    ) -> None:
        """Shape the next ``response.create``: a text/audio answer or function call(s).

        ``mcp_approval_request=(server_label, name, arguments)`` makes the model ask to call
        an MCP server's tool that needs approval (an ``mcp_approval_request`` item, in a
        completed response; on GPT-Live, in the Responses backend's stream): the app
        answers ``mcp_approval_response``, then ``response.create`` gets the next scripted
        response.

        ``function_call=(name, arguments)`` makes the model call one tool;
        ``function_calls=[(name, arguments), ...]`` several in parallel (one output item
        each, in one response); ``text=`` with either makes the model say that first (a
        message item, then the calls, in the same response). ``hold=True`` leaves the
        response in progress until the client sends ``response.cancel`` (then it ends with
        status ``cancelled``).
        ``delay_ms`` makes it slow: ``response.created`` at once, the output later.

        >>> Script().next_response(text="Bonjour")
        >>> Script().next_response(function_calls=[("add", {"a": 1}), ("add", {"a": 2})])
        """
        planned_calls = [function_call] if function_call is not None else []
        planned_calls += list(function_calls or [])
        if function_call is not None and function_calls:
            raise InvalidArgumentError(
                "next_response takes function_call= or function_calls=, not both"
            )
        if not 0 <= audio_ms <= MAX_AUDIO_MS:
            raise InvalidArgumentError(f"audio_ms must be 0..{MAX_AUDIO_MS}, got {audio_ms}")
        if delay_ms < 0:
            raise InvalidArgumentError(f"delay_ms must be >= 0, got {delay_ms}")
        if recall < 0 or (recall and (text is not None or planned_calls)):
            raise InvalidArgumentError(
                f"recall must be >= 1, alone (no text or calls), got {recall}"
            )
        calls: list[tuple[str, str]] = []
        for name, args in planned_calls:
            if not isinstance(name, str) or not name:
                raise InvalidArgumentError(
                    f"function_call name must be a non-empty string, got {name!r}"
                )
            arguments = args if isinstance(args, str) else json.dumps(args, separators=(",", ":"))
            calls.append((name, arguments))
        requests: tuple[tuple[str, str, str], ...] = ()
        if mcp_approval_request is not None:
            label, tool, args = mcp_approval_request
            if not all(isinstance(part, str) and part for part in (label, tool)):
                raise InvalidArgumentError(
                    "mcp_approval_request is (server_label, name, arguments), got "
                    f"{mcp_approval_request!r}"
                )
            encoded = args if isinstance(args, str) else json.dumps(args, separators=(",", ":"))
            requests = ((label, tool, encoded),)
        planned = PlannedResponse(
            text=DEFAULT_TEXT if text is None else text,
            function_calls=tuple(calls),
            mcp_approval_requests=requests,
            preamble=text if calls or requests else None,
            audio_ms=audio_ms,
            hold=hold,
            delay_ms=delay_ms,
            recall=recall,
        )
        self.add_response(planned)

    def add_response(self, planned: PlannedResponse) -> None:
        """Queue a ready-made :class:`PlannedResponse` (scenarios use this).

        >>> Script().add_response(PlannedResponse(error=PlannedError("overloaded")))
        """
        with self._lock:
            self._responses.append(planned)

    def next_transcript(self, text: str | None) -> None:
        """What the next committed audio is transcribed as (when the session asks for input
        transcription); ``None`` makes that transcription fail, as silence does.

        >>> Script().next_transcript("What's the weather in Paris?")
        """
        if text is not None and not isinstance(text, str):
            raise InvalidArgumentError(
                f"transcript must be a string or None, got {type(text).__name__}"
            )
        with self._lock:
            self._transcripts.append(text)

    def next_phrasing(self, text: str) -> None:
        """What a GPT-Live model says for the next context it speaks (a
        ``session.commentary.append``), in place of its own wording of it.

        >>> Script().next_phrasing("Good news: your package comes on Friday.")
        """
        if not isinstance(text, str) or not text.strip():
            raise InvalidArgumentError(f"phrasing must be a non-empty string, got {text!r}")
        with self._lock:
            self._phrasings.append(text)

    def take_phrasing(self) -> str | None:
        """The next planned phrasing, if any (consumed)."""
        with self._lock:
            return self._phrasings.popleft() if self._phrasings else None

    def next_translation(self, source: str, target: str) -> None:
        """What a translation session hears next (``source``) and says (``target``).

        The fake translates one word per 200 ms frame of speech: frame *i* of the coming
        speech gives the *i*-th word of each (input transcript deltas only when input
        transcription is on). Unplanned speech is "Hello how are you today", translated.

        >>> Script().next_translation("Good morning", "Buenos días")
        """
        words: list[tuple[str, ...]] = []
        for name, text in (("source", source), ("target", target)):
            if not isinstance(text, str) or not text.split():
                raise InvalidArgumentError(f"{name} must be a non-empty string, got {text!r}")
            words.append(tuple(text.split()))
        with self._lock:
            self._translations.append((words[0], words[1]))

    def take_translation(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The next planned ``(source words, target words)``, if any (consumed)."""
        with self._lock:
            return self._translations.popleft() if self._translations else None

    def take_transcript(self) -> tuple[bool, str | None]:
        """``(planned, text)``: the next planned transcript, if any (consumed)."""
        with self._lock:
            if self._transcripts:
                return True, self._transcripts.popleft()
        return False, None

    def error(
        self,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        on: str | None = None,
    ) -> None:
        """Answer the next client event (of type ``on``, if given) with an ``error`` event.

        >>> Script().error("Rate limited", type="server_error", on="response.create")
        """
        with self._lock:
            self._reactions.append(PlannedError(message, type, code, param, on))

    def close(self, code: int = 1000, reason: str = "", *, on: str | None = None) -> None:
        """Close the socket with ``code``/``reason`` on the next client event (of type ``on``).

        >>> Script().close(1011, "boom", on="response.create")
        """
        check_close_code(code)
        with self._lock:
            self._reactions.append(PlannedClose(code, reason, on))

    def add_reaction(self, reaction: Reaction) -> None:
        """Queue a ready-made :class:`PlannedError` or :class:`PlannedClose` (scenarios).

        >>> Script().add_reaction(PlannedClose(None, on="response.create"))
        """
        with self._lock:
            self._reactions.append(reaction)

    def detect_speech(self, enabled: bool = True) -> None:
        """Run server VAD on input audio (when the session asks for it), or stop with ``False``.

        On by default, as on the API: a session whose ``turn_detection`` is ``server_vad``
        (the default) or ``semantic_vad`` hears speech start and stop, commits and answers.
        ``detect_speech(False)``, ``serve-fake --no-vad`` or the scenario key ``vad: false``
        turn it off for tests that commit audio themselves whatever the session says. See
        ``realtime_ext.testing._voice`` for what is modelled.

        >>> Script().detect_speech(False)
        """
        self.speech_detection = bool(enabled)

    def report_rate_limits(self, enabled: bool = True) -> None:
        """Send ``rate_limits.updated`` after every ``response.done``, or stop with ``False``.

        By default the fake does as the API: sessions recorded on OpenAI's route have one
        right after a ``response.done`` (8 of 23), none of 10 recorded on Azure's
        (``FakeRealtimeServer(azure=...)``). ``True`` or ``False`` here (or
        ``FakeRealtimeServer(rate_limits_updated=...)``, ``serve-fake
        --[no-]rate-limits-updated``, the scenario key ``rate_limits_updated``) sends it
        after every response on both routes, or never. The event reports the requests and
        tokens left, the response's input tokens counted. For one event at a moment of the
        test's choosing, ``server.push(...)`` it.

        >>> script = Script()
        >>> script.report_rate_limits(False)
        >>> script.rate_limits_updated
        False
        """
        if not isinstance(enabled, bool):
            raise InvalidArgumentError(f"enabled must be True or False, got {enabled!r}")
        self.rate_limits_updated = enabled

    def take_response(self) -> PlannedResponse:
        """The next planned response, or the default text/audio one."""
        return self.take_planned() or PlannedResponse()

    def take_planned(self) -> PlannedResponse | None:
        """The next planned response, or ``None`` when nothing is planned."""
        with self._lock:
            return self._responses.popleft() if self._responses else None

    def take_reaction(self, event_type: str) -> Reaction | None:
        """The first planned reaction matching ``event_type``, removed from the queue."""
        with self._lock:
            for reaction in self._reactions:
                if reaction.on is None or reaction.on == event_type:
                    self._reactions.remove(reaction)
                    return reaction
        return None
