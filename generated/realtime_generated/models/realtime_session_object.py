from enum import StrEnum


class RealtimeSessionObject(StrEnum):
    REALTIME_SESSION = "realtime.session"

    def __str__(self) -> str:
        return str(self.value)
