from enum import StrEnum


class LiveOutputTranscriptDeltaEventType(StrEnum):
    SESSION_OUTPUT_TRANSCRIPT_DELTA = "session.output_transcript.delta"

    def __str__(self) -> str:
        return str(self.value)
