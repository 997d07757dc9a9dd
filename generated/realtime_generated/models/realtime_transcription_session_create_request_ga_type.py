from enum import StrEnum


class RealtimeTranscriptionSessionCreateRequestGAType(StrEnum):
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
