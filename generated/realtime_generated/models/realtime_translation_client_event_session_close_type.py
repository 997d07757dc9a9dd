from enum import StrEnum


class RealtimeTranslationClientEventSessionCloseType(StrEnum):
    SESSION_CLOSE = "session.close"

    def __str__(self) -> str:
        return str(self.value)
