"""PCM chunking for ``send_audio`` and the collector that joins response audio deltas."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from realtime_ext._exceptions import InvalidArgumentError

AUDIO_DELTA = "response.output_audio.delta"
TRANSCRIPT_DELTA = "response.output_audio_transcript.delta"
DEFAULT_SAMPLE_RATE = 24_000
BYTES_PER_SAMPLE = 2  # PCM16 mono, the API's audio/pcm format


def _chunk_size(pcm: bytes, chunk_ms: int, sample_rate: int) -> int:
    """The bytes of one ``chunk_ms`` piece of ``pcm``, once its arguments are checked."""
    if not isinstance(pcm, bytes | bytearray | memoryview):
        raise InvalidArgumentError(f"pcm must be bytes, got {type(pcm).__name__}")
    if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int) or chunk_ms <= 0:
        raise InvalidArgumentError(f"chunk_ms must be a positive int, got {chunk_ms!r}")
    if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or sample_rate <= 0:
        raise InvalidArgumentError(f"sample_rate must be a positive int, got {sample_rate!r}")
    if len(pcm) % BYTES_PER_SAMPLE:
        raise InvalidArgumentError(
            f"pcm has {len(pcm)} bytes, not a whole number of 16-bit samples"
        )
    return max(1, sample_rate * chunk_ms // 1000) * BYTES_PER_SAMPLE


class AudioCollector:
    """Joins ``response.output_audio.delta`` payloads (and transcript deltas) into one buffer.

    Feed it every received event; it keeps what matters. ``response_id`` restricts it to one
    response.

    Example:
        >>> collector = AudioCollector()
        >>> collector.feed({"type": "response.output_audio.delta", "delta": "AAE="})
        True
        >>> collector.audio
        b'\\x00\\x01'
    """

    def __init__(self, *, response_id: str | None = None) -> None:
        self.response_id = response_id
        self._chunks: list[bytes] = []
        self._transcript: list[str] = []

    def feed(self, event: object) -> bool:
        """Take ``event`` if it is an audio or transcript delta; ``True`` if it was used."""
        data: Any = event  # read through this name: isinstance narrowing would type no keys
        if isinstance(event, dict):
            kind, delta, response_id = (
                data.get("type"),
                data.get("delta"),
                data.get("response_id"),
            )
        else:
            kind = getattr(event, "type_", None)
            delta = getattr(event, "delta", None)
            response_id = getattr(event, "response_id", None)
        if kind not in (AUDIO_DELTA, TRANSCRIPT_DELTA) or not isinstance(delta, str):
            return False
        if self.response_id is not None and response_id != self.response_id:
            return False
        if kind == AUDIO_DELTA:
            self._chunks.append(base64.b64decode(delta))
        else:
            self._transcript.append(delta)
        return True

    @property
    def audio(self) -> bytes:
        """All audio collected so far, decoded."""
        return b"".join(self._chunks)

    @property
    def transcript(self) -> str:
        """The audio transcript deltas collected so far, joined."""
        return "".join(self._transcript)

    def clear(self) -> None:
        """Forget what was collected (e.g. between responses)."""
        self._chunks.clear()
        self._transcript.clear()


AUDIO_APPEND = "input_audio_buffer.append"


def append_text(audio: str, kind: str = AUDIO_APPEND) -> str:
    """The wire text of the append (``kind``: ``input_audio_buffer.append``, or a session
    kind's own append type with the same ``audio`` field) of ``audio``, base64 the SDK
    encoded itself: the text ``json_text`` writes for that event (base64's alphabet and
    these types need no escape in JSON and hold no surrogate), without encoding the
    frame's 6.4 KB again or scanning them for a surrogate.

    Example:
        >>> append_text("AAAA")
        '{"type":"input_audio_buffer.append","audio":"AAAA"}'
    """
    return '{"type":"' + kind + '","audio":"' + audio + '"}'


def append_events(pcm: bytes, *, chunk_ms: int, sample_rate: int) -> Iterator[dict[str, str]]:
    """The ``input_audio_buffer.append`` events for ``pcm`` in ``chunk_ms`` pieces.

    Example:
        >>> [e["audio"] for e in append_events(bytes(4), chunk_ms=1000, sample_rate=2)]
        ['AAAAAA==']
    """
    size = _chunk_size(pcm, chunk_ms, sample_rate)
    b64encode = base64.b64encode
    if len(pcm) <= size:  # one piece (a call's frame): its bytes as they are
        if pcm:
            yield {"type": AUDIO_APPEND, "audio": b64encode(pcm).decode()}
        return
    # Each piece encoded from a view of the caller's buffer: not copied first.
    view = memoryview(pcm)
    for start in range(0, len(pcm), size):
        yield {"type": AUDIO_APPEND, "audio": b64encode(view[start : start + size]).decode()}
