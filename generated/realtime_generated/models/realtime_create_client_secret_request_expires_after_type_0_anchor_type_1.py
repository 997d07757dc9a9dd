from enum import StrEnum


class RealtimeCreateClientSecretRequestExpiresAfterType0AnchorType1(StrEnum):
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
