from enum import StrEnum


class LiveSessionCloseEventType(StrEnum):
    SESSION_CLOSE = "session.close"

    def __str__(self) -> str:
        return str(self.value)
