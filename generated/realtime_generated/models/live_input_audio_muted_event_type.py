from enum import StrEnum


class LiveInputAudioMutedEventType(StrEnum):
    SESSION_INPUT_AUDIO_MUTED = "session.input_audio.muted"

    def __str__(self) -> str:
        return str(self.value)
