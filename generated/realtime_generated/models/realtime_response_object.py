from enum import StrEnum


class RealtimeResponseObject(StrEnum):
    REALTIME_RESPONSE = "realtime.response"

    def __str__(self) -> str:
        return str(self.value)
