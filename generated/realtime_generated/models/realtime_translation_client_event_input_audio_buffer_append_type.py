from enum import StrEnum


class RealtimeTranslationClientEventInputAudioBufferAppendType(StrEnum):
    SESSION_INPUT_AUDIO_BUFFER_APPEND = "session.input_audio_buffer.append"

    def __str__(self) -> str:
        return str(self.value)
