from enum import StrEnum


class RealtimeClientEventInputAudioBufferAppendType(StrEnum):
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"

    def __str__(self) -> str:
        return str(self.value)
