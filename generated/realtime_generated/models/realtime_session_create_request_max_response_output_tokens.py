from enum import StrEnum


class RealtimeSessionCreateRequestMaxResponseOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
