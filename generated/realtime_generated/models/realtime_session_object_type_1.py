from enum import StrEnum


class RealtimeSessionObjectType1(StrEnum):
    REALTIME_SESSION = "realtime.session"

    def __str__(self) -> str:
        return str(self.value)
