from enum import StrEnum


class RealtimeSessionMaxResponseOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
