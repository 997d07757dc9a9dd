"""Constructors for the client events sent most often; each returns the generated model.

Every constructor builds the wire dict and decodes it with the model's ``from_dict``, so
what you get is exactly what the spec describes and ``.to_dict()`` gives the JSON back.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext._validate import check_client_event
from realtime_generated import models

from .._exceptions import InvalidEventError

if TYPE_CHECKING:
    from realtime_generated.models import (
        RealtimeClientEventConversationItemCreate,
        RealtimeClientEventConversationItemTruncate,
        RealtimeClientEventInputAudioBufferAppend,
        RealtimeClientEventInputAudioBufferClear,
        RealtimeClientEventInputAudioBufferCommit,
        RealtimeClientEventOutputAudioBufferClear,
        RealtimeClientEventResponseCancel,
        RealtimeClientEventResponseCreate,
        RealtimeClientEventSessionUpdate,
    )


def _with_id(payload: dict[str, Any], event_id: str | None) -> dict[str, Any]:
    if event_id is not None:
        payload["event_id"] = _text("event_id", event_id)
    return payload


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidEventError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _audio(value: object) -> str:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise InvalidEventError(
            f"audio must be raw bytes (they are base64-encoded for you), got {type(value).__name__}"
        )
    return base64.b64encode(value).decode("ascii")


def _as_dict(name: str, value: object) -> dict[str, Any]:
    if isinstance(value, Mapping):
        newer = getattr(value, "newer", None)
        if newer:  # a builder's SessionConfig: keep the extra= paths the validator allows
            from realtime_ext.session import SessionConfig

            copied = SessionConfig(value)
            copied.newer = newer
            return copied
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    raise InvalidEventError(
        f"{name} must be a dict (e.g. from realtime_ext.session) or a generated model, "
        f"got {type(value).__name__}"
    )


def _decode(model: str, payload: dict[str, Any]) -> Any:
    # The same check as the typed sends: every field's type, unknown keys, and a round trip
    # through the generated model, with the field path in the error.
    return check_client_event(getattr(models, model), payload)


def session_update(
    session: object, *, event_id: str | None = None
) -> RealtimeClientEventSessionUpdate:
    """``session.update`` from a :mod:`realtime_ext.session` builder dict or a session model.

    Example:
        >>> from realtime_ext.session import realtime_session
        >>> session_update(realtime_session(instructions="Be brief.")).to_dict()["type"]
        'session.update'
    """
    payload = {"type": "session.update", "session": _as_dict("session", session)}
    result: RealtimeClientEventSessionUpdate = _decode(
        "RealtimeClientEventSessionUpdate", _with_id(payload, event_id)
    )
    return result


def input_audio_buffer_append(
    audio: bytes, *, event_id: str | None = None
) -> RealtimeClientEventInputAudioBufferAppend:
    """``input_audio_buffer.append`` from raw audio bytes (base64-encoded here).

    Example:
        >>> input_audio_buffer_append(b"\\x00\\x01").audio
        'AAE='
    """
    payload = {"type": "input_audio_buffer.append", "audio": _audio(audio)}
    result: RealtimeClientEventInputAudioBufferAppend = _decode(
        "RealtimeClientEventInputAudioBufferAppend", _with_id(payload, event_id)
    )
    return result


def input_audio_buffer_commit(
    *, event_id: str | None = None
) -> RealtimeClientEventInputAudioBufferCommit:
    """``input_audio_buffer.commit``: turn the buffered audio into a user message.

    Example:
        >>> input_audio_buffer_commit().to_dict()
        {'type': 'input_audio_buffer.commit'}
    """
    result: RealtimeClientEventInputAudioBufferCommit = _decode(
        "RealtimeClientEventInputAudioBufferCommit",
        _with_id({"type": "input_audio_buffer.commit"}, event_id),
    )
    return result


def input_audio_buffer_clear(
    *, event_id: str | None = None
) -> RealtimeClientEventInputAudioBufferClear:
    """``input_audio_buffer.clear``: drop the buffered input audio.

    Example:
        >>> input_audio_buffer_clear(event_id="e1").to_dict()
        {'type': 'input_audio_buffer.clear', 'event_id': 'e1'}
    """
    result: RealtimeClientEventInputAudioBufferClear = _decode(
        "RealtimeClientEventInputAudioBufferClear",
        _with_id({"type": "input_audio_buffer.clear"}, event_id),
    )
    return result


def _item_create(
    item: dict[str, Any], previous_item_id: str | None, event_id: str | None
) -> RealtimeClientEventConversationItemCreate:
    payload: dict[str, Any] = {"type": "conversation.item.create", "item": item}
    if previous_item_id is not None:
        payload["previous_item_id"] = _text("previous_item_id", previous_item_id)
    result: RealtimeClientEventConversationItemCreate = _decode(
        "RealtimeClientEventConversationItemCreate", _with_id(payload, event_id)
    )
    return result


def user_text(
    text: str, *, previous_item_id: str | None = None, event_id: str | None = None
) -> RealtimeClientEventConversationItemCreate:
    """``conversation.item.create`` with a user message holding ``text``.

    Example:
        >>> user_text("Hi").to_dict()["item"]["content"]
        [{'type': 'input_text', 'text': 'Hi'}]
    """
    if not isinstance(text, str):
        raise InvalidEventError(f"text must be a string, got {type(text).__name__}")
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    return _item_create(item, previous_item_id, event_id)


def user_audio(
    audio: bytes,
    *,
    transcript: str | None = None,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> RealtimeClientEventConversationItemCreate:
    """``conversation.item.create`` with a user message holding audio bytes (base64 here).

    Example:
        >>> user_audio(b"\\x00\\x00").to_dict()["item"]["content"][0]["type"]
        'input_audio'
    """
    part: dict[str, Any] = {"type": "input_audio", "audio": _audio(audio)}
    if transcript is not None:
        part["transcript"] = transcript
    item = {"type": "message", "role": "user", "content": [part]}
    return _item_create(item, previous_item_id, event_id)


def function_call_output(
    call_id: str,
    output: object,
    *,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> RealtimeClientEventConversationItemCreate:
    """``conversation.item.create`` answering a function call; non-string output becomes JSON.

    Example:
        >>> function_call_output("call_1", {"temp": 21}).to_dict()["item"]["output"]
        '{"temp": 21}'
    """
    text = output if isinstance(output, str) else json.dumps(output)
    item = {"type": "function_call_output", "call_id": _text("call_id", call_id), "output": text}
    return _item_create(item, previous_item_id, event_id)


def response_create(
    response: object = None, *, event_id: str | None = None, **params: Any
) -> RealtimeClientEventResponseCreate:
    """``response.create``, optionally with response parameters (a dict, model or keywords).

    Every parameter is checked against the spec's response model before anything is built:
    ``response_create(instructions=5)`` or ``response_create(foo=1)`` raise
    :class:`InvalidEventError` naming the field.

    Example:
        >>> response_create().to_dict()
        {'type': 'response.create'}
        >>> response_create(instructions="Shout.").to_dict()["response"]
        {'instructions': 'Shout.'}
    """
    payload: dict[str, Any] = {"type": "response.create"}
    merged = {} if response is None else _as_dict("response", response)
    merged.update(params)
    if merged:
        payload["response"] = merged
    result: RealtimeClientEventResponseCreate = _decode(
        "RealtimeClientEventResponseCreate", _with_id(payload, event_id)
    )
    return result


def response_cancel(
    response_id: str | None = None, *, event_id: str | None = None
) -> RealtimeClientEventResponseCancel:
    """``response.cancel`` for the in-progress response (or the one named).

    Example:
        >>> response_cancel("resp_1").to_dict()
        {'type': 'response.cancel', 'response_id': 'resp_1'}
    """
    payload: dict[str, Any] = {"type": "response.cancel"}
    if response_id is not None:
        payload["response_id"] = _text("response_id", response_id)
    result: RealtimeClientEventResponseCancel = _decode(
        "RealtimeClientEventResponseCancel", _with_id(payload, event_id)
    )
    return result


def conversation_item_truncate(
    item_id: str, *, audio_end_ms: int, content_index: int = 0, event_id: str | None = None
) -> RealtimeClientEventConversationItemTruncate:
    """``conversation.item.truncate``: cut an assistant item's audio at ``audio_end_ms``.

    Example:
        >>> conversation_item_truncate("item_1", audio_end_ms=1500).to_dict()["audio_end_ms"]
        1500
    """
    for name, value in (("audio_end_ms", audio_end_ms), ("content_index", content_index)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidEventError(f"{name} must be an int >= 0, got {value!r}")
    payload = {
        "type": "conversation.item.truncate",
        "item_id": _text("item_id", item_id),
        "content_index": content_index,
        "audio_end_ms": audio_end_ms,
    }
    result: RealtimeClientEventConversationItemTruncate = _decode(
        "RealtimeClientEventConversationItemTruncate", _with_id(payload, event_id)
    )
    return result


def output_audio_buffer_clear(
    *, event_id: str | None = None
) -> RealtimeClientEventOutputAudioBufferClear:
    """``output_audio_buffer.clear`` (WebRTC/SIP): stop the audio being played.

    Example:
        >>> output_audio_buffer_clear().to_dict()
        {'type': 'output_audio_buffer.clear'}
    """
    result: RealtimeClientEventOutputAudioBufferClear = _decode(
        "RealtimeClientEventOutputAudioBufferClear",
        _with_id({"type": "output_audio_buffer.clear"}, event_id),
    )
    return result
