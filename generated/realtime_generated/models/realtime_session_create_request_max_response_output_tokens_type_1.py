from enum import StrEnum


class RealtimeSessionCreateRequestMaxResponseOutputTokensType1(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
