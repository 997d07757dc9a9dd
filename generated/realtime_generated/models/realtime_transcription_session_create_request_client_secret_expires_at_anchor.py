from enum import StrEnum


class RealtimeTranscriptionSessionCreateRequestClientSecretExpiresAtAnchor(StrEnum):
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
