from enum import StrEnum


class LiveInputAudioUnmuteEventType(StrEnum):
    SESSION_INPUT_AUDIO_UNMUTE = "session.input_audio.unmute"

    def __str__(self) -> str:
        return str(self.value)
