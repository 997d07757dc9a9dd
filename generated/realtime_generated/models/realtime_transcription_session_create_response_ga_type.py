from enum import StrEnum


class RealtimeTranscriptionSessionCreateResponseGAType(StrEnum):
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
