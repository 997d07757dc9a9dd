from enum import StrEnum


class LiveResponseAudioDoneEventType(StrEnum):
    RESPONSE_AUDIO_DONE = "response.audio.done"

    def __str__(self) -> str:
        return str(self.value)
