from enum import StrEnum


class RealtimeResponseMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
