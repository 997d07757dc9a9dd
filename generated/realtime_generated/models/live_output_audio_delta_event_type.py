from enum import StrEnum


class LiveOutputAudioDeltaEventType(StrEnum):
    SESSION_OUTPUT_AUDIO_DELTA = "session.output_audio.delta"

    def __str__(self) -> str:
        return str(self.value)
