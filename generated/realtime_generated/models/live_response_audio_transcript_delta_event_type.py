from enum import StrEnum


class LiveResponseAudioTranscriptDeltaEventType(StrEnum):
    RESPONSE_AUDIO_TRANSCRIPT_DELTA = "response.audio.transcript.delta"

    def __str__(self) -> str:
        return str(self.value)
