"""Audio in and out for voice apps: formats, G.711, resampling and devices.

- :class:`Microphone` (blocking or asyncio) / :class:`WavSource` feed
  ``input_audio_buffer.append``;
- :class:`Speaker` (a sound card) plays response audio and reports what was played to a
  ``PlaybackTracker``, so barge-in truncates at what the user heard (its test double, which
  plays at the speed of a clock without a device, is ``realtime_ext.testing.FakeSpeaker``).
  Devices need ``pip install 'realtime-ext[sounddevice]'``.

Pure Python, no ``audioop`` (gone in Python 3.13) and no numpy: PCM16 <-> G.711 u-law
and A-law (byte-identical to ``audioop``), streaming resampling, and the session formats
(``PCM``: ``audio/pcm`` 24 kHz; ``PCMU``/``PCMA``: ``audio/pcmu``/``audio/pcma`` 8 kHz).
For extensions and speakers of your own (voice, the metrics and the test doubles use the
same): :class:`AudioFormat` and the session's format (:func:`as_audio_format`,
:func:`output_format_of`, :func:`input_format_of`), :func:`check_rate`, :func:`read_wav`,
:func:`time_source` (a ``Clock`` or a callable read as ``Now``), and :class:`BaseSpeaker`
(the queue, flushing and ``PlaybackObserver`` reports every speaker shares; an
:class:`OutputObserver` is also told what enters the queue and when playing stops).

Example:

    >>> from realtime_ext import audio
    >>> pcm_8k = audio.resample(bytes(480), 24000, 8000)  # 10 ms of silence at 24 kHz -> 8 kHz
    >>> ulaw = audio.PCMU.encode(pcm_8k)                   # G.711 u-law, one byte a sample
    >>> len(ulaw), audio.PCMU.decode(ulaw) == pcm_8k
    (80, True)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._formats import (
    PCM,
    PCMA,
    PCMU,
    AudioFormat,
    as_audio_format,
    check_rate,
    input_format_of,
    output_format_of,
)
from ._resample import Resampler, resample
from ._time import Now, time_source

if TYPE_CHECKING:
    from ._microphone import Microphone as Microphone
    from ._sources import WavSource as WavSource
    from ._speakers import BaseSpeaker as BaseSpeaker
    from ._speakers import OutputObserver as OutputObserver
    from ._speakers import PlaybackObserver as PlaybackObserver
    from ._speakers import Speaker as Speaker
    from ._wav import Wav as Wav
    from ._wav import WavInput as WavInput
    from ._wav import read_wav as read_wav

# The devices and the WAV source load on first use: voice and telemetry read the formats
# above on every connection, which then never loads the microphone's asyncio side, ``wave``
# or the sounddevice probe.
_LAZY: dict[str, str] = {
    "BaseSpeaker": "._speakers",
    "Microphone": "._microphone",
    "OutputObserver": "._speakers",
    "PlaybackObserver": "._speakers",
    "Speaker": "._speakers",
    "Wav": "._wav",
    "WavInput": "._wav",
    "WavSource": "._sources",
    "read_wav": "._wav",
}

__all__ = [
    "PCM",
    "PCMA",
    "PCMU",
    "AudioFormat",
    "BaseSpeaker",
    "Microphone",
    "Now",
    "OutputObserver",
    "PlaybackObserver",
    "Resampler",
    "Speaker",
    "Wav",
    "WavInput",
    "WavSource",
    "as_audio_format",
    "check_rate",
    "input_format_of",
    "output_format_of",
    "read_wav",
    "resample",
    "time_source",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is not None:
        value = getattr(importlib.import_module(module_name, __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
