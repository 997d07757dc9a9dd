from enum import StrEnum


class LiveSessionResumedType(StrEnum):
    SESSION_RESUMED = "session.resumed"

    def __str__(self) -> str:
        return str(self.value)
