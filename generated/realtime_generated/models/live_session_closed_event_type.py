from enum import StrEnum


class LiveSessionClosedEventType(StrEnum):
    SESSION_CLOSED = "session.closed"

    def __str__(self) -> str:
        return str(self.value)
