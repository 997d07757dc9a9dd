from enum import StrEnum


class RealtimeSessionCreateRequestGAMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
