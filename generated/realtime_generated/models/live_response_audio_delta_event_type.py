from enum import StrEnum


class LiveResponseAudioDeltaEventType(StrEnum):
    RESPONSE_AUDIO_DELTA = "response.audio.delta"

    def __str__(self) -> str:
        return str(self.value)
