from enum import StrEnum


class RealtimeResponseObjectType1(StrEnum):
    REALTIME_RESPONSE = "realtime.response"

    def __str__(self) -> str:
        return str(self.value)
