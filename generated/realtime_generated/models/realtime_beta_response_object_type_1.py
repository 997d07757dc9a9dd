from enum import StrEnum


class RealtimeBetaResponseObjectType1(StrEnum):
    REALTIME_RESPONSE = "realtime.response"

    def __str__(self) -> str:
        return str(self.value)
