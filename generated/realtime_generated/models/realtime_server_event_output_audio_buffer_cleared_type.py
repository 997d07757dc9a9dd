from enum import StrEnum


class RealtimeServerEventOutputAudioBufferClearedType(StrEnum):
    OUTPUT_AUDIO_BUFFER_CLEARED = "output_audio_buffer.cleared"

    def __str__(self) -> str:
        return str(self.value)
