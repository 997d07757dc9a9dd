from enum import StrEnum


class RealtimeBetaServerEventTranscriptionSessionCreatedType(StrEnum):
    TRANSCRIPTION_SESSION_CREATED = "transcription_session.created"

    def __str__(self) -> str:
        return str(self.value)
