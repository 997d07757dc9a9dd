from enum import StrEnum


class RealtimeServerEventInputAudioBufferCommittedType(StrEnum):
    INPUT_AUDIO_BUFFER_COMMITTED = "input_audio_buffer.committed"

    def __str__(self) -> str:
        return str(self.value)
