from enum import StrEnum


class LiveInputTranscriptDeltaEventType(StrEnum):
    SESSION_INPUT_TRANSCRIPT_DELTA = "session.input_transcript.delta"

    def __str__(self) -> str:
        return str(self.value)
