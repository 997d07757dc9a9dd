from enum import StrEnum


class RealtimeSessionCreateResponseGAObject(StrEnum):
    REALTIME_SESSION = "realtime.session"

    def __str__(self) -> str:
        return str(self.value)
