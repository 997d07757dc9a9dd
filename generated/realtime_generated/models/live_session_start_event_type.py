from enum import StrEnum


class LiveSessionStartEventType(StrEnum):
    SESSION_START = "session.start"

    def __str__(self) -> str:
        return str(self.value)
