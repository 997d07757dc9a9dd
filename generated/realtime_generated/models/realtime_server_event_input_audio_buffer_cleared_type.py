from enum import StrEnum


class RealtimeServerEventInputAudioBufferClearedType(StrEnum):
    INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared"

    def __str__(self) -> str:
        return str(self.value)
