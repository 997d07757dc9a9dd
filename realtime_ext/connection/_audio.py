"""PCM chunking and the audio collector (they live with the conversation core)."""

from realtime_ext.conversation._audio import (
    AUDIO_DELTA,
    BYTES_PER_SAMPLE,
    DEFAULT_SAMPLE_RATE,
    TRANSCRIPT_DELTA,
    AudioCollector,
    pcm_chunks,
)

__all__ = [
    "AUDIO_DELTA",
    "BYTES_PER_SAMPLE",
    "DEFAULT_SAMPLE_RATE",
    "TRANSCRIPT_DELTA",
    "AudioCollector",
    "pcm_chunks",
]
