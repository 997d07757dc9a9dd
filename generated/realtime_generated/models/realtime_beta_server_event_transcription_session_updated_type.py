from enum import StrEnum


class RealtimeBetaServerEventTranscriptionSessionUpdatedType(StrEnum):
    TRANSCRIPTION_SESSION_UPDATED = "transcription_session.updated"

    def __str__(self) -> str:
        return str(self.value)
