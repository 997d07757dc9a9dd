from enum import StrEnum


class RealtimeTranslationServerEventSessionCreatedType(StrEnum):
    SESSION_CREATED = "session.created"

    def __str__(self) -> str:
        return str(self.value)
