from enum import StrEnum


class RealtimeResponseCreateParamsMaxOutputTokens(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
