from enum import StrEnum


class RealtimeClientEventSessionUpdateType(StrEnum):
    SESSION_UPDATE = "session.update"

    def __str__(self) -> str:
        return str(self.value)
