from enum import StrEnum


class RealtimeBetaClientEventTranscriptionSessionUpdateType(StrEnum):
    TRANSCRIPTION_SESSION_UPDATE = "transcription_session.update"

    def __str__(self) -> str:
        return str(self.value)
