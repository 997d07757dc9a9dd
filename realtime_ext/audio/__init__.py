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
    >>> ulaw = audio.pcm16_to_ulaw(bytes(480))       # 10 ms of silence at 24 kHz...
    >>> len(audio.resample(bytes(480), 24000, 8000))  # ...or resampled to 8 kHz first
    160
"""

from ._formats import PCM, PCMA, PCMU
from ._g711 import alaw_to_pcm16, pcm16_to_alaw, pcm16_to_ulaw, ulaw_to_pcm16
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
    "alaw_to_pcm16",
    "pcm16_to_alaw",
    "pcm16_to_ulaw",
    "resample",
    "ulaw_to_pcm16",
]
