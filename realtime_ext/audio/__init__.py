"""Audio in and out for voice apps: formats, G.711, resampling, devices and test doubles.

- :class:`Microphone` (blocking or asyncio) / :class:`WavSource` feed
  ``input_audio_buffer.append``;
- :class:`Speaker` (a sound card) / :class:`FakeSpeaker` (wall-clock speed, no device)
  play response audio and report what was played to a ``PlaybackTracker``, so barge-in
  truncates at what the user heard. Devices need ``pip install 'realtime-ext[sounddevice]'``.

Pure Python, no ``audioop`` (gone in Python 3.13) and no numpy: PCM16 <-> G.711 u-law
and A-law (byte-identical to ``audioop``), streaming resampling, and the session formats
(``audio/pcm`` 24 kHz, ``audio/pcmu``/``audio/pcma`` 8 kHz). Example:

    >>> from realtime_ext import audio
    >>> pcm_8k = audio.resample(bytes(480), 24000, 8000)  # 10 ms of silence at 24 kHz -> 8 kHz
    >>> ulaw = audio.PCMU.encode(pcm_8k)                   # G.711 u-law, one byte a sample
    >>> len(ulaw), audio.PCMU.decode(ulaw) == pcm_8k
    (80, True)
"""

from ._formats import PCM, PCMA, PCMU
from ._microphone import Microphone
from ._resample import Resampler, resample
from ._sources import WavSource
from ._speakers import FakeSpeaker, Speaker

__all__ = [
    "PCM",
    "PCMA",
    "PCMU",
    "FakeSpeaker",
    "Microphone",
    "Resampler",
    "Speaker",
    "WavSource",
    "resample",
]
