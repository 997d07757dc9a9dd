from enum import StrEnum


class RealtimeSessionCreateResponseGAType(StrEnum):
    REALTIME = "realtime"

    def __str__(self) -> str:
        return str(self.value)
