from enum import StrEnum


class LiveResponseAudioTranscriptDoneEventType(StrEnum):
    RESPONSE_AUDIO_TRANSCRIPT_DONE = "response.audio.transcript.done"

    def __str__(self) -> str:
        return str(self.value)
