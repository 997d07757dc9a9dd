from enum import StrEnum


class RealtimeSessionCreateResponseMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
