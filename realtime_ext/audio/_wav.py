"""Reading a WAV file someone handed us: the header is checked before any audio is used.

``wave`` trusts the header: a sample rate of 0 made a call that sent nothing, 2**32-1 made
171 MB frames and then ``OverflowError``. Every WAV input (``WavSource``, WebRTC
``audio_in=``) reads through :func:`read_wav`, which refuses such headers, oversized files
and anything ``wave`` cannot parse with one :class:`InvalidArgumentError`.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import NamedTuple

from .._exceptions import InvalidArgumentError
from ._formats import MAX_RATE, MIN_RATE

MAX_WAV_BYTES = 512 * 2**20
"""The largest WAV file read (about 46 minutes of 48 kHz stereo)."""


class Wav(NamedTuple):
    """The checked contents: interleaved 16-bit ``frames``, ``rate`` and ``channels``."""

    frames: bytes
    rate: int
    channels: int


def read_wav(path: str | Path, label: str) -> Wav:
    """Read a 16-bit mono or stereo WAV with a plausible rate; ``label`` starts errors.

    Example::

        read_wav("question.wav", "audio_in").rate  # 16000
    """
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_WAV_BYTES:
            raise InvalidArgumentError(
                f"{label}: WAV file {name!r} is {size:,} bytes, over {MAX_WAV_BYTES:,}"
            )
        with wave.open(name, "rb") as wav:
            width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
            if width != 2 or channels not in (1, 2):
                raise InvalidArgumentError(
                    f"{label}: {name!r} must be 16-bit PCM, mono or stereo "
                    f"(it has {width * 8}-bit samples, {channels} channels)"
                )
            if not MIN_RATE <= rate <= MAX_RATE:
                raise InvalidArgumentError(
                    f"{label}: {name!r} has a sample rate of {rate} Hz in its header; "
                    f"expected {MIN_RATE}-{MAX_RATE} Hz"
                )
            # The header's frame count is not trusted either: read at most the file's size.
            frames = wav.readframes(min(wav.getnframes(), size // (width * channels)))
    except InvalidArgumentError:
        raise
    except Exception as exc:  # wave is a parser of untrusted bytes: OSError, EOFError,
        # wave.Error, struct.error, ValueError, OverflowError and RuntimeError (a chunk
        # seek past its end) were all seen from hostile headers; every one is "not a WAV".
        raise InvalidArgumentError(f"{label}: cannot read WAV file {name!r}: {exc}") from None
    return Wav(frames, rate, channels)
