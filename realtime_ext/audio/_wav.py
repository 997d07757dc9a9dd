"""Reading a WAV file someone handed us: the header is checked before any audio is used.

``wave`` trusts the header: a sample rate of 0 made a call that sent nothing, 2**32-1 made
171 MB frames and then ``OverflowError``. Every WAV input (``WavSource``, WebRTC
``audio_in=``) reads through :func:`read_wav`, which refuses such headers, oversized files
and anything ``wave`` cannot parse with one :class:`InvalidArgumentError`. A WAV comes as a
file path, its bytes, or a binary file object (:data:`WavInput`).
"""

from __future__ import annotations

import io
import os
import wave
from pathlib import Path
from typing import NamedTuple, Protocol, TypeAlias, cast

from realtime_ext import InvalidArgumentError

from ._formats import MAX_RATE, MIN_RATE

MAX_WAV_BYTES = 512 * 2**20
"""The largest WAV file read (about 46 minutes of 48 kHz stereo)."""


class Wav(NamedTuple):
    """The checked contents: interleaved 16-bit ``frames``, ``rate`` and ``channels``."""

    frames: bytes
    rate: int
    channels: int


class ReadsBytes(Protocol):
    """A binary file object: ``open(path, "rb")``, ``io.BytesIO``, an upload's file."""

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that is left when ``-1``)."""
        ...


WavInput: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | ReadsBytes"
"""A WAV file's path, its bytes, or a binary file object open on it."""


def wav_path(source: object) -> str | None:
    """``source`` as a file path, when it is one (``str`` or ``os.PathLike``)."""
    if isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        return os.fsdecode(cast("os.PathLike[str]", source))
    return None


def _described(source: object, label: str) -> str:
    """``source``'s name in messages; anything but a path, bytes or a file object is refused."""
    if (path := wav_path(source)) is not None:
        return repr(path)
    if isinstance(source, bytes | bytearray):
        return "the WAV bytes"
    if isinstance(source, io.TextIOBase):
        raise InvalidArgumentError(f"{label}: a WAV file is read as bytes: open it with 'rb'")
    if callable(getattr(source, "read", None)):
        return f"the WAV file object {getattr(source, 'name', type(source).__name__)!r}"
    raise InvalidArgumentError(
        f"{label}: a WAV is a file path (str or os.PathLike), bytes or a binary file object, "
        f"got {type(source).__name__}"
    )


def _opened(source: object, label: str, name: str) -> tuple[str | io.BytesIO, int]:
    """What ``wave.open`` reads ``source`` from, and its size: a path's from the file
    system, anything else as read (a file object: at most one byte over the limit)."""
    if (path := wav_path(source)) is not None:
        return path, Path(path).stat().st_size
    if isinstance(source, bytes | bytearray):
        data: object = source
    else:  # a file object (_described checked): at most one byte past the limit
        data = cast("ReadsBytes", source).read(MAX_WAV_BYTES + 1)
    if not isinstance(data, bytes | bytearray):
        raise InvalidArgumentError(
            f"{label}: {name} gave {type(data).__name__}, not bytes: open it in binary mode ('rb')"
        )
    return io.BytesIO(data), len(data)


def read_wav(source: WavInput, label: str) -> Wav:
    """Read a 16-bit mono or stereo WAV with a plausible rate; ``label`` starts errors.

    Example::

        read_wav("question.wav", "audio_in").rate  # 16000
        read_wav(upload.read(), "audio_in")        # its bytes, or the file object itself
    """
    name = _described(source, label)
    try:
        opened, size = _opened(source, label, name)
        if size > MAX_WAV_BYTES:
            raise InvalidArgumentError(f"{label}: WAV file {name} is over {MAX_WAV_BYTES:,} bytes")
        with wave.open(opened, "rb") as wav:
            width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
            if width != 2 or channels not in (1, 2):
                raise InvalidArgumentError(
                    f"{label}: {name} must be 16-bit PCM, mono or stereo "
                    f"(it has {width * 8}-bit samples, {channels} channels)"
                )
            if not MIN_RATE <= rate <= MAX_RATE:
                raise InvalidArgumentError(
                    f"{label}: {name} has a sample rate of {rate} Hz in its header; "
                    f"expected {MIN_RATE}-{MAX_RATE} Hz"
                )
            # The header's frame count is not trusted either: read at most the file's size.
            frames = wav.readframes(min(wav.getnframes(), size // (width * channels)))
    except InvalidArgumentError:
        raise
    except Exception as exc:  # wave is a parser of untrusted bytes: OSError, EOFError,
        # wave.Error, struct.error, ValueError, OverflowError and RuntimeError (a chunk
        # seek past its end) were all seen from hostile headers; every one is "not a WAV".
        raise InvalidArgumentError(f"{label}: cannot read WAV file {name}: {exc}") from None
    return Wav(frames, rate, channels)
