from enum import StrEnum


class RealtimeTranslationClientEventSessionUpdateType(StrEnum):
    SESSION_UPDATE = "session.update"

    def __str__(self) -> str:
        return str(self.value)
