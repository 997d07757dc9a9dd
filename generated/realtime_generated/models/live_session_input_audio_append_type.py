from enum import StrEnum


class LiveSessionInputAudioAppendType(StrEnum):
    SESSION_INPUT_AUDIO_APPEND = "session.input_audio.append"

    def __str__(self) -> str:
        return str(self.value)
