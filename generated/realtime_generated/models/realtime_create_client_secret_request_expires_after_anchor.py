from enum import StrEnum


class RealtimeCreateClientSecretRequestExpiresAfterAnchor(StrEnum):
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
