from enum import StrEnum


class RealtimeSessionCreateRequestGAType(StrEnum):
    REALTIME = "realtime"

    def __str__(self) -> str:
        return str(self.value)
