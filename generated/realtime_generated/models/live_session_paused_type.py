from enum import StrEnum


class LiveSessionPausedType(StrEnum):
    SESSION_PAUSED = "session.paused"

    def __str__(self) -> str:
        return str(self.value)
