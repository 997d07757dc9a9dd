"""Twilio Media Streams messages, sans I/O: what Twilio sends, read leniently; what it takes.

Twilio sends JSON text frames: ``connected``, ``start`` (the ``streamSid``, the call's
ids, the media format and the ``<Parameter>`` values of the TwiML ``<Stream>`` as
``customParameters``), ``media`` (base64 G.711 mu-law at 8 kHz, 20 ms a frame), ``dtmf``,
``mark`` (an echo of one the app sent, once the audio before it has played, or at once
when a ``clear`` dropped it) and ``stop``. The app sends ``media``, ``mark`` and ``clear``.
Unknown events and fields are ignored: a newer Twilio never breaks a call.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from realtime_ext.provider import is_dict, strict_loads

MULAW = "audio/x-mulaw"
_dumps = json.JSONEncoder(separators=(",", ":")).encode  # escapes whatever the ids hold
# What JSON carries as it is between quotes: base64, and the bridge's own mark names.
_PLAIN = re.compile(r"[A-Za-z0-9+/=_-]*").fullmatch


@dataclass(frozen=True, slots=True)
class StreamStart:
    """The ``start`` message: who is calling and what the ``<Stream>`` passed on."""

    stream_sid: str
    call_sid: str = ""
    account_sid: str = ""
    encoding: str = MULAW
    sample_rate: int = 8000
    parameters: Mapping[str, str] = field(default_factory=lambda: {})


def parse(text: str | bytes) -> dict[str, Any] | None:
    """One Twilio message as a dict (``None``: not a JSON object, ignored).

    Example:
        >>> parse('{"event": "mark", "mark": {"name": "rx1"}}')["event"]
        'mark'
        >>> parse("not json") is None
        True
    """
    try:
        message = strict_loads(text)
    except ValueError:
        return None
    return message if is_dict(message) else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def stream_start(message: Mapping[str, Any]) -> StreamStart:
    """The ``start`` message read leniently (missing fields empty).

    Example:
        >>> stream_start({"event": "start", "streamSid": "MZ1",
        ...               "start": {"customParameters": {"caller": "+1555"}}}).parameters
        {'caller': '+1555'}
    """
    start = message.get("start")
    start = start if is_dict(start) else {}
    media_format = start.get("mediaFormat")
    media_format = media_format if is_dict(media_format) else {}
    raw = start.get("customParameters")
    parameters = (
        {str(k): v if isinstance(v, str) else str(v) for k, v in raw.items()}
        if is_dict(raw)
        else {}
    )
    rate = media_format.get("sampleRate")
    return StreamStart(
        stream_sid=_text(message.get("streamSid")) or _text(start.get("streamSid")),
        call_sid=_text(start.get("callSid")),
        account_sid=_text(start.get("accountSid")),
        encoding=_text(media_format.get("encoding")) or MULAW,
        sample_rate=rate if isinstance(rate, int) and not isinstance(rate, bool) else 8000,
        parameters=parameters,
    )


def inner(message: Mapping[str, Any], key: str, name: str) -> str | None:
    """``message[key][name]`` when it is a string (a media payload, a mark name, a digit).

    Example:
        >>> inner({"dtmf": {"digit": "5"}}, "dtmf", "digit")
        '5'
    """
    part = message.get(key)
    if not is_dict(part):
        return None
    value = part.get(name)
    return value if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _heads(stream_sid: str) -> tuple[str, str]:
    # The text before a media payload and before a mark name, for one stream: a call's
    # frames (fifty a second each way) are then formatted, not encoded, each time.
    sid = _dumps(stream_sid)
    return (
        f'{{"event":"media","streamSid":{sid},"media":{{"payload":"',
        f'{{"event":"mark","streamSid":{sid},"mark":{{"name":"',
    )


def media(stream_sid: str, payload: str) -> str:
    """An outbound ``media`` message carrying base64 mu-law ``payload``.

    Example:
        >>> media("MZ1", "//8=")
        '{"event":"media","streamSid":"MZ1","media":{"payload":"//8="}}'
    """
    if _PLAIN(payload):
        return f'{_heads(stream_sid)[0]}{payload}"}}}}'
    return _dumps({"event": "media", "streamSid": stream_sid, "media": {"payload": payload}})


def mark(stream_sid: str, name: str) -> str:
    """An outbound ``mark`` message (Twilio echoes it once the audio before it played).

    Example:
        >>> mark("MZ1", "rx1")
        '{"event":"mark","streamSid":"MZ1","mark":{"name":"rx1"}}'
    """
    if _PLAIN(name):
        return f'{_heads(stream_sid)[1]}{name}"}}}}'
    return _dumps({"event": "mark", "streamSid": stream_sid, "mark": {"name": name}})


def clear(stream_sid: str) -> str:
    """An outbound ``clear`` message: Twilio drops the audio it has not played yet.

    Example:
        >>> clear("MZ1")
        '{"event":"clear","streamSid":"MZ1"}'
    """
    return _dumps({"event": "clear", "streamSid": stream_sid})
