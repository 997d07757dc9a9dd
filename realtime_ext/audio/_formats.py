"""The session's audio formats and how many milliseconds a number of bytes lasts.

The Realtime API speaks three formats: ``audio/pcm`` (PCM16 mono, 24 kHz), ``audio/pcmu``
(G.711 u-law, 8 kHz) and ``audio/pcma`` (G.711 A-law, 8 kHz); beta sessions name them
``pcm16``, ``g711_ulaw`` and ``g711_alaw``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from realtime_ext import InvalidArgumentError

from ._g711 import alaw_to_pcm16, pcm16_to_alaw, pcm16_to_ulaw, ulaw_to_pcm16

MIN_RATE = 8_000
MAX_RATE = 192_000
"""Sample rates accepted anywhere (telephone to studio): a WAV header, a resampler, a
speaker or microphone, and a rate a server reports. The API itself uses 24 kHz (PCM) and
8 kHz (G.711); a rate of 1 Hz from a hostile server once cost 24 s of CPU and 220 MiB per
2 KB delta resampled to 48 kHz, and 24 MHz made a microphone send 4.6 MiB per chunk."""


def check_rate(value: object, name: str) -> int:
    """``value`` if it is a sample rate in ``MIN_RATE..MAX_RATE`` Hz; else the SDK's error.

    Example:
        >>> check_rate(24000, "rate")
        24000
    """
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_RATE <= value <= MAX_RATE:
        raise InvalidArgumentError(
            f"{name} must be {MIN_RATE}-{MAX_RATE} Hz (the API uses 24000), got {value!r}"
        )
    return value


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """One audio format: its wire ``type``, sample ``rate`` and bytes per sample.

    Example:
        >>> PCM.ms(4800)
        100.0
        >>> PCMU.ms(800)
        100.0
    """

    type: str
    rate: int
    sample_width: int

    def ms(self, nbytes: int) -> float:
        """How long ``nbytes`` of this format play, in milliseconds."""
        return nbytes * 1000.0 / (self.rate * self.sample_width)

    def nbytes(self, ms: float) -> int:
        """How many bytes (whole samples) ``ms`` milliseconds take."""
        return int(ms * self.rate / 1000.0) * self.sample_width

    def encode(self, pcm16: bytes | bytearray | memoryview) -> bytes:
        """Mono PCM16 (little-endian, at this format's ``rate``) in this format: G.711 u-law
        or A-law for ``PCMU``/``PCMA``, the same bytes for ``PCM``. Resample first when your
        audio has another rate (:func:`resample`).

        Example:
            >>> PCMU.encode(b"\\x00\\x00\\xff\\x7f")
            b'\\xff\\x80'
            >>> PCM.encode(b"\\x01\\x00")
            b'\\x01\\x00'
        """
        return self._convert(pcm16, encode=True)

    def decode(self, data: bytes | bytearray | memoryview) -> bytes:
        """This format's audio as mono PCM16 (little-endian, same ``rate``): G.711 decoded for
        ``PCMU``/``PCMA``; for ``PCM`` the whole samples (an odd trailing byte, which no
        well-formed delta has, is dropped rather than misaligning what follows).

        Example:
            >>> PCMA.decode(b"\\xd5")
            b'\\x08\\x00'
            >>> PCM.decode(b"\\x01\\x00\\x02")
            b'\\x01\\x00'
        """
        return self._convert(data, encode=False)

    def _convert(self, data: bytes | bytearray | memoryview, *, encode: bool) -> bytes:
        codec = _CODECS.get(self.type)
        if codec is not None:  # G.711: the codec checks its input
            return codec[0 if encode else 1](data)
        name = "PCM.encode" if encode else "PCM.decode"
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"{name} takes PCM16 bytes, got {type(data).__name__}")
        if encode and len(data) % 2:  # what a caller sends is refused whole, never cut
            raise InvalidArgumentError(
                f"{name}: {len(data)} bytes is not a whole number of 16-bit samples"
            )
        return bytes(data[: len(data) // 2 * 2])


_CODECS: dict[str, tuple[Callable[[bytes | bytearray | memoryview], bytes], ...]] = {
    "audio/pcmu": (pcm16_to_ulaw, ulaw_to_pcm16),
    "audio/pcma": (pcm16_to_alaw, alaw_to_pcm16),
}
"""A G.711 format's wire type -> (encode, decode); PCM needs no codec."""


PCM = AudioFormat("audio/pcm", 24_000, 2)
"""PCM16 little-endian mono at 24 kHz, the API's default (``encode``/``decode`` pass whole
samples through, so code for any session format needs no branch on it)."""
PCMU = AudioFormat("audio/pcmu", 8_000, 1)
"""G.711 u-law at 8 kHz: ``PCMU.encode(pcm16)`` to send, ``PCMU.decode(data)`` to play
(byte-identical to ``audioop``); ``ms(n)``/``nbytes(ms)`` convert sizes."""
PCMA = AudioFormat("audio/pcma", 8_000, 1)
"""G.711 A-law at 8 kHz: ``PCMA.encode(pcm16)``, ``PCMA.decode(data)`` (as :data:`PCMU`)."""

_BY_NAME = {
    "audio/pcm": PCM,
    "pcm16": PCM,
    "audio/pcmu": PCMU,
    "g711_ulaw": PCMU,
    "audio/pcma": PCMA,
    "g711_alaw": PCMA,
}


def as_audio_format(value: AudioFormat | str | Mapping[str, Any] | None) -> AudioFormat:
    """The :class:`AudioFormat` for a session's format (a name, a ``{"type": ...}`` dict).

    ``None`` means the API default (PCM 24 kHz). A PCM ``rate`` other than 24000 is kept
    when it is a plausible one (8-192 kHz); anything else is refused, so a session event
    with such a rate leaves the format as it was (:func:`output_format_of` says None).

    Example:
        >>> as_audio_format({"type": "audio/pcmu"}).rate
        8000
        >>> as_audio_format("pcm16") is PCM
        True
    """
    if value is None:
        return PCM
    if isinstance(value, AudioFormat):
        return value
    rate: object = None
    if isinstance(value, Mapping):
        name, rate = value.get("type"), value.get("rate")
    else:
        name = value
    known = _BY_NAME.get(name) if isinstance(name, str) else None
    if known is None:
        raise InvalidArgumentError(
            f"unknown audio format {name!r}; expected one of {sorted(_BY_NAME)}"
        )
    if known is PCM and rate is not None and rate != PCM.rate:
        return AudioFormat(PCM.type, check_rate(rate, "audio format rate"), 2)
    return known


def output_format_of(session: object) -> AudioFormat | None:
    """The output audio format a ``session.created``/``session.updated`` session reports.

    Works on dicts and on typed sessions (GA ``audio.output.format``, beta
    ``output_audio_format``); ``None`` when the session does not say or says something
    unknown (a future format must not break the connection).
    """
    return _format_of(session, "output")


def input_format_of(session: object) -> AudioFormat | None:
    """The input audio format a session reports (GA ``audio.input.format``, beta
    ``input_audio_format``); ``None`` when it does not say or says something unknown.

    Example:
        >>> input_format_of({"audio": {"input": {"format": {"type": "audio/pcma"}}}}).type
        'audio/pcma'
    """
    return _format_of(session, "input")


def _format_of(session: object, direction: str) -> AudioFormat | None:
    data: Any = session
    to_dict = getattr(session, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
    if not isinstance(data, Mapping):
        return None
    fields = cast("Mapping[str, Any]", data)  # JSON: a session dict or its to_dict()
    audio: object = fields.get("audio")
    candidate: Any = None
    if isinstance(audio, Mapping):
        found: object = cast("Mapping[str, Any]", audio).get(direction)
        if isinstance(found, Mapping):
            candidate = cast("Mapping[str, Any]", found).get("format")
    if candidate is None:
        candidate = fields.get(f"{direction}_audio_format")
    if candidate is None:
        return None
    try:
        return as_audio_format(candidate)
    except InvalidArgumentError:
        return None
