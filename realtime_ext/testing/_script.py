"""What a test wants the fake server to do next (thread-safe: tests call it from any thread)."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_TEXT = "Hello! This is the fake Realtime server."
DEFAULT_AUDIO_MS = 300


@dataclass(frozen=True)
class PlannedResponse:
    """How the next ``response.create`` is answered (see :meth:`Script.next_response`)."""

    text: str = DEFAULT_TEXT
    function_calls: tuple[tuple[str, str], ...] = ()
    audio_ms: int = DEFAULT_AUDIO_MS
    hold: bool = False

    @property
    def function_call(self) -> tuple[str, str] | None:
        """The first planned call (``None`` for a text/audio answer)."""
        return self.function_calls[0] if self.function_calls else None


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
    """Close the socket when the next matching client event arrives."""

    code: int = 1000
    reason: str = ""
    on: str | None = None


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

    def next_response(
        self,
        *,
        text: str | None = None,
        function_call: tuple[str, Mapping[str, Any] | str] | None = None,
        function_calls: Sequence[tuple[str, Mapping[str, Any] | str]] | None = None,
        audio_ms: int = DEFAULT_AUDIO_MS,
        hold: bool = False,
    ) -> None:
        """Shape the next ``response.create``: a text/audio answer or function call(s).

        ``function_call=(name, arguments)`` makes the model call one tool;
        ``function_calls=[(name, arguments), ...]`` several in parallel (one output item
        each, in one response). ``hold=True`` leaves the response in progress until the
        client sends ``response.cancel`` (then it ends with status ``cancelled``).

        >>> Script().next_response(text="Bonjour")
        >>> Script().next_response(function_calls=[("add", {"a": 1}), ("add", {"a": 2})])
        """
        planned_calls = [function_call] if function_call is not None else []
        planned_calls += list(function_calls or [])
        if function_call is not None and function_calls:
            raise ValueError("next_response takes function_call= or function_calls=, not both")
        if text is not None and planned_calls:
            raise ValueError("next_response takes text= or function calls, not both")
        if audio_ms < 0:
            raise ValueError(f"audio_ms must be >= 0, got {audio_ms}")
        calls: list[tuple[str, str]] = []
        for name, args in planned_calls:
            if not isinstance(name, str) or not name:
                raise ValueError(f"function_call name must be a non-empty string, got {name!r}")
            arguments = args if isinstance(args, str) else json.dumps(args, separators=(",", ":"))
            calls.append((name, arguments))
        planned = PlannedResponse(
            text=DEFAULT_TEXT if text is None else text,
            function_calls=tuple(calls),
            audio_ms=audio_ms,
            hold=hold,
        )
        with self._lock:
            self._responses.append(planned)

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
        if not (1000 <= code <= 4999):
            raise ValueError(f"WebSocket close code must be in 1000..4999, got {code}")
        with self._lock:
            self._reactions.append(PlannedClose(code, reason, on))

    def take_response(self) -> PlannedResponse:
        """The next planned response, or the default text/audio one."""
        with self._lock:
            return self._responses.popleft() if self._responses else PlannedResponse()

    def take_reaction(self, event_type: str) -> Reaction | None:
        """The first planned reaction matching ``event_type``, removed from the queue."""
        with self._lock:
            for reaction in self._reactions:
                if reaction.on is None or reaction.on == event_type:
                    self._reactions.remove(reaction)
                    return reaction
        return None
