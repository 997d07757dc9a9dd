from enum import StrEnum


class RealtimeResponseMaxOutputTokensType1(StrEnum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
