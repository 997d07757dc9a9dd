from enum import StrEnum


class LiveInputAudioUnmutedEventType(StrEnum):
    SESSION_INPUT_AUDIO_UNMUTED = "session.input_audio.unmuted"

    def __str__(self) -> str:
        return str(self.value)
