from enum import StrEnum


class LiveInputAudioMuteEventType(StrEnum):
    SESSION_INPUT_AUDIO_MUTE = "session.input_audio.mute"

    def __str__(self) -> str:
        return str(self.value)
