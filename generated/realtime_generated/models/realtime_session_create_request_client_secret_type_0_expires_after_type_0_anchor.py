from enum import StrEnum


class RealtimeSessionCreateRequestClientSecretType0ExpiresAfterType0Anchor(StrEnum):
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
