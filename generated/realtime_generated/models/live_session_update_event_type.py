from enum import StrEnum


class LiveSessionUpdateEventType(StrEnum):
    SESSION_UPDATE = "session.update"

    def __str__(self) -> str:
        return str(self.value)
