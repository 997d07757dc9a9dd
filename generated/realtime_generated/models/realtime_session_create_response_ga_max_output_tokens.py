from enum import StrEnum


class RealtimeSessionCreateResponseGAMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
