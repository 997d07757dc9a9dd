from enum import StrEnum


class LiveForkSessionStartEventType(StrEnum):
    SESSION_START = "session.start"

    def __str__(self) -> str:
        return str(self.value)
