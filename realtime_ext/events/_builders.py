"""One call for the most common things to send: a user message, a tool's output, a response.

Each builder returns the plain dict the typed sends take (a ``TypedDict``, so mypy and
pyright check what you build), never a whole event: the typed send is still the one way to
send, and it checks everything once, before anything goes on the wire
(:class:`~realtime_ext.events.InvalidEventError` names the field)::

    conn.conversation.item.create(item=user_text("What's the weather in Paris?"))
    conn.conversation.item.create(item=function_call_output(call_id, {"temp": 21}))
    conn.response.create(response=response_params(instructions="Answer in French."))

The dict types carry openai's names for the same objects
(``openai.types.realtime.RealtimeConversationItemUserMessageParam`` and friends) and hold
the subset the builders write.

Example:
    >>> user_text("Hi")
    {'type': 'message', 'role': 'user', 'content': [{'type': 'input_text', 'text': 'Hi'}]}
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, TypedDict, TypeVar, cast

import attrs

from .._exceptions import InvalidEventError


class InputTextParam(TypedDict):
    """A text part of a user message (``{"type": "input_text", "text": ...}``)."""

    type: Literal["input_text"]
    text: str


class InputAudioParam(TypedDict):
    """An audio part of a user message: base64 audio in the session's input format."""

    type: Literal["input_audio"]
    audio: str
    transcript: NotRequired[str]


class RealtimeConversationItemUserMessageParam(TypedDict):
    """A user message item, for ``conn.conversation.item.create(item=...)``."""

    type: Literal["message"]
    role: Literal["user"]
    content: list[InputTextParam | InputAudioParam]


class RealtimeConversationItemFunctionCallOutputParam(TypedDict):
    """A tool's answer to a function call, for ``conn.conversation.item.create(item=...)``."""

    type: Literal["function_call_output"]
    call_id: str
    output: str


class RealtimeResponseCreateParamsParam(TypedDict, total=False):
    """What one response overrides, for ``conn.response.create(response=...)``."""

    instructions: str
    output_modalities: list[str]
    audio: dict[str, Any]
    tools: list[Mapping[str, Any]]
    tool_choice: str | Mapping[str, Any]
    conversation: str
    input: list[Mapping[str, Any]]
    metadata: dict[str, str]
    max_output_tokens: int | Literal["inf"]


def user_text(text: str) -> RealtimeConversationItemUserMessageParam:
    """A user message holding ``text``.

    Example:
        >>> user_text("Hi")["content"]
        [{'type': 'input_text', 'text': 'Hi'}]
    """
    return {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}


def user_audio(
    audio: bytes | bytearray | memoryview | str, *, transcript: str | None = None
) -> RealtimeConversationItemUserMessageParam:
    """A user message holding audio: raw bytes in the session's input format (base64-encoded
    here), or a base64 string as is; ``transcript`` if you have one.

    Example:
        >>> user_audio(b"\\x00\\x00")["content"]
        [{'type': 'input_audio', 'audio': 'AAA='}]
    """
    # The typed sends' encoder, imported here: ._sends loads the validator and the models it
    # checks against, which ``import realtime_ext.events`` (parsing only) does not need.
    from ._sends import encode_audio

    part: InputAudioParam = {"type": "input_audio", "audio": encode_audio(audio)}
    if transcript is not None:
        part["transcript"] = transcript
    return {"type": "message", "role": "user", "content": [part]}


def function_call_output(
    call_id: str, output: object
) -> RealtimeConversationItemFunctionCallOutputParam:
    """A tool's ``output`` for the function call ``call_id``: a ``str`` is sent as it is,
    anything else as JSON (what the model reads; enums, dataclasses, attrs classes, dates
    and sets too). The tool loop sends a tool's result the same way. Send
    ``response.create`` after it for the model to answer (``conn.run_tools(registry)`` does
    all of this for you).

    Example:
        >>> function_call_output("call_1", {"temp": 21})
        {'type': 'function_call_output', 'call_id': 'call_1', 'output': '{"temp": 21}'}
        >>> function_call_output("call_1", "It is sunny.")["output"]
        'It is sunny.'
    """
    if not isinstance(output, str):
        try:
            output = json.dumps(output, default=_to_json, ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise InvalidEventError(
                f"function_call_output: output must be a str or JSON-serialisable, got "
                f"{type(output).__name__} ({exc})"
            ) from None
    return {"type": "function_call_output", "call_id": call_id, "output": output}


def _to_json(value: Any) -> Any:
    """``json.dumps`` fallback for the Python types tools commonly return."""
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(cast("type[object]", type(value))):
        return attrs.asdict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(cast("set[object] | frozenset[object] | tuple[object, ...]", value))
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


T = TypeVar("T")


def _listed(name: str, value: Sequence[T]) -> list[T]:
    # The typed send checks each entry; a value that is not a list at all (a number, a
    # mapping) would otherwise fail inside list() with a bare TypeError.
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise InvalidEventError(
            f"response_params: {name} must be a list, got {type(value).__name__}"
        )
    return list(value)


def response_params(
    *,
    instructions: str | None = None,
    output_modalities: str | Sequence[str] | None = None,
    voice: str | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
    tool_choice: str | Mapping[str, Any] | None = None,
    conversation: str | None = None,
    input: Sequence[Mapping[str, Any]] | None = None,
    metadata: Mapping[str, str] | None = None,
    max_output_tokens: int | Literal["inf"] | None = None,
) -> RealtimeResponseCreateParamsParam:
    """What one response does differently from the session: only the keywords you pass.

    ``voice`` goes to ``audio.output.voice``; ``output_modalities`` takes ``"text"`` or a
    list; ``conversation="none"`` with ``input=[user_text(...)]`` asks for an answer kept
    out of the conversation (a classification, a summary).

    Example:
        >>> response_params(instructions="Be brief.", output_modalities="text")
        {'instructions': 'Be brief.', 'output_modalities': ['text']}
        >>> response_params(conversation="none", input=[user_text("Summarise.")])["conversation"]
        'none'
    """
    params: RealtimeResponseCreateParamsParam = {}
    if instructions is not None:
        params["instructions"] = instructions
    if output_modalities is not None:
        modalities = output_modalities
        params["output_modalities"] = (
            [modalities]
            if isinstance(modalities, str)
            else _listed("output_modalities", modalities)
        )
    if voice is not None:
        params["audio"] = {"output": {"voice": voice}}
    if tools is not None:
        params["tools"] = _listed("tools", tools)
    if tool_choice is not None:
        params["tool_choice"] = tool_choice
    if conversation is not None:
        params["conversation"] = conversation
    if input is not None:
        params["input"] = _listed("input", input)
    if metadata is not None:
        if not isinstance(metadata, Mapping):
            raise InvalidEventError(
                f"response_params: metadata must be a mapping, got {type(metadata).__name__}"
            )
        params["metadata"] = dict(metadata)
    if max_output_tokens is not None:
        params["max_output_tokens"] = max_output_tokens
    return params
